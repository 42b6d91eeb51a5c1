package aa

import "math"

// Chapter 41, Illuminated Fraction of the Disk and Magnitude of a Planet.

// PhaseAngle returns the phase angle i (Sun–planet–Earth) from the
// planet's distance to the Sun r, to the Earth delta, and the Earth–Sun
// distance earthR, all in AU (Meeus eq. 41.1, Example 41.a). Distances
// that are not positive give NaN.
func PhaseAngle(r, delta, earthR float64) Angle {
	if !(r > 0 && delta > 0 && earthR > 0) {
		return Angle(math.NaN())
	}
	return Angle(math.Acos(clamp1((r*r + delta*delta - earthR*earthR) / (2 * r * delta))))
}

// IlluminatedFraction returns k = (1 + cos i)/2 for the phase angle i
// (Meeus eq. 41.2; Example 41.a: 0.647 for Venus, 1992 Dec 20).
func IlluminatedFraction(i Angle) float64 { return (1 + i.Cos()) / 2 }

// VenusIlluminatedFractionApprox returns Venus' illuminated fraction at
// jde (TT) from the short formulae of Meeus p. 284 (Example 41.b: 0.640),
// within 0.012 of [Planet.Phase] with the complete VSOP87 over 1900–2100.
func VenusIlluminatedFractionApprox(jde TT) float64 {
	t := centuries(jde)
	v := 261.51 + 22518.443*t
	m := (177.53 + 35999.050*t) * radPerDeg
	n := (50.42 + 58517.811*t) * radPerDeg
	w := (v + 1.91*math.Sin(m) + 0.78*math.Sin(n)) * radPerDeg
	d := math.Sqrt(1.52321 + 1.44666*math.Cos(w))
	return ((0.72333+d)*(0.72333+d) - 1) / (2.89332 * d)
}

// MagnitudeFormula selects the formulae of Meeus p. 285–286 for a
// planet's visual magnitude.
type MagnitudeFormula int

const (
	// AstronomicalAlmanac1984 is the set used by the Astronomical Almanac
	// since 1984 (and by aa-js).
	AstronomicalAlmanac1984 MagnitudeFormula = iota
	// Muller is G. Müller's set (1893), used in Meeus Examples 41.c and 41.d.
	Muller
)

// Magnitude returns the visual magnitude of planet p (Mercury … Neptune)
// at distances r (Sun) and delta (Earth) in AU and phase angle i, with the
// formula set f (Meeus p. 285–286: Example 41.c, Venus −3.8 with Müller's
// formula). Saturn's magnitude also depends on the ring: pass its B and ΔU
// (from [SaturnRingAspect]); they are ignored for the other planets. Earth and
// invalid values give NaN.
func Magnitude(p Planet, f MagnitudeFormula, r, delta float64, i, ringB, ringDU Angle) float64 {
	if !p.Valid() || p.Truncated() == earthPlanet || (f != Muller && f != AstronomicalAlmanac1984) {
		return math.NaN()
	}
	c := &magnitudeCoef[f][p.index()]
	x := i.Deg() - c[4]
	m := c[0] + 5*math.Log10(r*delta) + x*(c[1]+x*(c[2]+x*c[3]))
	if p.Truncated() == Saturn {
		sb := math.Abs(ringB.Sin())
		m += 0.044*math.Abs(ringDU.Deg()) - 2.60*sb + 1.25*sb*sb
	}
	return m
}

// magnitudeCoef holds, per formula set and planet, the constant and the
// coefficients of x, x², x³ where x = i − x0 (phase angle in degrees), and
// x0 (Meeus p. 285–286).
var magnitudeCoef = [2][8][5]float64{
	AstronomicalAlmanac1984: {
		{-0.42, 0.0380, -0.000273, 0.000002, 0},
		{-4.40, 0.0009, 0.000239, -0.00000065, 0},
		{},
		{-1.52, 0.016, 0, 0, 0},
		{-9.40, 0.005, 0, 0, 0},
		{-8.88, 0, 0, 0, 0},
		{-7.19, 0, 0, 0, 0},
		{-6.87, 0, 0, 0, 0},
	},
	Muller: {
		{1.16, 0.02838, 0.0001023, 0, 50},
		{-4.00, 0.01322, 0, 0.0000004247, 0},
		{},
		{-1.30, 0.01486, 0, 0, 0},
		{-8.93, 0, 0, 0, 0},
		{-8.68, 0, 0, 0, 0},
		{-6.85, 0, 0, 0, 0},
		{-7.05, 0, 0, 0, 0},
	},
}

// PlutoMagnitude returns Pluto's visual magnitude −1.00 + 5 log(rΔ) (Meeus
// p. 286, Astronomical Almanac 1984).
func PlutoMagnitude(r, delta float64) float64 { return -1 + 5*math.Log10(r*delta) }

// Phase returns the planet's phase angle and illuminated fraction at jde (TT)
// from its light-time-corrected position ([Planet.Apparent]'s r, Δ, R).
func (p Planet) Phase(jde TT) (i Angle, k float64, err error) {
	pos, err := p.geocentric(jde)
	if err != nil {
		return 0, 0, err
	}
	i = PhaseAngle(pos.R, pos.Distance, pos.EarthR)
	return i, IlluminatedFraction(i), nil
}

// Magnitude returns the planet's visual magnitude at jde (TT) with the formula
// set f; Saturn's includes the ring ([SaturnRingAspect]).
func (p Planet) Magnitude(jde TT, f MagnitudeFormula) (float64, error) {
	pos, err := p.geocentric(jde)
	if err != nil {
		return 0, err
	}
	var b, du Angle
	if p.Truncated() == Saturn {
		ring := SaturnRingAspect(jde, p.Theory())
		b, du = ring.B, ring.DeltaU
	}
	return Magnitude(p, f, pos.R, pos.Distance, PhaseAngle(pos.R, pos.Distance, pos.EarthR), b, du), nil
}
