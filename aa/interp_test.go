package aa

import (
	"fmt"
	"math"
	"testing"
)

func ExampleInterp3() {
	// Meeus Example 3.a, p. 25: Moon's distance on 1992 November 8 at 4h21m.
	y := [3]float64{0.884226, 0.877366, 0.870531}
	fmt.Printf("%.6f\n", Interp3(y, (4+21.0/60)/24))
	// Output: 0.876125
}

func ExampleExtremum3() {
	// Meeus Example 3.b, p. 26: least distance of Mars, 1992 May.
	n, dist, _ := Extremum3([3]float64{1.3814294, 1.3812213, 1.3812453})
	fmt.Printf("%.7f AU on May %.4f\n", dist, 16+n*4)
	// Output: 1.3812030 AU on May 17.5864
}

func ExampleZero3() {
	// Meeus Example 3.c, p. 26: Mercury's declination crosses zero.
	y := [3]float64{-DMS(true, 0, 28, 13.4).Deg(), DMS(false, 0, 6, 46.3).Deg(), DMS(false, 0, 38, 23.2).Deg()}
	y[0] = -y[0]
	n, _ := Zero3(y)
	fmt.Printf("February %.5f\n", 27+n)
	// Meeus Example 3.d, p. 27: a strongly curved function.
	n, _ = Zero3([3]float64{-2, 3, 2})
	fmt.Printf("%.12f\n", n)
	// Output:
	// February 26.79873
	// -0.720759220056
}

func ExampleInterp5() {
	// Meeus Example 3.e, p. 28: Moon's horizontal parallax.
	y := [5]float64{
		DMS(false, 0, 54, 36.125).Deg(), DMS(false, 0, 54, 24.606).Deg(),
		DMS(false, 0, 54, 15.486).Deg(), DMS(false, 0, 54, 8.694).Deg(),
		DMS(false, 0, 54, 4.133).Deg(),
	}
	// Values at 0h and 12h of Feb 27..29; 28 February 3h20m is n = 3h20m / 12h.
	fmt.Println(Deg(Interp5(y, (3+20.0/60)/12)).DMSString(3))
	// Output: 0°54′13.369″
}

func ExampleZero5() {
	// Meeus, exercise p. 30: Mercury's latitude crosses zero, 1988 January.
	y := [5]float64{
		DMS(true, 1, 11, 21.23).Deg(), DMS(true, 0, 28, 12.31).Deg(),
		DMS(false, 0, 16, 7.02).Deg(), DMS(false, 1, 1, 0.13).Deg(),
		DMS(false, 1, 45, 46.33).Deg(),
	}
	n, _ := Zero5(y)
	fmt.Printf("1988 January %.6f\n", 27+n)
	// Output: 1988 January 26.638587
}

func ExampleInterpHalf() {
	// Meeus Example 3.f, p. 32: right ascension midway.
	y := [4]float64{
		HMS(false, 10, 18, 48.732).Hours(), HMS(false, 10, 23, 22.835).Hours(),
		HMS(false, 10, 27, 57.247).Hours(), HMS(false, 10, 32, 31.983).Hours(),
	}
	fmt.Println(Hours(InterpHalf(y)).HMSString(3))
	// Output: 10h25m40.001s
}

func ExampleLagrange() {
	// Meeus, exercise p. 34: sin x from six values.
	xs := []float64{29.43, 30.97, 27.69, 28.11, 31.58, 33.05}
	ys := []float64{0.4913598528, 0.5145891926, 0.4646875083, 0.4711658342, 0.5236885653, 0.5453707057}
	fmt.Printf("%.10f %.10f %.10f\n", Lagrange(30, xs, ys), Lagrange(0, xs, ys), Lagrange(90, xs, ys))
	// Output: 0.5000000000 0.0000512249 0.9999648100
}

func ExampleLagrangePoly() {
	// Meeus Example 3.g, p. 34: y = (x³ − 13x² + 69x − 87)/5.
	c := LagrangePoly([]float64{1, 3, 4, 6}, []float64{-6, 6, 9, 15})
	fmt.Printf("%.0f %.0f %.0f %.0f\n", c[3]*5, c[2]*5, c[1]*5, c[0]*5)
	// Output: 1 -13 69 -87
}

func ExampleIterate() {
	// Meeus Example 5.a, p. 48: √159 by Newton's iteration.
	x, _ := Iterate(func(n float64) float64 { return (n + 159/n) / 2 }, 12, 1e-9, 20)
	fmt.Printf("%.8f\n", x)
	// Output: 12.60952021
}

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

func ExampleIterate_roots() {
	// Meeus Example 5.b, p. 48: x⁵ + 17x − 8 = 0 as x = (8 − x⁵)/17.
	x, _ := Iterate(func(x float64) float64 { return (8 - math.Pow(x, 5)) / 17 }, 0, 1e-15, 50)
	fmt.Printf("%.9f\n", x)
	// Example 5.c, p. 49: x⁵ + 3x − 8 = 0 as x = (8 − x⁵)/3 diverges.
	_, err := Iterate(func(x float64) float64 { return (8 - math.Pow(x, 5)) / 3 }, 0, 1e-15, 20)
	fmt.Println(err)
	// Example 5.d, p. 49: the same equation as x = (8 − 3x)^(1/5) converges.
	x, _ = Iterate(func(x float64) float64 { return math.Pow(8-3*x, 0.2) }, 0, 1e-15, 60)
	fmt.Printf("%.9f\n", x)
	// Binary search, p. 53.
	x, _ = Bisect(func(x float64) float64 { return math.Pow(x, 5) + 17*x - 8 }, 0, 1, 1e-15)
	fmt.Printf("%.15f\n", x)
	// Output:
	// 0.469249878
	// aa: iteration did not converge
	// 1.321785627
	// 0.469249878454739
}
