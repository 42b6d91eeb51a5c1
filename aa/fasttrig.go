package aa

import "math"

// Sine, cosine and arctangent for hot routines ([Separation]), shorter in
// latency than the math package's: a loop over independent inputs waits on
// one call's chain of dependent operations, and math.Sincos (octant fix-ups
// by branch) and math.Atan (up to three divisions one after the other) make
// it long. fasttrig_test.go checks both against 256-bit evaluations:
// sincosSmall within 1.5 ulp, atan2Upper within 1 ulp.

// sincosSmallMax bounds the arguments of sincosSmall: up to there, k·halfPi1
// below is exact and the reduction error stays far below an ulp.
const sincosSmallMax = 64

// π/2 in three parts (Cody and Waite): halfPi1 and halfPi2 have 33
// significant bits, so that k·halfPi1 and k·halfPi2 are exact for |k| < 2²⁰;
// the sum of the three carries π/2 to about 120 bits.
const (
	halfPi1 = 0x1.921fb544p0
	halfPi2 = 0x1.0b4611a6p-34
	halfPi3 = float64(math.Pi/2 - halfPi1 - halfPi2)
)

// Polynomials in z = r² on |r| ≤ π/4 (Chebyshev fits by
// testdata/gen_fasttrig.py): sin r = r + r·z·S(z), cos r = 1 − z/2 + z²·C(z),
// the fits' errors below 0.15 ulp of the results.
const (
	sinS0 = -0x1.5555555555555p-3
	sinS1 = 0x1.1111111110bb2p-7
	sinS2 = -0x1.a01a019e83816p-13
	sinS3 = 0x1.71de379654304p-19
	sinS4 = -0x1.ae600aca92c64p-26
	sinS5 = 0x1.5e0b05bff20f2p-33
	cosC0 = 0x1.5555555555555p-5
	cosC1 = -0x1.6c16c16c16967p-10
	cosC2 = 0x1.a01a019f4e9b4p-16
	cosC3 = -0x1.27e4fa17bf139p-22
	cosC4 = 0x1.1eeb68cd22f56p-29
	cosC5 = -0x1.907d8f29fe831p-37
)

// sinCos is sincosSmall where it applies and math.Sincos elsewhere.
func sinCos(x float64) (sin, cos float64) {
	if math.Abs(x) <= sincosSmallMax {
		return sincosSmall(x)
	}
	return math.Sincos(x)
}

// sincosSmall returns sin x and cos x for |x| ≤ sincosSmallMax (NaN for
// ±Inf and NaN): x = k·π/2 + r with |r| ≤ π/4, and k mod 4 selects without
// a branch, which random arguments would mispredict.
func sincosSmall(x float64) (sin, cos float64) {
	const round = 0x1.8p52 // adding it leaves round(y) in the low bits of y + round
	t := x*(2/math.Pi) + round
	k := t - round
	q := math.Float64bits(t)
	r := ((x - k*halfPi1) - k*halfPi2) - k*halfPi3
	z := r * r
	// Estrin's scheme: half the latency of Horner's rule.
	z2 := z * z
	z4 := z2 * z2
	s := r + r*z*((sinS0+z*sinS1)+z2*(sinS2+z*sinS3)+z4*(sinS4+z*sinS5))
	c := 1 - 0.5*z + z2*((cosC0+z*cosC1)+z2*(cosC2+z*cosC3)+z4*(cosC4+z*cosC5))
	// sin x = A·sin r + B·cos r, cos x = A·cos r − B·sin r with (A, B) =
	// (1, 0), (0, 1), (−1, 0), (0, −1) for k mod 4 = 0…3: both known long
	// before the polynomials, so that selecting costs a multiply-add.
	odd, neg := int64(q&1), 1-int64(q&2)
	a, b := float64((1-odd)*neg), float64(odd*neg)
	return a*s + b*c, a*c - b*s
}

// atan(t) = t + t·w·A(w), w = t², on |t| ≤ 0.6 (Chebyshev fit by
// testdata/gen_fasttrig.py, error below 0.07 ulp of the result).
const (
	atanA0  = -0x1.5555555555555p-2
	atanA1  = 0x1.99999999996d0p-3
	atanA2  = -0x1.2492492472b89p-3
	atanA3  = 0x1.c71c71b573ef4p-4
	atanA4  = -0x1.745d14af5b399p-4
	atanA5  = 0x1.3b1376cc4b66fp-4
	atanA6  = -0x1.110db50b17cb0p-4
	atanA7  = 0x1.e19e34b65ac1bp-5
	atanA8  = -0x1.ad47c9f530f56p-5
	atanA9  = 0x1.7c88e73b863c5p-5
	atanA10 = -0x1.41056e4943365p-5
	atanA11 = 0x1.d4ba413cf1319p-6
	atanA12 = -0x1.f4015ed0d190ep-7
	atanA13 = 0x1.153083e8bc115p-8
)

// atan2Upper returns atan2(y, x) ∈ [0, π] for y ≥ 0 (NaN if an argument is
// NaN or both are 0) with one division: the octant by comparisons, then
// atan(n/d) for n/d ≤ 0.6, else π/4 + atan((n − d)/(n + d)).
func atan2Upper(y, x float64) float64 {
	const (
		split = 0.6 // where π/4 + atan((n − d)/(n + d)) cancels little
		// π/4, π/2 and π as float64 plus the remainder (rounded)
		pi4, pi4Lo = math.Pi / 4, float64(math.Pi/4 - float64(math.Pi/4))
		pi2, pi2Lo = math.Pi / 2, 2 * pi4Lo
		pi1, pi1Lo = math.Pi, 4 * pi4Lo
	)
	a := math.Abs(x)
	n, d, swapped := y, a, false
	if y > a {
		n, d, swapped = a, y, true
	}
	var t, base, baseLo float64
	if n > split*d {
		t, base, baseLo = (n-d)/(n+d), pi4, pi4Lo
	} else {
		t = n / d
	}
	w := t * t // Estrin's scheme again
	w2 := w * w
	w4 := w2 * w2
	w8 := w4 * w4
	p := (((atanA0 + w*atanA1) + w2*(atanA2+w*atanA3)) + w4*((atanA4+w*atanA5)+w2*(atanA6+w*atanA7))) +
		w8*(((atanA8+w*atanA9)+w2*(atanA10+w*atanA11))+w4*(atanA12+w*atanA13))
	phi := base + (t + (baseLo + t*w*p))
	if swapped {
		phi = pi2 - phi + pi2Lo
	}
	if x < 0 {
		phi = pi1 - phi + pi1Lo
	}
	return phi
}
