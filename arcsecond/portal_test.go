package arcsecond_test

import (
	"errors"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func TestPortalNeedsOrganisation(t *testing.T) {
	f := forbidSending(t)
	ctx := t.Context()
	for name, call := range map[string]func() error{
		"events":      func() error { _, _, err := f.Events.List(ctx, nil); return err },
		"detectors":   func() error { _, _, err := f.Detectors.Get(ctx, 1); return err },
		"periods":     func() error { _, _, err := f.Periods.Create(ctx, &arcsecond.PeriodCreate{}); return err },
		"datafolders": func() error { _, _, err := f.DataFolders.List(ctx); return err },
		"invitations": func() error { _, err := f.OrganisationInvitations.Delete(ctx, "t"); return err },
		"stats":       func() error { _, _, err := f.OrganisationStats.List(ctx, nil); return err },
	} {
		if err := call(); !errors.Is(err, arcsecond.ErrNoOrganisation) {
			t.Errorf("%s: err = %v, want ErrNoOrganisation", name, err)
		}
	}
}

func TestPortalEventsCRUD(t *testing.T) {
	_, c := publicServer(t)
	org := c.ForOrganisation(arcsecondtest.SeedOrganisation)
	ctx := t.Context()
	begin := arcsecond.Timestamp{Time: time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC)}
	ev, _, err := org.Events.Create(ctx, &arcsecond.ScheduleEventCreate{
		Title: arcsecond.Ptr("Engineering night"), Beginning: &begin, Organisation: 1,
		ObservingSite: []string{}, Telescope: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if ev.ID == 0 || ev.Title != "Engineering night" || !ev.Beginning.Equal(begin.Time) {
		t.Fatalf("created %+v", ev)
	}
	got, _, err := org.Events.Update(ctx, ev.ID, &arcsecond.ScheduleEventUpdate{Content: arcsecond.Ptr("dome flats")})
	if err != nil || got.Content != "dome flats" || got.Title != "Engineering night" {
		t.Fatalf("update: %+v, %v", got, err)
	}
	list, _, err := org.Events.List(ctx, nil)
	found := false // beside the seeded event
	for _, x := range list {
		found = found || x.ID == ev.ID
	}
	if err != nil || !found {
		t.Fatalf("list: %v, %v", list, err)
	}
	if _, err := org.Events.Delete(ctx, ev.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := org.Events.Get(ctx, ev.ID); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("deleted event: %v", err)
	}
}
