package aa

import (
	"fmt"
	"testing"
)

// Example 48.a, p. 347, from the book's rounded places of the Moon and the
// Sun on 1992 April 12, 0h TD.
func ExampleMoonPhaseAngle() {
	moon := Equatorial{RA: Deg(134.6885), Dec: Deg(13.7684)}
	sun := Equatorial{RA: Deg(20.6579), Dec: Deg(8.6964)}
	i := MoonPhaseAngle(moon, 368410, sun, 149971520)
	fmt.Printf("i = %.4f, k = %.4f, chi = %.1f\n", i.Deg(), IlluminatedFraction(i), BrightLimbAngle(moon, sun).Deg())
	// Output:
	// i = 69.0756, k = 0.6786, chi = 285.0
}

// Example 48.a computed end to end.
func ExampleMoonTheory_Illumination() {
	jde, _ := JDFromGregorian(1992, 4, 12)
	il := Moon.Illumination(jde)
	fmt.Printf("i = %.4f, k = %.4f, chi = %.1f\n", il.PhaseAngle.Deg(), il.Fraction, il.BrightLimb.Deg())
	fmt.Printf("approximate i = %.2f\n", MoonPhaseAngleApprox(jde).Deg())
	// Output:
	// i = 69.0756, k = 0.6786, chi = 285.0
	// approximate i = 68.88
}

func TestMoonIlluminationElongation(t *testing.T) {
	jde, _ := JDFromGregorian(1992, 4, 12)
	il := Moon.Illumination(jde)
	approx(t, "psi", il.Elongation.Deg(), 110.7929, 1e-4)
	low := Moon.IlluminationWith(jde, Sun.LowAccuracy())
	approx(t, "i with the low-accuracy Sun", low.PhaseAngle.Deg(), 69.0756, 0.01)
	// At the true phases the fraction is 0, 1/2, 1, 1/2 within 1e-3.
	for q, want := range []float64{0, 0.5, 1, 0.5} {
		jde, _ := MoonPhase(2025.3, MoonQuarter(q))
		approx(t, MoonQuarter(q).String(), Moon.Illumination(jde).Fraction, want, 0.003)
	}
}
