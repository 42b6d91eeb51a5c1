package arcsecond

// Telescope is a telescope of an observing site (2023 schema
// TelescopeListCreate).
type Telescope struct {
	UUID          string          `json:"uuid,omitempty"`
	Name          string          `json:"name"`
	Acronym       string          `json:"acronym,omitempty"`
	Alias         string          `json:"alias,omitempty"`
	Coordinates   *GeoCoordinates `json:"coordinates,omitempty"`
	ObservingSite string          `json:"observing_site"` // uuid
	Instruments   []string        `json:"instruments,omitempty"`
	Mounting      string          `json:"mounting,omitempty"`
	OpticalDesign string          `json:"optical_design,omitempty"`
}

// TelescopesService reads and edits telescopes: /telescopes/, or
// /<org>/telescopes/ for an organisation. Get takes a uuid or an alias.
type TelescopesService struct {
	CRUD[Telescope, Telescope, Telescope, string, ListOptions]
}
