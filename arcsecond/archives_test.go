package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestArchivesESOAndGemini(t *testing.T) {
	_, c := publicServer(t)
	archives, _, err := c.Archives.List(t.Context(), nil)
	if err != nil || len(archives) < 2 {
		t.Fatalf("archives = %v, %v", archives, err)
	}
	eso, _, err := c.Archives.Get(t.Context(), "ESO")
	if err != nil || eso.Name != "ESO" || eso.PortalURL == "" {
		t.Fatalf("ESO = %+v, %v", eso, err)
	}
	rows, resp, err := c.Archives.ESO.Data.List(t.Context(), &arcsecond.ListOptions{PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || resp.Count < len(rows) || rows[0].Archive.Name != "ESO" || rows[0].Date.IsZero() {
		t.Errorf("ESO rows = %+v (count %d)", rows, resp.Count)
	}
	n := 0
	for row, err := range c.Archives.Gemini.Data.All(t.Context(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if row.Archive.Name != "Gemini" {
			t.Errorf("Gemini row from %q", row.Archive.Name)
		}
		n++
	}
	if n == 0 {
		t.Error("no Gemini rows")
	}
	if _, _, err := c.Archives.ESO.Programmes.Get(t.Context(), "no-such-programme"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown programme: %v", err)
	}
}

func TestArchiveProgrammeRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"identifier":"60.A-9120(B)","investigators":[]}`)
	p, _, err := c.Archives.ESO.Programmes.Get(t.Context(), "60.A-9120(B)")
	if err != nil || *last != "GET /archives/ESO/programmes/60.A-9120%28B%29/" || p.Identifier != "60.A-9120(B)" {
		t.Errorf("ESO programme: sent %s, got %+v, %v", *last, p, err)
	}
	if _, _, err := c.Archives.Gemini.Programmes.Get(t.Context(), "GN-CAL20190426"); err != nil || *last != "GET /archives/Gemini/programmes/GN-CAL20190426/" {
		t.Errorf("Gemini programme: sent %s, %v", *last, err)
	}
}
