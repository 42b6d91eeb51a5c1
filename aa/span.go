package aa

import "errors"

// The ephemeris span: one policy for every series and polynomial in time.

// EphemerisFirst and EphemerisLast bound the Julian days (TT, or UT where
// a function takes UT) at which the package evaluates its series and
// polynomials in time: ten Julian millennia either side of J2000.0, the
// years −8000 to +12000. Inside, VSOP87, the Moon's series and the
// polynomials of Meeus degrade gracefully (the radius vectors stay within
// their physical ranges); outside they diverge, so every function of time
// returns NaN there, or its error where it has one ([ErrTime] for the
// functions of a Julian day).
const (
	EphemerisFirst TT = J2000 - 100*DaysPerJulianCentury
	EphemerisLast  TT = J2000 + 100*DaysPerJulianCentury
)

// The same span in decimal years, for the functions that take a year.
const (
	ephemerisFirstYear = -8000
	ephemerisLastYear  = 12000
)

// ErrYear is returned for a year that is not finite or lies outside the
// ephemeris span, the years −8000 to +12000.
var ErrYear = errors.New("aa: year outside the ephemeris span (-8000 to 12000)")

// yearInSpan is inSpan for a decimal year.
func yearInSpan(y Year) bool { return y >= ephemerisFirstYear && y <= ephemerisLastYear }
