package aa

import "math"

// Chapter 42, Ephemeris for Physical Observations of Mars.

// MarsDisk is the physical ephemeris of Mars.
type MarsDisk struct {
	DE    Angle   // planetocentric declination of the Earth
	DS    Angle   // planetocentric declination of the Sun
	Omega Angle   // ω, areographic longitude of the central meridian, [0, 2π)
	P     Angle   // geocentric position angle of Mars' northern rotation pole, [0, 2π)
	Q     Angle   // position angle of the greatest defect of illumination, [0, 2π)
	D     Angle   // d, apparent diameter
	K     float64 // illuminated fraction of the disk
	QDef  Angle   // q, greatest defect of illumination
}

// MarsPhysical returns the physical ephemeris of Mars at jde (TT) by the
// method of Meeus ch. 42 (Example 42.a, 1992 Nov 9 0h UT: DE = +12.44°, DS =
// −2.76°, ω = 111.55°, P = 347.64°, Q = 279.91°, d = 10.75″, k = 0.9012, q =
// 1.06″), with Mars' and the Earth's positions from the series theory. An
// invalid theory gives NaN in every field.
func MarsPhysical(jde TT, theory PlanetTheory) MarsDisk {
	pos, ok := geocentricOf(jde, Mars, theory)
	if !ok {
		n := Angle(math.NaN())
		return MarsDisk{n, n, n, n, n, n, float64(n), n}
	}
	t := centuries(jde)
	pole := Ecliptic{Deg(352.9065 + 1.17330*t), Deg(63.2818 - 0.00394*t)}
	lam, beta := pos.Ecliptic.Lon, pos.Ecliptic.Lat
	spb, cpb := pole.Lat.SinCos()
	var out MarsDisk
	out.DE = Angle(math.Asin(clamp1(-spb*beta.Sin() - cpb*beta.Cos()*(pole.Lon-lam).Cos())))
	l, b, r := pos.Helio.Lon, pos.Helio.Lat, pos.R
	n := Deg(49.5581 + 0.7721*t)
	lp := l - Deg(0.00697/r)
	bp := b - Deg(0.000225*(l-n).Cos()/r)
	out.DS = Angle(math.Asin(clamp1(-spb*bp.Sin() - cpb*bp.Cos()*(pole.Lon-lp).Cos())))
	w := Deg(normDeg(11.504 + 350.89200025*(float64(jde)-pos.LightTime-2433282.5)))
	eps0 := MeanObliquity(jde)
	q0 := pole.Equatorial(eps0)
	q := pos.Ecliptic.Equatorial(eps0)
	out.Omega = (w - positionZeta(q0, q)).Norm()
	dpsi, deps := Nutation(jde)
	eps := eps0 + deps
	app := pos.aberrated()
	app.Lon += dpsi
	qa := app.Equatorial(eps)
	pa := Ecliptic{pole.Lon + dpsi, pole.Lat}.Equatorial(eps)
	out.P = positionAngle(pa, qa).Norm()
	sun, _ := Sun.vsopGeometric(jde)
	sun.Lon = sun.Lon + dpsi + ArcSec(-aberrationSun/pos.EarthR)
	out.Q = (positionAngle(sun.Equatorial(eps), qa) + pi).Norm()
	out.D = ArcSec(9.36 / pos.Distance)
	out.K = IlluminatedFraction(PhaseAngle(r, pos.Distance, pos.EarthR))
	out.QDef = out.D * Angle(1-out.K)
	return out
}

// positionAngle returns the position angle of the direction of b seen
// from a (the form of Meeus eq. 48.5): atan2(cos δb sin(αb−αa),
// sin δb cos δa − cos δb sin δa cos(αb−αa)).
func positionAngle(b, a Equatorial) Angle {
	sdb, cdb := b.Dec.SinCos()
	sda, cda := a.Dec.SinCos()
	s, c := (b.RA - a.RA).SinCos()
	return Angle(math.Atan2(cdb*s, sdb*cda-cdb*sda*c))
}

// positionZeta returns ζ of Meeus ch. 42–43, the angle from the planet's
// prime-meridian node to the sub-Earth point: atan2(sin δ0 cos δ cos(α0 −
// α) − sin δ cos δ0, cos δ sin(α0 − α)) for the pole q0 and the planet q.
func positionZeta(q0, q Equatorial) Angle {
	sd0, cd0 := q0.Dec.SinCos()
	sd, cd := q.Dec.SinCos()
	s, c := (q0.RA - q.RA).SinCos()
	return Angle(math.Atan2(sd0*cd*c-sd*cd0, cd*s))
}
