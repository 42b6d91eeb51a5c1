package aa

import (
	"fmt"
	"testing"
)

func TestMoonArguments47a(t *testing.T) {
	d, _ := JDFromGregorian(1992, 4, 12)
	jde := TT(d)
	approx(t, "L'", Moon.MeanLongitude(jde).Deg(), 134.290182, 1e-6)
	approx(t, "D", Moon.MeanElongation(jde).Deg(), 113.842304, 1e-6)
	approx(t, "M'", Moon.MeanAnomaly(jde).Deg(), 5.150833, 1e-6)
	approx(t, "F", Moon.ArgumentOfLatitude(jde).Deg(), 219.889721, 1e-6)
	approx(t, "M", Deg(normDeg(newMoonArgs(jde).m*degPerRad)).Deg(), 97.643514, 1e-6)
	approx(t, "E", newMoonArgs(jde).e, 1.000194, 1e-6)
	approx(t, "MoonKilometresFromParallax(parallax)", MoonKilometresFromParallax(MoonParallaxFromKilometres(368409.7)), 368409.7, 1e-6)
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
		approxAngle(t, fmt.Sprintf("node %d-%02d-%02d", c.y, c.m, c.d), Moon.MeanAscendingNode(TT(jd)), Deg(c.want), 0.06*3600)
	}
}
