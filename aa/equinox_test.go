package aa

import (
	"fmt"
	"math"
	"testing"
)

func TestSeasonExample27a(t *testing.T) {
	// VSOP87 instant: 1962 June 21, 21h24m42s TD.
	want := TT(2437836.5) + TT(HMS(false, 21, 24, 42).Hours()/24)
	approx(t, "full", float64(Sun.Full().Season(1962, JuneSolstice)-want)*86400, 0, 0.5)
	approx(t, "truncated", float64(Sun.Season(1962, JuneSolstice)-want)*86400, 0, 5)
	if !math.IsNaN(float64(SeasonApprox(2000, Season(7)))) || !math.IsNaN(float64(Sun.Season(2000, -1))) {
		t.Error("invalid season accepted")
	}
	// A Year names the calendar year containing it.
	if a, b := Sun.Season(2026.9, JuneSolstice), Sun.Season(2026, JuneSolstice); a != b {
		t.Errorf("Season(2026.9) = %v, Season(2026) = %v", a, b)
	}
}

func TestSeasons1996to2005(t *testing.T) {
	// Meeus p. 182: instants 1996–2005 computed with VSOP87, TD (day h m s).
	// The truncated series errs by up to 0.4″ in λ, i.e. ~10 s.
	data := [4][10][4]int{
		{{20, 8, 4, 7}, {20, 13, 55, 42}, {20, 19, 55, 35}, {21, 1, 46, 53}, {20, 7, 36, 19}, {20, 13, 31, 47}, {20, 19, 17, 13}, {21, 1, 0, 50}, {20, 6, 49, 42}, {20, 12, 34, 29}},
		{{21, 2, 24, 46}, {21, 8, 20, 59}, {21, 14, 3, 38}, {21, 19, 50, 11}, {21, 1, 48, 46}, {21, 7, 38, 48}, {21, 13, 25, 29}, {21, 19, 11, 32}, {21, 0, 57, 57}, {21, 6, 47, 12}},
		{{22, 18, 1, 8}, {22, 23, 56, 49}, {23, 5, 38, 15}, {23, 11, 32, 34}, {22, 17, 28, 40}, {22, 23, 5, 32}, {23, 4, 56, 28}, {23, 10, 47, 53}, {22, 16, 30, 54}, {22, 22, 24, 14}},
		{{21, 14, 6, 56}, {21, 20, 8, 5}, {22, 1, 57, 31}, {22, 7, 44, 52}, {21, 13, 38, 30}, {21, 19, 22, 34}, {22, 1, 15, 26}, {22, 7, 4, 53}, {21, 12, 42, 40}, {21, 18, 36, 1}},
	}
	for s := MarchEquinox; s <= DecemberSolstice; s++ {
		for i, d := range data[s] {
			year := 1996 + i
			day, _ := JDFromGregorian(year, 3+3*int(s), float64(d[0]))
			want := TT(day) + TT(float64(d[1])/24+float64(d[2])/1440+float64(d[3])/86400)
			name := fmt.Sprint(s, " ", year)
			approx(t, name+" approx (s)", float64(SeasonApprox(Year(year), s)-want)*86400, 0, 60)
			approx(t, name+" full (s)", float64(Sun.Full().Season(Year(year), s)-want)*86400, 0, 1.5)
			approx(t, name+" truncated (s)", float64(Sun.Season(Year(year), s)-want)*86400, 0, 15)
		}
	}
}

// TestSeasonApproxSum: Table 27.C summed with math.Cos gives the same
// instants to 1e-9 day for every season of −1000…+3000.
func TestSeasonApproxSum(t *testing.T) {
	for year := -1000; year <= 3000; year++ {
		for s := MarchEquinox; s <= DecemberSolstice; s++ {
			c := &seasonPoly[1][s]
			y := float64(year-2000) / 1000
			if year < 1000 {
				c, y = &seasonPoly[0][s], float64(year)/1000
			}
			jde0 := horner(y, c[:]...)
			tc := float64(TT(jde0)-J2000) / DaysPerJulianCentury
			w := (35999.373*tc - 2.47) * math.Pi / 180
			dl := 1 + 0.0334*math.Cos(w) + 0.0007*math.Cos(2*w)
			var sum float64
			for _, k := range seasonTerms {
				sum += k[0] * math.Cos((k[1]+k[2]*tc)*math.Pi/180)
			}
			want := jde0 + 0.00001*sum/dl
			if got := float64(SeasonApprox(Year(year), s)); math.Abs(got-want) > 1e-9 {
				t.Errorf("%d %v: %.10f, with math.Cos %.10f", year, s, got, want)
			}
		}
	}
}
