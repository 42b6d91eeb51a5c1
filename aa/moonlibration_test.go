package aa

import (
	"testing"
)

func TestMoonColongitudeAtPhases(t *testing.T) {
	// The colongitude is about 0° at First Quarter, 90° at Full Moon,
	// 180° at Last Quarter and 270° at New Moon (within the librations).
	for q := NewMoon; q <= LastQuarter; q++ {
		jde, _ := MoonPhase(2010.5, q)
		want := Deg(float64((int(q)+3)%4) * 90)
		approxAngle(t, q.String(), Moon.Physical(jde).Colongitude, want, 8*3600)
	}
}
