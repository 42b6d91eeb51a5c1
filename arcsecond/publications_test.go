package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestPublicationsObjectRequired(t *testing.T) {
	f := forbidSending(t)
	if _, _, err := f.Publications.List(t.Context(), nil); !errors.Is(err, arcsecond.ErrMissingParameter) {
		t.Errorf("List(nil): %v", err)
	}
	for p, err := range f.Publications.All(t.Context(), &arcsecond.PublicationListOptions{}) {
		if p != nil || !errors.Is(err, arcsecond.ErrMissingParameter) {
			t.Errorf("All without object: %v, %v", p, err)
		}
	}
}

func TestPublicationsRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"count":1,"next":null,"previous":null,"results":[{"bibcode":"1995Natur.378..355M","title":"A Jupiter-mass companion to a solar-type star"}]}`)
	pubs, _, err := c.Publications.List(t.Context(), &arcsecond.PublicationListOptions{Object: "51 Peg", ListOptions: arcsecond.ListOptions{Page: 1}})
	if err != nil || len(pubs) != 1 || pubs[0].Bibcode != "1995Natur.378..355M" {
		t.Fatalf("publications = %v, %v", pubs, err)
	}
	if want := "GET /publications/?object=51+Peg&page=1"; *last != want {
		t.Errorf("sent %s, want %s", *last, want)
	}
	n := 0
	for _, err := range c.Publications.All(t.Context(), &arcsecond.PublicationListOptions{Object: "51 Peg"}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("All yielded %d", n)
	}
	if _, _, err := c.Publications.Get(t.Context(), "1995Natur.378..355M"); err != nil || *last != "GET /publications/1995Natur.378..355M/" {
		t.Errorf("Get: sent %s, %v", *last, err)
	}
}
