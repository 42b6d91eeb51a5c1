package aa

import (
	"testing"
)

func TestMoonIlluminationElongation(t *testing.T) {
	day, _ := JDFromGregorian(1992, 4, 12) // 0h TD (Meeus example 48.a)
	jde := TT(day)
	il := Moon.Illumination(jde)
	approx(t, "psi", il.Elongation.Deg(), 110.7929, 1e-4)
	low := Moon.IlluminationWith(jde, Sun.Approx())
	approx(t, "i with the low-accuracy Sun", low.PhaseAngle.Deg(), 69.0756, 0.01)
	// At the true phases the fraction is 0, 1/2, 1, 1/2 within 1e-3.
	for q, want := range []float64{0, 0.5, 1, 0.5} {
		jde, _ := MoonPhase(2025.3, MoonQuarter(q))
		approx(t, MoonQuarter(q).String(), Moon.Illumination(jde).Fraction, want, 0.003)
	}
}
