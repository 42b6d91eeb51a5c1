package aa

import (
	"errors"
	"math"
)

// Planet names one of the eight major planets and the theory used for its
// heliocentric position. The constants Mercury … Neptune use Meeus'
// truncated VSOP87 (Appendix III), as aa-js does; p.Full() selects the
// complete VSOP87D series, which is slower (Earth: 2425 terms instead of
// 195) and far more accurate (see vsop87.go). Every method of a Planet,
// and every function taking one, honours that choice, e.g.
//
//	aa.Jupiter.Heliocentric(jde)        // truncated
//	aa.Jupiter.Full().Apparent(jde)     // full VSOP87 for Jupiter and the Earth
//
// Planet values other than the constants (and their Full variants) are
// invalid: methods returning an error report [ErrInvalidPlanet], the others
// return NaN.
type Planet uint8

// The planets seen from the Earth, numbered outwards from the Sun. The
// Earth's own orbit is [Earth], of another type, so that the routines of a
// planet seen from the Earth (Apparent, RiseTransitSet, Phase …) cannot be
// called for it.
const (
	Mercury Planet = iota + 1
	Venus
	earthPlanet
	Mars
	Jupiter
	Saturn
	Uranus
	Neptune
)

// planetFullBit marks the complete VSOP87 series.
const planetFullBit Planet = 0x10

// ErrInvalidPlanet is returned for a Planet value that is not one of the
// constants Mercury … Neptune (Planet(3), the Earth's number, included
// where the Earth makes no sense).
var ErrInvalidPlanet = errors.New("aa: invalid planet")

// PlanetTheory selects the VSOP87 series for the routines that apply to one
// planet only ([MarsPhysical], [JupiterPhysical], [GalileanMoons],
// [SaturnMoons], [SaturnRingAspect]): they name their planet themselves, so
// they take the series rather than a [Planet], and no call can name the wrong
// planet. Values other than the two constants give NaN results.
type PlanetTheory uint8

const (
	// VSOP87Truncated is Meeus' truncated VSOP87 (Appendix III), the
	// series of the constants Mercury … Neptune.
	VSOP87Truncated PlanetTheory = iota
	// VSOP87Full is the complete VSOP87D series, as selected by [Planet.Full].
	VSOP87Full
)

// planet returns p with the series of t, and false if t is not one of the
// constants.
func (t PlanetTheory) planet(p Planet) (Planet, bool) {
	switch t {
	case VSOP87Truncated:
		return p, true
	case VSOP87Full:
		return p.Full(), true
	}
	return p, false
}

// Theory returns the series p uses.
func (p Planet) Theory() PlanetTheory {
	if p.IsFull() {
		return VSOP87Full
	}
	return VSOP87Truncated
}

// Full returns p with the complete VSOP87D series selected.
func (p Planet) Full() Planet { return p | planetFullBit }

// Truncated returns p with Meeus' truncated series selected (the default).
func (p Planet) Truncated() Planet { return p &^ planetFullBit }

// IsFull reports whether p uses the complete VSOP87D series.
func (p Planet) IsFull() bool { return p&planetFullBit != 0 }

// Valid reports whether p is one of the eight planets.
func (p Planet) Valid() bool {
	b := p.Truncated()
	return b >= Mercury && b <= Neptune
}

// String returns the planet's English name, followed by " (full VSOP87)"
// if p.IsFull().
func (p Planet) String() string {
	if !p.Valid() {
		return "invalid planet"
	}
	name := [...]string{"", "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"}[p.Truncated()]
	if p.IsFull() {
		return name + " (full VSOP87)"
	}
	return name
}

// index returns 0 for Mercury … 7 for Neptune.
func (p Planet) index() int { return int(p.Truncated()) - 1 }

// earth returns the Earth with the same choice of series as p.
func (p Planet) earth() Planet { return earthPlanet | p&planetFullBit }

func (p Planet) model() *vsopModel {
	if !p.Valid() {
		return nil
	}
	if p.IsFull() {
		return [...]*vsopModel{&vsopFullMercury, &vsopFullVenus, &vsopFullEarth, &vsopFullMars,
			&vsopFullJupiter, &vsopFullSaturn, &vsopFullUranus, &vsopFullNeptune}[p.index()]
	}
	return [...]*vsopModel{&vsopMeeusMercury, &vsopMeeusVenus, &vsopMeeusEarth, &vsopMeeusMars,
		&vsopMeeusJupiter, &vsopMeeusSaturn, &vsopMeeusUranus, &vsopMeeusNeptune}[p.index()]
}

// Heliocentric returns the planet's heliocentric ecliptic longitude L and
// latitude B, referred to the mean dynamical ecliptic and equinox of the date
// (VSOP87D, not FK5: see [FK5Correction]), and its radius vector R in AU, at
// jde (TT). Meeus ch. 32, eq. 32.1–32.2, Example 32.a. L is in [0, 2π).
// Accuracy: see the notes in vsop87.go (truncated: ~1″ for Mercury…Mars, a few
// ″ for the giant planets; full: better than 1″ over millennia). It does not
// allocate.
func (p Planet) Heliocentric(jde TT) (pos Ecliptic, r float64) {
	m := p.model()
	if m == nil {
		return Ecliptic{Angle(math.NaN()), Angle(math.NaN())}, math.NaN()
	}
	l, b, r := m.position(jde)
	return Ecliptic{Angle(l), Angle(b)}, r
}

// FK5Correction returns the corrections Δλ, Δβ that convert a heliocentric or
// geocentric ecliptic position on the VSOP87 dynamical ecliptic and equinox of
// jde (TT) to the FK5 system (Meeus eq. 32.3, p. 219).
func FK5Correction(pos Ecliptic, jde TT) (dlon, dlat Angle) {
	t := centuries(jde)
	lp := pos.Lon.Deg() - 1.397*t - 0.00031*t*t
	s, c := math.Sincos(lp * radPerDeg)
	return ArcSec(-0.09033 + 0.03916*(c+s)*pos.Lat.Tan()), ArcSec(0.03916 * (c - s))
}

// toFK5 applies [FK5Correction].
func toFK5(pos Ecliptic, jde TT) Ecliptic {
	dl, db := FK5Correction(pos, jde)
	return Ecliptic{pos.Lon + dl, pos.Lat + db}
}
