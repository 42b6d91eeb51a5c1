package aa

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

func TestNearParabolicMeeus(t *testing.T) {
	// Meeus p. 247: q, e, t − T (days), ν (°), r (AU).
	for _, c := range []struct{ q, e, t, nu, r float64 }{
		{0.921326, 1, 138.4783, 102.74426, 2.364192},
		{0.1, 0.987, 254.9, 164.50029, 4.063777},
		{0.123456, 0.99997, -30.47, 221.91190, 0.965053},
		{3.363943, 1.05731, 1237.1, 109.40598, 10.668551},
		{0.5871018, 0.9672746, 20, 52.85331, 0.729116},
		{0.5871018, 0.9672746, 0, 0, 0.5871018},
	} {
		nu, r, err := NearParabolic(c.q, c.e, c.t)
		if err != nil {
			t.Fatal(c, err)
		}
		approx(t, fmt.Sprint("ν ", c), nu.Norm().Deg(), c.nu, 5e-6)
		approx(t, fmt.Sprint("r ", c), r, c.r, 5e-7)
		// The general solver agrees.
		k := OrbitalElements{Perihelion: J2000, PeriDist: c.q, Ecc: c.e}
		nu2, r2, err := k.AnomalyDistance(J2000 + TT(c.t))
		if err != nil {
			t.Fatal(err)
		}
		approx(t, fmt.Sprint("ν2 ", c), nu2.Norm().Deg(), c.nu, 5e-6)
		approx(t, fmt.Sprint("r2 ", c), r2, c.r, 5e-7)
	}
}

func TestNearParabolicConvergence(t *testing.T) {
	// Meeus p. 248: for q = 0.1 the method fails for e = 0.9 at t = 30 d,
	// for e = 0.987 at t = 500 d; values where it works, to 1°.
	for _, c := range []struct {
		e, t, nu float64
		ok       bool
	}{
		{0.9, 10, 126, true}, {0.9, 20, 142, true}, {0.9, 30, 0, false},
		{0.987, 10, 123, true}, {0.987, 100, 157, true}, {0.987, 400, 167, true}, {0.987, 500, 0, false},
		{0.999, 1000, 169, true}, {0.999, 5000, 174, true},
	} {
		nu, _, err := NearParabolic(0.1, c.e, c.t)
		if (err == nil) != c.ok {
			t.Errorf("e=%g t=%g: err = %v, want ok=%v", c.e, c.t, err, c.ok)
			continue
		}
		if c.ok {
			approx(t, fmt.Sprint("ν ", c), nu.Deg(), c.nu, 1)
		} else if !errors.Is(err, ErrNoConvergence) {
			t.Errorf("error %v, want ErrNoConvergence", err)
		}
	}
	if _, _, err := NearParabolic(-1, 1, 3); !errors.Is(err, ErrElements) {
		t.Error("q < 0 accepted")
	}
	if _, _, err := NearParabolic(1, 1, math.NaN()); !errors.Is(err, ErrElements) {
		t.Error("NaN t accepted")
	}
}

func TestParabolicInvalid(t *testing.T) {
	if _, r := Parabolic(0, 10); !math.IsNaN(r) {
		t.Error("q = 0 accepted")
	}
	nu, _ := Parabolic(1, -20)
	nu2, _ := Parabolic(1, 20)
	approx(t, "symmetry", nu.Rad(), -nu2.Rad(), 1e-15)
}
