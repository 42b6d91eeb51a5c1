package arcsecond

// CoordinatesService reads a stored geographic position: GET
// /coordinates/{id}/.
type CoordinatesService struct{ ep endpoint }

// PeopleService lists the people (investigators, authors) Arcsecond knows:
// GET /people/.
type PeopleService struct{ ep endpoint }

// ProgrammeListOptions filters programmes: Title and Identifier match
// case-insensitive substrings.
type ProgrammeListOptions struct {
	Title      string `url:"title,omitempty"`
	Identifier string `url:"identifier,omitempty"`
}

// ProgrammesService lists observing programmes: GET /programmes/.
type ProgrammesService struct{ ep endpoint }

// ReleaseListOptions keeps the Last releases only (0: all of them).
type ReleaseListOptions struct {
	Last uint `url:"last,omitempty"`
}

// ReleasesService lists the releases of Arcsecond, newest first: GET
// /releases/[?last=<n>].
type ReleasesService struct{ ep endpoint }
