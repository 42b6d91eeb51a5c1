package arcsecond

// InstrumentsService reads and edits the public instruments: GET, POST
// /instruments/, GET, PUT, PATCH /instruments/{uuid}/ (writes need an
// account). An organisation's instruments are OrganisationInstruments.
type InstrumentsService struct {
	ReadOnly[Instrument, string, ListOptions]
	Creator[Instrument, InstrumentRequest]
	Updater[Instrument, InstrumentRequest, string]
}

func (s *InstrumentsService) bind(ep endpoint) {
	bindAll(ep, &s.Lister, &s.Getter, &s.Creator, &s.Updater)
}

// OrganisationInstrumentsService reads and edits the instruments of the
// client's organisation: GET /{org}/instruments/, GET, PUT, PATCH
// /{org}/instruments/{uuid}/. Without an organisation every call returns
// ErrNoOrganisation.
type OrganisationInstrumentsService struct {
	ReadOnly[OrganisationInstrument, string, ListOptions]
	Updater[OrganisationInstrument, OrganisationInstrumentRequest, string]
}

func (s *OrganisationInstrumentsService) bind(ep endpoint) {
	bindAll(ep, &s.Lister, &s.Getter, &s.Updater)
}

// InterferometersService reads and edits interferometers: GET
// /interferometers/[{uuid}/], PUT, PATCH /interferometers/{uuid}/.
type InterferometersService struct {
	ReadOnly[Interferometer, string, ListOptions]
	Updater[Interferometer, InterferometerRequest, string]
}

func (s *InterferometersService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Getter, &s.Updater) }

// MirrorsService reads and edits telescope mirrors: GET /mirrors/[{id}/],
// PUT, PATCH /mirrors/{id}/.
type MirrorsService struct {
	ReadOnly[Mirror, int, ListOptions]
	Updater[Mirror, MirrorRequest, int]
}

func (s *MirrorsService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Getter, &s.Updater) }

// TelescopeStationsService lists the stations of interferometers: GET
// /telescopestations/.
type TelescopeStationsService struct {
	Lister[TelescopeStation, ListOptions]
}
