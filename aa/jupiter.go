package aa

import "math"

// Chapter 43, Ephemeris for Physical Observations of Jupiter.

// JupiterDisk is the physical ephemeris of Jupiter.
type JupiterDisk struct {
	DS, DE Angle // jovicentric declinations of the Sun and the Earth
	// Omega1 and Omega2 are the longitudes of the central meridian in
	// Systems I and II as seen from the Earth, including the light time
	// and the correction for phase (Meeus p. 297); Omega1Geometric and
	// Omega2Geometric omit the phase correction. All in [0, 2π).
	Omega1, Omega2                   Angle
	Omega1Geometric, Omega2Geometric Angle
	P                                Angle // position angle of Jupiter's northern rotation pole, [0, 2π)
}

// JupiterPhysical returns the physical ephemeris of Jupiter at jde (TT) by
// the rigorous method of Meeus p. 293–297 (Example 43.a, 1992 Dec 16 0h UT:
// DS = −2.20°, DE = −2.48°, ω1 = 268.06°, ω2 = 72.74°, P = 24.80°), with
// Jupiter's and the Earth's positions from the series theory. An invalid
// theory gives NaN in every field.
func JupiterPhysical(jde TT, theory PlanetTheory) JupiterDisk {
	pos, ok := geocentricOf(jde, Jupiter, theory)
	if !ok {
		n := Angle(math.NaN())
		return JupiterDisk{n, n, n, n, n, n, n}
	}
	d := float64(jde) - 2433282.5
	t1 := d / DaysPerJulianCentury
	pole := Equatorial{Deg(268.00 + 0.1061*t1), Deg(64.50 - 0.0164*t1)}
	w1 := normDeg(17.710 + 877.90003539*d)
	w2 := normDeg(16.838 + 870.27003539*d)
	eps0 := MeanObliquity(jde)
	helio := pos.Helio.Equatorial(eps0)
	sd0, cd0 := pole.Dec.SinCos()
	var out JupiterDisk
	out.DS = Angle(math.Asin(clamp1(-sd0*helio.Dec.Sin() - cd0*helio.Dec.Cos()*(pole.RA-helio.RA).Cos())))
	q := pos.Ecliptic.Equatorial(eps0)
	out.DE = Angle(math.Asin(clamp1(-sd0*q.Dec.Sin() - cd0*q.Dec.Cos()*(pole.RA-q.RA).Cos())))
	zeta := positionZeta(pole, q).Deg()
	delta := pos.Distance
	o1 := w1 - zeta - 5.07033*delta
	o2 := w2 - zeta - 5.02626*delta
	out.Omega1Geometric, out.Omega2Geometric = Deg(normDeg(o1)), Deg(normDeg(o2))
	r, re := pos.R, pos.EarthR
	c := degPerRad * (2*r*delta + re*re - r*r - delta*delta) / (4 * r * delta)
	if (pos.Helio.Lon - pos.Earth.Lon).Sin() < 0 {
		c = -c
	}
	out.Omega1, out.Omega2 = Deg(normDeg(o1+c)), Deg(normDeg(o2+c))
	// Apparent directions of the pole (nutation) and of the planet.
	dpsi, deps := Nutation(jde)
	eps := eps0 + deps
	pe := pole.Ecliptic(eps0)
	pe.Lon += dpsi
	pa := pe.Equatorial(eps)
	app := pos.aberrated()
	app.Lon += dpsi
	out.P = positionAngle(pa, app.Equatorial(eps)).Norm()
	return out
}

// JupiterPhysicalApprox returns DS, DE, ω1 and ω2 (the latter two with the
// light time and phase corrections) at jde (TT) from the low-accuracy
// method of Meeus p. 297–299 (Example 43.b: DS = −2.194°, DE = −2.50°,
// ω1 = 268.12°, ω2 = 72.79°), which needs no planetary theory: within 0.05°
// in DS and DE and 0.35° in ω1 and ω2 of [JupiterPhysical] with the complete
// VSOP87 over 1900–2100.
func JupiterPhysicalApprox(jde TT) JupiterDisk {
	d := daysInSpan(jde)
	v := (172.74 + 0.00111588*d) * radPerDeg
	m := (357.529 + 0.9856003*d) * radPerDeg
	n := (20.020 + 0.0830853*d + 0.329*math.Sin(v)) * radPerDeg
	j := 66.115 + 0.9025179*d - 0.329*math.Sin(v)
	a := 1.915*math.Sin(m) + 0.020*math.Sin(2*m)
	b := 5.555*math.Sin(n) + 0.168*math.Sin(2*n)
	k := (j + a - b) * radPerDeg
	rr := 1.00014 - 0.01671*math.Cos(m) - 0.00014*math.Cos(2*m)
	r := 5.20872 - 0.25208*math.Cos(n) - 0.00611*math.Cos(2*n)
	delta := math.Sqrt(r*r + rr*rr - 2*r*rr*math.Cos(k))
	psi := math.Asin(rr*math.Sin(k)/delta) * degPerRad
	o1 := 210.98 + 877.8169088*(d-delta/173) + psi - b
	o2 := 187.23 + 870.1869088*(d-delta/173) + psi - b
	c := math.Pow(math.Sin(psi*radPerDeg/2), 2)
	if math.Sin(k) > 0 {
		c = -c
	}
	c *= degPerRad
	lam := (34.35 + 0.083091*d + 0.329*math.Sin(v)) * radPerDeg
	lam += b * radPerDeg
	ds := 3.12 * math.Sin(lam+42.8*radPerDeg)
	de := ds - 2.22*math.Sin(psi*radPerDeg)*math.Cos(lam+22*radPerDeg) - 1.30*(r-delta)/delta*math.Sin(lam-100.5*radPerDeg)
	return JupiterDisk{
		DS: Deg(ds), DE: Deg(de),
		Omega1: Deg(normDeg(o1 + c)), Omega2: Deg(normDeg(o2 + c)),
		Omega1Geometric: Deg(normDeg(o1)), Omega2Geometric: Deg(normDeg(o2)),
	}
}
