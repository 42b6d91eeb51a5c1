package aa

import (
	"math"
	"time"
)

// Time scales. A Julian day of an ephemeris and a Julian day of the Earth's
// rotation differ by ΔT (69 s in 2026, hours in antiquity): TT and UT are
// distinct types so that passing one where the other is due does not compile.
// JD remains the scale-free day count of the calendar routines; a UTC instant
// is a time.Time or a JD read as UTC.

// TT is a Julian day in Terrestrial Time (TT, the book's Julian Ephemeris Day
// JDE, continuing Dynamical Time and Ephemeris Time): the uniform time of
// ephemerides, precession and nutation.
type TT float64

// UT is a Julian day in Universal Time (UT1), the time of the Earth's
// rotation: sidereal time, hour angles, and the instants of rising and
// setting. UTC stays within 0.9 s of UT1.
type UT float64

// Standard epochs (Meeus p. 133).
const (
	J2000 TT = 2451545.0    // 2000 January 1.5 TT
	J1900 TT = 2415020.0    // 1900 January 0.5 TT
	B1900 TT = 2415020.3135 // Besselian year 1900.0
	B1950 TT = 2433282.4235 // Besselian year 1950.0
)

// day is any Julian day type, for the helpers that do not care about the scale.
type day interface{ JD | TT | UT }

// daysSinceJ2000 is d − 2451545.0 in days.
func daysSinceJ2000[D day](d D) float64 { return float64(d) - float64(J2000) }

// JD returns t as a scale-free Julian day, for the calendar routines
// ([JD.Gregorian], [JD.DayOfWeek] …): the calendar date of t reckoned in TT.
func (t TT) JD() JD { return JD(t) }

// JD returns u as a scale-free Julian day, for the calendar routines:
// the calendar date of u reckoned in UT1.
func (u UT) JD() JD { return JD(u) }

// Centuries returns T, the time in Julian centuries of 36525 days since
// J2000.0 (Meeus eq. 12.1, 22.1).
func (t TT) Centuries() float64 { return daysSinceJ2000(t) / DaysPerJulianCentury }

// Millennia returns τ, the time in Julian millennia since J2000.0 (Meeus
// eq. 32.1), as used by VSOP87.
func (t TT) Millennia() float64 { return daysSinceJ2000(t) / (10 * DaysPerJulianCentury) }

// Centuries returns T, the time in Julian centuries of 36525 days since
// 2000 January 1.5 UT1, the argument of sidereal time (Meeus eq. 12.1).
func (u UT) Centuries() float64 { return daysSinceJ2000(u) / DaysPerJulianCentury }

// TTFromCenturies is the inverse of [TT.Centuries].
func TTFromCenturies(t float64) TT { return J2000 + TT(t*DaysPerJulianCentury) }

// TT converts u to Terrestrial Time: u + ΔT (Meeus p. 77), with [DeltaT].
// It is NaN outside the ephemeris span.
func (u UT) TT() TT { return TT(u) + TT(DeltaT(JD(u))/secondsPerDay) }

// UT converts t to Universal Time (UT1): the inverse of [UT.TT], solved by
// fixed-point iteration since ΔT is a function of UT1. ΔT changes by less
// than 0.04 s a day anywhere in the ephemeris span, so two steps after the
// first guess leave a round-trip residual of 5 µs, below the resolution of
// a float64 Julian day. It is NaN where t − ΔT falls outside the ephemeris
// span (the first 3.6 days of it).
func (t TT) UT() UT {
	ut := UT(t) - UT(DeltaT(JD(t))/secondsPerDay)
	for range 2 {
		ut = UT(t) - UT(DeltaT(JD(ut))/secondsPerDay)
	}
	return ut
}

// ttMinusTAI is TT − TAI in seconds.
const ttMinusTAI = 32.184

// TAI returns t in International Atomic Time, TT − 32.184 s.
func (t TT) TAI() JD { return JD(t) - JD(ttMinusTAI/secondsPerDay) }

// TTFromTAI converts a Julian day in International Atomic Time to TT
// (TAI + 32.184 s).
func TTFromTAI(jd JD) TT { return TT(jd) + TT(ttMinusTAI/secondsPerDay) }

// TTFromUTC converts a Julian day read as UTC to TT: UTC + (TAI − UTC) +
// 32.184 s while the leap-second table applies ([TAIMinusUTC]); before 1961
// and after the period the IERS has announced, UTC is taken as UT1 and ΔT is
// added.
func TTFromUTC(jd JD) TT {
	if s, ok := TAIMinusUTC(jd); ok {
		return TT(jd) + TT((s+ttMinusTAI)/secondsPerDay)
	}
	return UT(jd).TT()
}

// UTC returns t as a Julian day read as UTC, the inverse of [TTFromUTC].
// During a leap second (23:59:60 UTC) the result is the instant 1 s later,
// as UTC has no representation in JD.
func (t TT) UTC() JD {
	// Fixed point of utc = t − (TT − UTC)(utc). Inside a leap second there
	// is none: the step alternates between the two sides of the leap, and
	// the later of the two is the reading 1 s later.
	prev, utc := JD(math.NaN()), JD(t)-JD((37+ttMinusTAI)/secondsPerDay)
	for range 4 {
		next := JD(t) - (JD(TTFromUTC(utc)) - utc)
		if next == utc {
			return utc
		}
		prev, utc = utc, next
	}
	return max(prev, utc)
}

// UTFromUTC converts a Julian day read as UTC to UT1, adding [UT1MinusUTC]
// (less than 0.9 s in magnitude).
func UTFromUTC(jd JD) UT { return UT(jd) + UT(UT1MinusUTC(jd)/secondsPerDay) }

// UTC returns u as a Julian day read as UTC, the inverse of [UTFromUTC].
func (u UT) UTC() JD {
	utc := JD(u)
	for range 2 {
		utc = JD(u) - JD(UT1MinusUTC(utc)/secondsPerDay)
	}
	return utc
}

// TTFromTime returns the TT Julian day of the instant t, whose UTC reading
// is converted with [TTFromUTC].
func TTFromTime(t time.Time) TT { return TTFromUTC(JDFromTime(t)) }

// UTFromTime returns the UT1 Julian day of the instant t, whose UTC reading
// is converted with [UTFromUTC].
func UTFromTime(t time.Time) UT { return UTFromUTC(JDFromTime(t)) }

// Time returns the instant t as a UTC time.Time, rounded to the microsecond:
// the inverse of [TTFromTime].
func (t TT) Time() time.Time { return t.UTC().Time() }

// Time returns the instant u as a UTC time.Time, rounded to the microsecond:
// the inverse of [UTFromTime].
func (u UT) Time() time.Time { return u.UTC().Time() }

// inSpan reports whether d lies in [EphemerisFirst, EphemerisLast]; NaN does not.
func inSpan[D day](d D) bool {
	return float64(d) >= float64(EphemerisFirst) && float64(d) <= float64(EphemerisLast)
}

// centuries is T inside the span and NaN outside, so that every result
// computed from it is NaN.
func centuries[D day](d D) float64 {
	if !inSpan(d) {
		return math.NaN()
	}
	return daysSinceJ2000(d) / DaysPerJulianCentury
}

// millennia is τ inside the span and NaN outside.
func millennia[D day](d D) float64 {
	if !inSpan(d) {
		return math.NaN()
	}
	return daysSinceJ2000(d) / (10 * DaysPerJulianCentury)
}

// daysInSpan is d − J2000 inside the span and NaN outside.
func daysInSpan[D day](d D) float64 {
	if !inSpan(d) {
		return math.NaN()
	}
	return daysSinceJ2000(d)
}

// Midnight returns 0h UT1 of the day containing u, the date argument of
// the rise, transit and set routines.
func (u UT) Midnight() UT { return UT(JD(u).Midnight()) }
