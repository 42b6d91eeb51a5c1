package aa

import (
	"math"
	"testing"
)

func TestSemidiameters(t *testing.T) {
	approx(t, "Sun at 1 AU", SunSemidiameter(1).ArcSec(), 959.63, 1e-9)
	// aa-js Earth.Moon.getGeocentricSemiDiameter for Example 47.a.
	day, _ := JDFromGregorian(1992, 4, 12) // 0h TD
	jde := TT(day)
	approx(t, "Moon 47.a", MoonSemidiameter(Moon.Geocentric(jde).DistanceKilometres).ArcSec(), 973.0292518863869, 1e-6)
	eq, pol, err := Jupiter.Semidiameter(4)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "Jupiter eq", eq.ArcSec(), 98.44/4, 1e-12)
	approx(t, "Jupiter pol", pol.ArcSec(), 92.06/4, 1e-12)
	eq, _, _ = Saturn.Full().Semidiameter(1)
	approx(t, "Saturn eq (aa-js returns 8.34)", eq.ArcSec(), 82.73, 1e-12)
	approx(t, "apparent polar, b = 0", ApparentPolarSemidiameter(ArcSec(82.73), ArcSec(73.82), 0).ArcSec(), 73.82, 1e-9)
	approx(t, "apparent polar, b = 90°", ApparentPolarSemidiameter(ArcSec(82.73), ArcSec(73.82), Deg(90)).ArcSec(), 82.73, 1e-9)
	if _, _, err := earthPlanet.Semidiameter(1); err == nil {
		t.Error("Earth: no error")
	}
	if _, _, err := Planet(0).Semidiameter(1); err == nil {
		t.Error("Planet(0): no error")
	}
	approx(t, "Pluto", PlutoSemidiameter(2).ArcSec(), 1.035, 1e-12)
	// The Moon at the zenith is nearer by one Earth radius.
	s := MoonSemidiameter(384400)
	p := MoonParallaxFromKilometres(384400)
	approx(t, "topocentric at zenith", MoonTopocentricSemidiameter(s, p, Deg(90)).ArcSec(),
		MoonSemidiameter(384400-EarthRadiusKilometresMeeus).ArcSec(), 0.3)
	d, err := AsteroidDiameter(3.34, 0.09) // Ceres: about 940 km
	if err != nil || math.Abs(d-940) > 60 {
		t.Errorf("AsteroidDiameter = %v, %v", d, err)
	}
	if _, err := AsteroidDiameter(3, 0); err == nil {
		t.Error("albedo 0: no error")
	}
}
