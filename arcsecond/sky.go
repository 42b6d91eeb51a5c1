package arcsecond

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"

	"github.com/arcsecond-go/arcsecond/aa"
)

// The sky vocabulary of the package: positions are aa.Equatorial and radii
// aa.Angle wherever the API takes a position or a cone (Cone,
// ObjectListOptions, StandardStarListOptions, ActivityFilter), converted to
// the API's units (degrees, arcseconds) when the request is written; what
// the API sends (EquatorialCoordinates, ActivityCoordinates,
// GeoCoordinates) converts back with an ok flag.

// Cone is a region of the sky: the points within Radius of Center.
type Cone struct {
	Center aa.Equatorial
	Radius aa.Angle
}

// validate refuses a cone the API cannot take: not finite, a declination
// beyond ±90° or a radius outside [0°, 180°].
func (c Cone) validate() error {
	if err := checkPosition(c.Center); err != nil {
		return err
	}
	r := c.Radius.Rad()
	if math.IsNaN(r) || r < 0 || r > math.Pi {
		return fmt.Errorf("arcsecond: cone radius %g° is not in [0°, 180°]", c.Radius.Deg())
	}
	return nil
}

// checkPosition refuses a position that is not finite or whose declination
// is beyond ±90°; any right ascension is reduced to [0°, 360°) when written.
func checkPosition(q aa.Equatorial) error {
	ra, dec := q.RA.Rad(), q.Dec.Rad()
	switch {
	case math.IsNaN(ra) || math.IsInf(ra, 0):
		return errors.New("arcsecond: right ascension is not a finite number")
	case math.IsNaN(dec) || math.Abs(dec) > math.Pi/2:
		return fmt.Errorf("arcsecond: declination %g° is not in [-90°, 90°]", q.Dec.Deg())
	}
	return nil
}

// degrees writes an angle in decimal degrees for the API: plain notation,
// rounded to 1e-10° (0.36 µas) so that a value made from degrees reads back
// as it was written (aa.Deg(10.6847) is "10.6847", not "10.684700000000001").
func degrees(a aa.Angle) string { return plain(apiDeg(a)) }

// arcseconds writes an angle in arcseconds, rounded to 1 µas.
func arcseconds(a aa.Angle) string { return plain(round(a.ArcSec(), 1e6)) }

// raDeg is a right ascension (or longitude) in degrees in [0°, 360°),
// rounded as apiDeg.
func raDeg(a aa.Angle) float64 {
	if d := apiDeg(a.Norm()); d < 360 {
		return d
	}
	return 0
}

// apiDeg is an angle in degrees rounded to 1e-10°, for request bodies.
func apiDeg(a aa.Angle) float64 { return round(a.Deg(), 1e10) }

func round(x, scale float64) float64 {
	if r := math.Round(x*scale) / scale; !math.IsInf(r, 0) && !math.IsNaN(r) {
		x = r
	}
	if x == 0 {
		x = 0 // no -0
	}
	return x
}

func plain(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// skyPosition is a position as a query parameter: "<ra>,<dec>" in decimal
// degrees (around=10.6847,41.269), the right ascension in [0°, 360°).
type skyPosition aa.Equatorial

// EncodeValues implements query.Encoder.
func (p skyPosition) EncodeValues(key string, v *url.Values) error {
	q := aa.Equatorial(p)
	if err := checkPosition(q); err != nil {
		return err
	}
	v.Set(key, plain(raDeg(q.RA))+","+degrees(q.Dec))
	return nil
}

// EquatorialCoordinates is a position on the sky as the API writes it
// (2023 schema AstronomicalCoordinates): degrees, ICRS unless the API says
// otherwise. Nil members are unknown. Equatorial converts it to aa's type
// and NewEquatorialCoordinates makes one from it.
type EquatorialCoordinates struct {
	RightAscension *float64 `json:"right_ascension"`
	Declination    *float64 `json:"declination"`
	Epoch          *float64 `json:"epoch,omitempty"` // read-only
}

// NewEquatorialCoordinates returns q in the API's units (degrees, the
// right ascension in [0°, 360°)), for request bodies.
func NewEquatorialCoordinates(q aa.Equatorial) *EquatorialCoordinates {
	ra, dec := raDeg(q.RA), apiDeg(q.Dec)
	return &EquatorialCoordinates{RightAscension: &ra, Declination: &dec}
}

// Equatorial returns the position; ok is false when a member is unknown,
// not finite, or the declination is beyond ±90°.
func (c EquatorialCoordinates) Equatorial() (q aa.Equatorial, ok bool) {
	return equatorialDeg(c.RightAscension, c.Declination, false)
}

// String writes the position in degrees, "?" for an unknown member:
// "RA 10.6847°, Dec 41.269°" (with ", epoch 2000" when the API gives one).
func (c EquatorialCoordinates) String() string {
	s := "RA " + optDeg(c.RightAscension, "°") + ", Dec " + optDeg(c.Declination, "°")
	if c.Epoch != nil {
		s += ", epoch " + strconv.FormatFloat(*c.Epoch, 'f', -1, 64)
	}
	return s
}

// equatorialDeg converts a right ascension (in hours when raHours, else
// degrees) and a declination in degrees.
func equatorialDeg(ra, dec *float64, raHours bool) (q aa.Equatorial, ok bool) {
	if ra == nil || dec == nil {
		return q, false
	}
	r, d := *ra, *dec
	if math.IsNaN(r) || math.IsInf(r, 0) || math.IsNaN(d) || math.Abs(d) > 90 {
		return q, false
	}
	q.RA, q.Dec = aa.Deg(r), aa.Deg(d)
	if raHours {
		q.RA = aa.Hours(r)
	}
	return q, true
}

func optDeg(v *float64, unit string) string {
	if v == nil {
		return "?"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64) + unit
}
