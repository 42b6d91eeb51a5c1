package aa

import "math"

// Chapter 35, Near-parabolic Motion.

// NearParabolic returns the true anomaly ν and the radius vector r (AU),
// t days after perihelion, of a body of perihelion distance q (AU) and
// eccentricity e close to 1 (elliptic or hyperbolic), by W. Landgraf's
// series method (Meeus p. 245–247; the test data of p. 247–248). The
// series diverges far from perihelion when e differs much from 1: it then
// returns ErrNoConvergence (Meeus p. 248 lists such cases), and
// [OrbitalElements.AnomalyDistance] should be used. Invalid q or e give
// ErrElements.
func NearParabolic(q, e, t float64) (nu Angle, r float64, err error) {
	if !(q > 0) || !(e >= 0) || math.IsNaN(t) || math.IsInf(t, 0) {
		return 0, 0, ErrElements
	}
	if t == 0 {
		return 0, q, nil
	}
	const (
		d1 = 10000.0
		d  = 1e-9
	)
	q1 := gaussK * math.Sqrt((1+e)/q) / (2 * q)
	g := (1 - e) / (1 + e)
	q2 := q1 * t
	s := 2 / (3 * math.Abs(q2))
	s = 2 / math.Tan(2*math.Atan(math.Cbrt(math.Tan(math.Atan(s)/2))))
	if t < 0 {
		s = -s
	}
	if e != 1 {
		for l := 0; ; l++ {
			if l > 50 {
				return 0, 0, ErrNoConvergence
			}
			s0 := s
			z := 1.0
			y := s * s
			g1 := -y * s
			q3 := q2 + 2*g*s*y/3
			for {
				z++
				g1 = -g1 * g * y
				z1 := (z - (z+1)*g) / (2*z + 1)
				f := z1 * g1
				q3 += f
				if z > 50 || math.Abs(f) > d1 {
					return 0, 0, ErrNoConvergence
				}
				if math.Abs(f) <= d {
					break
				}
			}
			for i := 0; ; i++ {
				if i > 50 {
					return 0, 0, ErrNoConvergence
				}
				s1 := s
				s = (2*s*s*s/3 + q3) / (s*s + 1)
				if math.Abs(s-s1) <= d {
					break
				}
			}
			if math.Abs(s-s0) <= d {
				break
			}
		}
	}
	v := 2 * math.Atan(s)
	return Angle(v), q * (1 + e) / (1 + e*math.Cos(v)), nil
}
