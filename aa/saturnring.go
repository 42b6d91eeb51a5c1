package aa

import "math"

// Chapter 45, The Ring of Saturn.

// SaturnRing describes the aspect of Saturn's ring system.
type SaturnRing struct {
	B      Angle // saturnicentric latitude of the Earth, referred to the ring plane (positive: north side visible)
	BSun   Angle // B′, saturnicentric latitude of the Sun
	U1, U2 Angle // saturnicentric longitudes of the Sun and of the Earth, in the ring plane
	DeltaU Angle // ΔU = |U1 − U2|
	P      Angle // geocentric position angle of the northern semiminor axis of the ring ellipse, from north towards east
	Major  Angle // a, major axis of the outer edge of the outer ring
	Minor  Angle // b, minor axis
}

// SaturnRingAspect returns the ring elements of Saturn at jde (TT) by the
// method of Meeus ch. 45 (Example 45.a: B = 16.442°, B′ = 14.679°, ΔU =
// 4.198°, P = 6.741°, a = 35.87″, b = 10.15″ on 1992 Dec 16.5 TD), with
// Saturn's and the Earth's positions from the series theory. An invalid
// theory gives NaN in every field.
func SaturnRingAspect(jde TT, theory PlanetTheory) SaturnRing {
	pos, ok := geocentricOf(jde, Saturn, theory)
	if !ok {
		n := Angle(math.NaN())
		return SaturnRing{n, n, n, n, n, n, n, n}
	}
	t := centuries(jde)
	inc := Deg(28.075216 - 0.012998*t + 0.000004*t*t)
	node := Deg(169.508470 + 1.394681*t + 0.000412*t*t)
	si, ci := inc.SinCos()
	lam, beta := pos.Ecliptic.Lon, pos.Ecliptic.Lat
	sb, cb := beta.SinCos()
	sln, cln := (lam - node).SinCos()
	var out SaturnRing
	out.B = Angle(math.Asin(clamp1(si*cb*sln - ci*sb)))
	out.Major = ArcSec(375.35 / pos.Distance)
	out.Minor = out.Major * Angle(math.Abs(out.B.Sin()))
	l, b, r := pos.Helio.Lon, pos.Helio.Lat, pos.R
	n := Deg(113.6655 + 0.8771*t)
	lp := l - Deg(0.01759/r)
	bp := b - Deg(0.000764*(l-n).Cos()/r)
	sbp, cbp := bp.SinCos()
	slpn, clpn := (lp - node).SinCos()
	out.BSun = Angle(math.Asin(clamp1(si*cbp*slpn - ci*sbp)))
	out.U1 = Angle(math.Atan2(si*sbp+ci*cbp*slpn, cbp*clpn)).Norm()
	out.U2 = Angle(math.Atan2(si*sb+ci*cb*sln, cb*cln)).Norm()
	out.DeltaU = Angle(math.Abs(float64((out.U1 - out.U2).Norm180())))
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	pole := Ecliptic{node - pi/2 + dpsi, pi/2 - inc}
	app := pos.aberrated()
	app.Lon += dpsi
	q0 := pole.Equatorial(eps)
	q := app.Equatorial(eps)
	sd0, cd0 := q0.Dec.SinCos()
	sd, cd := q.Dec.SinCos()
	sa, ca := (q0.RA - q.RA).SinCos()
	out.P = Angle(math.Atan2(cd0*sa, sd0*cd-cd0*sd*ca))
	return out
}
