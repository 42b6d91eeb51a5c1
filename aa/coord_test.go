package aa

import (
	"fmt"
	"math"
	"testing"
)

func ExampleEquatorial_ToEcliptic() {
	// Meeus Example 13.a, p. 95: Pollux, J2000.
	pollux := Equatorial{HMS(false, 7, 45, 18.946), DMS(false, 28, 1, 34.26)}
	ecl := pollux.ToEcliptic(Deg(23.4392911))
	fmt.Printf("λ = %.5f°, β = %.6f°\n", ecl.Lon.Deg(), ecl.Lat.Deg())
	q := Ecliptic{Deg(113.21563), Deg(6.68417)}.ToEquatorial(Deg(23.4392911))
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output:
	// λ = 113.21563°, β = 6.684170°
	// α = 7h45m18.946s, δ = 28°01′34.26″
}

func ExampleEquatorialToHorizontal() {
	// Meeus Example 13.b, p. 95: Venus from the US Naval Observatory,
	// 1987 April 10, 19h21m UT. Longitude 77°03′56″ West is negative here.
	site := Geographic{Lat: DMS(false, 38, 55, 17), Lon: DMS(true, 77, 3, 56)}
	venus := Equatorial{HMS(false, 23, 9, 16.641), DMS(true, 6, 43, 11.61)}
	jd, _ := JDFromGregorian(1987, 4, 10+(19+21.0/60)/24)
	h := EquatorialToHorizontal(venus, site, jd)
	fmt.Printf("A = %.3f° (from South, Meeus), %.3f° (from North)\n", h.MeeusAzimuth().Deg(), h.Az.Deg())
	fmt.Printf("h = %.3f°\n", h.Alt.Deg())
	q := HorizontalToEquatorial(h, site, jd)
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output:
	// A = 68.034° (from South, Meeus), 248.034° (from North)
	// h = 15.125°
	// α = 23h09m16.641s, δ = -6°43′11.61″
}

func ExampleGalacticFromB1950() {
	// Meeus, exercise p. 96: Nova Serpentis 1978.
	nova := Equatorial{HMS(false, 17, 48, 59.74), DMS(true, 14, 43, 8.2)}
	g := GalacticFromB1950(nova)
	fmt.Printf("l = %.4f°, b = %+.4f°\n", g.Lon.Deg(), g.Lat.Deg())
	q := B1950FromGalactic(Galactic{Deg(12.9593), Deg(6.0463)})
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(1), q.Dec.DMSString(0))
	// Output:
	// l = 12.9593°, b = +6.0463°
	// α = 17h48m59.7s, δ = -14°43′08″
}

func TestGalacticJ2000(t *testing.T) {
	// The J2000 galactic centre direction (l = 0, b = 0) is at
	// α = 266.40499°, δ = −28.93617° (Hipparcos vol. 1, §1.5.3).
	q := Galactic{}.ToEquatorial()
	approx(t, "α(GC)", q.RA.Deg(), 266.40499, 2e-5)
	approx(t, "δ(GC)", q.Dec.Deg(), -28.93617, 2e-5)
	// The north galactic pole.
	g := Equatorial{Deg(192.85948), Deg(27.12825)}.ToGalactic()
	approx(t, "b(NGP)", g.Lat.Deg(), 90, 1e-9)
}

func TestTransformRoundTrips(t *testing.T) {
	eps := Deg(23.4392911)
	lat := Deg(-33.9)
	for ra := 0.0; ra < 360; ra += 7.3 {
		for dec := -89.5; dec <= 89.5; dec += 4.7 {
			q := Equatorial{Deg(ra), Deg(dec)}
			back := q.ToEcliptic(eps).ToEquatorial(eps)
			approxAngle(t, "ecl RA", back.RA, q.RA, 1e-9*arcSecPerRad)
			approx(t, "ecl Dec", float64(back.Dec), float64(q.Dec), 1e-9)
			g := q.ToGalactic().ToEquatorial()
			approxAngle(t, "gal RA", g.RA, q.RA, 1e-9*arcSecPerRad)
			approx(t, "gal Dec", float64(g.Dec), float64(q.Dec), 1e-9)
			g = B1950FromGalactic(GalacticFromB1950(q))
			approxAngle(t, "gal1950 RA", g.RA, q.RA, 1e-9*arcSecPerRad)
			ha := Deg(ra) - Angle(math.Pi)
			h := HourAngleToHorizontal(ha, q.Dec, lat)
			ha2, dec2 := HorizontalToHourAngle(h, lat)
			approxAngle(t, "hz HA", ha2, ha, 1e-9*arcSecPerRad)
			approx(t, "hz Dec", float64(dec2), float64(q.Dec), 1e-9)
		}
	}
}

func TestAzimuthConvention(t *testing.T) {
	lat := Deg(45)
	// A star on the meridian south of the zenith is at azimuth 180°.
	h := HourAngleToHorizontal(0, Deg(10), lat)
	approx(t, "south", h.Az.Deg(), 180, 1e-9)
	// Rising stars are in the East (azimuth < 180°), setting ones in the West.
	if h := HourAngleToHorizontal(Hours(-6), 0, lat); math.Abs(h.Az.Deg()-90) > 1e-9 {
		t.Errorf("east point azimuth = %v", h.Az.Deg())
	}
	if h := HourAngleToHorizontal(Hours(6), 0, lat); math.Abs(h.Az.Deg()-270) > 1e-9 {
		t.Errorf("west point azimuth = %v", h.Az.Deg())
	}
}
