package aa

import (
	"math"
	"testing"
)

// Meeus Examples 21.b, 23.a and 23.b: θ Persei on 2028 November 13.19 TD.
var thetaPersei = Star{
	Pos:   Equatorial{HMS(false, 2, 44, 11.986), DMS(false, 49, 13, 42.48)},
	Epoch: J2000,
	PMRA:  HMS(false, 0, 0, 0.03425),
	PMDec: ArcSec(-0.0895),
}

func TestAberrationEcliptic(t *testing.T) {
	// The ecliptic and equatorial aberration formulas describe the same
	// displacement.
	jde := TT(2462088.69)
	eps := TrueObliquity(jde)
	q := Equatorial{Deg(41.5), Deg(49.3)}
	e := q.Ecliptic(eps)
	dl, db := AberrationEcliptic(e, jde)
	moved := Ecliptic{e.Lon + dl, e.Lat + db}.Equatorial(eps)
	dra, ddec := AberrationEquatorial(q, jde)
	approx(t, "Δα", (moved.RA - q.RA).ArcSec(), dra.ArcSec(), 0.01)
	approx(t, "Δδ", (moved.Dec - q.Dec).ArcSec(), ddec.ArcSec(), 0.01)
	// The Ron–Vondrák speed is 2π AU per year within the eccentricity.
	x, y, z := EarthVelocity(jde)
	approx(t, "|v| AU/day", math.Sqrt(x*x+y*y+z*z), 0.017202, 0.0003)
}

func TestApparentPlaceOtherEpoch(t *testing.T) {
	d, _ := JDFromGregorian(2028, 11, 13.19)
	jde := TT(d)
	s := thetaPersei
	s2 := Star{Pos: Precess(s.Pos, J2000, BesselianEpoch(1950)), Epoch: BesselianEpoch(1950)}
	s.PMRA, s.PMDec = 0, 0
	a := ApparentPlace(s, jde)
	b := ApparentPlace(s2, jde)
	approxAngle(t, "RA", a.RA, b.RA, 0.01)
	approx(t, "Dec", a.Dec.ArcSec(), b.Dec.ArcSec(), 0.01)
}
