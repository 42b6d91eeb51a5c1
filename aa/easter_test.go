package aa

import (
	"fmt"
	"testing"
	"time"
)

func ExampleEasterGregorian() {
	// Meeus p. 68.
	for _, y := range []int{1991, 1992, 1993, 1954, 2000, 1818} {
		m, d, _ := EasterGregorian(y)
		fmt.Println(y, time.Month(m), d)
	}
	// Output:
	// 1991 March 31
	// 1992 April 19
	// 1993 April 11
	// 1954 April 18
	// 2000 April 23
	// 1818 March 22
}

func ExampleEasterJulian() {
	// Meeus p. 69.
	m, d, _ := EasterJulian(1243)
	fmt.Println(time.Month(m), d)
	// Output: April 12
}

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
