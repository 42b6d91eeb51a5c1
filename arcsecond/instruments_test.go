package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func TestInstruments(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	list, _, err := c.Instruments.List(ctx, nil)
	if err != nil || len(list) == 0 {
		t.Fatalf("instruments: %d, %v", len(list), err)
	}
	in, _, err := c.Instruments.Create(ctx, &arcsecond.InstrumentCreate{Name: arcsecond.Ptr("Test spectrograph"), Acronym: arcsecond.Ptr("TSPEC")})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := c.Instruments.Update(ctx, in.UUID, &arcsecond.InstrumentUpdate{Focus: arcsecond.Ptr("Cassegrain")})
	if err != nil || got.Focus != "Cassegrain" || got.Acronym != "TSPEC" {
		t.Fatalf("update: %+v, %v", got, err)
	}
	if _, _, err := c.Instruments.Get(ctx, "00000000-0000-4000-8000-000000000000"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown instrument: %v", err)
	}
	org := c.ForOrganisation(arcsecondtest.SeedOrganisation)
	if _, _, err := org.OrganisationInstruments.List(ctx, nil); err != nil {
		t.Error(err)
	}
	if _, _, err := c.OrganisationInstruments.List(ctx, nil); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("unscoped organisation instruments: %v", err)
	}
}

func TestEquipmentRoutes(t *testing.T) {
	c, last := recordingClient(t, `{}`)
	ctx := t.Context()
	for want, call := range map[string]func() error{
		"PATCH /interferometers/u/": func() error {
			_, _, err := c.Interferometers.Update(ctx, "u", &arcsecond.InterferometerUpdate{})
			return err
		},
		"PUT /mirrors/4/": func() error {
			_, _, err := c.Mirrors.Replace(ctx, 4, &arcsecond.MirrorUpdate{Diameter: arcsecond.Ptr(8.2)})
			return err
		},
		"GET /telescopestations/": func() error { _, _, err := c.TelescopeStations.List(ctx, nil); return err },
		"GET /coverageorg/detectors/2/": func() error {
			_, _, err := c.ForOrganisation("coverageorg").Detectors.Get(ctx, 2)
			return err
		},
	} {
		if err := call(); err != nil || *last != want {
			t.Errorf("sent %s (%v), want %s", *last, err, want)
		}
	}
	if _, _, err := c.Mirrors.Update(ctx, 4, nil); err == nil {
		t.Error("nil body accepted")
	}
}
