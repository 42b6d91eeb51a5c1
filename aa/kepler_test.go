package aa

import (
	"errors"
	"math"
	"testing"
)

func TestKeplerHighEccentricity(t *testing.T) {
	// Meeus p. 205: e = 0.99, M = 0.2 rad gives E = 1.066997365282 rad.
	for name, f := range map[string]func(float64, Angle) (Angle, error){
		"Kepler": Kepler, "KeplerBisect": KeplerBisect,
		"Newton": func(e float64, m Angle) (Angle, error) { return KeplerNewton(e, m, 14) },
	} {
		x, err := f(0.99, 0.2)
		if err != nil {
			t.Fatal(name, err)
		}
		approx(t, name, x.Rad(), 1.066997365282, 5e-13)
	}
	x, _ := KeplerApprox(0.1, Deg(5))
	approx(t, "KeplerApprox", x.Deg(), 5.554599, 5e-7) // Meeus p. 206
}

func TestKeplerRobust(t *testing.T) {
	for _, e := range []float64{0, 1e-9, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999, 0.99999, 0.999999} {
		for i := -40; i <= 40; i++ {
			m := Angle(float64(i) * 0.1617)
			x, err := Kepler(e, m)
			if err != nil {
				t.Fatal(e, m, err)
			}
			if res := float64(x) - e*math.Sin(float64(x)) - float64(m); math.Abs(res) > 2e-15*math.Max(1, math.Abs(float64(m))) {
				t.Errorf("e=%g M=%g: E=%g, residual %g", e, m, x, res)
			}
			if math.Abs(float64(x-m)) > pi {
				t.Errorf("e=%g M=%g: E=%g not in the revolution of M", e, m, x)
			}
		}
	}
	for _, e := range []float64{1, 1.5, -0.1, math.NaN()} {
		if _, err := Kepler(e, 1); !errors.Is(err, ErrEccentricity) {
			t.Errorf("Kepler(e=%g) error = %v, want ErrEccentricity", e, err)
		}
	}
	if _, err := Kepler(0.5, Angle(math.Inf(1))); err == nil {
		t.Error("Kepler(M=+Inf) gave no error")
	}
}

func TestTrueAnomaly(t *testing.T) {
	nu, r := TrueAnomaly(2, 0.5, Angle(pi/2))
	approx(t, "ν", nu.Rad(), 2*math.Atan(math.Sqrt(3)), 1e-15)
	approx(t, "r", r, 2, 1e-15)
}

// TestKeplerBisectGuided: the halvings decided from Newton's root away from
// it give bit for bit the result of Sinnott's search with every decision
// evaluated, over eccentricities up to 1 − 1e-9 and anomalies near 0 and π.
func TestKeplerBisectGuided(t *testing.T) {
	es := []float64{0, 1e-9, 0.01, 0.0167, 0.1, 0.2056, 0.5, 0.8, 0.8000001, 0.9, 0.967, 0.99, 0.999, 0.999999, 1 - 1e-9}
	diffs := 0
	for _, e := range es {
		for i := 0; i <= 4000; i++ {
			var m float64
			switch {
			case i < 1000:
				m = math.Ldexp(1, -i/20) // down to 2^-50 near 0
			case i < 2000:
				m = pi - math.Ldexp(1, -(i-1000)/20)
			default:
				m = pi * float64(i-2000) / 2000
			}
			if got, want := keplerBisect(e, m), sinnott(e, m, 0, false); got != want {
				if diffs++; diffs <= 5 {
					t.Errorf("e = %v, M = %v: %v, every halving evaluated: %v", e, m, got, want)
				}
			}
		}
	}
}

// TestKeplerNewtonPlaces: Meeus' second method to 12 and 14 places agrees
// with the full-precision solver to 1e-12 and 1e-14 rad.
func TestKeplerNewtonPlaces(t *testing.T) {
	for _, c := range []struct {
		places int
		tol    float64
	}{{12, 1e-12}, {14, 1e-14}} {
		for e := 0.0; e <= 0.6; e += 0.05 {
			for i := range 721 {
				m := Deg(float64(i) / 2)
				got, err := KeplerNewton(e, m, c.places)
				want, _ := Kepler(e, m)
				if err != nil || math.Abs(float64(got-want)) > c.tol {
					t.Fatalf("KeplerNewton(%v, %v°, %d) = %v, %v; Kepler: %v", e, m.Deg(), c.places, got, err, want)
				}
			}
		}
	}
}
