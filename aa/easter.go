package aa

import "fmt"

// Chapter 8, Date of Easter.

// EasterGregorian returns the month (3 or 4) and day of Easter Sunday in
// the Gregorian calendar for year ≥ 1583 (Meeus p. 67, the algorithm
// published in 1876, valid for all Gregorian years). Earlier years give an
// error: use [EasterJulian].
func EasterGregorian(year int) (month, day int, err error) {
	if year < 1583 {
		return 0, 0, fmt.Errorf("aa: EasterGregorian: year %d is before the Gregorian reform (use EasterJulian)", year)
	}
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return n / 31, n%31 + 1, nil
}

// EasterJulian returns the month and day, in the Julian calendar, of
// Easter Sunday in the Julian calendar (Meeus p. 69), for years ≥ 1.
func EasterJulian(year int) (month, day int, err error) {
	if year < 1 {
		return 0, 0, fmt.Errorf("aa: EasterJulian: year %d before AD 1", year)
	}
	a, b, c := year%4, year%7, year%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	n := d + e + 114
	return n / 31, n%31 + 1, nil
}
