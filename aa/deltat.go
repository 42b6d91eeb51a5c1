package aa

import (
	"math"
	"sort"
)

// Chapter 10, Dynamical Time and Universal Time, and the UTC/TAI/TT/UT1
// conversions of aa-js "times".

// jdValue is one row of a time-indexed table.
type jdValue struct {
	jd JD
	v  float64
}

// DeltaT returns ΔT = TT − UT1 in seconds at jd (UT or TT: ΔT varies by
// milliseconds in a minute). Between 1973-02-01 and 2026-10-01 it interpolates
// linearly in the observed USNO table ([deltaTObserved]). Elsewhere it uses
// the polynomials of Espenak & Meeus (2006, "Five Millennium Canon of Solar
// Eclipses", NASA TP-2006-214141), the long-term parabola −20 + 32u² beyond
// −500 and +2150. Before 1973 the step between the table and the polynomial
// is faded out linearly over 10 years; after 2026 the table's trend over its
// last two years blends smoothly into the polynomial over 100 years, so that
// the prediction starts at the observed rate (0.04 s a year in 2024–2026)
// rather than the polynomial's 0.6.
//
// Meeus' own formulas are in [DeltaTApprox].
func DeltaT(jd JD) (seconds float64) {
	if !inSpan(jd) {
		return math.NaN()
	}
	tab := deltaTObserved[:]
	first, last := tab[0], tab[len(tab)-1]
	switch {
	case jd < first.jd:
		y := julianYear(jd)
		off := first.v - deltaTPoly(julianYear(first.jd))
		fade := 1 - (julianYear(first.jd)-y)/10
		return deltaTPoly(y) + off*math.Max(0, fade)
	case jd >= last.jd:
		// The trend of the table's last two years (8 quarters) blended
		// into the polynomial by a smooth step over 100 years: the value
		// and the rate are continuous at both ends.
		y, y0 := julianYear(jd), julianYear(last.jd)
		s := (y - y0) / 100
		if s >= 1 {
			return deltaTPoly(y)
		}
		ref := tab[len(tab)-9]
		trend := last.v + (last.v-ref.v)/(y0-julianYear(ref.jd))*(y-y0)
		w := s * s * (3 - 2*s)
		return trend*(1-w) + deltaTPoly(y)*w
	}
	i := sort.Search(len(tab), func(i int) bool { return tab[i].jd > jd })
	a, b := tab[i-1], tab[i]
	return a.v + (b.v-a.v)*float64((jd-a.jd)/(b.jd-a.jd))
}

// julianYear is the Julian epoch of jd: 2000 + (jd − J2000)/365.25.
func julianYear[D day](d D) float64 { return 2000 + daysSinceJ2000(d)/365.25 }

// deltaTPoly is the Espenak & Meeus (2006) ΔT in seconds for decimal year y.
func deltaTPoly(y float64) float64 {
	switch {
	case y < -500 || y >= 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	case y < 500:
		u := y / 100
		return horner(u, 10583.6, -1014.41, 33.78311, -5.952053, -0.1798452, 0.022174192, 0.0090316521)
	case y < 1600:
		u := (y - 1000) / 100
		return horner(u, 1574.2, -556.01, 71.23472, 0.319781, -0.8503463, -0.005050998, 0.0083572073)
	case y < 1700:
		t := y - 1600
		return horner(t, 120, -0.9808, -0.01532, 1.0/7129)
	case y < 1800:
		t := y - 1700
		return horner(t, 8.83, 0.1603, -0.0059285, 0.00013336, -1.0/1174000)
	case y < 1860:
		t := y - 1800
		return horner(t, 13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272, -0.0000001699, 0.000000000875)
	case y < 1900:
		t := y - 1860
		return horner(t, 7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0/233174)
	case y < 1920:
		t := y - 1900
		return horner(t, -2.79, 1.494119, -0.0598939, 0.0061966, -0.000197)
	case y < 1941:
		t := y - 1920
		return horner(t, 21.20, 0.84493, -0.076100, 0.0020936)
	case y < 1961:
		t := y - 1950
		return horner(t, 29.07, 0.407, -1.0/233, 1.0/2547)
	case y < 1986:
		t := y - 1975
		return horner(t, 45.45, 1.067, -1.0/260, -1.0/718)
	case y < 2005:
		t := y - 2000
		return horner(t, 63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599)
	case y < 2050:
		t := y - 2000
		return horner(t, 62.92, 0.32217, 0.005589)
	default: // 2050..2150
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	}
}

// horner evaluates c[0] + c[1]x + c[2]x² + … .
func horner(x float64, c ...float64) float64 {
	r := 0.0
	for i := len(c) - 1; i >= 0; i-- {
		r = r*x + c[i]
	}
	return r
}

// DeltaTApprox returns ΔT in seconds from the formulas of Meeus p. 78–80 for
// the year with fraction y: eq. 10.1 before 948, eq. 10.2 from 948 on, with
// the correction +0.37(y − 2100) between 2000 and 2100. Example 10.b.
// It differs from [DeltaT] by up to 39 s over 1900–2026 (38 s just before
// 2000, where the correction starts) and by up to 80 s from DeltaT's
// prediction for 2026–2100; for dates inside the era of observations
// prefer [DeltaT]. Years outside
// the ephemeris span (−8000 to +12000) give NaN.
func DeltaTApprox(y Year) (seconds float64) {
	if !yearInSpan(y) {
		return math.NaN()
	}
	t := (float64(y) - 2000) / 100
	if y < 948 {
		return 2177 + 497*t + 44.1*t*t
	}
	dt := 102 + 102*t + 25.3*t*t
	if y >= 2000 && y <= 2100 {
		dt += 0.37 * (float64(y) - 2100)
	}
	return dt
}

// leapSecondsValidUntil is the last UTC instant covered by the leap-second
// table: IERS Bulletin C 72 (July 2026) announces no leap second at the end
// of December 2026, so TAI − UTC = 37 s is known up to 2027-06-30.
const leapSecondsValidUntil JD = 2461587.5 // 2027-07-01 0h UTC

// TAIMinusUTC returns TAI − UTC in seconds at the UTC Julian day jd, from the
// IERS/USNO table tai-utc.dat (1961-01-01 to date; [leapSeconds]), with the
// rates of the 1961–1971 rubber seconds. ok is false before 1961 and after the
// period announced by the IERS (see [TTFromUTC] for the fallback).
func TAIMinusUTC(jd JD) (sec float64, ok bool) {
	if jd < leapSeconds[0].jd || jd >= leapSecondsValidUntil {
		return 0, false
	}
	i := sort.Search(len(leapSeconds), func(i int) bool { return leapSeconds[i].jd > jd }) - 1
	r := leapSeconds[i]
	return r.sec + (float64(jd-MJDEpoch)-r.baseMJD)*r.rate, true
}

// UT1MinusUTC returns UT1 − UTC in seconds at the UTC Julian day jd,
// computed as (TT − UTC) − ΔT from the tables of this package; outside the
// leap-second era it is 0 (UTC taken as UT1), and NaN outside the
// ephemeris span. Accurate to about 0.05 s in the
// observed era.
func UT1MinusUTC(jd JD) (seconds float64) {
	s, ok := TAIMinusUTC(jd)
	if !ok {
		if !inSpan(jd) {
			return math.NaN()
		}
		return 0
	}
	return s + ttMinusTAI - DeltaT(jd)
}
