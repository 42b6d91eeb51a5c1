package aa

import (
	"fmt"
	"testing"
)

// Example 47.a, p. 342: the Moon on 1992 April 12, 0h TD.
func ExampleMoonTheory_Geocentric() {
	jde, _ := JDFromGregorian(1992, 4, 12)
	p := Moon.Geocentric(jde)
	q, _ := Moon.ApparentEquatorial(jde)
	fmt.Printf("lambda = %.6f, beta = %.6f\n", p.Lon.Deg(), p.Lat.Deg())
	fmt.Printf("Delta = %.1f km, pi = %.6f\n", p.Distance, p.Parallax.Deg())
	// The book rounds Δψ to 0.004610°; the full nutation moves the sixth
	// decimal of the apparent values by one unit.
	fmt.Printf("apparent lambda = %.5f\n", Moon.Apparent(jde).Lon.Deg())
	fmt.Printf("alpha = %.5f, delta = %.5f\n", q.RA.Deg(), q.Dec.Deg())
	// Output:
	// lambda = 133.162655, beta = -3.229126
	// Delta = 368409.7 km, pi = 0.991990
	// apparent lambda = 133.16726
	// alpha = 134.68847, delta = 13.76837
}

func TestMoonArguments47a(t *testing.T) {
	jde, _ := JDFromGregorian(1992, 4, 12)
	approx(t, "L'", Moon.MeanLongitude(jde).Deg(), 134.290182, 1e-6)
	approx(t, "D", Moon.MeanElongation(jde).Deg(), 113.842304, 1e-6)
	approx(t, "M'", Moon.MeanAnomaly(jde).Deg(), 5.150833, 1e-6)
	approx(t, "F", Moon.ArgumentOfLatitude(jde).Deg(), 219.889721, 1e-6)
	approx(t, "M", Deg(normDeg(newMoonArgs(jde).m*degPerRad)).Deg(), 97.643514, 1e-6)
	approx(t, "E", newMoonArgs(jde).e, 1.000194, 1e-6)
	approx(t, "MoonDistance(parallax)", MoonDistance(MoonParallax(368409.7)), 368409.7, 1e-6)
}

// Meeus p. 344: the mean node was at 0° and 180° on these dates.
func TestMoonMeanNode(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    float64
	}{
		{1913, 5, 27, 0}, {1932, 1, 6, 0}, {1950, 8, 17, 0}, {1969, 3, 29, 0}, {2006, 6, 19, 0},
		{1922, 9, 16, 180}, {1959, 12, 7, 180}, {1997, 2, 27, 180}, {2108, 11, 3, 180},
	} {
		jd, _ := JDFromGregorian(c.y, c.m, float64(c.d))
		approxAngle(t, fmt.Sprintf("node %d-%02d-%02d", c.y, c.m, c.d), Moon.MeanAscendingNode(jd), Deg(c.want), 0.06*3600)
	}
}
