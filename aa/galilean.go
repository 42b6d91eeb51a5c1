package aa

import "math"

// Chapter 44, Positions of the Satellites of Jupiter.

// SatellitePosition is the apparent rectangular position of a satellite
// relative to its planet, in units of the planet's equatorial radius: X
// positive towards the west (in the direction of the planet's equator, as
// seen from the Earth), Y positive towards the north; Z positive when the
// satellite is farther from the Earth than the planet (for Jupiter's
// satellites only the sign of Z is meaningful in the low-accuracy method).
type SatellitePosition struct{ X, Y, Z float64 }

// GalileanMoonsApprox returns the positions of Io, Europa, Ganymede and
// Callisto at jde (TT) from the low-accuracy method of Meeus p. 301–303
// (Example 44.a: X1 = −3.44, Y1 = +0.21 … X4 = +7.08, Y4 = +1.10 on
// 1992 December 16 0h UT), which needs no planetary theory. (aa-js has no
// satellite positions.)
func GalileanMoonsApprox(jde JD) [4]SatellitePosition {
	d := float64(jde - J2000)
	v := (172.74 + 0.00111588*d) * radPerDeg
	m := (357.529 + 0.9856003*d) * radPerDeg
	n := (20.020 + 0.0830853*d + 0.329*math.Sin(v)) * radPerDeg
	j := (66.115 + 0.9025179*d - 0.329*math.Sin(v)) * radPerDeg
	a := (1.915*math.Sin(m) + 0.020*math.Sin(2*m)) * radPerDeg
	b := (5.555*math.Sin(n) + 0.168*math.Sin(2*n)) * radPerDeg
	k := j + a - b
	rr := 1.00014 - 0.01671*math.Cos(m) - 0.00014*math.Cos(2*m)
	r := 5.20872 - 0.25208*math.Cos(n) - 0.00611*math.Cos(2*n)
	delta := math.Sqrt(r*r + rr*rr - 2*r*rr*math.Cos(k))
	psi := math.Asin(rr / delta * math.Sin(k))
	lam := (34.35+0.083091*d+0.329*math.Sin(v))*radPerDeg + b
	ds := 3.12 * radPerDeg * math.Sin(lam+42.8*radPerDeg)
	de := ds - 2.22*radPerDeg*math.Sin(psi)*math.Cos(lam+22*radPerDeg) -
		1.30*radPerDeg*(r-delta)/delta*math.Sin(lam-100.5*radPerDeg)
	dd := d - delta/173
	u := [4]float64{
		163.8069 + 203.4058646*dd,
		358.4140 + 101.2916335*dd,
		5.7176 + 50.2345180*dd,
		224.8092 + 21.4879800*dd,
	}
	for i := range u {
		u[i] = u[i]*radPerDeg + psi - b
	}
	g := (331.18 + 50.310482*dd) * radPerDeg
	h := (87.45 + 21.569231*dd) * radPerDeg
	s12, c12 := math.Sincos(2 * (u[0] - u[1]))
	s23, c23 := math.Sincos(2 * (u[1] - u[2]))
	corr := [4]float64{0.473 * s12, 1.065 * s23, 0.165 * math.Sin(g), 0.843 * math.Sin(h)}
	rad := [4]float64{5.9057 - 0.0244*c12, 9.3966 - 0.0882*c23, 14.9883 - 0.0216*math.Cos(g), 26.3627 - 0.1939*math.Cos(h)}
	sde := math.Sin(de)
	var out [4]SatellitePosition
	for i := range out {
		su, cu := math.Sincos(u[i] + corr[i]*radPerDeg)
		out[i] = SatellitePosition{rad[i] * su, -rad[i] * cu * sde, -rad[i] * cu * math.Cos(de)}
	}
	return out
}
