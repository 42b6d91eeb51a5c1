package aa

import (
	"fmt"
	"math"
	"testing"
)

// Example 50.a, p. 357: the apogee of 1988 October.
func ExampleMoonApogee() {
	mean, _ := MoonApsisMean(1988.75, true)
	a, _ := MoonApogee(1988.75)
	fmt.Printf("mean JDE %.4f, true JDE %.4f (%s)\n", mean, a.JDE, jdeString(a.JDE, -1))
	// The distance follows from the parallax; the book prints only the latter.
	fmt.Printf("parallax %.3f″, distance %.0f km\n", a.Parallax.ArcSec(), a.Distance)
	// Output:
	// mean JDE 2447442.8191, true JDE 2447442.3543 (1988-10-07 20:30 TD)
	// parallax 3240.679″, distance 405977 km
}

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

// Example 51.a, p. 365.
func ExampleMoonNodePassage() {
	jde, _ := MoonNodePassage(1987.37, true)
	fmt.Printf("JDE %.5f = %s\n", jde, jdeString(jde, 0))
	// Output:
	// JDE 2446938.76803 = 1987-05-23 06:25:58 TD
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

// jdeString formats a JDE as a calendar date (Gregorian from 1582 October
// 15) and time rounded to the second, or to the minute if places < 0.
func jdeString(jde JD, places int) string {
	unit := 1.0 / 86400
	if places < 0 {
		unit = 1.0 / 1440
	}
	y, m, d := (JD(math.Round(float64(jde-0.5)/unit)*unit) + 0.5).Calendar()
	day := math.Floor(d)
	s := int(math.Round((d - day) * 86400))
	if places < 0 {
		return fmt.Sprintf("%d-%02d-%02.0f %02d:%02d TD", y, m, day, s/3600, s/60%60)
	}
	return fmt.Sprintf("%d-%02d-%02.0f %02d:%02d:%02d TD", y, m, day, s/3600, s/60%60, s%60)
}
