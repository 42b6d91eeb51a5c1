package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestPeopleProgrammesReleasesCoordinatesRoutes(t *testing.T) {
	c, last := recordingClient(t, `[]`)
	ctx := t.Context()
	for want, call := range map[string]func() error{
		"GET /people/": func() error { _, _, err := c.People.List(ctx, nil); return err },
		"GET /programmes/?identifier=60.A&title=gamma+ray": func() error {
			_, _, err := c.Programmes.List(ctx, &arcsecond.ProgrammeListOptions{Title: "gamma ray", Identifier: "60.A"})
			return err
		},
		"GET /releases/?last=3": func() error { _, _, err := c.Releases.List(ctx, &arcsecond.ReleaseListOptions{Last: 3}); return err },
		"GET /releases/":        func() error { _, _, err := c.Releases.List(ctx, &arcsecond.ReleaseListOptions{}); return err },
	} {
		if err := call(); err != nil || *last != want {
			t.Errorf("sent %s (%v), want %s", *last, err, want)
		}
	}
	c2, last2 := recordingClient(t, `{"longitude":-70.4,"latitude":-24.6,"height":2635}`)
	g, _, err := c2.Coordinates.Get(ctx, 12)
	if err != nil || *last2 != "GET /coordinates/12/" || g.Height != 2635 {
		t.Errorf("coordinates: sent %s, %+v, %v", *last2, g, err)
	}
}

func TestReleasesAgainstServer(t *testing.T) {
	_, c := publicServer(t)
	if _, _, err := c.Releases.List(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.People.List(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
}
