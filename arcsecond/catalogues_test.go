package arcsecond_test

import (
	"errors"
	"math"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestStandardStarsAround(t *testing.T) {
	_, c := publicServer(t)
	cats, _, err := c.Catalogues.List(t.Context(), nil)
	if err != nil || len(cats) == 0 {
		t.Fatalf("catalogues: %v, %v", cats, err)
	}
	stars, _, err := c.StandardStars.List(t.Context(), &arcsecond.StandardStarListOptions{
		Around: &aa.Equatorial{RA: aa.Deg(83.8), Dec: aa.Deg(-5.4)}, Catalogue: cats[0].ID, Count: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(stars) != 3 {
		t.Fatalf("%d stars, want 3", len(stars))
	}
	for _, s := range stars {
		if s.Name == "" || s.EquatorialCoordinates.RightAscension == nil {
			t.Errorf("star %+v", s)
		}
	}
	if s := stars[0]; s.CatalogueRow.Table.Catalogue != cats[0].ID || len(s.Magnitudes) == 0 || s.Magnitudes[0].Name == "" {
		t.Errorf("catalogue row %+v, magnitudes %+v", s.CatalogueRow, s.Magnitudes)
	}
}

func TestCatalogueTablesAndRowsRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"count":1,"next":null,"previous":null,"results":[{"index":0,"table":0}]}`)
	if _, _, err := c.Catalogues.Tables(3).Get(t.Context(), 2); err != nil || *last != "GET /catalogues/3/tables/2/" {
		t.Errorf("table: sent %s, %v", *last, err)
	}
	rows, resp, err := c.Catalogues.Rows(3, 0).List(t.Context(), &arcsecond.ListOptions{Page: 2})
	if err != nil || *last != "GET /catalogues/3/tables/0/rows/?page=2" || len(rows) != 1 || resp.Count != 1 {
		t.Errorf("rows: sent %s, got %v, %v", *last, rows, err)
	}
}

func TestStandardStarsRequiredParameters(t *testing.T) {
	f := forbidSending(t)
	around := &aa.Equatorial{RA: aa.Deg(10), Dec: aa.Deg(10)}
	for name, opts := range map[string]*arcsecond.StandardStarListOptions{
		"nil":          nil,
		"no around":    {Catalogue: 1},
		"no catalogue": {Around: around},
	} {
		_, _, err := f.StandardStars.List(t.Context(), opts)
		if !errors.Is(err, arcsecond.ErrMissingParameter) {
			t.Errorf("%s: err = %v, want ErrMissingParameter", name, err)
		}
	}
	for _, opts := range []*arcsecond.StandardStarListOptions{
		{Around: around, Catalogue: 1, Count: 21},
		{Around: &aa.Equatorial{RA: aa.Deg(0), Dec: aa.Deg(90.5)}, Catalogue: 1},
		{Around: &aa.Equatorial{RA: aa.Rad(math.Inf(-1))}, Catalogue: 1},
	} {
		if _, _, err := f.StandardStars.List(t.Context(), opts); err == nil {
			t.Errorf("List(%+v) succeeded", opts)
		}
	}
}

func TestStandardStarsQuery(t *testing.T) {
	c, last := recordingClient(t, `[]`)
	if _, _, err := c.StandardStars.List(t.Context(), &arcsecond.StandardStarListOptions{
		Around: &aa.Equatorial{RA: aa.Deg(0.000001), Dec: aa.Deg(-89.5)}, Catalogue: 2}); err != nil {
		t.Fatal(err)
	}
	if want := "GET /standardstars/?around=0.000001%2C-89.5&catalogue=2"; *last != want {
		t.Errorf("sent %s, want %s", *last, want)
	}
	// A right ascension west of 0h is sent as its equivalent in [0°, 360°).
	if _, _, err := c.StandardStars.List(t.Context(), &arcsecond.StandardStarListOptions{
		Around: &aa.Equatorial{RA: aa.Hours(-1), Dec: aa.Deg(10)}, Catalogue: 2, Count: 3}); err != nil {
		t.Fatal(err)
	}
	if want := "GET /standardstars/?around=345%2C10&catalogue=2&count=3"; *last != want {
		t.Errorf("sent %s, want %s", *last, want)
	}
}
