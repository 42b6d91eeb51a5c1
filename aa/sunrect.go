package aa

// Chapter 26, Rectangular Coordinates of the Sun.

// Rectangular returns the Sun's geometric geocentric equatorial rectangular
// coordinates X, Y, Z in AU, referred to the mean equator and equinox of the
// date jde (TT), FK5 system (Meeus eq. 26.1, Example 26.a): the geometric ☉
// and β of [SunTheory.Geometric] with the mean obliquity.
func (s SunTheory) Rectangular(jde TT) (x, y, z float64) {
	pos, r := s.Geometric(jde)
	sl, cl := pos.Lon.SinCos()
	sb, cb := pos.Lat.SinCos()
	se, ce := MeanObliquity(jde).SinCos()
	return r * cb * cl, r * (cb*sl*ce - sb*se), r * (cb*sl*se + sb*ce)
}

// RectangularJ2000 returns the Sun's geometric geocentric equatorial
// rectangular coordinates in AU referred to the mean equator and equinox
// J2000.0 (FK5) at jde (TT): the Earth's VSOP87 position on the J2000
// ecliptic (Appendix III's J2000 series, or VSOP87B with Sun.Full())
// rotated by Meeus eq. 26.3 (Example 26.b). Use it for the astrometric
// places of comets and minor planets ([OrbitalElements]).
func (s SunTheory) RectangularJ2000(jde TT) (x, y, z float64) {
	m := &vsopMeeusEarthJ2000
	if s.IsFull() {
		m = &vsopFullEarthJ2000
	}
	l, b, r := m.position(jde)
	sl, cl := Angle(l + pi).SinCos()
	sb, cb := Angle(-b).SinCos()
	x0, y0, z0 := r*cb*cl, r*cb*sl, r*sb
	return x0 + 0.000000440360*y0 - 0.000000190919*z0,
		-0.000000479966*x0 + 0.917482137087*y0 - 0.397776982902*z0,
		0.397776982902*y0 + 0.917482137087*z0
}

// RectangularEquinox returns the Sun's geometric equatorial rectangular
// coordinates (AU) at jde referred to the mean equator and equinox of the
// TT Julian day equinox, by precessing the J2000 vector rigorously (Meeus
// p. 174–175, eq. 26.4 with the angles of eq. 21.2–21.4).
func (s SunTheory) RectangularEquinox(jde, equinox TT) (x, y, z float64) {
	x0, y0, z0 := s.RectangularJ2000(jde)
	zeta, zz, theta := precessionAngles(J2000, equinox)
	sz, cz := zeta.SinCos()
	sZ, cZ := zz.SinCos()
	st, ct := theta.SinCos()
	xx := cz*cZ*ct - sz*sZ
	xy := sz*cZ + cz*sZ*ct
	xz := cz * st
	yx := -cz*sZ - sz*cZ*ct
	yy := cz*cZ - sz*sZ*ct
	yz := -sz * st
	zx := -cZ * st
	zy := -sZ * st
	zzz := ct
	return xx*x0 + yx*y0 + zx*z0, xy*x0 + yy*y0 + zy*z0, xz*x0 + yz*y0 + zzz*z0
}
