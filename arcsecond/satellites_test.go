package arcsecond_test

import (
	"strings"
	"testing"
)

// tleChecksum is the modulo-10 checksum of a TLE line (digits, and 1 for
// each minus sign).
func tleChecksum(line string) int {
	sum := 0
	for _, r := range line[:68] {
		switch {
		case r >= '0' && r <= '9':
			sum += int(r - '0')
		case r == '-':
			sum++
		}
	}
	return sum % 10
}

func TestSatellitesTLE(t *testing.T) {
	_, c := publicServer(t)
	sats, resp, err := c.Satellites.List(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sats) == 0 || resp.Count != len(sats) {
		t.Fatalf("%d satellites, count %d", len(sats), resp.Count)
	}
	s, _, err := c.Satellites.Get(t.Context(), sats[0].NoradCatalogNumber)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(s.TLE(), "\n"), "\n")
	if len(lines) != 3 || lines[0] != strings.TrimSpace(s.Name) {
		t.Fatalf("TLE = %q", s.TLE())
	}
	for i, l := range lines[1:] {
		if len(l) != 69 || l[0] != byte('1'+i) || int(l[68]-'0') != tleChecksum(l) {
			t.Errorf("line %d %q is not a valid TLE line", i+1, l)
		}
	}
	if s.Elements.SatelliteNumber == "" || !strings.Contains(lines[1], s.Elements.SatelliteNumber) {
		t.Errorf("elements %+v do not match line 1", s.Elements)
	}
}

func TestSatelliteEphemerisRoute(t *testing.T) {
	c, last := recordingClient(t, `{"right_ascension": 1.5}`)
	e, _, err := c.Satellites.Ephemeris(t.Context(), "25544")
	if err != nil {
		t.Fatal(err)
	}
	if *last != "GET /satellites/25544/ephemeris/" || e["right_ascension"] != 1.5 {
		t.Errorf("sent %s, got %v", *last, e)
	}
	if _, _, err := c.Satellites.Counts(t.Context()); err != nil || *last != "GET /satellitecounts/" {
		t.Errorf("counts: sent %s, %v", *last, err)
	}
}
