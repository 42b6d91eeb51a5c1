package aa

import (
	"math"
	"testing"
)

func TestGalacticJ2000(t *testing.T) {
	// The J2000 galactic centre direction (l = 0, b = 0) is at
	// α = 266.40499°, δ = −28.93617° (Hipparcos vol. 1, §1.5.3).
	q := Galactic{}.Equatorial()
	approx(t, "α(GC)", q.RA.Deg(), 266.40499, 2e-5)
	approx(t, "δ(GC)", q.Dec.Deg(), -28.93617, 2e-5)
	// The north galactic pole.
	g := Equatorial{Deg(192.85948), Deg(27.12825)}.Galactic()
	approx(t, "b(NGP)", g.Lat.Deg(), 90, 1e-9)
}

func TestTransformRoundTrips(t *testing.T) {
	eps := Deg(23.4392911)
	lat := Deg(-33.9)
	for ra := 0.0; ra < 360; ra += 7.3 {
		for dec := -89.5; dec <= 89.5; dec += 4.7 {
			q := Equatorial{Deg(ra), Deg(dec)}
			back := q.Ecliptic(eps).Equatorial(eps)
			approxAngle(t, "ecl RA", back.RA, q.RA, 1e-9*arcSecPerRad)
			approx(t, "ecl Dec", float64(back.Dec), float64(q.Dec), 1e-9)
			g := q.Galactic().Equatorial()
			approxAngle(t, "gal RA", g.RA, q.RA, 1e-9*arcSecPerRad)
			approx(t, "gal Dec", float64(g.Dec), float64(q.Dec), 1e-9)
			g = q.GalacticB1950().EquatorialB1950()
			approxAngle(t, "gal1950 RA", g.RA, q.RA, 1e-9*arcSecPerRad)
			ha := Deg(ra) - Angle(math.Pi)
			h := HorizontalFromHourAngle(ha, q.Dec, lat)
			ha2, dec2 := h.HourAngle(lat)
			approxAngle(t, "hz HA", ha2, ha, 1e-9*arcSecPerRad)
			approx(t, "hz Dec", float64(dec2), float64(q.Dec), 1e-9)
		}
	}
}

func TestAzimuthConvention(t *testing.T) {
	lat := Deg(45)
	// A star on the meridian south of the zenith is at azimuth 180°.
	h := HorizontalFromHourAngle(0, Deg(10), lat)
	approx(t, "south", h.Az.Deg(), 180, 1e-9)
	// Rising stars are in the East (azimuth < 180°), setting ones in the West.
	if h := HorizontalFromHourAngle(Hours(-6), 0, lat); math.Abs(h.Az.Deg()-90) > 1e-9 {
		t.Errorf("east point azimuth = %v", h.Az.Deg())
	}
	if h := HorizontalFromHourAngle(Hours(6), 0, lat); math.Abs(h.Az.Deg()-270) > 1e-9 {
		t.Errorf("west point azimuth = %v", h.Az.Deg())
	}
}
