package aa

import "math"

// Chapter 17, Angular Separation.

// Separation returns the angular distance between two points given in the same
// spherical coordinates (Meeus p. 115, the form valid at all distances).
// Example 17.a.
func Separation(a, b Equatorial) Angle {
	d1, d2, da := float64(a.Dec), float64(b.Dec), float64(b.RA-a.RA)
	var sd1, cd1, sd2, cd2, sda, cda float64
	if math.Abs(d1) <= sincosSmallMax && math.Abs(d2) <= sincosSmallMax && math.Abs(da) <= sincosSmallMax {
		sd1, cd1 = sincosSmall(d1)
		sd2, cd2 = sincosSmall(d2)
		sda, cda = sincosSmall(da)
	} else { // large, infinite or NaN
		sd1, cd1 = math.Sincos(d1)
		sd2, cd2 = math.Sincos(d2)
		sda, cda = math.Sincos(da)
	}
	x := cd1*sd2 - sd1*cd2*cda
	y := cd2 * sda
	z := sd1*sd2 + cd1*cd2*cda
	// atan2(√(x² + y²), z) with |x|, |y|, |z| ≤ 1: no overflow to guard
	// against (math.Hypot's scaling) and a first argument ≥ 0.
	return Angle(atan2Upper(math.Sqrt(x*x+y*y), z))
}

// SeparationEcliptic is [Separation] for ecliptic coordinates.
func SeparationEcliptic(a, b Ecliptic) Angle {
	return Separation(Equatorial{a.Lon, a.Lat}, Equatorial{b.Lon, b.Lat})
}
