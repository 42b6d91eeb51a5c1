package arcsecondtest

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSeedFacts(t *testing.T) {
	if len(observatories) < 15 {
		t.Errorf("%d observatories, want at least 15", len(observatories))
	}
	sites := map[string]bool{}
	for _, o := range observatories {
		sites[o.key] = true
		if o.lat < -90 || o.lat > 90 || o.lon < -180 || o.lon > 180 || o.height <= 0 || o.tz == "" {
			t.Errorf("%s: implausible position or zone", o.name)
		}
	}
	for _, tel := range telescopes {
		if !sites[tel.site] || tel.diameter <= 0 {
			t.Errorf("telescope %s: site %q, diameter %v", tel.name, tel.site, tel.diameter)
		}
	}
	for _, sat := range satellites {
		for _, l := range []string{sat.line1, sat.line2} {
			if len(l) != 69 {
				t.Errorf("%s: TLE line of %d columns", sat.name, len(l))
				continue
			}
			if want, _ := strconv.Atoi(l[68:]); tleChecksum(l) != want {
				t.Errorf("%s: checksum %d, line says %d", sat.name, tleChecksum(l), want)
			}
		}
	}
	iss := tleElements(satellites[0].line1, satellites[0].line2)
	if iss["inclination"] != "51.6416" || iss["eccentricity"] != "0006703" || iss["drag_term"] != "-11606-4" || iss["element_number"] != "292" {
		t.Errorf("ISS elements: %v", iss)
	}
	for _, p := range exoplanets {
		if p.dec < -90 || p.dec > 90 || p.ra < 0 || p.ra >= 360 || p.method == "" {
			t.Errorf("%s: %v %v %q", p.name, p.ra, p.dec, p.method)
		}
	}
	if len(exoplanets) < 24 || len(objects) < 20 || len(standardStars) < 10 {
		t.Errorf("%d exoplanets, %d objects, %d standard stars", len(exoplanets), len(objects), len(standardStars))
	}
	// 60.A-9008(A) APICAM frame: MJD 58599.987766 is 2019-04-26 23:42 UTC.
	if got := mjdTime(58599.987766).Format("2006-01-02T15:04"); got != "2019-04-26T23:42" {
		t.Errorf("MJD conversion: %s", got)
	}
}

func TestSeedOnOff(t *testing.T) {
	bare := newTestServer(t, WithSeedData(false))
	if n := bare.db.coll("observingsites").count(); n != 0 {
		t.Errorf("WithSeedData(false): %d sites", n)
	}
	roles := map[string]bool{}
	for _, u := range bare.Users() {
		roles[u.Role] = true
		if len(u.AccessKey) != 32 || len(u.UploadKey) != 32 || u.AccessKey == u.UploadKey || !strings.HasPrefix(u.Password, "arcsecond-") {
			t.Errorf("user %s: keys %d/%d chars", u.Username, len(u.AccessKey), len(u.UploadKey))
		}
	}
	for _, r := range []string{"superadmin", "admin", "member", "observer", ""} {
		if !roles[r] {
			t.Errorf("no seeded user with role %q", r)
		}
	}
	full := newTestServer(t)
	if n := full.db.coll("telescopes").count(); n != len(telescopes) {
		t.Errorf("%d telescopes seeded, want %d", n, len(telescopes))
	}
}

// The seeded objects' galactic and ecliptic positions are computed from the
// equatorial ones: M 31 at l = 121.17°, b = −21.57° (SIMBAD), λ = 27.85°,
// β = +33.35°.
func TestSeededObjectFrames(t *testing.T) {
	s := newTestServer(t)
	o := send(t, anonymous(t, s), http.MethodGet, "objects/M%2031/", nil).object()
	gal, _ := o["galactic_coordinates"].(map[string]any)
	ecl, _ := o["ecliptic_coordinates"].(map[string]any)
	near := func(v any, want float64) bool { f, _ := v.(float64); return math.Abs(f-want) < 0.02 }
	if !near(gal["longitude"], 121.17) || !near(gal["latitude"], -21.57) {
		t.Errorf("galactic %v", gal)
	}
	if !near(ecl["longitude"], 27.85) || !near(ecl["latitude"], 33.35) {
		t.Errorf("ecliptic %v", ecl)
	}
}

// The ephemerides of 2P/Encke at 1990 Oct 6.0 are those of Meeus' Example
// 33.a: α = 158.558965°, δ = +19.158496° (TT; the server's clock is UTC, a
// minute earlier, which moves the comet by less than 0.01°).
func TestSmallBodyEphemerides(t *testing.T) {
	s := newTestServer(t, WithClock(func() time.Time { return time.Date(1990, 10, 6, 0, 0, 0, 0, time.UTC) }))
	c := anonymous(t, s)
	r := send(t, c, http.MethodGet, "smallbodies/1000025/ephemerides/", nil)
	wantStatus(t, "ephemerides", r, http.StatusOK)
	e := r.object()
	ra, _ := e["right_ascension"].(float64)
	dec, _ := e["declination"].(float64)
	if math.Abs(ra-158.558965) > 0.01 || math.Abs(dec-19.158496) > 0.01 {
		t.Errorf("2P/Encke at 1990 Oct 6: α %v δ %v, want 158.559 19.158", ra, dec)
	}
	wantStatus(t, "unknown body", send(t, c, http.MethodGet, "smallbodies/999/ephemerides/", nil), http.StatusNotFound)
}
