package aa

import (
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
		year float64
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
	if _, err := MoonPerigee(math.NaN()); err == nil {
		t.Error("NaN year: no error")
	}
}

func TestMoonNodePassageLatitude(t *testing.T) {
	for _, y := range []float64{1950.2, 1987.37, 2024.5, 2100.9} {
		for _, asc := range []bool{true, false} {
			jde, err := MoonNodePassage(y, asc)
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
