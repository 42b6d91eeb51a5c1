package aa

import "math"

// Chapter 28, Equation of Time.

// EquationOfTime returns the equation of time E = apparent solar time − mean
// solar time at jde (TT) as an Angle (print it with HMSString; 1° = 4
// minutes), reduced to (−π, π]. It uses the Sun's mean longitude of eq. 28.2
// and the apparent right ascension of s (Meeus eq. 28.3, Example 28.a:
// +13m42.6s on 1992 Oct 13.0 TD).
func (s SunTheory) EquationOfTime(jde TT) Angle {
	tau := millennia(jde)
	l0 := horner(tau, 280.4664567, 360007.6982779, 0.03032028, 1.0/49931, -1.0/15300, -1.0/2000000)
	q, _ := s.apparentEquatorial(jde)
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	return (Deg(l0-0.0057183) - q.RA + Angle(float64(dpsi)*eps.Cos())).Norm180()
}

// EquationOfTimeApprox returns the equation of time at jde (TT) from W. M.
// Smart's formula (Meeus eq. 28.3, Example 28.b: +13m42.7s), with the
// low-accuracy L0, M and e of chapter 25: within 4.5 s of
// [SunTheory.EquationOfTime] with the complete VSOP87 over 1900–2100.
func EquationOfTimeApprox(jde TT) Angle {
	// The polynomials of SunMeanLongitude, SunMeanAnomaly,
	// EarthEccentricity and MeanObliquity from one T, unreduced (Sincos
	// reduces as exactly), sin 4L0 and sin 2M by the double-angle formulas.
	t := centuries(jde)
	l0 := (280.46646 + t*(36000.76983+t*0.0003032)) * (2 * radPerDeg)
	m := (357.52911 + t*(35999.05029-t*0.0001537)) * radPerDeg
	e := 0.016708634 + t*(-0.000042037-t*0.0000001267)
	u := t / 100
	eps := horner(u, 84381.448, -4680.93, -1.55, 1999.25, -51.38, -249.67, -39.05, 7.12, 27.87, 5.79, 2.45) * radPerArcSec
	y := math.Tan(eps / 2)
	y *= y
	s2l, c2l := math.Sincos(l0)
	sm, cm := math.Sincos(m)
	return Angle(y*s2l - 2*e*sm + 4*e*y*sm*c2l - y*y*s2l*c2l - 2.5*e*e*sm*cm)
}
