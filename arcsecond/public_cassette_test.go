package arcsecond_test

import (
	"context"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/internal/cassette"
)

// cassetteOrg is the organisation of the recordings of organisation-only
// routes: the seeded organisation of arcsecondtest.
const cassetteOrg = "lyra"

// publicCassettes replay one cassette per public service,
// testdata/cassettes/public/<name>.yaml (see testdata/README.md for how they
// were recorded). Each check fails the test on an unexpected answer.
var publicCassettes = []struct {
	name  string
	org   bool
	check func(ctx context.Context, t *testing.T, c *arcsecond.Client)
}{
	{"objects", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		o, _, err := c.Objects.Get(ctx, "NGC 224")
		if err != nil || o.Name != "M 31" || o.EquatorialCoordinates.RightAscension == nil {
			t.Fatalf("NGC 224 = %+v, %v", o, err)
		}
		co, _, err := c.Objects.Coordinates(ctx, "M 42")
		if err != nil || co.Declination == nil || *co.Declination > -5 {
			t.Errorf("M 42 coordinates = %+v, %v", co, err)
		}
	}},
	{"exoplanets", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		ps, resp, err := c.Exoplanets.List(ctx, &arcsecond.ExoplanetListOptions{Search: "Peg", ListOptions: arcsecond.ListOptions{PageSize: 2}})
		if err != nil || len(ps) == 0 || resp.Count == 0 {
			t.Fatalf("search Peg = %v, %v", ps, err)
		}
		p, _, err := c.Exoplanets.Get(ctx, "51 Peg b")
		if err != nil || !p.OrbitalPeriod.Known() {
			t.Errorf("51 Peg b = %+v, %v", p, err)
		}
	}},
	{"satellites", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		sats, _, err := c.Satellites.List(ctx, nil)
		if err != nil || len(sats) == 0 {
			t.Fatalf("satellites: %v", err)
		}
		s, _, err := c.Satellites.Get(ctx, sats[0].NoradCatalogNumber)
		if err != nil || len(s.Line1) != 69 || len(s.Line2) != 69 {
			t.Errorf("satellite %+v, %v", s, err)
		}
	}},
	{"standardstars", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		stars, _, err := c.StandardStars.List(ctx, &arcsecond.StandardStarListOptions{Around: &arcsecond.SkyPosition{RA: 101.3, Dec: 2.1}, Catalogue: 1, Count: 2})
		if err != nil || len(stars) != 2 || stars[0].Name != "Hiltner 600" {
			t.Errorf("standard stars = %v, %v", stars, err)
		}
	}},
	{"catalogues", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		cat, _, err := c.Catalogues.Get(ctx, 1)
		if err != nil || cat.Key == "" {
			t.Errorf("catalogue 1 = %+v, %v", cat, err)
		}
	}},
	{"archives", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		rows, _, err := c.Archives.ESO.Data.List(ctx, &arcsecond.ListOptions{PageSize: 3})
		if err != nil || len(rows) != 3 {
			t.Fatalf("ESO rows: %v, %v", rows, err)
		}
		if _, _, err := c.Archives.Get(ctx, "Gemini"); err != nil {
			t.Error(err)
		}
	}},
	{"publications", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.Publications.List(ctx, &arcsecond.PublicationListOptions{Object: "M 31"}); err != nil {
			t.Error(err)
		}
	}},
	{"telegrams", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.ATel.List(ctx, nil); err != nil {
			t.Error(err)
		}
		if _, _, err := c.GCN.Get(ctx, 1); !errors.Is(err, arcsecond.ErrNotFound) {
			t.Errorf("GCN 1: %v", err)
		}
	}},
	{"instruments", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		in, _, err := c.Instruments.List(ctx, nil)
		if err != nil || len(in) == 0 {
			t.Fatalf("instruments: %v", err)
		}
		if _, _, err := c.Instruments.Get(ctx, in[0].UUID); err != nil {
			t.Error(err)
		}
	}},
	{"collaborations", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		col, _, err := c.Collaborations.Create(ctx, &arcsecond.CollaborationRequest{Name: arcsecond.Ptr("Cassette collaboration")})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Collaborations.Delete(ctx, col.PK); err != nil {
			t.Error(err)
		}
	}},
	{"nodes", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		n, _, err := c.Nodes.IObserve.Create(ctx, &arcsecond.TargetTreeNodeWithTreeRequest{Name: arcsecond.Ptr("Tonight")})
		if err != nil || n.Name != "Tonight" {
			t.Fatalf("node %+v, %v", n, err)
		}
		if _, err := c.Nodes.IObserve.DeleteAll(ctx); err != nil {
			t.Error(err)
		}
	}},
	{"betas", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.Betas.Create(ctx, &arcsecond.BetaInterestRequest{BetaName: arcsecond.Ptr("hub")}); err != nil {
			t.Error(err)
		}
	}},
	{"portal-events", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		ev, _, err := c.Events.Create(ctx, &arcsecond.ScheduleEventRequest{Title: arcsecond.Ptr("Open night"), Organisation: 1, ObservingSite: []string{}, Telescope: []string{}})
		if err != nil {
			t.Fatal(err)
		}
		if got, _, err := c.Events.Get(ctx, ev.ID); err != nil || got.Title != "Open night" {
			t.Errorf("event %+v, %v", got, err)
		}
	}},
	{"portal-instruments", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.OrganisationInstruments.List(ctx, nil); err != nil {
			t.Error(err)
		}
	}},
}

func TestPublicCassettes(t *testing.T) {
	for _, tc := range publicCassettes {
		t.Run(tc.name, func(t *testing.T) {
			var opts []arcsecond.Option
			if tc.org {
				opts = append(opts, arcsecond.WithOrganisation(cassetteOrg))
			}
			c := cassette.New(t, "public/"+tc.name, opts...)
			tc.check(t.Context(), t, c)
		})
	}
}
