package arcsecond

import (
	"context"
	"fmt"

	"github.com/arcsecond-go/arcsecond/aa"
)

// CataloguesService reads the catalogues of standard stars: GET
// /catalogues/[{id}/], their tables /catalogues/{id}/tables/[{table_index}/]
// and the rows of a table /catalogues/{id}/tables/{table_index}/rows/
// (paginated).
type CataloguesService struct{ ep endpoint }

// CatalogueTablesService reads the tables of one catalogue.
type CatalogueTablesService struct{ ep endpoint }

// CatalogueRowsService lists the rows of one table of a catalogue.
type CatalogueRowsService struct{ ep endpoint }

// Tables returns the tables of the catalogue id:
// /catalogues/{id}/tables/[{table_index}/].
func (s *CataloguesService) Tables(id int) *CatalogueTablesService {
	return bound[CatalogueTablesService](s.ep.child(id, "tables"))
}

// Rows returns the rows of table tableIndex of the catalogue id:
// /catalogues/{id}/tables/{table_index}/rows/.
func (s *CataloguesService) Rows(id, tableIndex int) *CatalogueRowsService {
	return bound[CatalogueRowsService](s.ep.child(id, "tables").child(tableIndex, "rows"))
}

// StandardStarListOptions selects the standard stars nearest to a position.
// Around and Catalogue are required; Count is 5 when zero and at most 20.
type StandardStarListOptions struct {
	Around    *aa.Equatorial // ICRS, sent in degrees
	Catalogue int            // a catalogue id (see Catalogues)
	Count     int
}

// standardStarQuery is StandardStarListOptions in the API's units.
type standardStarQuery struct {
	Around    skyPosition `url:"around"`
	Catalogue int         `url:"catalogue"`
	Count     int         `url:"count,omitempty"`
}

// StandardStarsService finds standard stars: GET
// /standardstars/?around=<ra>,<dec>&catalogue=<id>[&count=<n>].
type StandardStarsService struct{ ep endpoint }

// List returns the opts.Count standard stars of opts.Catalogue nearest to
// opts.Around. Missing Around or Catalogue, a position out of range or a Count
// outside [0, 20] is refused before anything is sent (errors.Is(err,
// ErrMissingParameter) for the missing ones).
//
// GET /standardstars/?around=…&catalogue=…[&count=…]
func (s *StandardStarsService) List(ctx context.Context, opts *StandardStarListOptions) ([]*StandardStar, *Response, error) {
	switch {
	case opts == nil || opts.Around == nil:
		return nil, nil, errMissing("standard stars need Around (an ICRS position)")
	case opts.Catalogue == 0:
		return nil, nil, errMissing("standard stars need Catalogue (a catalogue id)")
	case opts.Count < 0 || opts.Count > 20:
		return nil, nil, fmt.Errorf("arcsecond: standard stars count %d is not in [1, 20]", opts.Count)
	}
	return fetchPage[StandardStar](ctx, s.ep, standardStarQuery{Around: skyPosition(*opts.Around), Catalogue: opts.Catalogue, Count: opts.Count})
}
