package aa

import "math"

// Chapter 29, Ephemeris for Physical Observations of the Sun.

// SunDisk holds the physical ephemeris of the Sun.
type SunDisk struct {
	P  Angle // position angle of the northern extremity of the rotation axis, from the north point of the disk towards the east
	B0 Angle // heliographic latitude of the centre of the disk
	L0 Angle // heliographic longitude of the centre of the disk, [0, 2π)
}

// Physical returns P, B0 and L0 at jde (TT) by the formulae of Meeus p.
// 190–191 (Carrington's elements I = 7.25°, K; the Sun's apparent longitude
// from s), Example 29.a: P = 26.27°, B0 = +5.99°, L0 = 238.63° on 1992 October
// 13.5 (JDE 2448908.50068).
func (s SunTheory) Physical(jde TT) SunDisk {
	theta := normDeg(float64(jde-2398220) * 360 / 25.38)
	inc := Deg(7.25)
	k := Deg(73.6667 + 1.3958333*float64(jde-2396758)/DaysPerJulianCentury)
	g, r := s.Geometric(jde)
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	lam := g.Lon + ArcSec(-aberrationSun/r)
	lamp := lam + dpsi
	x := math.Atan(-lamp.Cos() * eps.Tan())
	slk, clk := (lam - k).SinCos()
	y := math.Atan(-clk * inc.Tan())
	b0 := math.Asin(slk * inc.Sin())
	eta := math.Atan2(-slk*inc.Cos(), -clk)
	return SunDisk{
		P:  Angle(x + y),
		B0: Angle(b0),
		L0: Angle(eta - theta*radPerDeg).Norm(),
	}
}

// CarringtonRotation returns the instant (JDE, TT) at which Carrington's
// synodic rotation number c commences (Meeus eq. 29.1 with the periodic
// terms of p. 191, accurate to about 0.001 day).
//
// Rotations that begin outside [EphemerisFirst, EphemerisLast] give NaN.
func CarringtonRotation(c int) TT {
	cf := float64(c)
	if !(cf > -132000 && cf < 134000) { // the ephemeris span, rotations −131 900 … 133 900
		return TT(math.NaN())
	}
	m := (281.96 + 26.882476*cf) * radPerDeg
	return TT(2398140.2270 + 27.2752316*cf + 0.1454*math.Sin(m) - 0.0085*math.Sin(2*m) - 0.0141*math.Cos(2*m))
}
