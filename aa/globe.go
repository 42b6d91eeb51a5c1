package aa

import "math"

// Chapter 11, The Earth's Globe.

// Ellipsoid is a reference ellipsoid: equatorial radius A in km and
// flattening F.
type Ellipsoid struct {
	A float64 // equatorial radius, km
	F float64 // flattening
}

// Earth76 is the IAU 1976 ellipsoid used by Meeus (a = 6378.14 km,
// f = 1/298.257) and by aa-js.
var Earth76 = Ellipsoid{A: 6378.14, F: 1 / 298.257}

// WGS84 is the World Geodetic System 1984 ellipsoid.
var WGS84 = Ellipsoid{A: 6378.137, F: 1 / 298.257223563}

// PolarRadius returns b = a(1 − f) in km.
func (e Ellipsoid) PolarRadius() (kilometres float64) { return e.A * (1 - e.F) }

// Eccentricity returns the eccentricity of the meridian, √(2f − f²).
func (e Ellipsoid) Eccentricity() float64 { return math.Sqrt((2 - e.F) * e.F) }

// ParallaxConstants returns ρ sin φ′ and ρ cos φ′ (in units of the equatorial
// radius) for geographic latitude lat and height heightMetres (Meeus p. 82,
// Example 11.a).
func (e Ellipsoid) ParallaxConstants(lat Angle, heightMetres float64) (rhoSinPhi, rhoCosPhi float64) {
	boa := 1 - e.F
	sl, cl := lat.SinCos()
	u := math.Atan2(boa*sl, cl)
	su, cu := math.Sincos(u)
	hr := heightMetres / (e.A * 1000)
	return boa*su + hr*sl, cu + hr*cl
}

// GeocentricLatitude returns φ′ for geographic latitude lat at sea level
// (Meeus eq. 11.2 exactly: tan φ′ = (b/a)² tan φ).
func (e Ellipsoid) GeocentricLatitude(lat Angle) Angle {
	boa := 1 - e.F
	sl, cl := lat.SinCos()
	return Angle(math.Atan2(boa*boa*sl, cl))
}

// GeocentricDistance returns ρ, the distance from the centre of the Earth
// in units of the equatorial radius, for latitude lat and height heightMetres.
func (e Ellipsoid) GeocentricDistance(lat Angle, heightMetres float64) float64 {
	s, c := e.ParallaxConstants(lat, heightMetres)
	return math.Hypot(s, c)
}

// RadiusOfParallel returns the radius in km of the parallel of latitude
// lat (Meeus eq. 11.3, Example 11.b).
func (e Ellipsoid) RadiusOfParallel(lat Angle) (kilometres float64) {
	s, c := lat.SinCos()
	e2 := (2 - e.F) * e.F
	return e.A * c / math.Sqrt(1-e2*s*s)
}

// RadiusOfCurvature returns the radius of curvature of the meridian at
// latitude lat, in km (Meeus eq. 11.4, Example 11.b).
func (e Ellipsoid) RadiusOfCurvature(lat Angle) (kilometres float64) {
	s := lat.Sin()
	e2 := (2 - e.F) * e.F
	return e.A * (1 - e2) / math.Pow(1-e2*s*s, 1.5)
}

// OneDegreeOfLongitude returns the length in km of one degree of longitude
// on the parallel of radius rpKilometres (Meeus p. 83).
func OneDegreeOfLongitude(rpKilometres float64) (kilometres float64) {
	return rpKilometres * math.Pi / 180
}

// OneDegreeOfLatitude returns the length in km of one degree of latitude
// for a meridian radius of curvature rmKilometres (Meeus p. 83).
func OneDegreeOfLatitude(rmKilometres float64) (kilometres float64) {
	return rmKilometres * math.Pi / 180
}

// EarthRotationRadiansPerSecond is the angular velocity of the Earth's
// rotation in radians per second of time, for epoch 1996.5 (Meeus p. 83).
const EarthRotationRadiansPerSecond = 7.292114992e-5

// Distance returns the geodesic distance in km between two sites on the
// ellipsoid, with Andoyer's method as given by Meeus p. 85 (error of the
// order of the square of the flattening, about 50 m). Heights are ignored.
// Example 11.c. Coincident and antipodal points return 0 and half the
// meridian respectively rather than NaN.
func (e Ellipsoid) Distance(a, b Geographic) (kilometres float64) {
	f := float64(a.Lat+b.Lat) / 2
	g := float64(a.Lat-b.Lat) / 2
	l := float64(a.Lon-b.Lon) / 2
	sg, cg := math.Sincos(g)
	sf, cf := math.Sincos(f)
	sl, cl := math.Sincos(l)
	s := sg*sg*cl*cl + cf*cf*sl*sl
	c := cg*cg*cl*cl + sf*sf*sl*sl
	if s == 0 {
		return 0
	}
	if c == 0 {
		return math.Pi * e.A * (1 - e.F/2)
	}
	w := math.Atan(math.Sqrt(s / c))
	r := math.Sqrt(s*c) / w
	d := 2 * w * e.A
	h1 := (3*r - 1) / (2 * c)
	h2 := (3*r + 1) / (2 * s)
	return d * (1 + e.F*h1*sf*sf*cg*cg - e.F*h2*cf*cf*sg*sg)
}

// AngularDistanceApprox returns the great-circle angle between two sites
// on a spherical Earth (Meeus eq. 11.5). Multiply its radians by 6371 km for
// the approximate distance of Example 11.c: within 0.6% of
// [Ellipsoid.Distance] on [Earth76].
func AngularDistanceApprox(a, b Geographic) Angle {
	return Separation(Equatorial{a.Lon, a.Lat}, Equatorial{b.Lon, b.Lat})
}
