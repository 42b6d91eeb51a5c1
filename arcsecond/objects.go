package arcsecond

import (
	"context"
	"encoding/json"
	"net/http"
)

// ObjectListOptions selects the objects of a cone search (GET
// /objects/?coordinates=<ra>,<dec>&radius=<r>, degrees and arcseconds).
type ObjectListOptions struct {
	// Cone is required: its center is sent in ICRS degrees, its radius in
	// arcseconds; a zero radius is not sent (the API's default applies).
	Cone *Cone
}

// objectQuery is ObjectListOptions in the API's units.
type objectQuery struct {
	Coordinates skyPosition `url:"coordinates"`
	Radius      string      `url:"radius,omitempty"`
}

// ObjectsService reads astronomical objects from SIMBAD and NED: GET
// /objects/{name}/ (names may hold spaces and any Unicode; they are
// path-escaped), /objects/{name}/coordinates/, and the cone search GET
// /objects/. Unknown names answer 404 (errors.Is(err, ErrNotFound)).
type ObjectsService struct{ ep endpoint }

// List returns the objects within opts.Cone, which is required and checked
// before sending (a declination beyond ±90°, a radius outside [0°, 180°] or
// anything not finite is refused).
//
// GET /objects/?coordinates=…&radius=…
func (s *ObjectsService) List(ctx context.Context, opts *ObjectListOptions) ([]*AstronomicalObject, *Response, error) {
	if opts == nil || opts.Cone == nil {
		return nil, nil, errMissing("objects cone search needs a Cone")
	}
	if err := opts.Cone.validate(); err != nil {
		return nil, nil, err
	}
	q := objectQuery{Coordinates: skyPosition(opts.Cone.Center)}
	if opts.Cone.Radius != 0 {
		q.Radius = arcseconds(opts.Cone.Radius)
	}
	return fetchPage[AstronomicalObject](ctx, s.ep, q)
}

// Coordinates reads the ICRS coordinates of the object name
// (GET /objects/{name}/coordinates/).
func (s *ObjectsService) Coordinates(ctx context.Context, name string) (*EquatorialCoordinates, *Response, error) {
	return fetch[EquatorialCoordinates](ctx, s.ep.child(name, "coordinates"), http.MethodGet, nil, nil, nil)
}

// legacyCoordinates is the coordinates object of the API before 2023 (v1
// and the 2018–2021 era): a system name and units beside the values.
type legacyCoordinates struct {
	System              string   `json:"system"`
	RightAscension      *float64 `json:"right_ascension"`
	RightAscensionUnits string   `json:"right_ascension_units"`
	Declination         *float64 `json:"declination"`
	DeclinationUnits    string   `json:"declination_units"`
	Epoch               *float64 `json:"epoch"`
	Equinox             any      `json:"equinox"`
}

// equatorial converts legacy coordinates in degrees (the API never used
// other units for them) to EquatorialCoordinates.
func (l *legacyCoordinates) equatorial() EquatorialCoordinates {
	return EquatorialCoordinates{RightAscension: l.RightAscension, Declination: l.Declination, Epoch: l.Epoch}
}

// UnmarshalJSON decodes v1's catalogue_url as vizier_catalogue_url.
func (a *Alias) UnmarshalJSON(b []byte) error {
	type plain Alias
	var v struct {
		*plain
		CatalogueURL string `json:"catalogue_url"`
	}
	v.plain = (*plain)(a)
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if a.VizierCatalogueURL == "" {
		a.VizierCatalogueURL = v.CatalogueURL
	}
	return nil
}

// UnmarshalJSON decodes the 2023 schema and the names the API used before:
// ICRS_coordinates (2018–2019) and coordinates{system,…} (v1) for
// equatorial_coordinates.
func (o *AstronomicalObject) UnmarshalJSON(b []byte) error {
	type plain AstronomicalObject
	var v struct {
		*plain
		ICRS   *EquatorialCoordinates `json:"ICRS_coordinates"`
		Legacy *legacyCoordinates     `json:"coordinates"`
	}
	v.plain = (*plain)(o)
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if o.EquatorialCoordinates == (EquatorialCoordinates{}) {
		switch {
		case v.ICRS != nil:
			o.EquatorialCoordinates = *v.ICRS
		case v.Legacy != nil:
			o.EquatorialCoordinates = v.Legacy.equatorial()
		}
	}
	return nil
}
