package aa

import (
	"testing"
)

func TestSunLowAccuracyExample25a(t *testing.T) {
	jde := TT(2448908.5) // 1992 Oct 13.0 TD
	approx(t, "T", jde.Centuries(), -0.072183436, 5e-10)
	approx(t, "L0", SunMeanLongitude(jde).Deg(), 201.80720, 5e-6)
	approx(t, "M", SunMeanAnomaly(jde).Deg(), 278.99397, 5e-6)
	approx(t, "e", EarthEccentricity(jde), 0.016711668, 5e-10)
	approx(t, "C", SunEquationOfCenter(jde).Deg(), -1.89732, 5e-6)
	lon, r := SunGeometricApprox(jde)
	approx(t, "☉", lon.Deg(), 199.90988, 1e-5) // book 199.90988 (rounding: 199.909875)
	approx(t, "R", r, 0.99766, 5e-6)
	approx(t, "λ", SunApparentLongitudeApprox(jde).Deg(), 199.90895, 1e-5)
	q := SunApparentEquatorialApprox(jde)
	approx(t, "α", q.RA.Deg(), 198.38083, 5e-6)
	approx(t, "δ", q.Dec.Deg(), -7.78507, 5e-6)
}

func TestSunExample25b(t *testing.T) {
	jde := TT(2448908.5)
	pos, r := Sun.vsopGeometric(jde)
	approx(t, "☉ (VSOP87)", pos.Lon.Deg(), 199.907372, 5e-7)
	approx(t, "β (VSOP87)", pos.Lat.Deg(), 0.000179, 5e-7)
	approx(t, "R", r, 0.99760775, 5e-9)
	g, _ := Sun.Geometric(jde)
	approx(t, "☉ FK5", g.Lon.Deg(), 199.907347, 5e-7)
	approx(t, "β FK5″", g.Lat.ArcSec(), 0.62, 0.005)
	a, _ := Sun.Apparent(jde)
	approx(t, "λ", a.Ecliptic.Lon.Deg(), 199.906060, 5e-7) // 199°54′21.818″
	approx(t, "β″", a.Ecliptic.Lat.ArcSec(), 0.62, 0.005)
	q, r := a.Equatorial, a.Distance
	approx(t, "α", q.RA.Deg(), 198.378178, 5e-7)
	approx(t, "δ", q.Dec.Deg(), -7.783871, 5e-7)
	approx(t, "R", r, 0.99760775, 5e-9)
}

func TestSunFullExample25b(t *testing.T) {
	// Meeus p. 169: with the complete VSOP87, β = +0.72″,
	// α = 13h13m30.749s, δ = −7°47′01.74″. The 0.0005 s left in α comes from
	// the 63-term nutation series.
	jde := TT(2448908.5)
	a, _ := Sun.Full().Apparent(jde)
	approx(t, "β″", a.Ecliptic.Lat.ArcSec(), 0.72, 0.005)
	q := a.Equatorial
	approx(t, "α s", (q.RA-HMS(false, 13, 13, 30.749)).Hours()*3600, 0, 0.001)
	approx(t, "δ″", (q.Dec - DMS(true, 7, 47, 1.74)).ArcSec(), 0, 0.005)
}
