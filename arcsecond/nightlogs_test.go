package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestNightLogsObservationsCalibrations(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	_, tel := e.siteAndTelescope(t)
	nl := check(e.c.NightLogs.Create(ctx, &arcsecond.NightLogCreate{Date: "2026-11-27", Telescope: tel})).ok(t)
	e.expect(t, "POST", "/nightlogs/", "", map[string]any{"date": "2026-11-27", "telescope": tel})
	if nl.Date.String() != "2026-11-27" {
		t.Errorf("date %v", nl.Date)
	}
	check(e.c.NightLogs.List(ctx, &arcsecond.NightLogListOptions{Date: "2026-11-27", Telescope: tel})).ok(t)
	e.expect(t, "GET", "/nightlogs/", "date=2026-11-27&telescope="+tel, nil)
	check(e.c.NightLogs.Update(ctx, nl.UUID, &arcsecond.NightLogUpdate{Journal: arcsecond.Ptr("clear")})).ok(t)
	e.expect(t, "PATCH", "/nightlogs/"+nl.UUID+"/", "", map[string]any{"journal": "clear"})

	obs := check(e.c.NightLogs.Observations(nl.UUID).Create(ctx, &arcsecond.ObservationCreate{NightLog: nl.UUID, Name: "M31 V", TargetName: "M31", TargetClass: arcsecond.TargetAstronomicalObject})).ok(t)
	e.expect(t, "POST", "/nightlogs/"+nl.UUID+"/observations/", "", map[string]any{"night_log": nl.UUID, "name": "M31 V", "target_name": "M31", "target_class": "AstronomicalObject"})
	if obs.NightLog != nl.UUID {
		t.Errorf("observation %+v", obs)
	}
	obsList := check(e.c.NightLogs.Observations(nl.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/nightlogs/"+nl.UUID+"/observations/", "", nil)
	if len(obsList) != 1 {
		t.Errorf("%d observations", len(obsList))
	}
	cal := check(e.c.NightLogs.Calibrations(nl.UUID).Create(ctx, &arcsecond.CalibrationCreate{NightLog: nl.UUID, Type: arcsecond.CalibrationFlats})).ok(t)
	e.expect(t, "POST", "/nightlogs/"+nl.UUID+"/calibrations/", "", map[string]any{"night_log": nl.UUID, "type": "Flats"})
	check(e.c.NightLogs.Calibrations(nl.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/nightlogs/"+nl.UUID+"/calibrations/", "", nil)

	// The top-level routes.
	check(e.c.Observations.List(ctx, &arcsecond.ObservationListOptions{NightLog: nl.UUID, TargetName: "M31"})).ok(t)
	e.expect(t, "GET", "/observations/", "night_log="+nl.UUID+"&target_name=M31", nil)
	check(e.c.Observations.Get(ctx, obs.UUID)).ok(t)
	e.expect(t, "GET", "/observations/"+obs.UUID+"/", "", nil)
	check(e.c.Observations.Update(ctx, obs.UUID, &arcsecond.ObservationUpdate{Notes: arcsecond.Ptr("seeing 1.2")})).ok(t)
	e.expect(t, "PATCH", "/observations/"+obs.UUID+"/", "", map[string]any{"notes": "seeing 1.2"})
	check(e.c.Observations.Create(ctx, &arcsecond.ObservationCreate{NightLog: nl.UUID, Name: "B"})).ok(t)
	e.expect(t, "POST", "/observations/", "", map[string]any{"night_log": nl.UUID, "name": "B"})
	if _, err := e.c.Observations.Delete(ctx, obs.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/observations/"+obs.UUID+"/", "", nil)

	check(e.c.Calibrations.Get(ctx, cal.UUID)).ok(t)
	e.expect(t, "GET", "/calibrations/"+cal.UUID+"/", "", nil)
	u := check(e.c.Calibrations.Update(ctx, cal.UUID, &arcsecond.CalibrationUpdate{Type: arcsecond.Ptr(arcsecond.CalibrationDarks)})).ok(t)
	e.expect(t, "PATCH", "/calibrations/"+cal.UUID+"/", "", map[string]any{"type": "Darks"})
	if u.Type != arcsecond.CalibrationDarks {
		t.Errorf("type %q", u.Type)
	}
	check(e.c.Calibrations.List(ctx, nil)).ok(t)
	check(e.c.Calibrations.Create(ctx, &arcsecond.CalibrationCreate{NightLog: nl.UUID, Type: arcsecond.CalibrationBiases})).ok(t)
	e.expect(t, "POST", "/calibrations/", "", map[string]any{"night_log": nl.UUID, "type": "Biases"})
	if _, err := e.c.Calibrations.Delete(ctx, cal.UUID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.NightLogs.Delete(ctx, nl.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/nightlogs/"+nl.UUID+"/", "", nil)
}

func TestObservingRuns(t *testing.T) {
	e := newEnv(t, "", arcsecond.WithOrganisation("lyra")) // runs are never scoped
	ctx := t.Context()
	run := check(e.c.ObservingRuns.Create(ctx, &arcsecond.ObservingRunCreate{Name: "Autumn"})).ok(t)
	e.expect(t, "POST", "/observingruns/", "", map[string]any{"name": "Autumn"})
	check(e.c.ObservingRuns.Get(ctx, run.UUID)).ok(t)
	e.expect(t, "GET", "/observingruns/"+run.UUID+"/", "", nil)
	check(e.c.ObservingRuns.List(ctx, nil)).ok(t)
	check(e.c.ObservingRuns.Update(ctx, run.UUID, &arcsecond.ObservingRunUpdate{Journal: arcsecond.Ptr("j")})).ok(t)
	e.expect(t, "PATCH", "/observingruns/"+run.UUID+"/", "", map[string]any{"journal": "j"})
	nl := check(e.c.ObservingRuns.NightLogs(run.UUID).Create(ctx, &arcsecond.NightLogCreate{Date: "2026-10-01"})).ok(t)
	e.expect(t, "POST", "/observingruns/"+run.UUID+"/nightlogs/", "", map[string]any{"date": "2026-10-01"})
	if nl.ObservingRun != run.UUID {
		t.Errorf("night log %+v", nl)
	}
	check(e.c.ObservingRuns.NightLogs(run.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/observingruns/"+run.UUID+"/nightlogs/", "", nil)
	if _, err := e.c.ObservingRuns.Delete(ctx, run.UUID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.c.ObservingRuns.Get(ctx, "../x"); err == nil || errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("bad key: %v", err)
	}
}
