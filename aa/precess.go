package aa

import "math"

// Chapter 21, Precession (and proper motion).

// JulianEpoch returns the Julian day (TT) of the Julian epoch y, e.g.
// J2050.0 (Meeus p. 133: JDE = 2451545 + 365.25(y − 2000)).
func JulianEpoch(y float64) TT { return J2000 + TT((y-2000)*365.25) }

// BesselianEpoch returns the Julian day (TT) of the Besselian epoch y,
// e.g. B1950.0 = 2433282.4235 (Meeus p. 133).
func BesselianEpoch(y float64) TT { return B1900 + TT((y-1900)*365.242198781) }

// JulianEpoch returns the Julian epoch (year) of jd (Meeus p. 133).
func (t TT) JulianEpoch() float64 { return julianYear(t) }

// AnnualPrecession returns the annual precession in right ascension and
// declination of a mean place q, at the mean epoch jde (TT) of the
// interval, from the low-accuracy formulas of Meeus eq. 21.1 (a few
// hundredths of a second over decades, not near the poles). Example 21.a.
func AnnualPrecession(q Equatorial, jde TT) (dra, ddec Angle) {
	t := centuries(jde)
	m := 3.07496 + 0.00186*t // seconds of time
	n := 1.33621 - 0.00057*t // seconds of time
	nd := 20.0431 - 0.0085*t // arcseconds
	sa, ca := q.RA.SinCos()
	return Hours((m + n*sa*q.Dec.Tan()) / 3600), ArcSec(nd * ca)
}

// ApplyProperMotion moves q by the proper motions pmRA (dα/dt, not
// multiplied by cos δ) and pmDec, in angle per Julian year, over years
// Julian years (Meeus p. 134: a linear displacement on the sphere).
func ApplyProperMotion(q Equatorial, pmRA, pmDec Angle, years float64) Equatorial {
	return Equatorial{(q.RA + pmRA.Mul(years)).Norm(), q.Dec + pmDec.Mul(years)}
}

// precessionAngles returns ζ, z, θ (Meeus eq. 21.2) from the TT epoch from
// to the TT epoch to.
func precessionAngles(from, to TT) (zeta, z, theta Angle) {
	tt := centuries(from)
	t := float64(to-from) / DaysPerJulianCentury
	if !inSpan(to) {
		t = math.NaN()
	}
	c := 2306.2181 + (1.39656-0.000139*tt)*tt
	zeta = ArcSec(horner(t, 0, c, 0.30188-0.000344*tt, 0.017998))
	z = ArcSec(horner(t, 0, c, 1.09468+0.000066*tt, 0.018203))
	theta = ArcSec(horner(t, 0, 2004.3109+(-0.85330-0.000217*tt)*tt, -0.42665-0.000217*tt, -0.041833))
	return
}

// Precess returns the mean place q of the equinox and epoch from (a TT Julian
// day; J2000 for J2000.0 positions) precessed to the equinox of the TT Julian
// day to, rigorously (Meeus eq. 21.2–21.4, IAU 1976 precession). Example 21.b
// (with [ApplyProperMotion] first). RA in [0, 2π).
func Precess(q Equatorial, from, to TT) Equatorial {
	zeta, z, theta := precessionAngles(from, to)
	sd0, cd0 := q.Dec.SinCos()
	sa, ca := (q.RA + zeta).SinCos()
	st, ct := theta.SinCos()
	a := cd0 * sa
	b := ct*cd0*ca - st*sd0
	c := st*cd0*ca + ct*sd0
	ra := Angle(math.Atan2(a, b)) + z
	dec := Angle(math.Atan2(c, math.Hypot(a, b)))
	return Equatorial{ra.Norm(), dec}
}

// PrecessWithProperMotion applies the proper motion (per Julian year) over
// the interval and precesses from the epoch from to to, both TT (Meeus
// Example 21.b and the exercise p. 136).
func PrecessWithProperMotion(q Equatorial, pmRA, pmDec Angle, from, to TT) Equatorial {
	years := float64(to-from) / 365.25
	return Precess(ApplyProperMotion(q, pmRA, pmDec, years), from, to)
}

// eclipticPrecessionAngles returns η, Π and p of Meeus eq. 21.5 from the TT
// epoch from to the TT epoch to.
func eclipticPrecessionAngles(from, to TT) (eta, bigPi, p Angle) {
	tt := centuries(from)
	t := float64(to-from) / DaysPerJulianCentury
	if !inSpan(to) {
		t = math.NaN()
	}
	eta = ArcSec(horner(t, 0, 47.0029+(-0.06603+0.000598*tt)*tt, -0.03302+0.000598*tt, 0.000060))
	bigPi = Deg(174.876384) + ArcSec(3289.4789*tt+0.60622*tt*tt-(869.8089+0.50491*tt)*t+0.03536*t*t)
	p = ArcSec(horner(t, 0, 5029.0966+(2.22226-0.000042*tt)*tt, 1.11113-0.000042*tt, -0.000006))
	return
}

// PrecessEcliptic precesses ecliptic coordinates from the TT epoch from to
// the TT epoch to (Meeus eq. 21.5–21.7, Example 21.c). Lon in [0, 2π).
func PrecessEcliptic(e Ecliptic, from, to TT) Ecliptic {
	eta, bigPi, p := eclipticPrecessionAngles(from, to)
	se, ce := eta.SinCos()
	sb, cb := e.Lat.SinCos()
	sd, cd := (bigPi - e.Lon).SinCos()
	a := ce*cb*sd - se*sb
	b := cb * cd
	c := ce*sb + se*cb*sd
	lon := p + bigPi - Angle(math.Atan2(a, b))
	return Ecliptic{lon.Norm(), Angle(math.Atan2(c, math.Hypot(a, b)))}
}

// ProperMotion3D moves a star over the interval from → to (TT Julian days)
// taking its radial velocity into account (Meeus p. 138–141, Example 21.d):
// proper motions per Julian year (pmRA is dα/dt). Use it for nearby fast
// stars over millennia; the result is still referred to the original equinox.
func ProperMotion3D(q Equatorial, distParsecs, vrKilometresPerSecond float64, pmRA, pmDec Angle, from, to TT) Equatorial {
	dist, vr := distParsecs, vrKilometresPerSecond
	years := float64(to-from) / 365.25
	if !finite(years) {
		return Equatorial{Angle(math.NaN()), Angle(math.NaN())}
	}
	sa, ca := q.RA.SinCos()
	sd, cd := q.Dec.SinCos()
	x, y, z := dist*cd*ca, dist*cd*sa, dist*sd
	dr := vr / 977792 // km/s → pc per year
	da, dd := float64(pmRA), float64(pmDec)
	dx := x/dist*dr - z*dd*ca - y*da
	dy := y/dist*dr - z*dd*sa + x*da
	dz := z/dist*dr + dist*dd*cd
	x += years * dx
	y += years * dy
	z += years * dz
	return Equatorial{Angle(math.Atan2(y, x)).Norm(), Angle(math.Atan2(z, math.Hypot(x, y)))}
}
