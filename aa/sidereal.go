package aa

import "math"

// Chapter 12, Sidereal Time at Greenwich.

// MeanSidereal returns the mean sidereal time at Greenwich at the UT1
// Julian day jd, reduced to [0, 2π) (Meeus eq. 12.4, IAU 1982). Examples
// 12.a and 12.b. Print it with HMSString.
func MeanSidereal(jd UT) Angle {
	d := daysInSpan(jd)
	t := d / DaysPerJulianCentury
	// 360.98564736629·d split so that the whole turns are dropped exactly.
	di := math.Floor(d)
	deg := 280.46061837 + 360*(d-di) + 0.98564736629*d + t*t*(0.000387933-t/38710000)
	return Angle(normDeg(deg) * radPerDeg)
}

// ApparentSidereal returns the apparent sidereal time at Greenwich at the
// UT1 Julian day jd: the mean sidereal time plus the equation of the
// equinoxes Δψ cos ε (Meeus p. 88), with nutation evaluated at jd (the
// 70 s difference between UT and TT changes it by less than 0.00001 s).
// Example 12.a.
func ApparentSidereal(jd UT) Angle {
	dpsi, deps := Nutation(TT(jd))
	eps := MeanObliquity(TT(jd)) + deps
	return (MeanSidereal(jd) + Angle(float64(dpsi)*eps.Cos())).Norm()
}

// LocalMeanSidereal returns the local mean sidereal time at east-positive
// longitude lon for the UT1 Julian day jd, in [0, 2π).
func LocalMeanSidereal(jd UT, lon Angle) Angle { return (MeanSidereal(jd) + lon).Norm() }

// LocalApparentSidereal returns the local apparent sidereal time at
// east-positive longitude lon for the UT1 Julian day jd, in [0, 2π).
func LocalApparentSidereal(jd UT, lon Angle) Angle { return (ApparentSidereal(jd) + lon).Norm() }
