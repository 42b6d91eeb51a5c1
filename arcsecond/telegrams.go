package arcsecond

// ATelService reads The Astronomer's Telegrams: GET /telegrams/ATel/ and
// /telegrams/ATel/{identifier}/. Update and Replace (PATCH/PUT, staff only)
// send the raw HTML page of a telegram for the server to parse again.
type ATelService struct{ ep endpoint }

// GCNService reads GCN circulars: GET /telegrams/GCN/Circulars/{identifier}/.
type GCNService struct{ ep endpoint }
