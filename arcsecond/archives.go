package arcsecond

// ArchivesService reads the data archives known to Arcsecond: GET
// /archives/[{name}/], and for ESO and Gemini their observation rows
// (/archives/ESO/data/, paginated) and programmes
// (/archives/ESO/programmes/{identifier}/).
type ArchivesService struct {
	ReadOnly[DataArchive, string, ListOptions]
	ESO    ArchiveData[ESOArchiveDataRow, ESOProgramme]
	Gemini ArchiveData[GeminiArchiveDataRow, GeminiProgramme]
}

func (s *ArchivesService) bind(ep endpoint) {
	s.ReadOnly.bind(ep)
	s.ESO.bind(ep.child("ESO", "data"), ep.child("ESO", "programmes"))
	s.Gemini.bind(ep.child("Gemini", "data"), ep.child("Gemini", "programmes"))
}

// ArchiveData is one archive's observation rows (R) and programmes (P).
type ArchiveData[R, P any] struct {
	Data       Lister[R, ListOptions]
	Programmes Getter[P, string]
}

func (a *ArchiveData[R, P]) bind(data, programmes endpoint) {
	a.Data.bind(data)
	a.Programmes.bind(programmes)
}
