package aa

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// Meeus p. 361 lists perigees; the times agree to within 0.1 day (the book
// gives hours to a tenth), and the parallaxes agree with the Moon's
// distance from chapter 47 to a fraction of an arcsecond.
func TestMoonPerigee(t *testing.T) {
	for _, c := range []struct {
		y, m int
		d    float64
		year Year
	}{
		{1997, 12, 9 + 16.9/24, 1997.93},
		{1998, 1, 3 + 8.5/24, 1998.01},
		{1990, 12, 2 + 10.8/24, 1990.92},
		{1990, 12, 30 + 23.8/24, 1991},
	} {
		want, _ := JDFromGregorian(c.y, c.m, c.d)
		p, err := MoonPerigee(c.year)
		if err != nil {
			t.Fatal(err)
		}
		// The book's times are in TD rounded to 0.1 h.
		approx(t, fmt.Sprint("perigee ", c.year), float64(p.JDE), float64(want), 0.003)
		approx(t, fmt.Sprint("perigee parallax ", c.year), p.Parallax.ArcSec(),
			Moon.Geocentric(p.JDE).Parallax.ArcSec(), 0.5)
	}
	if _, err := MoonPerigee(Year(math.NaN())); err == nil {
		t.Error("NaN year: no error")
	}
}

func TestMoonNodePassageLatitude(t *testing.T) {
	for _, y := range []Year{1950.2, 1987.37, 2024.5, 2100.9} {
		for _, node := range []Node{AscendingNode, DescendingNode} {
			asc := node == AscendingNode
			jde, err := MoonNodePassage(y, node)
			if err != nil {
				t.Fatal(err)
			}
			p := Moon.Geocentric(jde)
			if math.Abs(p.Lat.ArcSec()) > 5 {
				t.Errorf("%v %v: latitude %.2f″", y, asc, p.Lat.ArcSec())
			}
			rising := Moon.Geocentric(jde+0.01).Lat > p.Lat
			if rising != asc {
				t.Errorf("%v ascending=%v: wrong node", y, asc)
			}
		}
	}
}

// TestInvalidSelectors: enum values outside the constants are errors, never
// silently one of the variants.
func TestInvalidSelectors(t *testing.T) {
	if _, err := MoonApsisMean(2000, Apsis(2)); !errors.Is(err, ErrApsis) {
		t.Errorf("MoonApsisMean(Apsis(2)): %v", err)
	}
	if _, _, err := MoonMaxDeclination(2000, Hemisphere(-1)); !errors.Is(err, ErrHemisphere) {
		t.Errorf("MoonMaxDeclination(Hemisphere(-1)): %v", err)
	}
	if _, err := MoonNodePassage(2000, Node(7)); !errors.Is(err, ErrNode) {
		t.Errorf("MoonNodePassage(Node(7)): %v", err)
	}
	k := OrbitalElements{PeriDist: 0.5, Ecc: 0.6, Perihelion: 2451545}
	if _, _, err := k.NodePassage(Node(2)); !errors.Is(err, ErrNode) {
		t.Errorf("NodePassage(Node(2)): %v", err)
	}
	// The two variants differ: mean perigee and apogee half an anomalistic month apart.
	p, _ := MoonApsisMean(1988.75, Perigee)
	a, _ := MoonApsisMean(1988.75, Apogee)
	if d := math.Abs(float64(a - p)); math.Abs(d-27.55455/2) > 0.01 {
		t.Errorf("mean apogee − perigee = %.4f d", d)
	}
}
