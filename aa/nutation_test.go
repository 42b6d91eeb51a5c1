package aa

import (
	"fmt"
	"testing"
)

func TestNutationLowAccuracy(t *testing.T) {
	for jde := TT(2415020.5); jde < 2488070; jde += 1013.7 {
		a, b := Nutation(jde)
		c, d := NutationApprox(jde)
		approx(t, "Δψ", c.ArcSec(), a.ArcSec(), 0.5)
		approx(t, "Δε", d.ArcSec(), b.ArcSec(), 0.1)
	}
}

func TestObliquityIAUvsLaskar(t *testing.T) {
	for _, y := range []int{1000, 2000, 3000} {
		day, _ := JDFromGregorian(y, 1, 1)
		jde := TT(day)
		approx(t, fmt.Sprint("ε0 ", y), MeanObliquityIAU(jde).ArcSec(), MeanObliquity(jde).ArcSec(), 1)
	}
	approx(t, "ε0 J2000", MeanObliquity(J2000).Deg(), 23.4392911, 1e-7)
	approx(t, "ε J2000", TrueObliquity(J2000).Deg()-MeanObliquity(J2000).Deg(), func() float64 { _, d := Nutation(J2000); return d.Deg() }(), 1e-15)
}
