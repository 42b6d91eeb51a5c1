package aa

import (
	"math"
	"time"
)

// Chapter 15, Rising, Transit and Setting.

// Standard altitudes h0 of the centre of a body at its rising or setting
// (Meeus p. 102), including the mean refraction at the horizon.
const (
	StdAltitudeStar = Angle(-0.5667 * math.Pi / 180) // stars and planets: −34′ of refraction
	StdAltitudeSun  = Angle(-0.8333 * math.Pi / 180) // Sun: refraction and semidiameter 16′
	// StdAltitudeMoon is the mean value +0.125° for the Moon; Meeus gives
	// 0.7275π − 0.5667° in terms of its horizontal parallax π.
	StdAltitudeMoon = Angle(0.125 * math.Pi / 180)
)

// RiseSetStatus tells whether a body crosses the altitude h0 on a day.
type RiseSetStatus int

const (
	// RisesAndSets: the body crosses h0; Rise and Set are valid.
	RisesAndSets RiseSetStatus = iota
	// Circumpolar: the body stays above h0 all day; there is no rise or set.
	Circumpolar
	// NeverRises: the body stays below h0 all day; there is no rise or set.
	NeverRises
)

func (s RiseSetStatus) String() string {
	switch s {
	case RisesAndSets:
		return "rises and sets"
	case Circumpolar:
		return "circumpolar"
	case NeverRises:
		return "never rises"
	}
	return "invalid"
}

// RiseTransitSetTimes holds the events of one UT day. Rise, Transit and Set
// are UT Julian days inside the day asked for (Meeus keeps every m in [0, 1),
// so the rise may follow the set). Rise and Set are 0 unless Status is
// RisesAndSets; Transit is always given.
type RiseTransitSetTimes struct {
	Status             RiseSetStatus
	Rise, Transit, Set UT
	// TransitAltitude is the geometric altitude of the body at transit (no
	// refraction).
	TransitAltitude Angle
}

// RiseTime returns Rise as a UTC time.Time and false if there is no rise.
func (r RiseTransitSetTimes) RiseTime() (time.Time, bool) {
	if r.Status != RisesAndSets {
		return time.Time{}, false
	}
	return r.Rise.Time(), true
}

// TransitTime returns Transit as a UTC time.Time.
func (r RiseTransitSetTimes) TransitTime() time.Time { return r.Transit.Time() }

// SetTime returns Set as a UTC time.Time and false if there is no set.
func (r RiseTransitSetTimes) SetTime() (time.Time, bool) {
	if r.Status != RisesAndSets {
		return time.Time{}, false
	}
	return r.Set.Time(), true
}

// maxDeltaT bounds |ΔT| in seconds: ΔT reaches about 3.3e5 s at the ends
// of the ephemeris span.
const maxDeltaT = 1e6

// RiseTransitSet returns the times of rising, transit and setting on the UT
// day containing date of a body of fixed equatorial coordinates q
// (apparent place of date) seen from site, for the altitude h0 (usually
// [StdAltitudeStar]). It applies Meeus eq. 15.1 and 15.2 with the apparent
// sidereal time at 0h UT, then the corrections Δm of p. 103 until they are
// negligible (the times are good to about 1e-9 day for the given
// coordinates). Circumpolar and never-rising bodies are reported in Status.
// It does not allocate.
func RiseTransitSet(q Equatorial, site Geographic, date UT, h0 Angle) RiseTransitSetTimes {
	return riseTransitSet([3]Equatorial{q, q, q}, site, date, h0, 0)
}

// RiseTransitSetApprox is the first approximation of Meeus p. 102–103 (eq.
// 15.1, 15.2, without corrections) for a fixed body at q, as in the first
// part of Example 15.a; arguments and results as in [RiseTransitSet]. Eq.
// 15.2 divides by 360° a day instead of the sidereal rate, so its times are
// late on RiseTransitSet's by m·(1 − 360/360.985647) days for an event at
// the fraction m of the day: up to 235.9 s, 0 at 0h (measured over 10 000
// random bodies, sites and dates by TestRiseTransitSetApproxAccuracy). The
// sidereal time takes its nutation from the short series of
// [NutationApprox] (0.03 s of time at most). TransitAltitude is the
// altitude on the meridian. A latitude outside ±90°, or a date outside the
// ephemeris span, gives NaN times. It does not allocate.
func RiseTransitSetApprox(q Equatorial, site Geographic, date UT, h0 Angle) RiseTransitSetTimes {
	lat := float64(site.Lat)
	if !(math.Abs(lat) <= pi/2) {
		nan := UT(math.NaN())
		return RiseTransitSetTimes{Rise: nan, Transit: nan, Set: nan, TransitAltitude: Angle(nan)}
	}
	d0 := date.Midnight()
	dec := float64(q.Dec)
	sl, cl := sinCos(lat)
	sd, cd := sinCos(dec)
	res := RiseTransitSetTimes{}
	// Altitude on the meridian: asin(cos(φ − δ)) = 90° − |φ − δ| for
	// |φ − δ| ≤ 180°, exact where the arcsine loses half the digits.
	if math.Abs(dec) <= pi/2 {
		res.TransitAltitude = Angle(pi/2 - math.Abs(lat-dec))
	} else {
		res.TransitAltitude = Angle(math.Asin(clamp1(sl*sd + cl*cd)))
	}
	// eq. 15.2 with east-positive longitude, in turns: m0 = (α − L − Θ0)/360°.
	m0 := normUnit((float64(q.RA)-float64(site.Lon))/twoPi - siderealTurnsApprox(d0))
	res.Transit = d0 + UT(m0)
	var hh0 float64
	if res.Status, hh0 = horizonHourAngle(h0, sl, cl, sd, cd); res.Status == RisesAndSets {
		res.Rise = d0 + UT(normUnit(m0-hh0))
		res.Set = d0 + UT(normUnit(m0+hh0))
	}
	return res
}

// horizonHourAngle returns whether a body of declination δ (sd, cd: its
// sine and cosine) rises and sets at latitude φ (sl, cl) for the altitude
// h0, and if it does the hour angle H0 of its rising in turns (Meeus eq.
// 15.1). A NaN input gives RisesAndSets and a NaN H0.
func horizonHourAngle(h0 Angle, sl, cl, sd, cd float64) (RiseSetStatus, float64) {
	cosH0 := (h0.Sin() - sl*sd) / (cl * cd)
	switch {
	case cosH0 < -1:
		return Circumpolar, 0
	case cosH0 > 1:
		return NeverRises, 0
	}
	// acos by the short arctangent: (1 − c)(1 + c) keeps the digits of
	// 1 − c² near ±1.
	return RisesAndSets, atan2Upper(math.Sqrt((1-cosH0)*(1+cosH0)), cosH0) / twoPi
}

// siderealTurnsApprox returns the apparent sidereal time at Greenwich at
// the UT1 Julian day jd in turns, [0, 1) (NaN outside the ephemeris span):
// the mean sidereal time of eq. 12.4 plus the equation of the equinoxes
// Δψ cos ε with Δψ from the four terms of [NutationApprox] (0.5″, 0.03 s
// of time) and ε the mean obliquity (Δε changes the product by 0.001″).
func siderealTurnsApprox(jd UT) float64 {
	t := centuries(jd)
	// Fundamental arguments in turns, reduced to [0, 1) before the sines
	// so that they stay short (sincosSmall).
	turn := func(x float64) float64 { return (x - math.Floor(x)) * twoPi }
	som, com := sincosSmall(turn(125.04452/360 - 1934.136261/360*t))
	s2l, _ := sincosSmall(turn(2 * (280.4665/360 + 36000.7698/360*t)))
	s2lp, _ := sincosSmall(turn(2 * (218.3165/360 + 481267.8813/360*t)))
	dpsi := -17.20*som - 1.32*s2l - 0.23*s2lp + 0.21*2*som*com // ″
	_, ce := sincosSmall(float64(MeanObliquity(TT(jd))))
	return normUnit(float64(MeanSidereal(jd))/twoPi + dpsi*ce/(3600*360))
}

// RiseTransitSetMoving returns rise, transit and set on the UT day containing
// date for a moving body whose apparent coordinates pos are given at 0h TT of
// the day before, the day and the day after (Meeus p. 103, Example 15.a).
// deltaTSeconds is TT − UT (see [DeltaT]); h0 is the standard altitude.
// Coordinates are interpolated with eq. 3.3, right ascension unwrapped across
// 0h, and the Δm corrections are iterated until negligible.
//
// A latitude outside ±90°, |deltaTSeconds| above 1e6, or coordinates or a date that
// are not finite give NaN times; so do dates outside the ephemeris span (see
// [EphemerisFirst]), through the sidereal time.
func RiseTransitSetMoving(pos [3]Equatorial, site Geographic, date UT, h0 Angle, deltaTSeconds float64) RiseTransitSetTimes {
	return riseTransitSet(pos, site, date, h0, deltaTSeconds)
}

func riseTransitSet(pos [3]Equatorial, site Geographic, date UT, h0 Angle, deltaT float64) RiseTransitSetTimes {
	if !(math.Abs(float64(site.Lat)) <= pi/2) || !(math.Abs(deltaT) <= maxDeltaT) {
		nan := UT(math.NaN())
		return RiseTransitSetTimes{Rise: nan, Transit: nan, Set: nan, TransitAltitude: Angle(nan)}
	}
	d0 := date.Midnight()
	th0 := ApparentSidereal(d0).Deg()
	lat := site.Lat
	lon := site.Lon.Deg()
	// Unwrap RA so that interpolation does not jump at 0h/24h.
	var ra, dec [3]float64
	for i, p := range pos {
		ra[i] = p.RA.Deg()
		dec[i] = float64(p.Dec)
	}
	for i := 1; i < 3; i++ {
		// One step, not a loop: a huge or infinite RA must not hang
		// (an infinite one gives NaN, and so NaN times).
		ra[i] -= 360 * math.Round((ra[i]-ra[i-1])/360)
	}
	sl, cl := lat.SinCos()
	res := RiseTransitSetTimes{}
	// eq. 15.2 with east-positive longitude: m0 = (α − lon − Θ0)/360.
	m0 := normUnit((ra[1] - lon - th0) / 360)
	sd, cd := math.Sincos(dec[1])
	var m1, m2, hh0 float64
	if res.Status, hh0 = horizonHourAngle(h0, sl, cl, sd, cd); res.Status == RisesAndSets {
		m1 = normUnit(m0 - hh0)
		m2 = normUnit(m0 + hh0)
	}
	// Meeus p. 103: correct m0, m1, m2 until the corrections are
	// negligible. The transit correction divides by the sidereal rate
	// 360.985647°/day instead of Meeus' 360°, which converges in one
	// step for a fixed body; the rise/set correction is Newton's step,
	// and once it is below 1e-5 day the next one would be below 1e-9,
	// so it is applied without a further evaluation.
	ms := [3]float64{m0, m1, m2}
	done := [3]bool{false, res.Status != RisesAndSets, res.Status != RisesAndSets}
	for range 10 {
		for k := range ms {
			if done[k] {
				continue
			}
			ha, cdec, sha, alt := rtsAt(ms[k], th0, lon, deltaT, &ra, &dec, sl, cl)
			var dm float64
			if k == 0 {
				dm = -ha / 360.985647
			} else {
				den := 360 * cdec * cl * sha
				if den == 0 {
					done[k] = true
					continue
				}
				dm = (alt - float64(h0)) * degPerRad / den
			}
			ms[k] += dm
			done[k] = math.Abs(dm) < 1e-5
		}
		if done[0] && done[1] && done[2] {
			break
		}
	}
	m0, m1, m2 = ms[0], ms[1], ms[2]
	_, _, _, alt := rtsAt(m0, th0, lon, deltaT, &ra, &dec, sl, cl)
	res.TransitAltitude = Angle(alt)
	res.Transit = d0 + UT(m0)
	if res.Status == RisesAndSets {
		res.Rise = d0 + UT(m1)
		res.Set = d0 + UT(m2)
	}
	return res
}

// rtsAt returns the local hour angle H (degrees, in (−180, 180]), cos δ,
// sin H and the altitude (radians) of the body at the time m (fraction of
// the UT day) for Meeus' rise/set corrections (p. 103). The short sine,
// cosine and arcsine (fasttrig.go) halve its time against the math
// package's, to within a few ulp.
func rtsAt(m, th0, lon, deltaT float64, ra, dec *[3]float64, sl, cl float64) (ha, cdec, sha, alt float64) {
	th := th0 + 360.985647*m
	n := m + deltaT/secondsPerDay
	a := Interp3(*ra, n)
	dec1 := Interp3(*dec, n)
	ha = normDeg(th+lon-a+180) - 180
	sd, cd := sinCos(dec1)
	sh, ch := sincosSmall(ha * radPerDeg) // |H| ≤ π, or NaN
	x := sl*sd + cl*cd*ch
	if x > 1 {
		x = 1
	} else if x < -1 {
		x = -1
	}
	return ha, cd, sh, asinShort(x)
}

// asinShort is math.Asin on [−1, 1] (NaN for NaN) by the one-division
// arctangent: asin x = atan2(|x|, √((1 − x)(1 + x))) with the sign of x.
func asinShort(x float64) float64 {
	return math.Copysign(atan2Upper(math.Abs(x), math.Sqrt((1-x)*(1+x))), x)
}

// normUnit reduces x to [0, 1).
func normUnit(x float64) float64 {
	x -= math.Floor(x)
	if x >= 1 {
		x = 0
	}
	return x
}
