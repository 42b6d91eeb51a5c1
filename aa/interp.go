package aa

import (
	"errors"
	"math"
)

// Chapter 3, Interpolation; chapter 5, Iteration.

// ErrNoConvergence is returned when an iterative method does not converge.
var ErrNoConvergence = errors.New("aa: iteration did not converge")

// ErrNoExtremum is returned when a tabulated function has no extremum
// (its second difference is zero).
var ErrNoExtremum = errors.New("aa: no extremum (second difference is zero)")

// Interp3 interpolates among three equally spaced values y[0], y[1], y[2]
// at the interpolating factor n, measured from the central value in units of
// the tabular interval (Meeus eq. 3.3). n should lie in [−1, 1]; Example 3.a.
func Interp3(y [3]float64, n float64) float64 {
	a := y[1] - y[0]
	b := y[2] - y[1]
	c := b - a
	return y[1] + n/2*(a+b+n*c)
}

// Extremum3 returns the position n (from the central value, eq. 3.5) and
// the value (eq. 3.4) of the extremum of the parabola through three
// equally spaced values. Example 3.b. ErrNoExtremum if the values are in
// arithmetic progression.
func Extremum3(y [3]float64) (n, ym float64, err error) {
	a := y[1] - y[0]
	b := y[2] - y[1]
	c := b - a
	if c == 0 {
		return 0, 0, ErrNoExtremum
	}
	n = -(a + b) / (2 * c)
	return n, y[1] - (a+b)*(a+b)/(8*c), nil
}

// Zero3 returns the interpolating factor n (from the central value) at
// which the parabola through three equally spaced values vanishes, by the
// iteration of Meeus eq. 3.7 started at n = 0 (Examples 3.c and 3.d;
// Meeus' eq. 3.7 recast as Newton's method so that it also converges for
// strongly curved functions, Example 3.d). ErrNoConvergence after 50 steps.
func Zero3(y [3]float64) (float64, error) {
	a := y[1] - y[0]
	b := y[2] - y[1]
	c := b - a
	n := 0.0
	for range 50 {
		f := y[1] + n/2*(a+b+n*c)
		d := (a+b)/2 + n*c
		if d == 0 {
			return 0, ErrNoConvergence
		}
		dn := f / d
		n -= dn
		if math.Abs(dn) < 1e-15*math.Max(1, math.Abs(n)) {
			return n, nil
		}
	}
	return 0, ErrNoConvergence
}

// diff5 returns the differences A..K of Meeus p. 28 for five values.
func diff5(y [5]float64) (a, b, c, d, e, f, g, h, j, k float64) {
	a, b, c, d = y[1]-y[0], y[2]-y[1], y[3]-y[2], y[4]-y[3]
	e, f, g = b-a, c-b, d-c
	h, j = f-e, g-f
	k = j - h
	return
}

// Interp5 interpolates among five equally spaced values at the factor n
// from the central value y[2] (Meeus eq. 3.8, Example 3.e).
func Interp5(y [5]float64, n float64) float64 {
	_, b, c, _, _, f, _, h, j, k := diff5(y)
	n2 := n * n
	return y[2] + n/2*(b+c) + n2/2*f + n*(n2-1)/12*(h+j) + n2*(n2-1)/24*k
}

// interp5Deriv is the derivative of Interp5 with respect to n.
func interp5Deriv(y [5]float64, n float64) float64 {
	_, b, c, _, _, f, _, h, j, k := diff5(y)
	n2 := n * n
	return (b+c)/2 + n*f + (3*n2-1)/12*(h+j) + (2*n2*n-n)/12*k
}

// Extremum5 returns the position n and value of the extremum of the
// quartic through five equally spaced values (Meeus eq. 3.9, by Newton's
// method on the derivative).
func Extremum5(y [5]float64) (n, ym float64, err error) {
	_, _, _, _, _, f, _, h, j, k := diff5(y)
	for range 50 {
		n2 := n * n
		d := interp5Deriv(y, n)
		dd := f + n/2*(h+j) + (6*n2-1)/12*k
		if dd == 0 {
			return 0, 0, ErrNoExtremum
		}
		dn := d / dd
		n -= dn
		if math.Abs(dn) < 1e-15 {
			return n, Interp5(y, n), nil
		}
	}
	return 0, 0, ErrNoConvergence
}

// Zero5 returns the interpolating factor n (from the central value) of the
// zero of the quartic through five equally spaced values (Meeus eq. 3.10,
// solved by Newton's method from n = 0). Exercise p. 30.
func Zero5(y [5]float64) (float64, error) {
	n := 0.0
	for range 50 {
		d := interp5Deriv(y, n)
		if d == 0 {
			return 0, ErrNoConvergence
		}
		dn := Interp5(y, n) / d
		n -= dn
		if math.Abs(dn) < 1e-15*math.Max(1, math.Abs(n)) {
			return n, nil
		}
	}
	return 0, ErrNoConvergence
}

// InterpHalf returns the value midway between y[1] and y[2] of four equally
// spaced values (Meeus eq. 3.12, Example 3.f).
func InterpHalf(y [4]float64) float64 {
	return (9*(y[1]+y[2]) - y[0] - y[3]) / 16
}

// Lagrange interpolates at x in the table (xs, ys) of unequally spaced
// points with Lagrange's formula (Meeus eq. 3.12, exercise p. 34). xs and
// ys must have the same length and distinct xs; it returns NaN otherwise.
func Lagrange(x float64, xs, ys []float64) float64 {
	if len(xs) != len(ys) || len(xs) == 0 {
		return math.NaN()
	}
	sum := 0.0
	for i, xi := range xs {
		p := 1.0
		for j, xj := range xs {
			if j != i {
				if xi == xj {
					return math.NaN()
				}
				p *= (x - xj) / (xi - xj)
			}
		}
		sum += p * ys[i]
	}
	return sum
}

// LagrangePoly returns the coefficients c[0] + c[1]x + … of the polynomial
// through the points (xs, ys) (Meeus Example 3.g). It returns nil if the
// lengths differ or two xs coincide.
func LagrangePoly(xs, ys []float64) []float64 {
	n := len(xs)
	if n != len(ys) || n == 0 {
		return nil
	}
	c := make([]float64, n)
	basis := make([]float64, n)
	for i, xi := range xs {
		for k := range basis {
			basis[k] = 0
		}
		basis[0] = 1
		deg := 0
		den := 1.0
		for j, xj := range xs {
			if j == i {
				continue
			}
			if xi == xj {
				return nil
			}
			den *= xi - xj
			// multiply the basis polynomial by (x − xj)
			for k := deg + 1; k > 0; k-- {
				basis[k] = basis[k-1] - xj*basis[k]
			}
			basis[0] *= -xj
			deg++
		}
		for k := range c {
			c[k] += ys[i] * basis[k] / den
		}
	}
	return c
}

// Bisect finds a root of f in [lo, hi], where f(lo) and f(hi) have opposite
// signs, to the absolute tolerance tol (Meeus ch. 5, "binary search"); tol
// 0 narrows the interval to the resolution of float64. Bounds that are
// not finite, a negative or non-finite tolerance, or an f that gives NaN
// at a bound give an error.
func Bisect(f func(float64) float64, lo, hi, tol float64) (float64, error) {
	if !finite(lo) || !finite(hi) || !(tol >= 0) || !finite(tol) {
		return 0, errors.New("aa: Bisect: bounds must be finite and the tolerance ≥ 0")
	}
	flo := f(lo)
	if flo == 0 {
		return lo, nil
	}
	fhi := f(hi)
	if fhi == 0 {
		return hi, nil
	}
	if (flo < 0) == (fhi < 0) || math.IsNaN(flo) || math.IsNaN(fhi) {
		return 0, errors.New("aa: Bisect: f(lo) and f(hi) are NaN or have the same sign")
	}
	for range 2000 {
		mid := (lo + hi) / 2
		if hi-lo <= tol || mid == lo || mid == hi {
			return mid, nil
		}
		fm := f(mid)
		if fm == 0 {
			return mid, nil
		}
		if (fm < 0) == (flo < 0) {
			lo, flo = mid, fm
		} else {
			hi = mid
		}
	}
	return 0, ErrNoConvergence
}

// GoldenSectionMin returns the abscissa of the minimum of f in [lo, hi] to
// the tolerance tol, by golden-section search (f must be unimodal there; at
// an end of the interval the minimum lies beyond it). The search also
// stops when the interval can no longer shrink in float64, so tol 0 gives
// the resolution of float64 at the minimum. Bounds or a tolerance that are
// not finite, or a negative tolerance, give NaN.
func GoldenSectionMin(f func(float64) float64, lo, hi, tol float64) float64 {
	if !finite(lo) || !finite(hi) || !(tol >= 0) || !finite(tol) || !finite(hi-lo) {
		return math.NaN()
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	const g = 0.6180339887498949
	x1, x2 := hi-g*(hi-lo), lo+g*(hi-lo)
	f1, f2 := f(x1), f(x2)
	// Each pass shrinks [lo, hi] by g; when x1 and x2 no longer lie
	// strictly inside it, float64 cannot narrow it further.
	for hi-lo > tol && lo < x1 && x1 <= x2 && x2 < hi {
		if f1 < f2 {
			hi, x2, f2 = x2, x1, f1
			x1 = hi - g*(hi-lo)
			f1 = f(x1)
		} else {
			lo, x1, f1 = x1, x2, f2
			x2 = lo + g*(hi-lo)
			f2 = f(x2)
		}
	}
	return (lo + hi) / 2
}

// finite reports whether x is neither NaN nor infinite.
func finite(x float64) bool { return x-x == 0 }

// Iterate applies better repeatedly from x until two successive values
// differ by at most tol, or returns ErrNoConvergence after maxIter steps
// (Meeus ch. 5, Examples 5.a–5.c). A start or tolerance that is not finite,
// or a negative tolerance, gives ErrNoConvergence.
func Iterate(better func(float64) float64, x, tol float64, maxIter int) (float64, error) {
	if !finite(x) || !(tol >= 0) || !finite(tol) {
		return 0, ErrNoConvergence
	}
	for range maxIter {
		nx := better(x)
		if math.Abs(nx-x) <= tol {
			return nx, nil
		}
		x = nx
	}
	return 0, ErrNoConvergence
}
