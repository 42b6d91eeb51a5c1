package aa

import (
	"testing"
	"time"
)

func TestMoslemRoundTrip(t *testing.T) {
	// Every Julian day from 1000 to 2100 maps to a Moslem date that maps back.
	start, _ := JDFromJulian(1000, 1, 1)
	end, _ := JDFromJulian(2100, 1, 1)
	ph, pm, pd := 0, 0, 0
	for jd := start; jd < end; jd++ {
		y, m, d := jd.Julian()
		hy, hm, hd, err := MoslemFromJulian(y, m, int(d))
		if err != nil {
			t.Fatal(err)
		}
		if ph != 0 && !(hy == ph && hm == pm && hd == pd+1) && !(hy == ph && hm == pm+1 && hd == 1) && !(hy == ph+1 && hm == 1 && hd == 1) {
			t.Fatalf("%d-%d-%g → %d-%d-%d after %d-%d-%d", y, m, d, hy, hm, hd, ph, pm, pd)
		}
		ph, pm, pd = hy, hm, hd
		jy, jm, jdd, err := JulianFromMoslem(hy, hm, hd)
		if err != nil || jy != y || jm != m || float64(jdd) != d {
			t.Fatalf("%d-%d-%d → %d-%d-%d, want %d-%d-%g (%v)", hy, hm, hd, jy, jm, jdd, y, m, d, err)
		}
	}
	for _, bad := range [][3]int{{0, 1, 1}, {1421, 13, 1}, {1421, 2, 30}, {1421, 1, 0}} {
		if _, _, _, err := JulianFromMoslem(bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("JulianFromMoslem%v accepted", bad)
		}
	}
	if _, _, _, err := MoslemFromJulian(2000, 2, 30); err == nil {
		t.Error("MoslemFromJulian(2000-02-30) accepted")
	}
}

func TestJewishYearLengths(t *testing.T) {
	// Lengths are 353–355 (12 months) or 383–385 (13 months), Pesach falls
	// on 26 March … 25 April and never on Monday, Wednesday or Friday.
	for y := 1600; y <= 2400; y++ {
		j, err := JewishCalendar(y)
		if err != nil {
			t.Fatal(err)
		}
		ok := (j.Months == 12 && j.Days >= 353 && j.Days <= 355) || (j.Months == 13 && j.Days >= 383 && j.Days <= 385)
		wd := j.Pesach.DayOfWeek()
		if !ok || wd == time.Monday || wd == time.Wednesday || wd == time.Friday {
			t.Fatalf("%d: %+v (%v)", y, j, wd)
		}
	}
	if _, err := JewishCalendar(1500); err == nil {
		t.Error("JewishCalendar(1500) accepted")
	}
}
