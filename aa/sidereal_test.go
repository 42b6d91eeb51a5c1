package aa

import (
	"fmt"
	"testing"
)

func ExampleMeanSidereal() {
	// Meeus Example 12.a, p. 88: 1987 April 10, 0h UT.
	jd := JD(2446895.5)
	fmt.Println(MeanSidereal(jd).HMSString(4))
	fmt.Println(ApparentSidereal(jd).HMSString(4))
	// Meeus Example 12.b, p. 89: 1987 April 10, 19h21m UT.
	jd, _ = JDFromGregorian(1987, 4, 10+(19+21.0/60)/24)
	fmt.Println(MeanSidereal(jd).HMSString(4))
	// Output:
	// 13h10m46.3668s
	// 13h10m46.1351s
	// 8h34m57.0896s
}

func TestLocalSidereal(t *testing.T) {
	jd := JD(2446895.5)
	lon := Deg(-77.065556)
	approxAngle(t, "LMST", LocalMeanSidereal(jd, lon), (MeanSidereal(jd) + lon).Norm(), 1e-9)
	approxAngle(t, "LAST", LocalApparentSidereal(jd, lon), (ApparentSidereal(jd) + lon).Norm(), 1e-9)
	// Far from J2000 the result stays in [0, 2π).
	for _, jd := range []JD{0, 100.25, 5373484.5} {
		if s := MeanSidereal(jd); s < 0 || s >= twoPi {
			t.Errorf("MeanSidereal(%v) = %v", jd, float64(s))
		}
	}
}
