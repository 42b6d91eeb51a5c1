package arcsecond

// InstrumentsService reads and edits the public instruments: GET, POST
// /instruments/, GET, PUT, PATCH /instruments/{uuid}/ (writes need an
// account). An organisation's instruments are OrganisationInstruments.
type InstrumentsService struct{ ep endpoint }

// OrganisationInstrumentsService reads and edits the instruments of the
// client's organisation: GET /{org}/instruments/, GET, PUT, PATCH
// /{org}/instruments/{uuid}/. Without an organisation every call returns
// ErrNoOrganisation.
type OrganisationInstrumentsService struct{ ep endpoint }

// InterferometersService reads and edits interferometers: GET
// /interferometers/[{uuid}/], PUT, PATCH /interferometers/{uuid}/.
type InterferometersService struct{ ep endpoint }

// MirrorsService reads and edits telescope mirrors: GET /mirrors/[{id}/],
// PUT, PATCH /mirrors/{id}/.
type MirrorsService struct{ ep endpoint }

// TelescopeStationsService lists the stations of interferometers: GET
// /telescopestations/.
type TelescopeStationsService struct{ ep endpoint }
