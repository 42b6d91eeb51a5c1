package aa

import (
	"errors"
	"math"
	"testing"
)

func TestMoonPhaseErrors(t *testing.T) {
	if _, err := MoonPhase(2000, MoonQuarter(4)); !errors.Is(err, ErrMoonQuarter) {
		t.Errorf("quarter 4: err = %v", err)
	}
	if _, err := MoonPhase(Year(math.NaN()), NewMoon); err == nil {
		t.Error("NaN year: no error")
	}
	if _, err := NextMoonPhase(TT(math.Inf(1)), NewMoon); err == nil {
		t.Error("infinite JD: no error")
	}
	if MoonQuarter(7).String() != "invalid" || FullMoon.String() != "Full Moon" {
		t.Error("String")
	}
}

// The true phases agree with the Moon's position: at New Moon the apparent
// longitudes of the Sun and the Moon are equal (to the 17 s that Meeus
// quotes, i.e. about 10″ of elongation), and each later quarter adds 90°.
func TestMoonPhaseAgainstPosition(t *testing.T) {
	d, _ := JDFromGregorian(2024, 1, 1)
	start := TT(d)
	for q := NewMoon; q <= LastQuarter; q++ {
		jde := start
		for i := 0; i < 13; i++ {
			next, err := NextMoonPhase(jde, q)
			if err != nil {
				t.Fatal(err)
			}
			if next <= jde || next-jde > 29.9 {
				t.Fatalf("%v after %.3f: %.3f", q, jde, next)
			}
			prev, _ := PreviousMoonPhase(next+0.001, q)
			approx(t, "previous", float64(prev), float64(next), 1e-9)
			sun, _ := Sun.apparent(next)
			el := (Moon.apparent(next).Lon - sun.Lon - Deg(90*float64(q))).Norm180()
			if math.Abs(el.ArcSec()) > 15 {
				t.Errorf("%v %.5f: elongation off by %.1f″", q, next, el.ArcSec())
			}
			jde = next
		}
	}
}
