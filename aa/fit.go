package aa

import (
	"errors"
	"math"
)

// Chapter 4, Curve Fitting (least squares).

// ErrFit reports unusable fitting data: slices of different or too short
// lengths, a singular system, or data (or results) that are not finite.
var ErrFit = errors.New("aa: cannot fit: need at least as many distinct points as unknowns, in slices of equal length")

// LinearFit returns a and b of the least-squares line y = ax + b through
// the points (xs[i], ys[i]) (Meeus eq. 4.2, Example 4.a).
func LinearFit(xs, ys []float64) (a, b float64, err error) {
	if len(xs) != len(ys) || len(xs) < 2 {
		return 0, 0, ErrFit
	}
	var sx, sy, sxx, sxy float64
	for i, x := range xs {
		sx += x
		sy += ys[i]
		sxx += x * x
		sxy += x * ys[i]
	}
	n := float64(len(xs))
	d := n*sxx - sx*sx
	a, b = (n*sxy-sx*sy)/d, (sy*sxx-sx*sxy)/d
	if d == 0 || !finite(a) || !finite(b) {
		return 0, 0, ErrFit
	}
	return a, b, nil
}

// CorrelationCoefficient returns the linear correlation coefficient r of
// the points (Meeus eq. 4.3, Example 4.b); NaN for unusable data.
func CorrelationCoefficient(xs, ys []float64) float64 {
	if len(xs) != len(ys) || len(xs) < 2 {
		return math.NaN()
	}
	var sx, sy, sxx, syy, sxy float64
	for i, x := range xs {
		y := ys[i]
		sx += x
		sy += y
		sxx += x * x
		syy += y * y
		sxy += x * y
	}
	n := float64(len(xs))
	return (n*sxy - sx*sy) / (math.Sqrt(n*sxx-sx*sx) * math.Sqrt(n*syy-sy*sy))
}

// QuadraticFit returns a, b, c of the least-squares parabola
// y = ax² + bx + c (Meeus eq. 4.5, example p. 40–43).
func QuadraticFit(xs, ys []float64) (a, b, c float64, err error) {
	return Fit3(xs, ys, func(x float64) float64 { return x * x }, func(x float64) float64 { return x }, func(float64) float64 { return 1 })
}

// Fit3 returns a, b, c of the least-squares fit y = a·f0(x) + b·f1(x) +
// c·f2(x) (Meeus p. 44, Example 4.c).
func Fit3(xs, ys []float64, f0, f1, f2 func(float64) float64) (a, b, c float64, err error) {
	if len(xs) != len(ys) || len(xs) < 3 {
		return 0, 0, 0, ErrFit
	}
	var m, p, q, r, s, t, u, v, w float64
	for i, x := range xs {
		y0, y1, y2 := f0(x), f1(x), f2(x)
		m += y0 * y0
		p += y0 * y1
		q += y0 * y2
		r += y1 * y1
		s += y1 * y2
		t += y2 * y2
		u += ys[i] * y0
		v += ys[i] * y1
		w += ys[i] * y2
	}
	d := m*r*t + 2*p*q*s - m*s*s - r*q*q - t*p*p
	if d == 0 {
		return 0, 0, 0, ErrFit
	}
	a = (u*(r*t-s*s) + v*(q*s-p*t) + w*(p*s-q*r)) / d
	b = (u*(s*q-p*t) + v*(m*t-q*q) + w*(p*q-m*s)) / d
	c = (u*(p*s-r*q) + v*(p*q-m*s) + w*(m*r-p*p)) / d
	if !finite(a) || !finite(b) || !finite(c) {
		return 0, 0, 0, ErrFit
	}
	return a, b, c, nil
}

// Fit1 returns a of the least-squares fit y = a·f(x) (Meeus p. 45).
func Fit1(xs, ys []float64, f func(float64) float64) (float64, error) {
	if len(xs) != len(ys) || len(xs) < 1 {
		return 0, ErrFit
	}
	var num, den float64
	for i, x := range xs {
		fx := f(x)
		num += ys[i] * fx
		den += fx * fx
	}
	a := num / den
	if den == 0 || !finite(a) {
		return 0, ErrFit
	}
	return a, nil
}
