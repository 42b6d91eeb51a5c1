package aa

import (
	"errors"
	"math"
)

// Distance conversions of aa-js distances (not in Meeus).

// Distance constants. The parsec is the IAU 2015 (Resolution B2) one,
// 648000/π au exactly, so that a parallax in arcseconds is exactly 1/d for
// d in parsecs.
// The light-year is the distance light travels in a Julian year.
const (
	ParsecAU            = 648000 / math.Pi                                 // AU per parsec, 206264.806247…
	ParsecKilometres    = ParsecAU * AUKilometres                          // km per parsec
	LightYearKilometres = SpeedOfLightKilometresPerSecond * 365.25 * 86400 // km per light-year
	ParsecLightYears    = ParsecKilometres / LightYearKilometres           // light-years per parsec, 3.2616
	HubbleConstantAAJS  = 72.0                                             // aa-js HUBBLE_CONSTANT, km/s/Mpc
)

// ErrDistance is returned for a non-positive distance or parallax where a
// logarithm or a reciprocal needs a positive one.
var ErrDistance = errors.New("aa: distance and parallax must be positive")

// ParallaxFromParsecs returns the annual parallax of a star at d parsecs: 1/d
// arcseconds.
func ParallaxFromParsecs(d float64) (Angle, error) {
	if !(d > 0) {
		return 0, ErrDistance
	}
	return ArcSec(1 / d), nil
}

// ParsecsFromParallax returns the distance in parsecs of a star of annual
// parallax p: 1/p″.
func ParsecsFromParallax(p Angle) (float64, error) {
	if !(p > 0) {
		return 0, ErrDistance
	}
	return 1 / p.ArcSec(), nil
}

// AUFromParsecs converts parsecs to astronomical units.
func AUFromParsecs(pc float64) float64 { return pc * ParsecAU }

// ParsecsFromAU converts astronomical units to parsecs.
func ParsecsFromAU(au float64) float64 { return au / ParsecAU }

// KilometresFromParsecs converts parsecs to kilometres.
func KilometresFromParsecs(pc float64) float64 { return pc * ParsecKilometres }

// ParsecsFromKilometres converts kilometres to parsecs.
func ParsecsFromKilometres(km float64) float64 { return km / ParsecKilometres }

// LightYearsFromParsecs converts parsecs to light-years (1 pc = 3.26156 ly).
func LightYearsFromParsecs(pc float64) float64 { return pc * ParsecLightYears }

// ParsecsFromLightYears converts light-years to parsecs; see
// [LightYearsFromParsecs].
func ParsecsFromLightYears(ly float64) float64 { return ly / ParsecLightYears }

// DistanceModulus returns m − M = 5·log10 d − 5 + a for a distance d in
// parsecs and an extinction a in magnitudes.
func DistanceModulus(parsecs, a float64) (float64, error) {
	d := parsecs
	if !(d > 0) {
		return 0, ErrDistance
	}
	return 5*math.Log10(d) - 5 + a, nil
}

// ParsecsFromDistanceModulus returns the distance in parsecs for the distance
// modulus mu = m − M and the extinction a, the inverse of [DistanceModulus].
func ParsecsFromDistanceModulus(mu, a float64) float64 { return math.Pow(10, (mu+5-a)/5) }

// RedshiftFromMegaparsecs returns the redshift z = H0·d/c of Hubble's law
// (valid for z ≪ 1) for a distance d in Mpc and h0 in km/s/Mpc. Use
// [Cosmology] beyond the local universe.
func RedshiftFromMegaparsecs(d, h0 float64) float64 { return d * h0 / SpeedOfLightKilometresPerSecond }

// MegaparsecsFromRedshift returns the distance d = c·z/H0 in Mpc of Hubble's
// law.
func MegaparsecsFromRedshift(z, h0 float64) float64 { return z / h0 * SpeedOfLightKilometresPerSecond }

// LightTime returns the time in days light takes to travel dist AU (Meeus p.
// 224).
func LightTime(dist float64) float64 { return dist * lightTimePerAU }
