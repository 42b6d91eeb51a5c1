package arcsecond

import (
	"context"
	"encoding/json"
	"net/http"
)

// ExoplanetListOptions selects a page of exoplanets, optionally matching
// Search (name, case-insensitive).
type ExoplanetListOptions struct {
	ListOptions
	Search string `url:"search,omitempty"`
}

// ExoplanetsService reads the exoplanet catalogue: GET /exoplanets/
// (paginated, ?search=), /exoplanets/{name}/ and
// /exoplanets/{name}/coordinates/. Every measured quantity is a Quantity.
type ExoplanetsService struct{ ep endpoint }

// Coordinates reads the name and ICRS coordinates of the exoplanet name
// (GET /exoplanets/{name}/coordinates/).
func (s *ExoplanetsService) Coordinates(ctx context.Context, name string) (*ExoplanetCoordinates, *Response, error) {
	return fetch[ExoplanetCoordinates](ctx, s.ep.child(name, "coordinates"), http.MethodGet, nil, nil, nil)
}

// UnmarshalJSON decodes the 2023 schema and the names the API used before:
// coordinates{system, right_ascension, right_ascension_units,…} for
// equatorial_coordinates, and v1's primary_transit and secondary_transit for
// tzero_primary_transit and tzero_secondary_transit.
func (e *Exoplanet) UnmarshalJSON(b []byte) error {
	type plain Exoplanet
	var v struct {
		*plain
		Legacy           *legacyCoordinates `json:"coordinates"`
		PrimaryTransit   *Quantity          `json:"primary_transit"`
		SecondaryTransit *Quantity          `json:"secondary_transit"`
	}
	v.plain = (*plain)(e)
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if e.EquatorialCoordinates == (EquatorialCoordinates{}) && v.Legacy != nil {
		e.EquatorialCoordinates = v.Legacy.equatorial()
	}
	if e.TzeroPrimaryTransit == (Quantity{}) && v.PrimaryTransit != nil {
		e.TzeroPrimaryTransit = *v.PrimaryTransit
	}
	if e.TzeroSecondaryTransit == (Quantity{}) && v.SecondaryTransit != nil {
		e.TzeroSecondaryTransit = *v.SecondaryTransit
	}
	return nil
}
