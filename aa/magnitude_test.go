package aa

import (
	"math"
	"testing"
)

func TestAbsoluteMagnitude(t *testing.T) {
	// At 10 pc (parallax 0.1″) the absolute and apparent magnitudes agree.
	m, _ := AbsoluteMagnitude(4.83, 10)
	approx(t, "M(10 pc)", m, 4.83, 1e-12)
	m, _ = AbsoluteMagnitudeFromParallax(4.83, ArcSec(0.1))
	approx(t, "M(0.1″)", m, 4.83, 1e-12)
	if _, err := AbsoluteMagnitude(1, 0); err == nil {
		t.Error("distance 0: no error")
	}
	if _, err := AbsoluteMagnitudeFromParallax(1, 0); err == nil {
		t.Error("parallax 0: no error")
	}
	if _, err := MagnitudeSum(); err == nil {
		t.Error("empty sum: no error")
	}
	if _, err := MagnitudeDifference(-1); err == nil {
		t.Error("negative ratio: no error")
	}
}

// With the IAU 2015 parsec (648000/π au) a parallax in arcseconds is
// exactly 1/d: the tan/atan conversions were 8e-12 off at 1 pc.
func TestParallaxIsReciprocalParsecs(t *testing.T) {
	if ParsecAU != 648000/math.Pi {
		t.Errorf("ParsecAU = %v", ParsecAU)
	}
	for _, d := range []float64{1, 1.3, 10, 1000, 1e6} {
		p, err := ParallaxFromParsecs(d)
		if err != nil {
			t.Fatal(err)
		}
		if r := math.Abs(p.ArcSec()*d - 1); r > 4e-16 {
			t.Errorf("%v pc: parallax·d = 1%+.2g", d, p.ArcSec()*d-1)
		}
		back, _ := ParsecsFromParallax(p)
		if r := math.Abs(back/d - 1); r > 4e-16 {
			t.Errorf("%v pc: round trip %v", d, back)
		}
	}
	d, _ := ParsecsFromParallax(ArcSec(1))
	if math.Abs(d-1) > 2.3e-16 {
		t.Errorf("1″ → %v pc", d)
	}
}
