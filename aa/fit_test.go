package aa

import (
	"fmt"
	"math"
	"testing"
)

func ExampleLinearFit() {
	// Meeus Example 4.a, p. 37: magnitudes of comet Bennett.
	xs := []float64{.2982, .2969, .2918, .2905, .2707, .2574, .2485, .2287, .2238, .2156, .1992, .1948, .1931, .1889, .1781, .1772, .1770, .1755, .1746}
	ys := []float64{10.92, 11.01, 10.99, 10.78, 10.87, 10.80, 10.75, 10.14, 10.21, 9.97, 9.69, 9.57, 9.66, 9.63, 9.65, 9.44, 9.44, 9.32, 9.20}
	a, b, _ := LinearFit(xs, ys)
	fmt.Printf("a = %.2f  b = %.2f\n", a, b)
	// Output: a = 13.67  b = 7.03
}

func ExampleCorrelationCoefficient() {
	// Meeus Example 4.b, p. 40: sunspots and rainfall.
	xs := []float64{73, 38, 35, 42, 78, 68, 74, 42, 52, 54, 39, 61, 42, 49, 50, 62, 44, 39, 43, 54, 44, 37}
	ys := []float64{90.4, 125.3, 161.8, 143.4, 52.5, 50.8, 71.5, 152.8, 131.3, 98.5, 144.8, 78.1, 89.5, 63.9, 112.1, 82.0, 119.8, 161.2, 208.4, 111.6, 167.1, 162.1}
	a, b, _ := LinearFit(xs, ys)
	fmt.Printf("y = %.2f - %.2fx, r = %.3f\n", b, -a, CorrelationCoefficient(xs, ys))
	// Output: y = 244.18 - 2.49x, r = -0.767
}

func ExampleFit3() {
	// Meeus Example 4.c, p. 44.
	xs := []float64{3, 20, 34, 50, 75, 88, 111, 129, 143, 160, 183, 200, 218, 230, 248, 269, 290, 303, 320, 344}
	ys := []float64{.0433, .2532, .3386, .3560, .4983, .7577, 1.4585, 1.8628, 1.8264, 1.2431, -.2043, -1.2431, -1.8422, -1.8726, -1.4889, -.8372, -.4377, -.3640, -.3508, -.2126}
	for i := range xs {
		xs[i] *= math.Pi / 180
	}
	a, b, c, _ := Fit3(xs, ys, math.Sin,
		func(x float64) float64 { return math.Sin(2 * x) },
		func(x float64) float64 { return math.Sin(3 * x) })
	fmt.Printf("%.4f, %.4f, %.4f\n", a, b, c)
	// Output: 1.2000, -0.7700, 0.3900
}

func TestQuadraticFit(t *testing.T) {
	// Meeus p. 40–43 data: y = −x² − 2x + 2 exactly.
	xs := []float64{-4, -3, -2, -1, 0, 1, 2}
	ys := []float64{-6, -1, 2, 3, 2, -1, -6}
	a, b, c, err := QuadraticFit(xs, ys)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "a", a, -1, 1e-12)
	approx(t, "b", b, -2, 1e-12)
	approx(t, "c", c, 2, 1e-12)
	k, err := Fit1([]float64{0, 1, 2, 3, 4, 5}, []float64{0, 1.2, 1.4, 1.7, 2.1, 2.2}, math.Sqrt)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "Fit1", k, 1.016, 5e-4)
	if _, _, err := LinearFit([]float64{1, 1}, []float64{2, 3}); err == nil {
		t.Error("LinearFit on a vertical line")
	}
	if _, _, _, err := QuadraticFit([]float64{1, 2}, []float64{1, 2}); err == nil {
		t.Error("QuadraticFit with two points")
	}
	if _, err := Fit1(nil, []float64{1}, math.Sqrt); err == nil {
		t.Error("Fit1 with bad lengths")
	}
	if !math.IsNaN(CorrelationCoefficient([]float64{1}, []float64{1, 2})) {
		t.Error("CorrelationCoefficient with bad lengths")
	}
}
