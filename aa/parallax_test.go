package aa

import "testing"

func TestParallaxExample40a(t *testing.T) {
	approx(t, "π″", HorizontalParallax(0.37276).ArcSec(), 23.592, 5e-4)
	site := Geographic{Lat: DMS(false, 33, 21, 22), Lon: -HMS(false, 7, 47, 27), HeightMetres: 1706}
	rs, rc := Earth76.ParallaxConstants(site.Lat, site.HeightMetres)
	approx(t, "ρ sin φ′", rs, 0.546861, 5e-7)
	approx(t, "ρ cos φ′", rc, 0.836339, 5e-7)
	date, _ := JDFromGregorian(2003, 8, 28+HMS(false, 3, 17, 0).Hours()/24)
	jd := UT(date)
	q := Topocentric(Equatorial{Deg(339.530208), Deg(-15.771083)}, 0.37276, site, jd)
	approx(t, "α′ s", (q.RA-HMS(false, 22, 38, 8.54)).Hours()*3600, 0, 0.005)
	approx(t, "δ′ ″", (q.Dec - DMS(true, 15, 46, 30.0)).ArcSec(), 0, 0.05)
	// The same from the hour angle (eq. 40.4–40.5): H′ = −4h44m50.28s.
	ha := LocalApparentSidereal(jd, site.Lon) - Deg(339.530208)
	hTop, dTop := TopocentricHourAngle(ha.Norm180(), Deg(-15.771083), 0.37276, site)
	approx(t, "H′ s", (hTop+HMS(false, 4, 44, 50.28)).Hours()*3600, 0, 0.005)
	approx(t, "δ′ ″ (40.5)", (dTop - DMS(true, 15, 46, 30.0)).ArcSec(), 0, 0.05)
}

func TestParallaxEclipticExercise(t *testing.T) {
	// Meeus p. 282 (the Moon).
	pos := Ecliptic{DMS(false, 181, 46, 22.5), DMS(false, 2, 17, 26.2)}
	site := Geographic{Lat: DMS(false, 50, 5, 7.8)}
	e, s := TopocentricEcliptic(pos, DMS(false, 0, 16, 15.5), DMS(false, 0, 59, 27.7), site,
		DMS(false, 23, 28, 0.8), DMS(false, 209, 46, 7.9))
	approx(t, "λ′ ″", (e.Lon - DMS(false, 181, 48, 5.0)).ArcSec(), 0, 0.05)
	approx(t, "β′ ″", (e.Lat - DMS(false, 1, 29, 7.1)).ArcSec(), 0, 0.05)
	approx(t, "s′ ″", (s - DMS(false, 0, 16, 25.5)).ArcSec(), 0, 0.05)
}

func TestPlanetTopocentric(t *testing.T) {
	site := Geographic{Lat: Deg(45), Lon: Deg(7), HeightMetres: 300}
	jd := UT(2460000.5)
	top, err := Mars.Topocentric(site, jd)
	if err != nil {
		t.Fatal(err)
	}
	geo, _ := Mars.Apparent(jd.TT())
	d := Separation(top, geo.Equatorial).ArcSec()
	if hp := HorizontalParallax(geo.Distance).ArcSec(); d <= 0 || d > hp {
		t.Errorf("parallax shift %g″, horizontal parallax %g″", d, hp)
	}
	if _, err := earthPlanet.Topocentric(site, jd); err == nil {
		t.Error("Earth accepted")
	}
}
