package aa

import (
	"fmt"
	"testing"
)

// Example 53.a, p. 376: 1992 April 12, 0h TD.
func ExampleMoonTheory_Physical() {
	jde, _ := JDFromGregorian(1992, 4, 12)
	d := Moon.Physical(jde)
	fmt.Printf("l' = %.3f, b' = %+.3f\n", d.OpticalLon.Deg(), d.OpticalLat.Deg())
	fmt.Printf("l\" = %.3f, b\" = %+.3f\n", d.PhysicalLon.Deg(), d.PhysicalLat.Deg())
	fmt.Printf("l = %.2f, b = %+.2f, P = %.2f\n", d.Lon.Deg(), d.Lat.Deg(), d.PositionAngle.Deg())
	fmt.Printf("l0 = %.2f, b0 = %+.2f, c0 = %.2f\n", d.SunLon.Deg(), d.SunLat.Deg(), d.Colongitude.Deg())
	// Output:
	// l' = -1.206, b' = +4.194
	// l" = -0.025, b" = +0.006
	// l = -1.23, b = +4.20, P = 15.08
	// l0 = 67.90, b0 = +1.46, c0 = 22.10
}

func TestMoonColongitudeAtPhases(t *testing.T) {
	// The colongitude is about 0° at First Quarter, 90° at Full Moon,
	// 180° at Last Quarter and 270° at New Moon (within the librations).
	for q := NewMoon; q <= LastQuarter; q++ {
		jde, _ := MoonPhase(2010.5, q)
		want := Deg(float64((int(q)+3)%4) * 90)
		approxAngle(t, q.String(), Moon.Physical(jde).Colongitude, want, 8*3600)
	}
}
