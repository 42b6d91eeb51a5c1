package aa

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	// Easter is a Sunday between March 22 and April 25, every year.
	for y := 1583; y <= 4099; y++ {
		m, d, err := EasterGregorian(y)
		if err != nil {
			t.Fatal(err)
		}
		jd, err := JDFromGregorian(y, m, float64(d))
		if err != nil || jd.DayOfWeek() != time.Sunday || (m == 3 && d < 22) || (m == 4 && d > 25) {
			t.Fatalf("Easter %d = %d-%d (%v)", y, m, d, err)
		}
	}
	for y := 1; y <= 3000; y++ {
		m, d, _ := EasterJulian(y)
		jd, err := JDFromJulian(y, m, float64(d))
		if err != nil || jd.DayOfWeek() != time.Sunday {
			t.Fatalf("Julian Easter %d = %d-%d", y, m, d)
		}
	}
	if _, _, err := EasterGregorian(1500); err == nil {
		t.Error("EasterGregorian(1500) accepted")
	}
	if _, _, err := EasterJulian(0); err == nil {
		t.Error("EasterJulian(0) accepted")
	}
}
