package aa

import "math"

// Chapter 14, The Parallactic Angle, and three other topics.

// ParallacticAngle returns the parallactic angle q of a body at local hour
// angle ha (west positive) and declination dec, for geographic latitude lat
// (Meeus eq. 14.1). q is negative before and positive after the meridian;
// it is undefined at the zenith (0 is returned).
func ParallacticAngle(ha, dec, lat Angle) Angle {
	sh, ch := ha.SinCos()
	sd, cd := dec.SinCos()
	return Angle(math.Atan2(sh, lat.Tan()*cd-sd*ch))
}

// ParallacticAngleAt returns the parallactic angle of q seen from site at the
// UT1 Julian day jd, using the apparent sidereal time.
func ParallacticAngleAt(q Equatorial, site Geographic, jd UT) Angle {
	return ParallacticAngle(LocalApparentSidereal(jd, site.Lon)-q.RA, q.Dec, site.Lat)
}

// EclipticAtHorizon returns the ecliptic longitudes of the two points
// where the ecliptic meets the horizon and the angle I between ecliptic
// and horizon, for obliquity eps, latitude lat and local sidereal time lst
// (Meeus eq. 14.2, 14.3; Example 14.a). lon1 is in [0, π), lon2 = lon1 + π.
func EclipticAtHorizon(eps, lat, lst Angle) (lon1, lon2, incl Angle) {
	se, ce := eps.SinCos()
	sl, cl := lat.SinCos()
	st, ct := lst.SinCos()
	l := Angle(math.Atan2(-ct, se*sl/cl+ce*st)).Norm()
	if l >= Angle(pi) {
		l -= Angle(pi)
	}
	incl = Angle(math.Acos(clamp1(ce*sl - se*cl*st)))
	return l, l + Angle(pi), incl
}

// EclipticPoleAngle returns the angle between the direction of the north
// celestial pole and that of the north ecliptic pole, seen from the body at
// ecliptic longitude lon and latitude lat (Meeus eq. 14.4).
func EclipticPoleAngle(lon, lat, eps Angle) Angle {
	sl, cl := lon.SinCos()
	sb, cb := lat.SinCos()
	se, ce := eps.SinCos()
	return Angle(math.Atan2(cl*se, cb*ce-sb*sl*se))
}

// DiurnalPathAtHorizon returns the angle J between the diurnal path of a
// body of declination dec and the horizon at its rising or setting, for
// latitude lat (Meeus p. 101, eq. 14.5). It is NaN for a body that does not
// rise.
func DiurnalPathAtHorizon(dec, lat Angle) Angle {
	sl := lat.Sin()
	cd := dec.Cos()
	r := cd*cd - sl*sl
	if r < 0 {
		return Angle(math.NaN())
	}
	return Angle(math.Atan2(math.Sqrt(r), sl))
}
