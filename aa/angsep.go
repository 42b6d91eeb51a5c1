package aa

import "math"

// Chapter 17, Angular Separation.

// Separation returns the angular distance between two points given in the same
// spherical coordinates (Meeus p. 115, the form valid at all distances).
// Example 17.a.
func Separation(a, b Equatorial) Angle {
	sd1, cd1 := a.Dec.SinCos()
	sd2, cd2 := b.Dec.SinCos()
	sda, cda := (b.RA - a.RA).SinCos()
	x := cd1*sd2 - sd1*cd2*cda
	y := cd2 * sda
	z := sd1*sd2 + cd1*cd2*cda
	// atan2(√(x² + y²), z) with |x|, |y|, |z| ≤ 1: no overflow to guard
	// against (math.Hypot's scaling) and y ≥ 0 (math.Atan2's quadrants).
	h := math.Sqrt(x*x + y*y)
	switch {
	case z > 0:
		return Angle(math.Atan(h / z))
	case z < 0:
		return Angle(pi - math.Atan(h/-z))
	case h > 0:
		return pi / 2
	}
	return Angle(h + z) // NaN for NaN inputs, 0 for equal points
}

// SeparationEcliptic is [Separation] for ecliptic coordinates.
func SeparationEcliptic(a, b Ecliptic) Angle {
	return Separation(Equatorial{a.Lon, a.Lat}, Equatorial{b.Lon, b.Lat})
}
