package aa

import "math"

// Chapter 34, Parabolic Motion.

// Parabolic returns the true anomaly ν and the radius vector r (AU) of a
// body on a parabolic orbit of perihelion distance q (AU), t days after
// perihelion (negative before), from Barker's equation s³ + 3s − W = 0,
// W = 0.03649116245 t / q^1.5, solved in closed form (Meeus eq. 34.1–34.3,
// Example 34.a). Exact for every t; use [OrbitalElements] for the full
// position. q must be positive: q ≤ 0 gives NaN.
func Parabolic(q, t float64) (nu Angle, r float64) {
	if !(q > 0) {
		return Angle(math.NaN()), math.NaN()
	}
	w := 3 * gaussK / math.Sqrt(2) / (q * math.Sqrt(q)) * t
	y := math.Cbrt(w/2 + math.Sqrt(w*w/4+1))
	s := y - 1/y
	if w < 0 {
		// Same root, computed without cancellation for negative W.
		y = math.Cbrt(-w/2 + math.Sqrt(w*w/4+1))
		s = 1/y - y
	}
	return Angle(2 * math.Atan(s)), q * (1 + s*s)
}
