package aa

import (
	"math"
	"testing"
)

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// jdFromGregorianBefore is JDFromGregorian before its fast path took the
// divisions as multiply-and-shift and added day − 0.5 apart, kept to check
// that every result is the same to the bit.
func jdFromGregorianBefore(year, month int, day float64) (JD, error) {
	if uint(month-1) < 12 && day >= 1 && day < 29 && uint(year-1) < 1e6 {
		y, m := uint(year), uint(month)
		if m <= 2 {
			y--
			m += 12
		}
		c := y / 100
		days := int((1461*(y+4716))>>2+(153*(m+1))/5+c>>2) - int(c) + 2
		return JD(float64(days) - 1524.5 + day), nil
	}
	return jdChecked(year, month, day, true)
}

func TestJDFromGregorianSameAsBefore(t *testing.T) {
	days := []float64{math.Inf(-1), -1, 0, 0.5, math.Nextafter(1, 0), 1, 1.25, 1 + 0x1p-40, 13.19, 15.5,
		28, math.Nextafter(29, 0), 29, 29.5, 30, 31, 31.75, 32, math.Inf(1), math.NaN()}
	var years []int
	for y := -1000; y <= 5000; y++ {
		years = append(years, y)
	}
	for y := 5000; y <= 1_100_000; y += 4999 {
		years = append(years, y)
	}
	years = append(years, 999_999, 1_000_000, 1_000_001, math.MaxInt32, math.MinInt32)
	n := 0
	for _, y := range years {
		for m := -1; m <= 14; m++ {
			for _, d := range days {
				got, err := JDFromGregorian(y, m, d)
				want, wantErr := jdFromGregorianBefore(y, m, d)
				n++
				if math.Float64bits(float64(got)) != math.Float64bits(float64(want)) || errText(err) != errText(wantErr) {
					t.Fatalf("JDFromGregorian(%d, %d, %v) = %v, %v; before %v, %v", y, m, d, got, err, want, wantErr)
				}
			}
		}
	}
	t.Logf("%d dates, all the same to the bit", n)
}
