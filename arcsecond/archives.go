package arcsecond

// ArchivesService reads the data archives known to Arcsecond: GET
// /archives/[{name}/], and for ESO and Gemini their observation rows
// (/archives/ESO/data/, paginated) and programmes
// (/archives/ESO/programmes/{identifier}/).
type ArchivesService struct {
	ep     endpoint
	ESO    ESOArchive
	Gemini GeminiArchive
}

func (s *ArchivesService) bind(ep endpoint) {
	s.ep = ep
	s.ESO.Data.bind(ep.child("ESO", "data"))
	s.ESO.Programmes.bind(ep.child("ESO", "programmes"))
	s.Gemini.Data.bind(ep.child("Gemini", "data"))
	s.Gemini.Programmes.bind(ep.child("Gemini", "programmes"))
}

// ESOArchive is the ESO archive's observation rows and programmes.
type ESOArchive struct {
	Data       ESODataService
	Programmes ESOProgrammesService
}

// ESODataService lists the ESO archive's observation rows: GET
// /archives/ESO/data/ (paginated).
type ESODataService struct{ ep endpoint }

// ESOProgrammesService reads ESO programmes: GET
// /archives/ESO/programmes/{identifier}/.
type ESOProgrammesService struct{ ep endpoint }

// GeminiArchive is the Gemini archive's observation rows and programmes.
type GeminiArchive struct {
	Data       GeminiDataService
	Programmes GeminiProgrammesService
}

// GeminiDataService lists the Gemini archive's observation rows: GET
// /archives/Gemini/data/ (paginated).
type GeminiDataService struct{ ep endpoint }

// GeminiProgrammesService reads Gemini programmes: GET
// /archives/Gemini/programmes/{identifier}/.
type GeminiProgrammesService struct{ ep endpoint }
