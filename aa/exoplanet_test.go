package aa

import (
	"fmt"
	"testing"
)

func TestTransitHelpers(t *testing.T) {
	// Circular orbit: mid-transit a quarter period minus ω after periastron.
	c, err := TransitCenterFromPeriastron(10, 2460000, 0, Deg(0))
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "circular, ω = 0", float64(c), 2460002.5, 1e-9)
	c, _ = TransitCenterFromPeriastron(10, 2460000, 0.3, Deg(90))
	approx(t, "ω = 90°: transit at periastron", float64(c), 2460000, 1e-9)
	if _, err := TransitCenterFromPeriastron(10, 0, 1, 0); err == nil {
		t.Error("e = 1: no error")
	}
	far := TransitingPlanet{Period: 3, A: 0.04, StarRadiusSolar: 1, PlanetRadiusJovian: 1, Inclination: Deg(60)}
	if _, _, _, err := far.Durations(); err == nil {
		t.Error("i = 60°: the planet should miss the star")
	}
	if _, err := (TransitingPlanet{}).NextTransit(0); err == nil {
		t.Error("zero planet: no error")
	}
	// The altitude at mid-transit uses hours and degrees consistently.
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404)}
	q := Equatorial{RA: Hours(22.05), Dec: Deg(18.88)}
	day, _ := JDFromGregorian(2025, 9, 1)
	jd := UT(day)
	lst := LocalApparentSidereal(jd, site.Lon)
	transit := jd + UT((q.RA-lst).Norm().Rad()/(2*3.141592653589793)/1.00273790935)
	approx(t, "altitude at culmination", TransitAltitude(q, site, transit).Deg(), CulminationAltitude(q.Dec, site.Lat).Deg(), 1e-6)
}

func TestSkyDisk(t *testing.T) {
	d := SkyDisk{X: 100, Y: 100, Radius: 50}
	for _, c := range []struct {
		az, alt, x, y float64
	}{{0, 0, 100, 50}, {90, 0, 50, 100}, {180, 45, 100, 125}, {270, 0, 150, 100}, {0, 90, 100, 100}} {
		x, y, ok := d.Point(Horizontal{Az: Deg(c.az), Alt: Deg(c.alt)})
		if !ok {
			t.Fatalf("%+v: not visible", c)
		}
		approx(t, fmt.Sprint("x ", c), x, c.x, 1e-9)
		approx(t, fmt.Sprint("y ", c), y, c.y, 1e-9)
		h, ok := d.Horizontal(x, y)
		if !ok {
			t.Fatalf("%+v: outside", c)
		}
		approx(t, fmt.Sprint("alt ", c), h.Alt.Deg(), c.alt, 1e-9)
		if c.alt < 90 {
			approxAngle(t, fmt.Sprint("az ", c), h.Az, Deg(c.az), 1e-6)
		}
	}
	if _, _, ok := d.Point(Horizontal{Alt: Deg(-1)}); ok {
		t.Error("below the horizon: ok")
	}
	if _, ok := d.Horizontal(0, 0); ok {
		t.Error("outside the disk: ok")
	}
}
