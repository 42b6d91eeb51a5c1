package aa

import (
	"testing"
)

func TestPrecessPolaris(t *testing.T) {
	// Meeus, exercise p. 136: Polaris at B1900.0, J2050.0 and J2100.0.
	q := Equatorial{HMS(false, 2, 31, 48.704), DMS(false, 89, 15, 50.72)}
	pmRA, pmDec := HMS(false, 0, 0, 0.19877), ArcSec(-0.0152)
	for _, c := range []struct {
		to      TT
		ra, dec string
	}{
		{BesselianEpoch(1900), "1h22m33.90s", "88°46′26.18″"},
		{JulianEpoch(2050), "3h48m16.43s", "89°27′15.38″"},
		{JulianEpoch(2100), "5h53m29.17s", "89°32′22.18″"},
	} {
		p := PrecessWithProperMotion(q, pmRA, pmDec, J2000, c.to)
		if ra, dec := p.RA.HMSString(2), p.Dec.DMSString(2); ra != c.ra || dec != c.dec {
			t.Errorf("Polaris at %v: %s %s, want %s %s", c.to, ra, dec, c.ra, c.dec)
		}
	}
	approx(t, "B1950", float64(BesselianEpoch(1950)), 2433282.4235, 1e-4)
	approx(t, "J2050", float64(JulianEpoch(2050)), 2469807.5, 0)
}

func TestPrecessRoundTrip(t *testing.T) {
	for ra := 0.0; ra < 360; ra += 23 {
		for dec := -85.0; dec <= 85; dec += 17 {
			q := Equatorial{Deg(ra), Deg(dec)}
			for _, to := range []TT{BesselianEpoch(1950), JulianEpoch(2100), JulianEpoch(-1000)} {
				b := Precess(Precess(q, J2000, to), to, J2000)
				approxAngle(t, "RA", b.RA, q.RA, 1e-4)
				approx(t, "Dec", b.Dec.ArcSec(), q.Dec.ArcSec(), 1e-4)
				e := Ecliptic{Deg(ra), Deg(dec / 2)}
				f := PrecessEcliptic(PrecessEcliptic(e, J2000, to), to, J2000)
				// eq. 21.5 is a truncated series, not an exact rotation
				// group: the round trip over 3000 years is good to 0.01″.
				tol := 1e-4
				if to < JulianEpoch(0) {
					tol = 0.01
				}
				approxAngle(t, "λ", f.Lon, e.Lon, tol)
				approx(t, "β", f.Lat.ArcSec(), e.Lat.ArcSec(), tol)
			}
		}
	}
	// Precessing to the same epoch is the identity.
	q := Equatorial{Deg(12), Deg(34)}
	approxAngle(t, "identity", Precess(q, J2000, J2000).RA, q.RA, 1e-9)
}
