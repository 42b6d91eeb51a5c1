package aa

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

func ExampleKeplerIterate() {
	// Meeus Example 30.a: e = 0.1, M = 5°.
	e, _ := KeplerIterate(0.1, Deg(5), 8)
	fmt.Printf("E = %.6f°\n", e.Deg())
	// Output:
	// E = 5.554589°
}

func ExampleKeplerNewton() {
	// Meeus Example 30.b.
	e, _ := KeplerNewton(0.1, Deg(5), 11)
	fmt.Printf("E = %.9f°\n", e.Deg())
	// Output:
	// E = 5.554589254°
}

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
