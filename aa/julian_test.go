package aa

import (
	"errors"
	"fmt"
	"math"
	"testing"
	"time"
)

func TestHalleyInterval(t *testing.T) {
	// Meeus Example 7.d, p. 64: interval between two perihelia of Halley.
	a, _ := JDFromGregorian(1910, 4, 20)
	b, _ := JDFromGregorian(1986, 2, 9)
	if d := b - a; d != 27689 {
		t.Errorf("interval = %v days, want 27689", d)
	}
}

func TestJDCalendarBookValues(t *testing.T) {
	// Meeus p. 62, table of Julian days.
	for _, c := range []struct {
		y, m int
		d    float64
		jd   JD
	}{
		{2000, 1, 1.5, 2451545}, {1999, 1, 1, 2451179.5}, {1987, 1, 27, 2446822.5},
		{1987, 6, 19.5, 2446966}, {1988, 1, 27, 2447187.5}, {1988, 6, 19.5, 2447332},
		{1900, 1, 1, 2415020.5}, {1600, 1, 1, 2305447.5}, {1600, 12, 31, 2305812.5},
		{837, 4, 10.3, 2026871.8}, {-123, 12, 31, 1676496.5}, {-122, 1, 1, 1676497.5},
		{-1000, 7, 12.5, 1356001}, {-1000, 2, 29, 1355866.5}, {-1001, 8, 17.9, 1355671.4},
		{-4712, 1, 1.5, 0},
	} {
		jd, err := JDFromCalendar(c.y, c.m, c.d)
		if err != nil {
			t.Fatal(err)
		}
		approx(t, fmt.Sprintf("JD(%d-%d-%g)", c.y, c.m, c.d), float64(jd), float64(c.jd), 1e-9)
		y, m, d := c.jd.Calendar()
		if y != c.y || m != c.m || math.Abs(d-c.d) > 1e-6 {
			t.Errorf("%v.Calendar() = %d-%d-%g, want %d-%d-%g", c.jd, y, m, d, c.y, c.m, c.d)
		}
	}
}

func TestCalendarSwitch(t *testing.T) {
	a, _ := JDFromCalendar(1582, 10, 4)
	b, _ := JDFromCalendar(1582, 10, 15)
	if b-a != 1 {
		t.Errorf("1582-10-15 − 1582-10-04 = %v, want 1", b-a)
	}
	if _, err := JDFromCalendar(1582, 10, 10); err == nil {
		t.Error("1582-10-10 accepted")
	}
	if y, m, d := JD(2299160.5).Calendar(); y != 1582 || m != 10 || d != 15 {
		t.Errorf("2299160.5 = %d-%d-%g", y, m, d)
	}
	if y, m, d := JD(2299159.5).Calendar(); y != 1582 || m != 10 || d != 4 {
		t.Errorf("2299159.5 = %d-%d-%g", y, m, d)
	}
}

func TestCalendarErrors(t *testing.T) {
	for _, c := range []struct {
		y, m int
		d    float64
	}{
		{2000, 0, 1}, {2000, 13, 1}, {2001, 2, 29}, {1900, 2, 29.5}, {2000, 4, 31},
		{2000, 1, 0.5}, {2000, 1, math.NaN()}, {2000, 1, math.Inf(1)},
	} {
		_, err := JDFromGregorian(c.y, c.m, c.d)
		var ce *CalendarError
		if !errors.As(err, &ce) {
			t.Errorf("JDFromGregorian(%d, %d, %g): err = %v", c.y, c.m, c.d, err)
		}
	}
	if _, err := JDFromJulian(1900, 2, 29.5); err != nil {
		t.Errorf("1900-02-29 is a Julian leap day: %v", err)
	}
}

func TestCalendarRoundTrip(t *testing.T) {
	for _, greg := range []bool{true, false} {
		for y := -4712; y <= 3000; y += 7 {
			for m := 1; m <= 12; m++ {
				d := 1 + float64((y*31+m*7)%int(27)+27)/2 + 0.123456
				d = math.Mod(d, 28) + 1
				var jd JD
				var err error
				if greg {
					jd, err = JDFromGregorian(y, m, d)
				} else {
					jd, err = JDFromJulian(y, m, d)
				}
				if err != nil {
					t.Fatal(err)
				}
				var y2, m2 int
				var d2 float64
				if greg {
					y2, m2, d2 = jd.Gregorian()
				} else {
					y2, m2, d2 = jd.Julian()
				}
				if y2 != y || m2 != m || math.Abs(d2-d) > 1e-9 {
					t.Fatalf("greg=%v %d-%d-%.9f → %v → %d-%d-%.9f", greg, y, m, d, jd, y2, m2, d2)
				}
			}
		}
	}
	// Whole days map back exactly, across negative JDs too.
	for jd := JD(-199999.5); jd < 2500000; jd += 97 {
		y, m, d := jd.Gregorian()
		back, err := JDFromGregorian(y, m, d)
		if err != nil || back != jd {
			t.Fatalf("%v → %d-%d-%g → %v (%v)", jd, y, m, d, back, err)
		}
	}
}

func TestTimeConversion(t *testing.T) {
	tm := time.Date(1957, 10, 4, 19, 26, 24, 0, time.UTC)
	jd := JDFromTime(tm)
	approx(t, "JDFromTime", float64(jd), 2436116.31, 1e-9)
	if d := jd.Time().Sub(tm); d < -50*time.Microsecond || d > 50*time.Microsecond {
		t.Errorf("Time() = %v, want %v", jd.Time(), tm)
	}
	for _, tm := range []time.Time{
		time.Date(-1000, 3, 1, 6, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(2026, 11, 28, 9, 40, 1, 250000000, time.UTC),
	} {
		got := JDFromTime(tm).Time()
		if d := got.Sub(tm); d < -50*time.Microsecond || d > 50*time.Microsecond {
			t.Errorf("round trip %v → %v", tm, got)
		}
		y, m, d := JDFromTime(tm).Gregorian()
		if y != tm.Year() || time.Month(m) != tm.Month() || int(d) != tm.Day() {
			t.Errorf("%v Gregorian() = %d-%d-%g", tm, y, m, d)
		}
	}
	if JD(2451545).MJD() != 51544.5 || JDFromMJD(51544.5) != 2451545 {
		t.Error("MJD")
	}
	approx(t, "Midnight", float64(JD(2451545.2).Midnight()), 2451544.5, 0)
	approx(t, "Midnight", float64(JD(2451545.7).Midnight()), 2451545.5, 0)
}

func TestDayOfYear(t *testing.T) {
	for _, greg := range []Calendar{Gregorian, Julian} {
		for _, y := range []int{1900, 1978, 1988, 2000, -44} {
			n := 0
			for m := 1; m <= 12; m++ {
				for d := 1; d <= DaysInMonth(y, m, greg); d++ {
					n++
					got, err := DayOfYear(y, m, d, greg)
					if err != nil || got != n {
						t.Fatalf("DayOfYear(%d,%d,%d,%v) = %d, %v; want %d", y, m, d, greg, got, err, n)
					}
					m2, d2, err := DateOfDayOfYear(y, n, greg)
					if err != nil || m2 != m || d2 != d {
						t.Fatalf("DateOfDayOfYear(%d,%d) = %d-%d %v", y, n, m2, d2, err)
					}
				}
			}
		}
	}
	if _, _, err := DateOfDayOfYear(2001, 366, Gregorian); err == nil {
		t.Error("day 366 of 2001 accepted")
	}
	// 1900 is a leap year of the Julian calendar only.
	if DaysInMonth(1900, 2, Julian) != 29 || DaysInMonth(1900, 2, Gregorian) != 28 {
		t.Error("February 1900")
	}
	for _, c := range []Calendar{-1, 2, 99} {
		if n := DaysInMonth(2000, 1, c); n != 0 {
			t.Errorf("DaysInMonth(Calendar(%d)) = %d, want 0", c, n)
		}
		if _, err := DayOfYear(2000, 1, 1, c); !errors.Is(err, ErrCalendar) {
			t.Errorf("DayOfYear(Calendar(%d)): %v", c, err)
		}
		if _, _, err := DateOfDayOfYear(2000, 1, c); !errors.Is(err, ErrCalendar) {
			t.Errorf("DateOfDayOfYear(Calendar(%d)): %v", c, err)
		}
	}
}

func TestLeapYears(t *testing.T) {
	for y, want := range map[int]bool{1700: false, 1800: false, 1900: false, 2100: false, 1600: true, 2000: true, 2400: true} {
		if IsLeapGregorian(y) != want {
			t.Errorf("IsLeapGregorian(%d)", y)
		}
	}
	for y, want := range map[int]bool{900: true, 1236: true, 750: false, 1429: false, -4: true, -1: false} {
		if IsLeapJulian(y) != want {
			t.Errorf("IsLeapJulian(%d)", y)
		}
	}
}

func TestDecimalYear(t *testing.T) {
	jd, _ := JDFromGregorian(2024, 7, 2)
	y := jd.Year()
	approx(t, "Year", float64(y), 2024+183.0/366, 1e-12)
	approx(t, "JDFromYear", float64(JDFromYear(y)), float64(jd), 1e-6)
}

func FuzzCalendar(f *testing.F) {
	f.Add(1957, 10, 4.81, 2436116.31)
	f.Add(-4712, 1, 1.5, 0.0)
	f.Add(1582, 10, 10.0, -1e300)
	f.Add(2000, 13, 1.0, math.Inf(1))
	f.Fuzz(func(t *testing.T, y, m int, d, jdIn float64) {
		for _, conv := range []func(int, int, float64) (JD, error){JDFromGregorian, JDFromJulian, JDFromCalendar} {
			jd, err := conv(y, m, d)
			if err != nil {
				var ce *CalendarError
				if !errors.As(err, &ce) || ce.Error() == "" {
					t.Fatalf("unclear error %v", err)
				}
				continue
			}
			// A valid date maps back to itself (Calendar for the historical
			// conversion, whose two calendars meet in 1582).
			y2, m2, d2 := jd.Gregorian()
			if y2 != y || m2 != m || math.Abs(d2-d) > 1e-5 {
				if _, _, d3 := jd.Julian(); math.Abs(d3-d) > 1e-5 {
					if _, _, d4 := jd.Calendar(); math.Abs(d4-d) > 1e-5 {
						t.Fatalf("%d-%d-%v → %v → %d-%d-%v", y, m, d, jd, y2, m2, d2)
					}
				}
			}
		}
		jd := JD(jdIn)
		y1, m1, d1 := jd.Gregorian()
		jd.Julian()
		jd.Calendar()
		jd.DayOfWeek()
		jd.Time()
		jd.Year()
		if math.Abs(jdIn) < 1e9 {
			back, err := JDFromGregorian(y1, m1, d1)
			if err != nil || math.Abs(float64(back-jd)) > 1e-6 {
				t.Fatalf("%v → %d-%d-%v → %v (%v)", jdIn, y1, m1, d1, back, err)
			}
		}
	})
}
