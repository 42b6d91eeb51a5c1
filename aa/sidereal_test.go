package aa

import (
	"testing"
)

func TestLocalSidereal(t *testing.T) {
	jd := UT(2446895.5)
	lon := Deg(-77.065556)
	approxAngle(t, "LMST", LocalMeanSidereal(jd, lon), (MeanSidereal(jd) + lon).Norm(), 1e-9)
	approxAngle(t, "LAST", LocalApparentSidereal(jd, lon), (ApparentSidereal(jd) + lon).Norm(), 1e-9)
	// Far from J2000 the result stays in [0, 2π).
	for _, jd := range []UT{0, 100.25, 5373484.5} {
		if s := MeanSidereal(jd); s < 0 || s >= twoPi {
			t.Errorf("MeanSidereal(%v) = %v", jd, float64(s))
		}
	}
}
