package aa

import (
	"fmt"
	"math"
)

// Chapter 9, Jewish and Moslem Calendars.

// JewishYear gives the Jewish dates falling in a Gregorian year (Meeus
// p. 71–73): the Pesach of Jewish year A and the New Year that begins year
// A + 1, with the length of that new year.
type JewishYear struct {
	Year    int // Jewish year A (= Gregorian year + 3760) of the Pesach
	Pesach  JD  // 15 Nisan of year A, 0h of the Gregorian date
	NewYear JD  // 1 Tishri of year A + 1, i.e. Pesach + 163 days
	Months  int // months in year A + 1: 12 or 13
	Days    int // days in year A + 1: 353–355 or 383–385
}

// JewishCalendar returns the Pesach (Passover) and Jewish New Year dates
// falling in the Gregorian year (≥ 1584), with the length of the Jewish
// year that begins at that New Year (Meeus p. 71–73, Example 9.a).
func JewishCalendar(year int) (JewishYear, error) {
	if year < 1584 || year > 1e7 {
		return JewishYear{}, fmt.Errorf("aa: JewishCalendar: year %d before 1584 (Gregorian calendar only) or after 10 000 000", year)
	}
	p := pesach(year)
	next := pesach(year + 1)
	a := year + 3760
	months := 12
	if (7*(a+1)+1)%19 < 7 {
		months = 13
	}
	return JewishYear{
		Year:    a,
		Pesach:  p,
		NewYear: p + 163,
		Months:  months,
		Days:    int(next - p),
	}, nil
}

// pesach returns 0h of the Gregorian date of Pesach in Gregorian year x
// (Meeus p. 71–72).
func pesach(x int) JD {
	c := x / 100
	s := (3*c - 5) / 4
	a := (12*x + 12) % 19
	b := x % 4
	q := -1.904412361576 + 1.554241796621*float64(a) + 0.25*float64(b) - 0.003177794022*float64(x) + float64(s)
	iq := int(math.Floor(q))
	r := q - float64(iq)
	j := (iq + 3*x + 5*b + 2 - s) % 7
	d := iq + 22
	switch {
	case j == 2 || j == 4 || j == 6:
		d = iq + 23
	case j == 1 && a > 6 && r >= 0.632870370:
		d = iq + 24
	case j == 0 && a > 11 && r >= 0.897723765:
		d = iq + 23
	}
	// March d; the calendar routine rolls days beyond 31 into April.
	return calendarToJD(x, 3, float64(d), true)
}

// IsMoslemLeapYear reports whether the year of the Hegira is a leap year
// of 355 days in the tabular Moslem calendar (Meeus p. 73).
func IsMoslemLeapYear(year int) bool {
	r := ((year % 30) + 30) % 30
	return (11*r+14)%30 < 11
}

func moslemYearLength(year int) int {
	if IsMoslemLeapYear(year) {
		return 355
	}
	return 354
}

// JulianFromMoslem converts a date of the tabular Moslem calendar (year of
// the Hegira ≥ 1, month 1–12, day 1–30) to the Julian calendar (Meeus p. 73–
// 75, Example 9.b). Use [JDFromJulian] and [JD.Gregorian] for the Gregorian
// date.
func JulianFromMoslem(year, month, day int) (jy, jm, jd int, err error) {
	if year < 1 || year > 1e7 || month < 1 || month > 12 || day < 1 || day > 30 || (day == 30 && month%2 == 0 && !(month == 12 && IsMoslemLeapYear(year))) {
		return 0, 0, 0, fmt.Errorf("aa: invalid Moslem date %d-%d-%d", year, month, day)
	}
	n := day + int(29.5001*float64(month-1)+0.99)
	q, r := year/30, year%30
	a := (11*r + 3) / 30
	w := 404*q + 354*r + 208 + a
	q1, q2 := w/1461, w%1461
	g := 621 + 4*(7*q+q1)
	k := int(float64(q2) / 365.2422)
	e := int(365.2422 * float64(k))
	j := q2 - e + n - 1
	x := g + k
	// Meeus' single correction, completed for counts off by a whole year.
	for j > 365+btoi(IsLeapJulian(x)) {
		j -= 365 + btoi(IsLeapJulian(x))
		x++
	}
	for j <= 0 {
		x--
		j += 365 + btoi(IsLeapJulian(x))
	}
	m, d, err := DateOfDayOfYear(x, j, Julian)
	return x, m, d, err
}

// MoslemFromJulian converts a Julian-calendar date (year ≥ 623) to the
// tabular Moslem calendar (Meeus p. 75–76, Example 9.c).
func MoslemFromJulian(year, month, day int) (my, mm, md int, err error) {
	if year < 623 || year > 1e7 {
		return 0, 0, 0, fmt.Errorf("aa: MoslemFromJulian: year %d before 623 or after 10 000 000", year)
	}
	n, err := DayOfYear(year, month, day, Julian)
	if err != nil {
		return 0, 0, 0, err
	}
	a := year - 623
	b, c := a/4, a%4
	c1 := 365.2501 * float64(c)
	c2 := int(c1)
	if c1-float64(c2) > 0.5 {
		c2++
	}
	dp := 1461*b + 170 + c2
	q, r := dp/10631, dp%10631
	j, k := r/354, r%354
	o := (11*j + 14) / 30
	h := 30*q + j + 1
	jj := k - o + n - 1
	// Meeus subtracts one year length once; near the ends of the years
	// the count can be off by a whole year either way, so normalise fully.
	for jj > moslemYearLength(h) {
		jj -= moslemYearLength(h)
		h++
	}
	for jj <= 0 {
		h--
		jj += moslemYearLength(h)
	}
	if jj == 355 {
		return h, 12, 30, nil
	}
	s := int(float64(jj-1) / 29.5)
	return h, 1 + s, int(float64(jj) - 29.5*float64(s)), nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
