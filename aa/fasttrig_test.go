package aa

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// The reference values of these tests are evaluated in 256-bit binary
// floating point from the exact float64 inputs.
const refPrec = 256

func bigF(x float64) *big.Float { return new(big.Float).SetPrec(refPrec).SetFloat64(x) }

// bigSinCos returns sin x and cos x by their Taylor series (|x| ≤ 8 here,
// where 256 bits leave well over 200 correct after the cancellations).
func bigSinCos(x *big.Float) (sin, cos *big.Float) {
	sin, cos = bigF(0), bigF(1)
	term := bigF(1) // xⁿ/n!
	eps := new(big.Float).SetPrec(refPrec).SetMantExp(bigF(1), -refPrec-8)
	for n := 1; ; n += 2 {
		term.Mul(term, x).Quo(term, bigF(float64(n))) // xⁿ/n!, n odd
		if n%4 == 1 {
			sin.Add(sin, term)
		} else {
			sin.Sub(sin, term)
		}
		term.Mul(term, x).Quo(term, bigF(float64(n+1)))
		if n%4 == 1 {
			cos.Sub(cos, term)
		} else {
			cos.Add(cos, term)
		}
		if new(big.Float).Abs(term).Cmp(eps) < 0 {
			return sin, cos
		}
	}
}

// ulpErr returns |got − want| in units of the last place of want (float64).
func ulpErr(got float64, want *big.Float) float64 {
	w, _ := want.Float64()
	ulp := math.Nextafter(math.Abs(w), math.Inf(1)) - math.Abs(w)
	if w == 0 {
		ulp = math.SmallestNonzeroFloat64
	}
	d, _ := new(big.Float).Sub(bigF(got), want).Float64()
	return math.Abs(d) / ulp
}

func TestSincosSmallAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	xs := []float64{0, math.Copysign(0, -1), 1e-300, 1e-8, math.Pi / 4, math.Pi / 2, math.Pi, 2 * math.Pi, 3 * math.Pi / 2, -math.Pi / 2, sincosSmallMax, -sincosSmallMax}
	for range 3000 {
		xs = append(xs, (2*r.Float64()-1)*2*math.Pi, (2*r.Float64()-1)*sincosSmallMax, (2*r.Float64()-1)*math.Pi/2)
	}
	for k := -40; k <= 40; k++ { // next to multiples of π/2, where the reduction cancels
		m := float64(k) * math.Pi / 2
		xs = append(xs, m, math.Nextafter(m, 0), math.Nextafter(m, 100))
	}
	worst, worstStd := 0.0, 0.0
	for _, x := range xs {
		s, c := sincosSmall(x)
		ws, wc := bigSinCos(bigF(x))
		e := max(ulpErr(s, ws), ulpErr(c, wc))
		worst = max(worst, e)
		if s, c = math.Sincos(x); math.Abs(s) > 1e-9 && math.Abs(c) > 1e-9 {
			worstStd = max(worstStd, ulpErr(s, ws), ulpErr(c, wc)) // away from its weak spots
		}
		if e > 1.5 {
			t.Errorf("sincosSmall(%v) = %v, %v: %.2f ulp off", x, s, c, e)
		}
	}
	t.Logf("sincosSmall: worst %.3f ulp over %d arguments (math.Sincos away from multiples of π/2: %.3f)", worst, len(xs), worstStd)
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if s, c := sincosSmall(x); !math.IsNaN(s) || !math.IsNaN(c) {
			t.Errorf("sincosSmall(%v) = %v, %v, want NaN", x, s, c)
		}
	}
}

func TestAtan2UpperAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	type arg struct{ y, x float64 }
	args := []arg{{0, 1}, {0, -1}, {1, 0}, {1, math.Copysign(0, -1)}, {1, 1}, {1, -1}, {1e-300, 1}, {1e-300, -1},
		{1, 1e-300}, {math.Tan(math.Pi / 8), 1}, {0.41421356237309504880, 1}, {math.Nextafter(0.41421356237309504880, 1), 1}}
	for range 2000 {
		th := r.Float64() * math.Pi
		args = append(args, arg{math.Sin(th), math.Cos(th)}, arg{r.Float64(), 2*r.Float64() - 1},
			arg{r.Float64() * 1e-9, 2*r.Float64() - 1}, arg{r.Float64(), (2*r.Float64() - 1) * 1e-9})
	}
	worst, worstStd := 0.0, 0.0
	for _, a := range args {
		worstStd = max(worstStd, atan2Ulps(a.y, a.x, math.Atan2(a.y, a.x)))
		got := atan2Upper(a.y, a.x)
		e := atan2Ulps(a.y, a.x, got)
		worst = max(worst, e)
		if e > 1.5 {
			t.Errorf("atan2Upper(%v, %v) = %v: %.2f ulp off", a.y, a.x, got, e)
		}
	}
	t.Logf("atan2Upper: worst %.3f ulp over %d arguments (math.Atan2: %.3f)", worst, len(args), worstStd)
	for _, a := range []arg{{math.NaN(), 1}, {1, math.NaN()}, {0, 0}} {
		if got := atan2Upper(a.y, a.x); !math.IsNaN(got) {
			t.Errorf("atan2Upper(%v, %v) = %v, want NaN", a.y, a.x, got)
		}
	}
}

// atan2Ulps returns how far got is from atan2(y, x), in ulps of got:
// sin(got − θ)·ρ = sin(got)·x − cos(got)·y with ρ = √(x² + y²).
func atan2Ulps(y, x, got float64) float64 {
	sg, cg := bigSinCos(bigF(got))
	d := new(big.Float).SetPrec(refPrec).Sub(new(big.Float).Mul(sg, bigF(x)), new(big.Float).Mul(cg, bigF(y)))
	df, _ := d.Float64()
	return math.Abs(df) / math.Hypot(x, y) / (math.Nextafter(got, 4) - got)
}

// separationBefore is Separation as it was before sincosSmall and
// atan2Upper (math.Sincos, math.Atan), kept to show that no accuracy was lost.
func separationBefore(a, b Equatorial) float64 {
	sd1, cd1 := math.Sincos(float64(a.Dec))
	sd2, cd2 := math.Sincos(float64(b.Dec))
	sda, cda := math.Sincos(float64(b.RA - a.RA))
	x := cd1*sd2 - sd1*cd2*cda
	y := cd2 * sda
	z := sd1*sd2 + cd1*cd2*cda
	h := math.Sqrt(x*x + y*y)
	switch {
	case z > 0:
		return math.Atan(h / z)
	case z < 0:
		return pi - math.Atan(h/-z)
	case h > 0:
		return pi / 2
	}
	return h + z
}

// separationError returns got − θ for the exact separation θ of a and b:
// with s = sin²(θ/2) and c = cos²(θ/2) (sums of non-negative terms, free of
// cancellation), sin((got − θ)/2) = sin(got/2)·√c − cos(got/2)·√s.
func separationError(a, b Equatorial, got float64) float64 {
	half := func(x, y float64) *big.Float { // (x ± y)/2 exactly
		return new(big.Float).SetPrec(refPrec).Quo(new(big.Float).SetPrec(refPrec).Add(bigF(x), bigF(y)), bigF(2))
	}
	mul := func(x ...*big.Float) *big.Float {
		p := bigF(1)
		for _, f := range x {
			p.Mul(p, f)
		}
		return p
	}
	_, c1 := bigSinCos(bigF(float64(a.Dec)))
	_, c2 := bigSinCos(bigF(float64(b.Dec)))
	su, _ := bigSinCos(half(float64(b.Dec), -float64(a.Dec)))
	sv, _ := bigSinCos(half(float64(b.Dec), float64(a.Dec)))
	sw, cw := bigSinCos(half(float64(b.RA), -float64(a.RA)))
	s := new(big.Float).SetPrec(refPrec).Add(mul(su, su), mul(c1, c2, sw, sw))
	c := new(big.Float).SetPrec(refPrec).Add(mul(sv, sv), mul(c1, c2, cw, cw))
	sg, cg := bigSinCos(half(got, 0))
	d := new(big.Float).SetPrec(refPrec).Sub(mul(sg, new(big.Float).SetPrec(refPrec).Sqrt(c)), mul(cg, new(big.Float).SetPrec(refPrec).Sqrt(s)))
	e, _ := d.Float64()
	return 2 * e // (got − θ)/2 is below 1e-10, where sin is the identity
}

func TestSeparationAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 1000
	if testing.Short() {
		n = 200
	}
	point := func() Equatorial {
		return Equatorial{Angle(r.Float64() * 2 * math.Pi), Angle(math.Asin(2*r.Float64() - 1))}
	}
	// near returns a point at about sep from p, in a random direction.
	near := func(p Equatorial, sep float64) Equatorial {
		d := r.Float64() * 2 * math.Pi
		return Equatorial{p.RA + Angle(sep*math.Sin(d)/math.Cos(float64(p.Dec))), p.Dec + Angle(sep*math.Cos(d))}
	}
	// Both versions compute Vincenty's x = cos δ₁·sin δ₂ − sin δ₁·cos δ₂·cos Δα,
	// which cancels for tiny separations: their error is absolute, about
	// 2e-16 rad, and an ulp more or less in a sine moves it at random. So the
	// bound of each class is an absolute error that both must meet.
	type class struct {
		name string
		pair func() (Equatorial, Equatorial)
		tol  float64 // rad
	}
	classes := []class{
		{"random pairs", func() (Equatorial, Equatorial) { return point(), point() }, 8e-16},
		{"separations of 1e-12 rad", func() (Equatorial, Equatorial) { p := point(); return p, near(p, 1e-12) }, 3e-16},
		{"separations of 1e-6 rad", func() (Equatorial, Equatorial) { p := point(); return p, near(p, 1e-6) }, 3e-16},
		{"π − 1e-9 rad", func() (Equatorial, Equatorial) {
			p := point()
			return p, near(Equatorial{p.RA + math.Pi, -p.Dec}, 1e-9)
		}, 8e-16},
		{"1e-9 rad from a pole, 1e-9 apart", func() (Equatorial, Equatorial) {
			p := Equatorial{Angle(r.Float64() * 2 * math.Pi), math.Pi/2 - 1e-9*Angle(1+r.Float64())}
			return p, Equatorial{p.RA + Angle(r.Float64()), p.Dec}
		}, 1e-24}, // relative: 1e-15
	}
	for _, c := range classes {
		worst, worstBefore := 0.0, 0.0
		for range n {
			a, b := c.pair()
			worst = max(worst, math.Abs(separationError(a, b, float64(Separation(a, b)))))
			worstBefore = max(worstBefore, math.Abs(separationError(a, b, separationBefore(a, b))))
		}
		t.Logf("%s: worst error %.3g rad (before: %.3g)", c.name, worst, worstBefore)
		if worst > c.tol || worstBefore > c.tol {
			t.Errorf("%s: worst error %.3g rad, before sincosSmall and atan2Upper %.3g; want both ≤ %g", c.name, worst, worstBefore, c.tol)
		}
	}
}

// sinCos takes sincosSmall up to its bound and math.Sincos beyond, where
// the reduction by π/2 in three parts would lose bits.
func TestSinCosDispatch(t *testing.T) {
	for _, x := range []float64{0, 1, -1, sincosSmallMax, -sincosSmallMax, math.Nextafter(sincosSmallMax, 100), 1e3, -1e6, 1e300, math.Inf(1), math.NaN()} {
		s, c := sinCos(x)
		ws, wc := sincosSmall(x)
		if math.Abs(x) > sincosSmallMax || math.IsNaN(x) {
			ws, wc = math.Sincos(x)
		}
		if !(s == ws || math.IsNaN(s) && math.IsNaN(ws)) || !(c == wc || math.IsNaN(c) && math.IsNaN(wc)) {
			t.Errorf("sinCos(%g) = %v, %v; want %v, %v", x, s, c, ws, wc)
		}
		if ms, mc := math.Sincos(x); math.Abs(s-ms) > 4e-16 || math.Abs(c-mc) > 4e-16 {
			if !(math.IsNaN(s) && math.IsNaN(ms)) {
				t.Errorf("sinCos(%g) = %v, %v; math.Sincos %v, %v", x, s, c, ms, mc)
			}
		}
	}
}
