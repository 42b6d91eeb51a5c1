package aa

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Chapter 7, Julian Day.

// JD is a Julian day number: days since 4713 BC January 1, 12h (Julian
// proleptic calendar), in the time scale of the date it was computed from
// (a civil date or a time.Time: UTC). The routines of ephemerides and of the
// Earth's rotation take a [TT] or a [UT] instead; converting a JD to one of
// them, as TT(jd) or [TTFromUTC], says which scale it is in.
type JD float64

const (
	// MJDEpoch is the Julian day of Modified Julian Day 0 (1858 November 17, 0h).
	MJDEpoch JD = 2400000.5
	// unixEpoch is the Julian day of 1970 January 1, 0h UTC.
	unixEpoch JD = 2440587.5
	// gregorianStart is the first day of the Gregorian calendar,
	// 1582 October 15, 0h (Meeus p. 59).
	gregorianStart JD = 2299160.5
	// DaysPerJulianCentury is the length of a Julian century in days.
	DaysPerJulianCentury = 36525.0
)

// MJD returns the Modified Julian Day, JD − 2400000.5 (Meeus p. 63).
func (jd JD) MJD() float64 { return float64(jd - MJDEpoch) }

// JDFromMJD returns the Julian day of a Modified Julian Day.
func JDFromMJD(mjd float64) JD { return MJDEpoch + JD(mjd) }

// Midnight returns the Julian day of 0h of the civil day containing jd, in the
// same time scale.
func (jd JD) Midnight() JD { return JD(math.Floor(float64(jd)-0.5) + 0.5) }

// DayOfWeek returns the day of the week of jd (Meeus p. 65): the day on
// which jd falls, reckoned from 0h.
func (jd JD) DayOfWeek() time.Weekday {
	d := math.Mod(math.Floor(float64(jd)+1.5), 7)
	if d < 0 {
		d += 7
	}
	return time.Weekday(d)
}

// JDFromTime returns the Julian day of t. The time scale is that of t, in
// practice UTC; leap seconds are ignored as by the time package, every day
// having 86400 s. Good to about 20 µs, the resolution of a float64 JD.
func JDFromTime(t time.Time) JD {
	sec := t.Unix()
	days := sec / 86400
	rem := sec % 86400
	if rem < 0 {
		rem += 86400
		days--
	}
	return unixEpoch + JD(days) + JD((float64(rem)+float64(t.Nanosecond())*1e-9)/secondsPerDay)
}

// Time returns jd as a UTC time.Time (proleptic Gregorian calendar), rounded
// to the microsecond. It is the inverse of [JDFromTime].
func (jd JD) Time() time.Time {
	d := float64(jd - unixEpoch)
	days := math.Floor(d)
	us := math.Round((d - days) * secondsPerDay * 1e6)
	return time.Unix(int64(days)*86400, 0).Add(time.Duration(us) * time.Microsecond).UTC()
}

// CalendarError reports an impossible calendar date.
type CalendarError struct {
	Year, Month int
	Day         float64
	Msg         string
}

func (e *CalendarError) Error() string {
	return fmt.Sprintf("aa: invalid date %d-%02d-%g: %s", e.Year, e.Month, e.Day, e.Msg)
}

// IsLeapGregorian reports whether year (astronomical numbering: 0 = 1 BC)
// is a leap year of the Gregorian calendar.
func IsLeapGregorian(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// IsLeapJulian reports whether year (astronomical numbering) is a leap year
// of the Julian calendar.
func IsLeapJulian(year int) bool { return year%4 == 0 }

// Calendar selects the calendar of a date for [DaysInMonth], [DayOfYear] and
// [DateOfDayOfYear]: both are proleptic, whatever the year.
type Calendar int

const (
	Gregorian Calendar = iota // leap years every 4 years except centuries not divisible by 400
	Julian                    // leap years every 4 years
)

// ErrCalendar is returned for a Calendar other than Gregorian and Julian.
var ErrCalendar = errors.New("aa: invalid calendar")

// isLeap reports whether year is a leap year of calendar c (false for an
// invalid c).
func (c Calendar) isLeap(year int) bool {
	switch c {
	case Gregorian:
		return IsLeapGregorian(year)
	case Julian:
		return IsLeapJulian(year)
	}
	return false
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// DaysInMonth returns the number of days of month (1–12) of year in calendar
// c. It returns 0 for an invalid month or calendar.
func DaysInMonth(year, month int, c Calendar) int {
	if c != Gregorian && c != Julian {
		return 0
	}
	return daysInMonth(year, month, c == Gregorian)
}

func daysInMonth(year, month int, gregorian bool) int {
	if month < 1 || month > 12 {
		return 0
	}
	if month == 2 && ((gregorian && IsLeapGregorian(year)) || (!gregorian && IsLeapJulian(year))) {
		return 29
	}
	return monthDays[month]
}

// validFast accepts the common dates (day 1–28) without further checks.
func validFast(year, month int, day float64) bool {
	return month >= 1 && month <= 12 && day >= 1 && day < 29 && year >= -1e7 && year <= 1e7
}

func checkDate(year, month int, day float64, gregorian bool) error {
	if month < 1 || month > 12 {
		return &CalendarError{year, month, day, "month must be 1-12"}
	}
	if year < -1e7 || year > 1e7 {
		return &CalendarError{year, month, day, "year outside ±10 000 000"}
	}
	if day >= 1 && day < 29 { // fast path, also rejects NaN
		return nil
	}
	if math.IsNaN(day) || math.IsInf(day, 0) {
		return &CalendarError{year, month, day, "day is not finite"}
	}
	if day < 1 || day >= float64(daysInMonth(year, month, gregorian)+1) {
		return &CalendarError{year, month, day, "day out of range for the month"}
	}
	return nil
}

// calendarToJD is Meeus eq. 7.1 with floor in place of INT, which makes it
// valid for negative years too. No validation. Floating-point floors are
// used: they are exact here (multiples of 0.25 below 2^52) and much faster
// than signed integer division.
func calendarToJD(year, month int, day float64, gregorian bool) JD {
	y, m := float64(year), float64(month)
	if month <= 2 {
		y--
		m += 12
	}
	b := 0.0
	if gregorian {
		a := math.Floor(y / 100)
		b = 2 - a + math.Floor(a/4)
	}
	return JD(math.Floor(365.25*(y+4716)) + math.Floor(30.6001*(m+1)) + b - 1524.5 + day)
}

// JDFromGregorian returns the Julian day of a date of the proleptic Gregorian
// calendar: year in astronomical numbering (0 = 1 BC, −1 = 2 BC), month 1–12,
// day with fraction (1.5 = the 1st at noon). Meeus eq. 7.1; Example 7.a. The
// time scale is that of the date. Invalid months or days give a
// *[CalendarError].
func JDFromGregorian(year, month int, day float64) (JD, error) {
	// Fast path for years 1..1 000 000 and days 1–28: eq. 7.1 in unsigned
	// integers, the divisions by constants as a multiply and a shift (exact
	// in these ranges), the day's half added apart from the integer chain.
	if uint(month-1) < 12 && day >= 1 && day < 29 && uint(year-1) < 1e6 {
		y, m := uint(year), uint(month)
		if m <= 2 {
			y--
			m += 12
		}
		c := y * 1374389535 >> 37 // y/100 for y < 2²⁵
		// (153(m + 1))/5 is INT(30.6001(m + 1)) for m = 3…14.
		days := int((1461*(y+4716))>>2+(153*(m+1))*52429>>18+c>>2) - int(c) + 2 - 1524
		return JD(float64(days) + (day - 0.5)), nil // day − 0.5 is exact
	}
	return jdChecked(year, month, day, true)
}

// jdChecked validates the date before converting it.
func jdChecked(year, month int, day float64, gregorian bool) (JD, error) {
	if err := checkDate(year, month, day, gregorian); err != nil {
		return 0, err
	}
	return calendarToJD(year, month, day, gregorian), nil
}

// JDFromJulian returns the Julian day of a date of the proleptic Julian
// calendar (Meeus eq. 7.1 with B = 0; Example 7.b). Arguments and errors as
// for [JDFromGregorian].
func JDFromJulian(year, month int, day float64) (JD, error) {
	if validFast(year, month, day) {
		return calendarToJD(year, month, day, false), nil
	}
	return jdChecked(year, month, day, false)
}

// JDFromCalendar returns the Julian day of a historical date: Julian
// calendar up to 1582 October 4, Gregorian from 1582 October 15 (Meeus
// p. 59–61). The ten days in between did not exist and give an error.
func JDFromCalendar(year, month int, day float64) (JD, error) {
	if year < 1582 || (year == 1582 && (month < 10 || (month == 10 && day < 5))) {
		return JDFromJulian(year, month, day)
	}
	if year == 1582 && month == 10 && day < 15 {
		return 0, &CalendarError{year, month, day, "dropped at the Gregorian reform (1582-10-05..14)"}
	}
	return JDFromGregorian(year, month, day)
}

// Gregorian returns the date of jd in the proleptic Gregorian calendar:
// astronomical year, month 1–12 and day with fraction. Meeus p. 63, extended
// to negative Julian days by whole 400-year cycles. Example 7.c. For a JD
// that is not finite or beyond ±1e12 days it returns 0, 0, NaN.
func (jd JD) Gregorian() (year, month int, day float64) { return jdToCalendar(jd, true) }

// Julian returns the date of jd in the proleptic Julian calendar (Meeus
// p. 63, extended to negative Julian days by whole 4-year cycles).
func (jd JD) Julian() (year, month int, day float64) { return jdToCalendar(jd, false) }

// Calendar returns the historical date of jd: Julian calendar before
// 1582 October 15 (JD 2299160.5), Gregorian from then on.
func (jd JD) Calendar() (year, month int, day float64) {
	return jdToCalendar(jd, jd >= gregorianStart)
}

func jdToCalendar(jd JD, gregorian bool) (year, month int, day float64) {
	x := float64(jd) + 0.5
	if !(math.Abs(x) < 1e12) { // NaN, ±Inf, or beyond ±2.7 billion years
		return 0, 0, math.NaN()
	}
	shiftYears := 0
	if x < 0 {
		cycleDays, cycleYears := 1461.0, 4
		if gregorian {
			cycleDays, cycleYears = 146097, 400
		}
		k := math.Ceil(-x / cycleDays)
		x += k * cycleDays
		shiftYears = int(k) * cycleYears
	}
	z := math.Floor(x)
	f := x - z
	a := z
	if gregorian {
		alpha := math.Floor((z - 1867216.25) / 36524.25)
		a = z + 1 + alpha - math.Floor(alpha/4)
	}
	b := a + 1524
	c := math.Floor((b - 122.1) / 365.25)
	d := math.Floor(365.25 * c)
	e := math.Floor((b - d) / 30.6001)
	day = b - d - math.Floor(30.6001*e) + f
	if e < 14 {
		month = int(e) - 1
	} else {
		month = int(e) - 13
	}
	if month > 2 {
		year = int(c) - 4716
	} else {
		year = int(c) - 4715
	}
	return year - shiftYears, month, day
}

// DayOfYear returns the ordinal day (1 for January 1) of a date (Meeus
// p. 65, Examples 7.f and 7.g) in calendar c. Invalid dates give a
// *[CalendarError], an invalid c [ErrCalendar].
func DayOfYear(year, month, day int, c Calendar) (int, error) {
	if c != Gregorian && c != Julian {
		return 0, ErrCalendar
	}
	if err := checkDate(year, month, float64(day), c == Gregorian); err != nil {
		return 0, err
	}
	k := 2
	if c.isLeap(year) {
		k = 1
	}
	return 275*month/9 - k*((month+9)/12) + day - 30, nil
}

// DateOfDayOfYear is the inverse of [DayOfYear] (Meeus p. 66): month and day
// of the n-th day of year in calendar c. n outside 1..365 (366 in leap years)
// gives a *[CalendarError], an invalid c [ErrCalendar].
func DateOfDayOfYear(year, n int, c Calendar) (month, day int, err error) {
	if c != Gregorian && c != Julian {
		return 0, 0, ErrCalendar
	}
	leap := c.isLeap(year)
	k, ly := 2, 365
	if leap {
		k, ly = 1, 366
	}
	if n < 1 || n > ly {
		return 0, 0, &CalendarError{year, 1, float64(n), fmt.Sprintf("day of year must be 1-%d", ly)}
	}
	if n < 32 {
		return 1, n, nil
	}
	month = int(float64(9*(k+n))/275 + 0.98)
	day = n - 275*month/9 + k*((month+9)/12) + 30
	return month, day, nil
}

// Year is a date written as a year and its fraction in the Gregorian
// calendar, 2026.5 being 2 July 2026 at 12h (the book's decimal year): the
// argument of every routine that finds an event near a date. A whole
// number is 1 January of that year; a calendar year in a date is an int.
type Year float64

// Year returns the year with fraction of jd in the Gregorian calendar:
// year + (jd − JD(Jan 1.0))/(days in year).
func (jd JD) Year() Year {
	y, _, _ := jd.Gregorian()
	j0 := calendarToJD(y, 1, 1, true)
	j1 := calendarToJD(y+1, 1, 1, true)
	return Year(float64(y) + float64(jd-j0)/float64(j1-j0))
}

// JDFromYear is the inverse of [JD.Year].
func JDFromYear(y Year) JD {
	yi := math.Floor(float64(y))
	j0 := calendarToJD(int(yi), 1, 1, true)
	j1 := calendarToJD(int(yi)+1, 1, 1, true)
	return j0 + JD((float64(y)-yi)*float64(j1-j0))
}
