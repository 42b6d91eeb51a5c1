package aa

import (
	"errors"
	"math"
)

// Chapter 55, Semidiameters of the Sun, Moon and planets.

// Semidiameters at unit distance (1 AU), Meeus Table 55.A, in arcseconds:
// equatorial and polar, Mercury … Neptune.
var planetSemidiameters = [8][2]float64{
	{3.36, 3.36},   // Mercury
	{8.34, 8.34},   // Venus, solid surface (8.41 with the clouds)
	{0, 0},         // Earth
	{4.68, 4.68},   // Mars
	{98.44, 92.06}, // Jupiter
	{82.73, 73.82}, // Saturn
	{35.02, 35.02}, // Uranus
	{33.50, 33.50}, // Neptune
}

// SunSemidiameter returns the Sun's geocentric semidiameter for the
// distance r in AU: 959.63″/r (Meeus ch. 55, Table 55.A).
func SunSemidiameter(r float64) Angle { return ArcSec(959.63 / r) }

// MoonSemidiameter returns the Moon's semidiameter for the distance
// distKilometres from its centre: s = 358473400″ km/dist (Meeus p. 390, k = 0.272481). With the
// geocentric distance of [Moon.Geocentric] this is the geocentric
// semidiameter; with the topocentric distance it is the topocentric one,
// larger by up to 0.3′ when the Moon is high (Meeus p. 390).
func MoonSemidiameter(distKilometres float64) Angle { return ArcSec(358473400 / distKilometres) }

// MoonTopocentricSemidiameter returns the Moon's topocentric semidiameter
// from its geocentric semidiameter s, its horizontal parallax p and its
// topocentric (geometric) altitude h, by the approximation
// s′ = s·(1 + sin h·sin p) of Meeus p. 390 (error up to 0.3″ at the zenith;
// use [MoonSemidiameter] with the topocentric distance for the exact value).
func MoonTopocentricSemidiameter(s, p, h Angle) Angle {
	return s.Mul(1 + h.Sin()*p.Sin())
}

// Semidiameter returns the planet's equatorial and polar semidiameters at the
// distance delta in AU from Meeus Table 55.A (Venus: solid surface, 8.34″;
// multiply by 8.41/8.34 to include the clouds). An invalid Planet gives
// ErrInvalidPlanet.
func (p Planet) Semidiameter(delta float64) (equatorial, polar Angle, err error) {
	i := int(p.Truncated()) - 1
	if !p.Valid() || p.Truncated() == earthPlanet || i < 0 || i >= len(planetSemidiameters) {
		return 0, 0, ErrInvalidPlanet
	}
	if !(delta > 0) {
		return 0, 0, ErrDistance
	}
	s := planetSemidiameters[i]
	return ArcSec(s[0] / delta), ArcSec(s[1] / delta), nil
}

// ApparentPolarSemidiameter returns the apparent polar semidiameter of an
// oblate planet whose equator is inclined by b (the planetocentric
// declination of the Earth, DE of Jupiter or B of Saturn's ring) to the
// line of sight: eq·√(1 − k·cos²b), with k = 1 − (polar/eq)² (Meeus
// p. 391).
func ApparentPolarSemidiameter(equatorial, polar, b Angle) Angle {
	r := float64(polar / equatorial)
	c := b.Cos()
	return equatorial.Mul(math.Sqrt(1 - (1-r*r)*c*c))
}

// PlutoSemidiameter returns Pluto's semidiameter at the distance delta in
// AU (2.07″ at 1 AU, Meeus Table 55.A).
func PlutoSemidiameter(delta float64) Angle { return ArcSec(2.07 / delta) }

// ErrAlbedo is returned for an albedo outside (0, 1].
var ErrAlbedo = errors.New("aa: albedo must lie in (0, 1]")

// AsteroidDiameter returns the diameter in km of an asteroid of absolute
// magnitude h and geometric albedo albedo: log10 d = 3.12 − h/5 − 0.217147
// ln A (Meeus p. 391), i.e. d = 1318 km·10^(−h/5)/√A.
func AsteroidDiameter(h, albedo float64) (kilometres float64, err error) {
	if !(albedo > 0 && albedo <= 1) {
		return 0, ErrAlbedo
	}
	return math.Pow(10, 3.12-h/5-0.217147*math.Log(albedo)), nil
}
