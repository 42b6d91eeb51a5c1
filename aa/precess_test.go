package aa

import (
	"fmt"
	"testing"
)

func ExampleAnnualPrecession() {
	// Meeus Example 21.a, p. 132: Regulus from J2000.0 to 1978.0.
	regulus := Equatorial{HMS(false, 10, 8, 22.3), DMS(false, 11, 58, 2)}
	dra, ddec := AnnualPrecession(regulus, JulianEpoch(1989))
	fmt.Printf("Δα = %+.3fs  Δδ = %+.2f″\n", dra.Hours()*3600, ddec.ArcSec())
	pmRA, pmDec := HMS(true, 0, 0, 0.0169), ArcSec(0.006)
	years := -22.0
	q := Equatorial{regulus.RA + (dra + pmRA).Mul(years), regulus.Dec + (ddec + pmDec).Mul(years)}
	fmt.Println(q.RA.HMSString(1), q.Dec.DMSString(0))
	// Output:
	// Δα = +3.207s  Δδ = -17.71″
	// 10h07m12.1s 12°04′32″
}

func ExamplePrecessWithProperMotion() {
	// Meeus Example 21.b, p. 135: θ Persei to 2028 November 13.19 TD.
	q := Equatorial{HMS(false, 2, 44, 11.986), DMS(false, 49, 13, 42.48)}
	to, _ := JDFromGregorian(2028, 11, 13.19)
	p := PrecessWithProperMotion(q, HMS(false, 0, 0, 0.03425), ArcSec(-0.0895), J2000, to)
	fmt.Println(p.RA.HMSString(3), p.Dec.DMSString(2))
	// Output: 2h46m11.331s 49°20′54.54″
}

func TestPrecessPolaris(t *testing.T) {
	// Meeus, exercise p. 136: Polaris at B1900.0, J2050.0 and J2100.0.
	q := Equatorial{HMS(false, 2, 31, 48.704), DMS(false, 89, 15, 50.72)}
	pmRA, pmDec := HMS(false, 0, 0, 0.19877), ArcSec(-0.0152)
	for _, c := range []struct {
		to      JD
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

func ExamplePrecessEcliptic() {
	// Meeus Example 21.c, p. 137: Venus, J2000.0 to −214 June 30.0 (Julian).
	to, _ := JDFromJulian(-214, 6, 30)
	e := PrecessEcliptic(Ecliptic{Deg(149.48194), Deg(1.76549)}, J2000, to)
	fmt.Printf("λ = %.3f°, β = %+.3f°\n", e.Lon.Deg(), e.Lat.Deg())
	// Output: λ = 118.704°, β = +1.615°
}

func ExampleProperMotion3D() {
	// Meeus Example 21.d, p. 141: Sirius, r = 2.64 pc, vr = −7.6 km/s.
	sirius := Equatorial{HMS(false, 6, 45, 8.871), DMS(true, 16, 42, 57.99)}
	for _, y := range []float64{1000, 0, -1000, -2000, -10000} {
		q := ProperMotion3D(sirius, 2.64, -7.6, HMS(true, 0, 0, 0.03847), ArcSec(-1.2053), J2000, JulianEpoch(y))
		fmt.Printf("%6.0f %s %s\n", y, q.RA.HMSString(2), q.Dec.DMSString(1))
	}
	// Output:
	//   1000 6h45m47.16s -16°22′56.0″
	//      0 6h46m25.09s -16°03′00.8″
	//  -1000 6h47m02.67s -15°43′12.3″
	//  -2000 6h47m39.91s -15°23′30.6″
	// -10000 6h52m25.72s -12°50′06.7″
}

func TestPrecessRoundTrip(t *testing.T) {
	for ra := 0.0; ra < 360; ra += 23 {
		for dec := -85.0; dec <= 85; dec += 17 {
			q := Equatorial{Deg(ra), Deg(dec)}
			for _, to := range []JD{BesselianEpoch(1950), JulianEpoch(2100), JulianEpoch(-1000)} {
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
