package aa

import (
	"testing"
)

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
