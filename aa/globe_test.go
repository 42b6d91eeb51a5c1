package aa

import (
	"fmt"
	"testing"
)

func ExampleEllipsoid_ParallaxConstants() {
	// Meeus Example 11.a, p. 82: Palomar, φ = 33°21′22″, 1706 m.
	s, c := Earth76.ParallaxConstants(DMS(false, 33, 21, 22), 1706)
	fmt.Printf("ρ sin φ′ = %+.6f\nρ cos φ′ = %+.6f\n", s, c)
	// Output:
	// ρ sin φ′ = +0.546861
	// ρ cos φ′ = +0.836339
}

func ExampleEllipsoid_RadiusOfParallel() {
	// Meeus Example 11.b, p. 84: φ = 42°.
	rp := Earth76.RadiusOfParallel(Deg(42))
	rm := Earth76.RadiusOfCurvature(Deg(42))
	fmt.Printf("Rp = %.3f km, 1° of longitude = %.4f km, ωRp = %.5f km/s\n", rp, OneDegreeOfLongitude(rp), rp*EarthRotationRate)
	fmt.Printf("Rm = %.3f km, 1° of latitude = %.4f km\n", rm, OneDegreeOfLatitude(rm))
	// Output:
	// Rp = 4747.001 km, 1° of longitude = 82.8508 km, ωRp = 0.34616 km/s
	// Rm = 6364.033 km, 1° of latitude = 111.0733 km
}

func ExampleEllipsoid_Distance() {
	// Meeus Example 11.c, p. 85: Paris Observatory to the US Naval Observatory.
	paris := Geographic{Lat: DMS(false, 48, 50, 11), Lon: DMS(false, 2, 20, 14)}
	usno := Geographic{Lat: DMS(false, 38, 55, 17), Lon: DMS(true, 77, 3, 56)}
	fmt.Printf("%.2f km\n", Earth76.Distance(paris, usno))
	d := ApproxAngularDistance(paris, usno)
	fmt.Printf("cos d = %.6f, d = %.5f°, s = %.0f km\n", d.Cos(), d.Deg(), d.Rad()*6371)
	// Output:
	// 6181.63 km
	// cos d = 0.567146, d = 55.44855°, s = 6166 km
}

func TestGeocentricLatitude(t *testing.T) {
	// Meeus p. 83: φ − φ′ at 45°05′46.36″ is 11′32.73″.
	phi := DMS(false, 45, 5, 46.36)
	approx(t, "φ−φ′", (phi - Earth76.GeocentricLatitude(phi)).ArcSec(), 11*60+32.73, 0.01)
	approx(t, "ρ at equator", Earth76.GeocentricDistance(0, 0), 1, 1e-15)
	approx(t, "b", Earth76.PolarRadius(), 6356.755, 1e-3)
	approx(t, "e", Earth76.Eccentricity(), 0.08181922, 1e-8)
	if d := Earth76.Distance(Geographic{Lat: Deg(10)}, Geographic{Lat: Deg(10)}); d != 0 {
		t.Errorf("distance to itself = %v", d)
	}
}
