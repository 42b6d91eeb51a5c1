package arcsecond_test

import (
	"context"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
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
		stars, _, err := c.StandardStars.List(ctx, &arcsecond.StandardStarListOptions{Around: &aa.Equatorial{RA: aa.Deg(101.3), Dec: aa.Deg(2.1)}, Catalogue: 1, Count: 2})
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
		col, _, err := c.Collaborations.Create(ctx, &arcsecond.CollaborationCreate{Name: "Cassette collaboration"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Collaborations.Delete(ctx, col.PK); err != nil {
			t.Error(err)
		}
	}},
	{"nodes", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		n, _, err := c.Nodes.IObserve.Create(ctx, &arcsecond.TargetTreeNodeWithTreeCreate{Name: arcsecond.Ptr("Tonight")})
		if err != nil || n.Name != "Tonight" {
			t.Fatalf("node %+v, %v", n, err)
		}
		if _, err := c.Nodes.IObserve.DeleteAll(ctx); err != nil {
			t.Error(err)
		}
	}},
	{"betas", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.Betas.Create(ctx, &arcsecond.BetaInterestCreate{BetaName: arcsecond.Ptr("hub")}); err != nil {
			t.Error(err)
		}
	}},
	{"portal-events", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		ev, _, err := c.Events.Create(ctx, &arcsecond.ScheduleEventCreate{Title: arcsecond.Ptr("Open night"), Organisation: 1, ObservingSite: []string{}, Telescope: []string{}})
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
	{"converters", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		conv, _, err := c.Converters.Coordinates(ctx, arcsecond.FrameICRS, aa.Equatorial{RA: aa.Deg(10.6847), Dec: aa.Deg(41.269)})
		if err != nil || conv["Galactic"] == nil {
			t.Errorf("conversion %v, %v", conv, err)
		}
	}},
	{"findingcharts", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		charts, _, err := c.FindingCharts.List(ctx, "M 1")
		if err != nil || len(charts) == 0 || charts[0].Target != "M 1" {
			t.Errorf("charts %v, %v", charts, err)
		}
	}},
	{"smallbodies", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.SmallBodies.Ephemerides(ctx, "20000001"); !errors.Is(err, arcsecond.ErrNotFound) {
			t.Errorf("ephemerides of an unknown body: %v", err)
		}
	}},
	{"people", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.People.List(ctx, nil); err != nil {
			t.Error(err)
		}
		if _, _, err := c.Programmes.List(ctx, &arcsecond.ProgrammeListOptions{Title: "cosmic"}); err != nil {
			t.Error(err)
		}
		if _, _, err := c.Releases.List(ctx, &arcsecond.ReleaseListOptions{Last: 2}); err != nil {
			t.Error(err)
		}
	}},
	{"equipment", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		for _, step := range []struct {
			name string
			call func() error
		}{
			{"interferometers", func() error { _, _, err := c.Interferometers.List(ctx, nil); return err }},
			{"mirrors", func() error { _, _, err := c.Mirrors.List(ctx, nil); return err }},
			{"telescopestations", func() error { _, _, err := c.TelescopeStations.List(ctx, nil); return err }},
			{"site images", func() error { _, _, err := c.ObservingSiteImages.List(ctx, nil); return err }},
		} {
			if err := step.call(); err != nil {
				t.Errorf("%s: %v", step.name, err)
			}
		}
	}},
	{"community", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.Votes.List(ctx, nil); err != nil {
			t.Error(err)
		}
		if _, _, err := c.VoteSessions.List(ctx, nil); err != nil {
			t.Error(err)
		}
		if _, _, err := c.Stats.List(ctx, nil); err != nil {
			t.Error(err)
		}
		sub, _, err := c.Subscriptions.Create(ctx, &arcsecond.ActivitySubscriptionCreate{Name: arcsecond.Ptr("ESO alerts")})
		if err != nil || sub.Name != "ESO alerts" {
			t.Errorf("subscription %+v, %v", sub, err)
		}
	}},
	{"schema", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		b, _, err := c.Schema.Get(ctx, &arcsecond.SchemaOptions{Format: arcsecond.SchemaJSON})
		if err != nil || len(b) < 100 {
			t.Errorf("schema of %d bytes, %v", len(b), err)
		}
	}},
	{"billing", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		out, _, err := c.Billing.BillingPortal(ctx)
		if err != nil || out["url"] == nil {
			t.Errorf("billing portal %v, %v", out, err)
		}
	}},
	{"datastorages", false, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		st, _, err := c.DataStorages.Create(ctx, &arcsecond.DataStorageCreate{Name: "Bucket", Type: arcsecond.DataStorageDiskLocal})
		if err != nil || st.UUID == "" {
			t.Fatalf("storage %+v, %v", st, err)
		}
		if _, err := c.DataStorages.Delete(ctx, st.UUID); err != nil {
			t.Error(err)
		}
	}},
	{"portal-storage", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.DataStoragePoints.List(ctx, nil); err != nil {
			t.Error(err)
		}
	}},
	{"portal-schedule", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		for _, step := range []struct {
			name string
			call func() error
		}{
			{"reminders", func() error { _, _, err := c.Reminders.List(ctx, nil); return err }},
			{"periods", func() error { _, _, err := c.Periods.List(ctx, nil); return err }},
			{"detectors", func() error { _, _, err := c.Detectors.List(ctx, nil); return err }},
			{"datafolders", func() error { _, _, err := c.DataFolders.List(ctx); return err }},
			{"stats", func() error { _, _, err := c.OrganisationStats.List(ctx, nil); return err }},
			{"invitations", func() error { _, _, err := c.OrganisationInvitations.List(ctx, nil); return err }},
		} {
			if err := step.call(); err != nil {
				t.Errorf("%s: %v", step.name, err)
			}
		}
	}},
	{"portal-telescopes", true, func(ctx context.Context, t *testing.T, c *arcsecond.Client) {
		if _, _, err := c.TelescopeActivations.List(ctx, nil); err != nil {
			t.Error(err)
		}
		if _, _, err := c.TelescopeOwnerships.List(ctx, nil); err != nil {
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
