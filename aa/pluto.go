package aa

import (
	"fmt"
	"math"
)

// Chapter 37, Pluto.

// plutoTerm is one row of Meeus Table 37.A: the multiples of J, S, P and
// the coefficients of sin α and cos α for longitude and latitude (1e-6
// degree) and radius vector (1e-7 AU).
type plutoTerm struct {
	j, s, p    int8
	lonA, lonB float64
	latA, latB float64
	radA, radB float64
}

// plutoTerms is Meeus Table 37.A, p. 265–266, transcribed from the arrays
// of aa-js 4.2.4 (which prints the book's integers but then divides all
// three sums by 1e8 instead of 1e6 and 1e7).
var plutoTerms = [43]plutoTerm{
	{0, 0, 1, -19799805, 19850055, -5452852, -14974862, 66865439, 68951812},
	{0, 0, 2, 897144, -4954829, 3527812, 1672790, -11827535, -332538},
	{0, 0, 3, 611149, 1211027, -1050748, 327647, 1593179, -1438890},
	{0, 0, 4, -341243, -189585, 178690, -292153, -18444, 483220},
	{0, 0, 5, 129287, -34992, 18650, 100340, -65977, -85431},
	{0, 0, 6, -38164, 30893, -30697, -25823, 31174, -6032},
	{0, 1, -1, 20442, -9987, 4878, 11248, -5794, 22161},
	{0, 1, 0, -4063, -5071, 226, -64, 4601, 4032},
	{0, 1, 1, -6016, -3336, 2030, -836, -1729, 234},
	{0, 1, 2, -3956, 3039, 69, -604, -415, 702},
	{0, 1, 3, -667, 3572, -247, -567, 239, 723},
	{0, 2, -2, 1276, 501, -57, 1, 67, -67},
	{0, 2, -1, 1152, -917, -122, 175, 1034, -451},
	{0, 2, 0, 630, -1277, -49, -164, -129, 504},
	{1, -1, 0, 2571, -459, -197, 199, 480, -231},
	{1, -1, 1, 899, -1449, -25, 217, 2, -441},
	{1, 0, -3, -1016, 1043, 589, -248, -3359, 265},
	{1, 0, -2, -2343, -1012, -269, 711, 7856, -7832},
	{1, 0, -1, 7042, 788, 185, 193, 36, 45763},
	{1, 0, 0, 1199, -338, 315, 807, 8663, 8547},
	{1, 0, 1, 418, -67, -130, -43, -809, -769},
	{1, 0, 2, 120, -274, 5, 3, 263, -144},
	{1, 0, 3, -60, -159, 2, 17, -126, 32},
	{1, 0, 4, -82, -29, 2, 5, -35, -16},
	{1, 1, -3, -36, -29, 2, 3, -19, -4},
	{1, 1, -2, -40, 7, 3, 1, -15, 8},
	{1, 1, -1, -14, 22, 2, -1, -4, 12},
	{1, 1, 0, 4, 13, 1, -1, 5, 6},
	{1, 1, 1, 5, 2, 0, -1, 3, 1},
	{1, 1, 3, -1, 0, 0, 0, 6, -2},
	{2, 0, -6, 2, 0, 0, -2, 2, 2},
	{2, 0, -5, -4, 5, 2, 2, -2, -2},
	{2, 0, -4, 4, -7, -7, 0, 14, 13},
	{2, 0, -3, 14, 24, 10, -8, -63, 13},
	{2, 0, -2, -49, -34, -3, 20, 136, -236},
	{2, 0, -1, 163, -48, 6, 5, 273, 1065},
	{2, 0, 0, 9, -24, 14, 17, 251, 149},
	{2, 0, 1, -4, 1, -2, 0, -25, -9},
	{2, 0, 2, -3, 1, 0, 0, 9, -2},
	{2, 0, 3, 1, 3, 0, 0, -8, 7},
	{3, 0, -2, -3, -1, 0, 1, 2, -10},
	{3, 0, -1, 5, -3, 0, 0, 19, 35},
	{3, 0, 0, 0, 0, 1, 0, 10, 3},
}

// Heliocentric returns Pluto's heliocentric ecliptic longitude and latitude
// referred to the ecliptic and equinox J2000.0 and its radius vector (AU)
// at jde (TT), from the 43 periodic terms of Meeus ch. 37 (Example 37.a:
// l = 232.74071°, b = 14.58782°, r = 29.711111). Valid for 1885–2099 only,
// where it is accurate to 0.5″ (Meeus p. 263); outside that interval, or
// for a jde that is not finite, it returns ErrTime.
func (PlutoTheory) Heliocentric(jde TT) (pos Ecliptic, r float64, err error) {
	pos, r, ok := plutoHeliocentric(jde)
	if !ok {
		return Ecliptic{}, 0, errPlutoSpan
	}
	return pos, r, nil
}

// errPlutoSpan is ErrTime for an instant outside the span of Pluto's theory.
var errPlutoSpan = fmt.Errorf("%w; Pluto's theory covers 1885–2099 only", ErrTime)

// plutoHeliocentric is [PlutoTheory.Heliocentric] with ok false (and NaN)
// outside 1885–2099.
func plutoHeliocentric(jde TT) (pos Ecliptic, r float64, ok bool) {
	if !(jde >= 2409543.5 && jde <= 2488069.5) { // 1885-01-01 … 2100-01-01; NaN too
		nan := Angle(math.NaN())
		return Ecliptic{nan, nan}, math.NaN(), false
	}
	t := centuries(jde)
	j := (34.35 + 3034.9057*t) * radPerDeg
	s := (50.08 + 1222.1138*t) * radPerDeg
	p := (238.96 + 144.96*t) * radPerDeg
	var l, b, rr float64
	for i := range plutoTerms {
		k := &plutoTerms[i]
		sa, ca := math.Sincos(float64(k.j)*j + float64(k.s)*s + float64(k.p)*p)
		l += k.lonA*sa + k.lonB*ca
		b += k.latA*sa + k.latB*ca
		rr += k.radA*sa + k.radB*ca
	}
	return Ecliptic{Deg(normDeg(238.958116 + 144.96*t + l*1e-6)), Deg(-3.908239 + b*1e-6)}, 40.7241346 + rr*1e-7, true
}

// Astrometric returns Pluto's astrometric geocentric right ascension and
// declination (mean equator and equinox J2000.0, light time included, no
// aberration or nutation) and its distance Δ in AU at jde (TT), as in Meeus
// Example 37.a (α = 15h31m43.8s, δ = −4°27′29″), with the Sun from sun (Sun
// or Sun.Full()). Outside 1885–2099 it returns ErrTime.
func (PlutoTheory) Astrometric(jde TT, sun SunTheory) (q Equatorial, dist float64, err error) {
	q, dist, ok := plutoAstrometric(jde, sun)
	if !ok {
		return Equatorial{}, 0, errPlutoSpan
	}
	return q, dist, nil
}

// plutoAstrometric is [PlutoTheory.Astrometric] with ok false (and NaN)
// outside 1885–2099.
func plutoAstrometric(jde TT, sun SunTheory) (q Equatorial, dist float64, ok bool) {
	sx, sy, sz := sun.RectangularJ2000(jde)
	se, ce := MeanObliquity(J2000).SinCos()
	var x, y, z, tau float64
	for range 10 {
		pos, r, ok := plutoHeliocentric(jde - TT(tau))
		if !ok {
			return q, math.NaN(), false
		}
		sl, cl := pos.Lon.SinCos()
		sb, cb := pos.Lat.SinCos()
		x = sx + r*cl*cb
		y = sy + r*(sl*cb*ce-sb*se)
		z = sz + r*(sl*cb*se+sb*ce)
		dist = math.Sqrt(x*x + y*y + z*z)
		nt := lightTimePerAU * dist
		done := math.Abs(nt-tau) < 1e-9
		tau = nt
		if done {
			break
		}
	}
	return Equatorial{Angle(math.Atan2(y, x)).Norm(), Angle(math.Asin(z / dist))}, dist, true
}

// plutoApparent is the equatorial part of [PlutoTheory.Apparent] with the
// Sun from sun; ok is false outside 1885–2099.
func plutoApparent(jde TT, sun SunTheory) (q Equatorial, dist float64, ok bool) {
	q, dist, ok = plutoAstrometric(jde, sun)
	if !ok {
		return q, dist, false
	}
	q = Nutate(Precess(q, J2000, jde), jde)
	dra, ddec := AberrationEquatorial(q, jde)
	return Equatorial{(q.RA + dra).Norm(), q.Dec + ddec}, dist, true
}

// RiseTransitSet returns the rising, transit and setting times (UT) of
// Pluto on the UT day containing date at site ([StdAltitudeStar]), from
// [PlutoTheory.Apparent] at 0h TT of the day before, the day and the day
// after. An invalid site gives ErrSite; a date outside 1885–2099 or not
// finite ErrTime. A body that does not rise or set is reported in Status.
func (PlutoTheory) RiseTransitSet(site Geographic, date UT) (RiseTransitSetTimes, error) {
	if !validSite(site) {
		return RiseTransitSetTimes{}, ErrSite
	}
	if !inSpan(date) {
		return RiseTransitSetTimes{}, ErrTime
	}
	d0 := date.Midnight()
	var pos [3]Equatorial
	for i := range pos {
		q, _, ok := plutoApparent(TT(d0)+TT(i-1), Sun)
		if !ok {
			return RiseTransitSetTimes{}, errPlutoSpan
		}
		pos[i] = q
	}
	return RiseTransitSetMoving(pos, site, date, StdAltitudeStar, DeltaT(JD(d0))), nil
}
