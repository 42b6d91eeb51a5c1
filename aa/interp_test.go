package aa

import (
	"math"
	"testing"
)

func TestInterpErrors(t *testing.T) {
	if _, _, err := Extremum3([3]float64{1, 2, 3}); err != ErrNoExtremum {
		t.Error("Extremum3 of a line:", err)
	}
	if _, err := Zero3([3]float64{1, 1, 1}); err == nil {
		t.Error("Zero3 of a constant")
	}
	if !math.IsNaN(Lagrange(1, []float64{1, 1}, []float64{2, 3})) {
		t.Error("Lagrange with equal x")
	}
	if LagrangePoly([]float64{1}, nil) != nil {
		t.Error("LagrangePoly with bad lengths")
	}
	if _, err := Bisect(math.Sin, 1, 2, 1e-9); err == nil {
		t.Error("Bisect without a sign change")
	}
	x, err := Bisect(math.Cos, 0, 3, 1e-12)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "Bisect", x, math.Pi/2, 1e-11)
	if _, err := Iterate(func(x float64) float64 { return x + 1 }, 0, 1e-9, 10); err != ErrNoConvergence {
		t.Error("Iterate diverging:", err)
	}
	// Interp5 reproduces a quartic exactly; Extremum5 finds its minimum.
	f := func(x float64) float64 { return (x-0.3)*(x-0.3) + 0.01*x*x*x*x }
	var y [5]float64
	for i := range y {
		y[i] = f(float64(i - 2))
	}
	approx(t, "Interp5", Interp5(y, 0.37), f(0.37), 1e-12)
	n, _, err := Extremum5(y)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "Extremum5 derivative", 2*(n-0.3)+0.04*n*n*n, 0, 1e-12)
}

func TestGoldenSectionMin(t *testing.T) {
	x := GoldenSectionMin(func(x float64) float64 { return (x - 0.3) * (x - 0.3) }, -1, 1, 1e-10)
	approx(t, "GoldenSectionMin", x, 0.3, 1e-9)
	approx(t, "at the edge", GoldenSectionMin(math.Exp, 0, 1, 1e-10), 0, 1e-9)
}
