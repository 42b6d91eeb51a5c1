package aa

import (
	"errors"
	"testing"
)

func TestApsisExamples(t *testing.T) {
	jde, _ := Mars.AphelionApprox(2032.5) // Example 38.b
	approx(t, "Mars aphelion", float64(jde), 2463530.456, 5e-4)
	// Meeus p. 270: Table 38.A vs the VSOP87 extremum.
	check := func(name string, jde TT, y, m, d int) {
		t.Helper()
		gy, gm, gd := jde.JD().Gregorian()
		if gy != y || gm != m || int(gd) != d {
			t.Errorf("%s: %d-%02d-%05.2f, want %d-%02d-%02d", name, gy, gm, gd, y, m, d)
		}
	}
	j, _ := Jupiter.AphelionApprox(1981.5)
	check("Jupiter aphelion table", j, 1981, 7, 19)
	s, _ := Saturn.PerihelionApprox(1944.5)
	check("Saturn perihelion table", s, 1944, 7, 30)
	j, _, _ = Jupiter.Full().Aphelion(1981.5)
	check("Jupiter aphelion VSOP87", j, 1981, 7, 28)
	s, r, _ := Saturn.Full().Perihelion(1944.5)
	check("Saturn perihelion VSOP87", s, 1944, 9, 8)
	approx(t, "Saturn r", r, 9.0288, 5e-5)
	a, r, _ := Saturn.Full().Aphelion(1929.9)
	check("Saturn aphelion VSOP87", a, 1929, 11, 11)
	approx(t, "Saturn r", r, 10.0467, 5e-5)
	// p. 273: barycentre on January 3, the Earth itself January 4 at 16h.
	e, _ := Earth.PerihelionApprox(1990)
	check("Earth perihelion", e, 1990, 1, 4)
	// p. 274: VSOP87 Earth, 1991 perihelion January 3 3h (r 0.983281),
	// aphelion July 6 15.46h (r 1.016703).
	p, r, _ := Earth.Full().Perihelion(1991)
	approx(t, "Earth perihelion 1991 h", float64(p-2448259.5)*24, 3, 0.02)
	approx(t, "Earth perihelion r", r, 0.983281, 5e-7)
	a, r, _ = Earth.Full().Aphelion(1991.5)
	approx(t, "Earth aphelion 1991 h", float64(a-2448443.5)*24, 15.46, 0.02)
	approx(t, "Earth aphelion r", r, 1.016703, 5e-7)
	if _, err := Planet(0).PerihelionApprox(2000); !errors.Is(err, ErrInvalidPlanet) {
		t.Error("Planet(0) accepted")
	}
}
