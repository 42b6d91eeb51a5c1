package arcsecond

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
)

// SkyPosition is an ICRS J2000 position in decimal degrees. As a query
// parameter it is written "<ra>,<dec>" in plain decimal (around=10.68,41.27).
type SkyPosition struct {
	RA  float64 // right ascension, degrees [0, 360)
	Dec float64 // declination, degrees [-90, 90]
}

// Validate reports a position out of range or not finite.
func (p SkyPosition) Validate() error {
	switch {
	case math.IsNaN(p.RA) || math.IsInf(p.RA, 0) || p.RA < 0 || p.RA >= 360:
		return fmt.Errorf("arcsecond: right ascension %v is not in [0, 360) degrees", p.RA)
	case math.IsNaN(p.Dec) || math.IsInf(p.Dec, 0) || p.Dec < -90 || p.Dec > 90:
		return fmt.Errorf("arcsecond: declination %v is not in [-90, 90] degrees", p.Dec)
	}
	return nil
}

// EncodeValues implements query.Encoder.
func (p SkyPosition) EncodeValues(key string, v *url.Values) error {
	if err := p.Validate(); err != nil {
		return err
	}
	v.Set(key, plainDecimal(p.RA)+","+plainDecimal(p.Dec))
	return nil
}

func plainDecimal(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// ObjectListOptions selects the objects of a cone search (GET
// /objects/?coordinates=<ra>,<dec>&radius=<r>).
type ObjectListOptions struct {
	Coordinates *SkyPosition `url:"coordinates,omitempty"`
	Radius      float64      `url:"radius,omitempty"` // the cone's radius, arcseconds
}

// ObjectsService reads astronomical objects from SIMBAD and NED: GET
// /objects/{name}/ (names may hold spaces and any Unicode; they are
// path-escaped), /objects/{name}/coordinates/, and the cone search GET
// /objects/. Unknown names answer 404 (errors.Is(err, ErrNotFound)).
type ObjectsService struct{ ep endpoint }

// List returns the objects around a position: opts.Coordinates is required and
// opts.Radius must not be negative; both are checked before sending.
//
// GET /objects/?coordinates=…&radius=…
func (s *ObjectsService) List(ctx context.Context, opts *ObjectListOptions) ([]*AstronomicalObject, *Response, error) {
	if opts == nil || opts.Coordinates == nil {
		return nil, nil, errMissing("objects cone search needs Coordinates")
	}
	if opts.Radius < 0 || math.IsNaN(opts.Radius) || math.IsInf(opts.Radius, 0) {
		return nil, nil, fmt.Errorf("arcsecond: cone radius %v must be a finite number ≥ 0", opts.Radius)
	}
	return fetchPage[AstronomicalObject](ctx, s.ep, opts)
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
