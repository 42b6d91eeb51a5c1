package aa

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// Example 25.a, p. 165: 1992 October 13.0 TD, M = 278.99397°,
// C = −1.89732°, so ν = 277.09665°.
func TestSunTrueAnomaly(t *testing.T) {
	approx(t, "ν", SunTrueAnomaly(2448908.5).Deg(), 277.09665, 1e-5)
}

// Sunrise and sunset at points of the Moon agree with the zero crossings
// of SunAltitude found by an independent scan and bisection, and at Sinus
// Medii (η = θ = 0) the Sun rises at colongitude 0°.
func TestMoonSunriseSunset(t *testing.T) {
	d, _ := JDFromGregorian(1992, 4, 12) // Example 53.a
	start := TT(d)
	for _, p := range []struct{ lon, lat float64 }{{0, 0}, {-20, 9.7}, {60, -45}, {-150, 80}, {170, -30}} {
		lon, lat := Deg(p.lon), Deg(p.lat)
		h := func(t float64) float64 { return float64(Moon.SunAltitude(TT(t), lon, lat)) }
		// Scan 0.25-day steps over 40 days for sign changes.
		var rises, sets []float64
		for t := float64(start); t < float64(start)+40; t += 0.25 {
			a, b := h(t), h(t+0.25)
			if (a < 0) == (b < 0) {
				continue
			}
			x, err := Bisect(h, t, t+0.25, 1e-8)
			if err != nil {
				continue
			}
			if a < 0 {
				rises = append(rises, x)
			} else {
				sets = append(sets, x)
			}
		}
		if len(rises) < 1 || len(sets) < 1 {
			t.Fatalf("%v: scan found %d rises, %d sets", p, len(rises), len(sets))
		}
		for i, want := range rises[:1] {
			got, err := Moon.Sunrise(start, lon, lat)
			if err != nil {
				t.Fatal(err)
			}
			approx(t, fmt.Sprintf("%v sunrise %d", p, i), float64(got), want, 2e-6)
			if a := Moon.SunAltitude(got, lon, lat).Deg(); math.Abs(a) > 1e-5 {
				t.Errorf("%v: altitude %v° at sunrise", p, a)
			}
		}
		got, err := Moon.Sunset(start, lon, lat)
		if err != nil {
			t.Fatal(err)
		}
		approx(t, fmt.Sprintf("%v sunset", p), float64(got), sets[0], 2e-6)
	}
	// Sinus Medii: sin h = cos b0 sin c0, so the Sun rises at c0 = 0.
	r, err := Moon.Sunrise(start, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	approxAngle(t, "c0 at sunrise, Sinus Medii", Moon.Physical(r).Colongitude, 0, 0.01)
	// Polar day or night near the pole, and dates outside the span.
	if _, err := Moon.Sunrise(start, 0, Deg(89.9)); !errors.Is(err, ErrNoEvent) {
		t.Errorf("pole: %v", err)
	}
	if _, err := Moon.Sunset(TT(math.NaN()), 0, 0); !errors.Is(err, ErrTime) {
		t.Errorf("NaN date: %v", err)
	}
	// A point that is not on the Moon is an input error, not a polar night.
	for _, p := range []struct{ lon, lat Angle }{{0, Deg(100)}, {0, Deg(-90.5)}, {Deg(360.5), 0}, {Deg(1e300), 0}, {Angle(math.NaN()), 0}, {Angle(math.Inf(1)), 0}, {0, Angle(math.NaN())}} {
		if _, err := Moon.Sunrise(start, p.lon, p.lat); !errors.Is(err, ErrSite) {
			t.Errorf("Sunrise at %v, %v: %v, want ErrSite", p.lon, p.lat, err)
		}
		if _, err := Moon.Sunset(start, p.lon, p.lat); !errors.Is(err, ErrSite) {
			t.Errorf("Sunset at %v, %v: %v, want ErrSite", p.lon, p.lat, err)
		}
		if h := Moon.SunAltitude(start, p.lon, p.lat); !math.IsNaN(float64(h)) {
			t.Errorf("SunAltitude at %v, %v = %v, want NaN", p.lon, p.lat, h)
		}
	}
}

// A longitude beyond ±360° is an input error for every routine of a site,
// not a rise and set far outside the day (1e18° is finite, but its float64
// holds no meaningful fraction of a turn); ±360° itself is a site.
func TestSiteLongitudeBound(t *testing.T) {
	jd := UT(2461379.5)
	for _, lon := range []Angle{Deg(360.001), Deg(-400), Deg(1e18), Angle(math.Inf(1))} {
		site := Geographic{Lat: Deg(45), Lon: lon}
		if _, err := Sun.RiseTransitSet(site, jd); !errors.Is(err, ErrSite) {
			t.Errorf("Sun.RiseTransitSet at %v°: %v", lon.Deg(), err)
		}
		if _, err := Moon.RiseTransitSet(site, jd); !errors.Is(err, ErrSite) {
			t.Errorf("Moon.RiseTransitSet at %v°: %v", lon.Deg(), err)
		}
		if _, err := NextRise(Sun, site, jd); !errors.Is(err, ErrSite) {
			t.Errorf("NextRise at %v°: %v", lon.Deg(), err)
		}
	}
	for _, lon := range []Angle{Deg(360), Deg(-360), Deg(359.9)} {
		a, err := Sun.RiseTransitSet(Geographic{Lat: Deg(45), Lon: lon}, jd)
		b, _ := Sun.RiseTransitSet(Geographic{Lat: Deg(45), Lon: lon.Norm180()}, jd)
		if err != nil || math.Abs(float64(a.Transit-b.Transit))*86400 > 1e-3 {
			t.Errorf("Sun.RiseTransitSet at %v°: %v, transit %v against %v", lon.Deg(), err, a.Transit, b.Transit)
		}
	}
}
