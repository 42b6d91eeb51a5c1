package aa

import (
	"fmt"
	"testing"
)

func ExampleNutation() {
	// Meeus Example 22.a, p. 148: 1987 April 10, 0h TD.
	jde, _ := JDFromGregorian(1987, 4, 10)
	dpsi, deps := Nutation(jde)
	eps0 := MeanObliquity(jde)
	fmt.Printf("Δψ = %+.3f″\n", dpsi.ArcSec())
	fmt.Printf("Δε = %+.3f″\n", deps.ArcSec())
	fmt.Println("ε0 =", eps0.DMSString(3))
	fmt.Println("ε  =", (eps0 + deps).DMSString(2))
	// Output:
	// Δψ = -3.788″
	// Δε = +9.443″
	// ε0 = 23°26′27.407″
	// ε  = 23°26′36.85″
}

func TestNutationLowAccuracy(t *testing.T) {
	for jd := JD(2415020.5); jd < 2488070; jd += 1013.7 {
		a, b := Nutation(jd)
		c, d := NutationLowAccuracy(jd)
		approx(t, "Δψ", c.ArcSec(), a.ArcSec(), 0.5)
		approx(t, "Δε", d.ArcSec(), b.ArcSec(), 0.1)
	}
}

func TestObliquityIAUvsLaskar(t *testing.T) {
	for _, y := range []int{1000, 2000, 3000} {
		jd, _ := JDFromGregorian(y, 1, 1)
		approx(t, fmt.Sprint("ε0 ", y), MeanObliquityIAU(jd).ArcSec(), MeanObliquity(jd).ArcSec(), 1)
	}
	approx(t, "ε0 J2000", MeanObliquity(J2000).Deg(), 23.4392911, 1e-7)
	approx(t, "ε J2000", TrueObliquity(J2000).Deg()-MeanObliquity(J2000).Deg(), func() float64 { _, d := Nutation(J2000); return d.Deg() }(), 1e-15)
}
