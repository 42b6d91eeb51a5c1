package aa

import (
	"errors"
	"math"
)

// Chapters 17 (minimum separation), 18 (Planetary Conjunctions), 19 (Bodies
// in Straight Line) and 20 (Smallest Circle containing three Celestial
// Bodies).

// ErrNoEvent reports that the searched event does not happen inside the
// tabulated interval, or, for the event searches ([NextRise] …), within
// [EventWindow] days of the start (a polar night or day, or a circumpolar
// star, outlasts the window).
var ErrNoEvent = errors.New("aa: the event does not occur within the tabulated interval or search window")

// Conjunction returns the time of conjunction in right ascension of two
// moving bodies tabulated at five equally spaced times from t1 to t5 (any
// time unit, e.g. a JD or a day of the month), and the difference in
// declination Δδ = δ2 − δ1 at that time (Meeus ch. 18, Example 18.a). It
// returns ErrNoEvent if the conjunction falls outside [t1, t5].
func Conjunction(t1, t5 float64, pos1, pos2 [5]Equatorial) (t float64, ddec Angle, err error) {
	var dra, dd [5]float64
	for i := range pos1 {
		dra[i] = float64((pos1[i].RA - pos2[i].RA).Norm180())
		dd[i] = float64(pos2[i].Dec - pos1[i].Dec)
	}
	return zeroInTable(t1, t5, dra, dd)
}

// ConjunctionStar is [Conjunction] for a body tabulated at five times and a
// fixed star (Meeus p. 119): Δδ = δ(body) − δ(star).
func ConjunctionStar(t1, t5 float64, star Equatorial, pos [5]Equatorial) (t float64, ddec Angle, err error) {
	return Conjunction(t1, t5, [5]Equatorial{star, star, star, star, star}, pos)
}

// zeroInTable finds the zero of f (five values) and interpolates g there.
func zeroInTable(t1, t5 float64, f, g [5]float64) (float64, Angle, error) {
	n, err := Zero5(f)
	if err != nil {
		return 0, 0, err
	}
	if n < -2 || n > 2 {
		return 0, 0, ErrNoEvent
	}
	h := (t5 - t1) / 4
	return t1 + 2*h + n*h, Angle(Interp5(g, n)), nil
}

// unitVector returns the direction cosines of q.
func unitVector(q Equatorial) [3]float64 {
	sa, ca := q.RA.SinCos()
	sd, cd := q.Dec.SinCos()
	return [3]float64{cd * ca, cd * sa, sd}
}

func cross(a, b [3]float64) [3]float64 {
	return [3]float64{a[1]*b[2] - a[2]*b[1], a[2]*b[0] - a[0]*b[2], a[0]*b[1] - a[1]*b[0]}
}

func dot(a, b [3]float64) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }

// InLine returns the time at which a moving body, tabulated at five equally
// spaced times t1..t5, is on the great circle through two fixed bodies a
// and b (Meeus ch. 19, eq. 19.1, Example 19.a). ErrNoEvent if outside.
func InLine(t1, t5 float64, a, b Equatorial, pos [5]Equatorial) (float64, error) {
	var f, g [5]float64
	ta, tb := a.Dec.Tan(), b.Dec.Tan()
	for i, p := range pos {
		f[i] = ta*(b.RA-p.RA).Sin() + tb*(p.RA-a.RA).Sin() + p.Dec.Tan()*(a.RA-b.RA).Sin()
	}
	t, _, err := zeroInTable(t1, t5, f, g)
	return t, err
}

// LineAngle returns the angle at b between the great-circle arcs to a and
// to c: 180° when the three bodies are on one great circle with b between
// the others (Meeus p. 123, the belt of Orion).
func LineAngle(a, b, c Equatorial) Angle {
	va, vb, vc := unitVector(a), unitVector(b), unitVector(c)
	na, nc := cross(vb, va), cross(vb, vc)
	return Angle(math.Atan2(math.Sqrt(dot(cross(na, nc), cross(na, nc))), dot(na, nc)))
}

// LineDeviation returns the angular distance of c from the great circle
// through a and b (Meeus p. 124), positive on the side of a × b (north of
// the circle when a → b runs eastward).
func LineDeviation(a, b, c Equatorial) Angle {
	n := cross(unitVector(a), unitVector(b))
	l := math.Sqrt(dot(n, n))
	if l == 0 {
		return Angle(math.NaN())
	}
	return Angle(math.Asin(clamp1(dot(n, unitVector(c)) / l)))
}

// SmallestCircle returns the diameter of the smallest circle containing
// three bodies, and whether it is defined by the two farthest bodies (Meeus
// "type I", true) or passes through all three ("type II", false) (Meeus
// ch. 20, Example 20.a).
func SmallestCircle(p1, p2, p3 Equatorial) (diameter Angle, twoBodies bool) {
	a := float64(Separation(p1, p2))
	b := float64(Separation(p2, p3))
	c := float64(Separation(p1, p3))
	if a < b {
		a, b = b, a
	}
	if a < c {
		a, c = c, a
	}
	if a >= math.Sqrt(b*b+c*c) {
		return Angle(a), true
	}
	return Angle(2 * a * b * c / math.Sqrt((a+b+c)*(a+b-c)*(b+c-a)*(a+c-b))), false
}

// MinSeparation returns the time (t1..t3 scale) and the value of the
// smallest angular distance between two moving bodies tabulated at three
// equally spaced times, by interpolating both positions (eq. 3.3) and
// minimising their exact separation (Meeus p. 111–113; interpolating the
// separation itself is wrong near the minimum, as Meeus explains).
// ErrNoEvent if the minimum is not inside [t1, t3].
func MinSeparation(t1, t3 float64, pos1, pos2 [3]Equatorial) (t float64, sep Angle, err error) {
	var ra1, d1, ra2, d2 [3]float64
	for i := range pos1 {
		ra1[i] = float64(pos1[0].RA + (pos1[i].RA - pos1[0].RA).Norm180())
		ra2[i] = float64(pos1[0].RA + (pos2[i].RA - pos1[0].RA).Norm180())
		d1[i], d2[i] = float64(pos1[i].Dec), float64(pos2[i].Dec)
	}
	f := func(n float64) float64 {
		return float64(Separation(
			Equatorial{Angle(Interp3(ra1, n)), Angle(Interp3(d1, n))},
			Equatorial{Angle(Interp3(ra2, n)), Angle(Interp3(d2, n))}))
	}
	n := GoldenSectionMin(f, -1, 1, 1e-10)
	if n <= -1+1e-9 || n >= 1-1e-9 {
		return 0, 0, ErrNoEvent
	}
	h := (t3 - t1) / 2
	return t1 + h + n*h, Angle(f(n)), nil
}
