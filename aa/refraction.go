package aa

import "math"

// Chapter 16, Atmospheric Refraction.

// Refraction formulas diverge below the horizon; altitudes are clamped to
// this value, at which they still agree with observation to a few ′.
const refractionMinAlt = -1.9

// RefractionFromApparentApprox returns the refraction R to subtract from an
// apparent (observed) altitude h0 to get the true altitude, from Bennett's
// formula alone (Meeus eq. 16.3), within 0.07′ of [RefractionFromApparent]
// for altitudes 0°–90° (at the
// zenith the formula gives −0.08″, returned as 0); [RefractionFromApparent]
// adds Bennett's correction. Altitudes below −1.9° are treated as −1.9°.
// Standard conditions: 1010 mbar, 10 °C (use [RefractionFactor] for
// others). Example 16.a.
func RefractionFromApparentApprox(h0 Angle) Angle {
	h := h0.Deg()
	if h < refractionMinAlt {
		h = refractionMinAlt
	}
	return ArcMin(nonNegative(1 / math.Tan((h+7.31/(h+4.4))*radPerDeg)))
}

// nonNegative returns r, or 0 where r is negative. Two compare-and-branch
// instructions, predictable here, cost less than the builtin max, which
// must order −0, +0 and NaN; NaN is returned unchanged.
func nonNegative(r float64) float64 {
	if r < 0 {
		return 0
	}
	return r
}

// RefractionFromApparent returns the refraction R to subtract from an
// apparent (observed) altitude h0 to get the true altitude: Bennett's
// formula with his correction −0.06 sin(14.7R + 13°) (Meeus p. 106),
// accurate to 0.015′ (0.9″). Clamping and conditions as in
// [RefractionFromApparentApprox].
func RefractionFromApparent(h0 Angle) Angle {
	h := h0.Deg()
	if h < refractionMinAlt {
		h = refractionMinAlt
	}
	r := 1 / math.Tan((h+7.31/(h+4.4))*radPerDeg)
	r -= 0.06 * math.Sin((14.7*r+13)*radPerDeg)
	return ArcMin(nonNegative(r))
}

// RefractionFromTrue returns the refraction R to add to a true (airless)
// altitude h to get the apparent one, from Sæmundsson's formula (Meeus eq.
// 16.4, consistent with Bennett's to 0.1′; negative values near the zenith
// are returned as 0). Altitudes below −1.9° are treated as −1.9°.
// Example 16.a.
func RefractionFromTrue(h Angle) Angle {
	x := h.Deg()
	if x < refractionMinAlt {
		x = refractionMinAlt
	}
	return ArcMin(nonNegative(1.02 / math.Tan((x+10.3/(x+5.11))*radPerDeg)))
}

// RefractionFactor returns the factor by which to multiply the refraction
// for a pressure in millibars (hPa) and a temperature in °C (Meeus p. 107).
func RefractionFactor(pressureMillibars, temperatureCelsius float64) float64 {
	return pressureMillibars / 1010 * 283 / (273 + temperatureCelsius)
}

// ApparentAltitude returns the altitude seen through the atmosphere for a
// true altitude h (Sæmundsson, standard conditions).
func ApparentAltitude(h Angle) Angle { return h + RefractionFromTrue(h) }

// TrueAltitude returns the true altitude for an observed altitude h0
// ([RefractionFromApparent], standard conditions).
func TrueAltitude(h0 Angle) Angle { return h0 - RefractionFromApparent(h0) }
