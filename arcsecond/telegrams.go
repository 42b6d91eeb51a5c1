package arcsecond

// ATelService reads The Astronomer's Telegrams: GET /telegrams/ATel/ and
// /telegrams/ATel/{identifier}/. Update and Replace (PATCH/PUT, staff only)
// send the raw HTML page of a telegram for the server to parse again.
type ATelService struct {
	ReadOnly[AstronomersTelegram, int, ListOptions]
	Updater[AstronomersTelegramPrivateUpdate, AstronomersTelegramPrivateUpdateRequest, int]
}

func (s *ATelService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Getter, &s.Updater) }

// GCNService reads GCN circulars: GET /telegrams/GCN/Circulars/{identifier}/.
type GCNService struct {
	Getter[GCNCircular, int]
}
