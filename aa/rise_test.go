package aa

import (
	"fmt"
	"math"
	"testing"
)

// Meeus Example 15.a, p. 103: Venus at Boston, 1988 March 20.
var (
	boston   = Geographic{Lat: DMS(false, 42, 20, 0), Lon: DMS(true, 71, 5, 0)}
	venus15a = [3]Equatorial{
		{HMS(false, 2, 42, 43.25), DMS(false, 18, 2, 51.4)},
		{HMS(false, 2, 46, 55.51), DMS(false, 18, 26, 27.3)},
		{HMS(false, 2, 51, 7.69), DMS(false, 18, 49, 38.7)},
	}
)

func TestRiseSetConsistency(t *testing.T) {
	// At the computed times the altitude equals h0 and the hour angle at
	// transit is zero, for many stars and sites.
	for lat := -60.0; lat <= 60; lat += 15 {
		for ra := 0.0; ra < 360; ra += 37 {
			for dec := -70.0; dec <= 70; dec += 20 {
				site := Geographic{Lat: Deg(lat), Lon: Deg(ra/2 - 90)}
				q := Equatorial{Deg(ra), Deg(dec)}
				r := RiseTransitSet(q, site, 2460000.5, StdAltitudeStar)
				h := q.Horizontal(site, r.Transit)
				approx(t, "transit altitude", h.Alt.Deg(), r.TransitAltitude.Deg(), 1e-5)
				ha := (LocalApparentSidereal(r.Transit, site.Lon) - q.RA).Norm180()
				approx(t, "transit hour angle", ha.Deg(), 0, 1e-4)
				if r.Status != RisesAndSets {
					continue
				}
				for _, jd := range []UT{r.Rise, r.Set} {
					h := q.Horizontal(site, jd)
					approx(t, fmt.Sprintf("alt at rise/set lat %g ra %g dec %g", lat, ra, dec), h.Alt.Deg(), StdAltitudeStar.Deg(), 1e-4)
					if jd < 2460000.5 || jd >= 2460001.5 {
						t.Errorf("event %v outside the day", jd)
					}
				}
			}
		}
	}
}

// The approximate method keeps its uncorrected times but reports the
// altitude on the meridian, 90° − |φ − δ| for a fixed star (it was taken at
// the uncorrected transit time, up to 0.02° low).
func TestRiseTransitSetApproxTransitAltitude(t *testing.T) {
	worst := 0.0
	for lat := -60.0; lat <= 60; lat += 15 {
		for ra := 0.0; ra < 360; ra += 37 {
			for dec := -70.0; dec <= 70; dec += 20 {
				site := Geographic{Lat: Deg(lat), Lon: Deg(ra/2 - 90)}
				r := RiseTransitSetApprox(Equatorial{Deg(ra), Deg(dec)}, site, 2460000.5, StdAltitudeStar)
				want := 90 - math.Abs(lat-dec)
				worst = max(worst, math.Abs(r.TransitAltitude.Deg()-want))
			}
		}
	}
	if worst > 1e-9 {
		t.Errorf("transit altitude off by up to %.3g°", worst)
	}
}
