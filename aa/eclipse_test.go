package aa

import (
	"math"
	"testing"
)

// The eclipses of 2024 (NASA/Espenak catalogue): an annular and a total
// solar eclipse, a penumbral and a partial lunar eclipse, in this order.
func TestEclipses2024(t *testing.T) {
	d0, _ := JDFromGregorian(2024, 1, 1)
	d1, _ := JDFromGregorian(2025, 1, 1)
	start, end := TT(d0), TT(d1)
	var solar []SolarEclipse
	for jde := start; ; {
		s, err := NextSolarEclipse(jde)
		if err != nil {
			t.Fatal(err)
		}
		if s.Maximum > end {
			break
		}
		solar = append(solar, s)
		jde = s.Maximum
	}
	var lunar []LunarEclipse
	for jde := start; ; {
		l, err := NextLunarEclipse(jde)
		if err != nil {
			t.Fatal(err)
		}
		if l.Maximum > end {
			break
		}
		lunar = append(lunar, l)
		jde = l.Maximum
	}
	if len(solar) != 2 || solar[0].Type != SolarTotal || solar[1].Type != SolarAnnular {
		t.Fatalf("solar eclipses of 2024: %+v", solar)
	}
	if len(lunar) != 2 || lunar[0].Type != LunarPenumbral || lunar[1].Type != LunarPartial {
		t.Fatalf("lunar eclipses of 2024: %+v", lunar)
	}
	// Greatest eclipse 2024-04-08 18:17:16 TD, gamma 0.3431; 2024-10-02
	// 18:46:13 TD, gamma -0.3509 (Espenak, NASA eclipse website).
	want0, _ := JDFromGregorian(2024, 4, 8+(18+17/60.+16/3600.)/24)
	want1, _ := JDFromGregorian(2024, 10, 2+(18+46/60.+13/3600.)/24)
	approx(t, "2024-04-08 max", float64(solar[0].Maximum), float64(want0), 5.0/1440)
	approx(t, "2024-10-02 max", float64(solar[1].Maximum), float64(want1), 5.0/1440)
	approx(t, "2024-04-08 gamma", solar[0].Gamma, 0.3431, 0.002)
	approx(t, "2024-10-02 gamma", solar[1].Gamma, -0.3509, 0.002)
}

func TestEclipseErrors(t *testing.T) {
	if _, _, err := SolarEclipseNear(Year(math.NaN())); err == nil {
		t.Error("NaN: no error")
	}
	if _, err := NextLunarEclipse(TT(math.Inf(-1))); err == nil {
		t.Error("-Inf: no error")
	}
	if _, ok, _ := SolarEclipseNear(2024.1); ok {
		t.Error("2024 February: no eclipse expected")
	}
	if SolarEclipseType(0).String() != "none" || LunarTotal.String() != "total" {
		t.Error("String")
	}
}

func TestEclipseLimitF(t *testing.T) {
	if math.Abs(eclipseLimitF-math.Asin(0.36)) > 1e-15 {
		t.Errorf("eclipseLimitF = %v, want asin 0.36 = %v", eclipseLimitF, math.Asin(0.36))
	}
	// The test without a sine keeps exactly the lunations the book keeps.
	for k := -2000.0; k < 2000; k += 0.5 {
		f := radPerDeg * (160.7108 + 390.67050284*k)
		fm := f - math.Pi*math.Floor(f/math.Pi)
		if kept, book := !(fm > eclipseLimitF && fm < math.Pi-eclipseLimitF), math.Abs(math.Sin(f)) <= 0.36; kept != book && math.Abs(math.Abs(math.Sin(f))-0.36) > 1e-12 {
			t.Fatalf("k = %v: kept %v, Meeus' |sin F| ≤ 0.36 says %v", k, kept, book)
		}
	}
}
