package aa

import (
	"math"
	"testing"
)

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
