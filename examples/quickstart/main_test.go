package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

var eventLine = regexp.MustCompile(`(?m)^  (rise|transit|set) +(\d{4}-\d\d-\d\d \d\d:\d\d) UT`)

// printNight's events, found by aa's event searches, agree with Meeus'
// interpolated method of chapter 15 (aa.RiseTransitSet, another algorithm)
// on the UT day where each falls, to the minute, and come in the order of
// one night: rise, transit, set, the transit between the local noons.
func TestPrintNightAgainstMeeus(t *testing.T) {
	tololo := &arcsecond.ObservingSite{Name: "Cerro Tololo",
		Coordinates: arcsecond.GeoCoordinates{Latitude: -30.1691, Longitude: -70.8062, Height: 2207},
		Address:     &arcsecond.Address{TimeZoneID: "America/Santiago"}}
	geo, _ := tololo.Coordinates.Geographic()
	loc, err := time.LoadLocation("America/Santiago")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	for _, c := range []struct {
		name string
		pos  aa.Equatorial
		date string
	}{
		{"M 42", aa.Equatorial{RA: aa.HMS(false, 5, 35, 17.3), Dec: aa.DMS(true, 5, 23, 28)}, "2026-12-01"},
		{"M 42", aa.Equatorial{RA: aa.HMS(false, 5, 35, 17.3), Dec: aa.DMS(true, 5, 23, 28)}, "2026-06-15"}, // transits by day
		{"Antares", aa.Equatorial{RA: aa.HMS(false, 16, 29, 24.46), Dec: aa.DMS(true, 26, 25, 55.2)}, "2026-05-20"},
	} {
		var b bytes.Buffer
		if err := printNight(&b, tololo, c.pos, c.name, c.date); err != nil {
			t.Fatal(err)
		}
		m := eventLine.FindAllStringSubmatch(b.String(), -1)
		if len(m) != 3 || m[0][1] != "rise" || m[1][1] != "transit" || m[2][1] != "set" {
			t.Fatalf("%s %s: events %q in\n%s", c.name, c.date, m, b.String())
		}
		var at [3]time.Time
		for i, e := range m {
			at[i], _ = time.Parse("2006-01-02 15:04", e[2])
			ut := aa.UT(aa.JDFromTime(time.Date(at[i].Year(), at[i].Month(), at[i].Day(), 0, 0, 0, 0, time.UTC)))
			q := aa.ApparentPlace(aa.Star{Pos: c.pos, Epoch: aa.J2000}, ut.TT())
			r := aa.RiseTransitSet(q, geo, ut, aa.StdAltitudeStar)
			want := map[string]aa.UT{"rise": r.Rise, "transit": r.Transit, "set": r.Set}[e[1]]
			if d := at[i].Sub(want.Time()); d < -time.Minute || d > time.Minute {
				t.Errorf("%s %s: %s at %s, Meeus ch. 15 gives %s", c.name, c.date, e[1], e[2], want.Time().Format("2006-01-02 15:04:05"))
			}
		}
		day, _ := time.ParseInLocation("2006-01-02", c.date, loc)
		noon := day.Add(12 * time.Hour)
		if !(at[0].Before(at[1]) && at[1].Before(at[2])) || at[1].Before(noon) || !at[1].Before(noon.Add(24*time.Hour)) {
			t.Errorf("%s %s: rise %v, transit %v, set %v, night from %v", c.name, c.date, at[0], at[1], at[2], noon.UTC())
		}
	}
}

// A star that never rises or never sets is said so, with its transit.
func TestPrintNightNoRiseOrSet(t *testing.T) {
	polaris := aa.Equatorial{RA: aa.HMS(false, 2, 31, 49.09), Dec: aa.DMS(false, 89, 15, 50.8)}
	for _, c := range []struct {
		lat  float64
		want string
	}{{-30.17, "never rises here"}, {50.0, "circumpolar: above the horizon all day"}} {
		site := &arcsecond.ObservingSite{Name: "site", Coordinates: arcsecond.GeoCoordinates{Latitude: c.lat, Longitude: 10}}
		var b bytes.Buffer
		if err := printNight(&b, site, polaris, "Polaris", "2026-12-01"); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.Contains(out, c.want) || !strings.Contains(out, "  transit ") || strings.Contains(out, "  rise ") || strings.Contains(out, "  set ") {
			t.Errorf("latitude %v: want %q and a transit only, got\n%s", c.lat, c.want, out)
		}
	}
}
