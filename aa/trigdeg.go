package aa

import "math"

// Sines and cosines of arguments in degrees for the periodic terms of the
// low-accuracy methods (Table 27.C, the Galilean satellites of p. 301–303):
// within 1e-12 of the exact values, far below what those methods resolve,
// and without the branches of math.Sin and math.Cos, so that the terms of a
// sum overlap in the processor. The argument is reduced exactly to
// [−180°, 180°] (|x| < 1e9), halved to h in [−π/2, π/2], where the series
// of sin h to the 17th power is within 4.4e-14 and that of cos h to the
// 16th within 5.3e-13; then cos x = 1 − 2 sin² h (within 2e-13) and
// sin x = 2 sin h cos h (within 1.1e-12). NaN and ±Inf give NaN.

// halfDeg returns sin h and cos h for h = x/2 reduced to [−π/2, π/2].
func halfDeg(x float64) (s, c float64) {
	h := (x - 360*math.Floor(x*(1.0/360)+0.5)) * (radPerDeg / 2)
	z := h * h
	s = h * (1 + z*(-1.0/6+z*(1.0/120+z*(-1.0/5040+z*(1.0/362880+z*(-1.0/39916800+
		z*(1.0/6227020800+z*(-1.0/1307674368000+z*(1.0/355687428096000)))))))))
	c = 1 + z*(-1.0/2+z*(1.0/24+z*(-1.0/720+z*(1.0/40320+z*(-1.0/3628800+
		z*(1.0/479001600+z*(-1.0/87178291200+z*(1.0/20922789888000))))))))
	return s, c
}

// cosDegPeriodic returns cos x, x in degrees.
func cosDegPeriodic(x float64) float64 {
	h := (x - 360*math.Floor(x*(1.0/360)+0.5)) * (radPerDeg / 2)
	z := h * h
	s := h * (1 + z*(-1.0/6+z*(1.0/120+z*(-1.0/5040+z*(1.0/362880+z*(-1.0/39916800+
		z*(1.0/6227020800+z*(-1.0/1307674368000+z*(1.0/355687428096000)))))))))
	return 1 - 2*s*s
}

// sincosDegPeriodic returns sin x and cos x, x in degrees.
func sincosDegPeriodic(x float64) (sin, cos float64) {
	s, c := halfDeg(x)
	return 2 * s * c, 1 - 2*s*s
}
