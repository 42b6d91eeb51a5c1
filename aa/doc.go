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
//
// # Tests and reference values
//
// Every worked example of Meeus chapters 1–24 is a test, most of them a
// runnable Example printing the book's values. Table tests compare with
// aa-js 4.2.4 through testdata/aajs_vectors.json, produced by
// testdata/gen_aajs.js (its header says how to rerun it); the places where
// aa-js is wrong are asserted against Meeus instead.
//
// # Performance
//
// Measured on a shared 2-vCPU AMD EPYC VM (linux/amd64), Go 1.26, with
// `go test -bench . -benchtime 100000x -count 5` (median ns/op); soniakeys/meeus
// v3.0.1 benchmarked the same way in a scratch module; aa-js 4.2.4 on
// Node 20.20.2 with testdata/bench_aajs.js (median of 3 × 100 000 calls).
// Every aa routine below makes 0 allocations per call.
//
//	operation                   aa (ns, allocs)  soniakeys v3 (ns, allocs)             aa-js 4.2.4 (ns)
//	JD from a calendar date     3.6, 0           3.6–4.8, 0 (CalendarGregorianToJD)    25 (getFullScaleJulianDay)
//	mean sidereal time          5.7, 0           47, 0 (sidereal.Mean)                 34 (getGreenwichSiderealTime)
//	apparent sidereal time      376, 0           953, 0 (sidereal.Apparent)            3468 (getApparentLocalSiderealTime)
//	nutation Δψ, Δε             323, 0           879, 0 (nutation.Nutation)            3783 (getNutationInLongitude+InObliquity)
//	apparent place of a star    1004, 0          1527, 2 (apparent.PositionRonVondrak) 5887 (precess + eq. 23.1 + Ron–Vondrák; no pipeline)
//	rise/transit/set, approx.   524, 0           1042, 0 (Apparent0UT + ApproxTimes)   690 (getRiseTransitSetTimes, mean sidereal)
//	rise/transit/set, iterated  960, 0           –                                     –
//	rise/transit/set, moving    951, 0           1371, 4 (Apparent0UT + rise.Times)    1405 (getAccurateRiseTransitSetTimes)
//
// JD from a calendar date includes the validation of the date and is at
// parity with soniakeys, which validates nothing; the spread between runs on
// this VM is about ±30 %.
package aa
