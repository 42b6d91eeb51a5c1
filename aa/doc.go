// Package aa implements the routines of Jean Meeus, Astronomical Algorithms,
// 2nd edition (Willmann-Bell, 1998), together with the API surface of the
// aa-js 4.2.4 library that powers arcsecond.io.
//
// It imports nothing but the standard library and holds no mutable global
// state: every function is pure and safe for concurrent use.
//
// # Conventions
//
// Angles are values of type [Angle], a float64 holding radians. Build them
// with [Deg], [Rad], [Hours], [ArcMin], [ArcSec], [DMS] or [HMS]; read them
// back with the methods Deg, Rad, Hours, ArcMin and ArcSec. Right ascension,
// hour angle and sidereal time are Angles too (print them with HMSString).
//
// Geographic longitude is measured positively towards the EAST, as in aa-js,
// IAU and ISO 6709. Meeus measures it positively westward; every formula
// here has been rewritten for east-positive longitudes.
//
// Azimuth is measured from the NORTH towards the east (N = 0°, E = 90°).
// Meeus (eq. 13.5) measures it westward from the South; Az_north = Az_Meeus
// + 180°. [Horizontal.MeeusAzimuth] gives the book's value.
//
// A [JD] is a plain Julian day number, in whatever time scale its caller
// chooses. Each function states which scale it expects: TT (Terrestrial or
// Dynamical Time, the book's JDE) for ephemerides, precession and nutation;
// UT (UT1, or UTC when the 0.9 s difference does not matter) for sidereal
// time and everything tied to the rotation of the Earth. [UT1ToTT],
// [TTToUT1], [UTCToTT], [TTToUTC] and [DeltaT] convert between them.
//
// Distances are in astronomical units unless a name says otherwise; heights
// above sea level are in metres.
//
// Where aa-js 4.2.4 deviates from the book, this package follows Meeus and
// says so in the doc comment of the function concerned.
package aa
