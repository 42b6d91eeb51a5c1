package aa

import (
	"fmt"
	"testing"
)

// Examples 58.b and 58.c, p. 404–405.
func TestSundialExamples58bc(t *testing.T) {
	s := Sundial{Lat: Deg(-35), Declination: Deg(160), Zenith: Deg(90), Stylus: 1}
	p, ok := s.Shadow(0, Deg(20.15))
	if !ok {
		t.Fatal("58.b noon: no shadow")
	}
	approx(t, "58.b 12h x", p.X, 0.3640, 5e-5)
	approx(t, "58.b 12h y", p.Y, -0.7410, 5e-5)
	p, _ = s.Shadow(Deg(45), 0)
	approx(t, "58.b 15h x", p.X, -0.8439, 5e-5)
	approx(t, "58.b 15h y", p.Y, -0.9298, 5e-5)
	c, _ := s.Center()
	_, psi := s.PolarStylus()
	approx(t, "58.b x0", c.X, 0.3640, 5e-5)
	approx(t, "58.b y0", c.Y, 0.7451, 5e-5)
	approx(t, "58.b psi", psi.Deg(), 50.3315, 5e-5)

	s = Sundial{Lat: Deg(40), Declination: Deg(160), Zenith: Deg(75), Stylus: 1}
	var hours []int
	for _, l := range s.HourLines() {
		hours = append(hours, l.Hour)
	}
	if fmt.Sprint(hours) != "[5 6 13 14 15 16 17 18 19]" {
		t.Errorf("58.c hours = %v", hours)
	}
	// A polar (equatorial-parallel) dial has no centre.
	s = Sundial{Lat: Deg(40), Zenith: Deg(40), Stylus: 1}
	if _, err := s.Center(); err != ErrNoCenter {
		t.Errorf("polar dial: err = %v", err)
	}
}
