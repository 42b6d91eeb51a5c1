package aa

import (
	"testing"
)

func TestParallacticAngle(t *testing.T) {
	// On the meridian q = 0 (south of the zenith) and q is antisymmetric in H.
	approx(t, "q(0)", ParallacticAngle(0, Deg(10), Deg(45)).Deg(), 0, 1e-12)
	a := ParallacticAngle(Hours(2), Deg(10), Deg(45))
	b := ParallacticAngle(Hours(-2), Deg(10), Deg(45))
	approx(t, "symmetry", a.Deg(), -b.Deg(), 1e-12)
	if a <= 0 {
		t.Errorf("q west of meridian = %v", a.Deg())
	}
	// Angle between the diurnal path and the horizon (Meeus p. 101).
	approx(t, "J(δ=0)", DiurnalPathAtHorizon(0, Deg(40)).Deg(), 50, 1e-12)
	approx(t, "J(δ=ε)", DiurnalPathAtHorizon(Deg(23.44), Deg(40)).Deg(), DMS(false, 45, 31, 0).Deg(), 0.05)
	site := Geographic{Lat: Deg(45)}
	q := Equatorial{Hours(3), Deg(20)}
	jd := UT(2451545.1)
	approx(t, "ParallacticAngleAt", ParallacticAngleAt(q, site, jd).Deg(),
		ParallacticAngle(LocalApparentSidereal(jd, 0)-q.RA, q.Dec, site.Lat).Deg(), 1e-12)
	// At λ = 90° both poles lie on the body's hour circle; at the equinox
	// the angle between them is ε.
	approx(t, "EclipticPoleAngle 90", EclipticPoleAngle(Deg(90), 0, Deg(23.44)).Deg(), 0, 1e-9)
	approx(t, "EclipticPoleAngle 0", EclipticPoleAngle(0, 0, Deg(23.44)).Deg(), 23.44, 1e-9)
}
