package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestDatasetsFindOneUpsert(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	if d, err := e.c.Datasets.FindOne(ctx, "M 31 night"); d != nil || err != nil {
		t.Fatalf("FindOne on no datasets = %v, %v", d, err)
	}
	e.expect(t, "GET", "/datasets/", "name=M+31+night", nil)

	body := &arcsecond.DatasetCreate{Name: "M 31 night", Description: "first"}
	d, created, err := e.c.Datasets.Upsert(ctx, body)
	if err != nil || !created || d.Name != "M 31 night" {
		t.Fatalf("Upsert (new) = %+v, %v, %v", d, created, err)
	}
	e.expect(t, "POST", "/datasets/", "", body)

	body.Description = "second"
	d2, created, err := e.c.Datasets.Upsert(ctx, body)
	if err != nil || created || d2.UUID != d.UUID || d2.Description != "second" {
		t.Fatalf("Upsert (existing) = %+v, %v, %v", d2, created, err)
	}
	e.expect(t, "PATCH", "/datasets/"+d.UUID+"/", "", body)
	if got, err := e.c.Datasets.FindOne(ctx, "M 31 night"); err != nil || got.UUID != d.UUID {
		t.Errorf("FindOne = %+v, %v", got, err)
	}

	// Another dataset whose name merely contains it does not count; one of
	// the same name makes both calls ambiguous.
	check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "M 31 night 2"})).ok(t)
	if got, err := e.c.Datasets.FindOne(ctx, "M 31 night"); err != nil || got.UUID != d.UUID {
		t.Errorf("FindOne with a longer name around = %+v, %v", got, err)
	}
	check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "M 31 night"})).ok(t)
	if _, err := e.c.Datasets.FindOne(ctx, "M 31 night"); !errors.Is(err, arcsecond.ErrAmbiguousName) {
		t.Errorf("FindOne of a repeated name: err = %v", err)
	}
	n := e.rec.count()
	if _, _, err := e.c.Datasets.Upsert(ctx, body); !errors.Is(err, arcsecond.ErrAmbiguousName) || e.rec.count() != n+1 {
		t.Errorf("Upsert of a repeated name: err = %v after %d requests (want only the GET)", err, e.rec.count()-n)
	}
	if _, _, err := e.c.Datasets.Upsert(ctx, &arcsecond.DatasetCreate{}); err == nil {
		t.Error("Upsert without a name: no error")
	}
	if _, _, err := e.c.Datasets.Upsert(ctx, nil); err == nil {
		t.Error("Upsert(nil): no error")
	}
}

func TestTargetsTelescopesDataPackagesUpsert(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()

	tg, created, err := e.c.Targets.Upsert(ctx, arcsecond.ManualTarget("SN 2026abc", aa.Equatorial{RA: aa.Deg(10.5), Dec: aa.Deg(-20.25)}))
	if err != nil || !created {
		t.Fatalf("target: %+v %v %v", tg, created, err)
	}
	body := arcsecond.ManualTarget("SN 2026abc", aa.Equatorial{RA: aa.Deg(10.5), Dec: aa.Deg(-20.25)})
	body.Notes = "Ia"
	tg2, created, err := e.c.Targets.Upsert(ctx, body)
	if err != nil || created || tg2.ID != tg.ID || tg2.Notes != "Ia" {
		t.Fatalf("target again: %+v %v %v", tg2, created, err)
	}
	e.expect(t, "PATCH", "/targets/"+itoa(tg.ID)+"/", "", body)
	if got, err := e.c.Targets.FindOne(ctx, "SN 2026abc"); err != nil || got.ID != tg.ID {
		t.Errorf("Targets.FindOne = %+v, %v", got, err)
	}

	site := check(e.c.ObservingSites.Create(ctx, &arcsecond.ObservingSiteCreate{Name: "Backyard", Coordinates: arcsecond.NewGeoCoordinates(aa.Geographic{Lat: aa.Deg(45), Lon: aa.Deg(5)})})).ok(t)
	tel, created, err := e.c.Telescopes.Upsert(ctx, &arcsecond.TelescopeCreate{Name: "C14", ObservingSite: site.UUID})
	if err != nil || !created {
		t.Fatalf("telescope: %+v %v %v", tel, created, err)
	}
	tel2, created, err := e.c.Telescopes.Upsert(ctx, &arcsecond.TelescopeCreate{Name: "C14", ObservingSite: site.UUID, Acronym: "C14"})
	if err != nil || created || tel2.UUID != tel.UUID {
		t.Fatalf("telescope again: %+v %v %v", tel2, created, err)
	}
	e.expect(t, "PATCH", "/telescopes/"+tel.UUID+"/", "", map[string]any{"name": "C14", "observing_site": site.UUID, "acronym": "C14"})
	if got, err := e.c.Telescopes.FindOne(ctx, "C14"); err != nil || got.UUID != tel.UUID {
		t.Errorf("Telescopes.FindOne = %+v, %v", got, err)
	}

	p, created, err := e.c.DataPackages.Upsert(ctx, &arcsecond.DataPackageCreate{Name: "Release 1"})
	if err != nil || !created {
		t.Fatalf("data package: %+v %v %v", p, created, err)
	}
	p2, created, err := e.c.DataPackages.Upsert(ctx, &arcsecond.DataPackageCreate{Name: "Release 1", Description: "v1"})
	if err != nil || created || p2.UUID != p.UUID || p2.Description != "v1" {
		t.Fatalf("data package again: %+v %v %v", p2, created, err)
	}
	e.expect(t, "PATCH", "/datapackages/"+p.UUID+"/", "", map[string]any{"name": "Release 1", "description": "v1"})
	if got, err := e.c.DataPackages.FindOne(ctx, "Release 1"); err != nil || got.UUID != p.UUID {
		t.Errorf("DataPackages.FindOne = %+v, %v", got, err)
	}
	if got, err := e.c.TargetLists.FindOne(ctx, "none"); got != nil || err != nil {
		t.Errorf("TargetLists.FindOne(none) = %+v, %v", got, err)
	}
}

func TestTargetListMembership(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	target := func(name string) arcsecond.TargetCreate {
		return *arcsecond.ManualTarget(name, aa.Equatorial{RA: aa.Deg(1), Dec: aa.Deg(2)})
	}
	names := func(l *arcsecond.TargetList) []string {
		var out []string
		for _, t := range l.Targets {
			out = append(out, t.Name)
		}
		return out
	}
	l := check(e.c.TargetLists.Create(ctx, &arcsecond.TargetListCreate{Name: "Tonight", Targets: []arcsecond.TargetCreate{target("A"), target("B")}})).ok(t)

	// Add skips what the list holds and repeats among its arguments.
	got := check(e.c.TargetLists.AddTargets(ctx, l.UUID, target("B"), target("C"), target("C"))).ok(t)
	if n := names(got); len(n) != 3 || n[0] != "A" || n[1] != "B" || n[2] != "C" {
		t.Errorf("after AddTargets: %v", n)
	}
	// The list's own targets are sent back as read (this server omits their class).
	asRead := func(name string) arcsecond.TargetCreate { t := target(name); t.TargetClass = ""; return t }
	e.expect(t, "PATCH", "/targetlists/"+l.UUID+"/", "", map[string]any{"targets": []arcsecond.TargetCreate{asRead("A"), asRead("B"), target("C")}})

	// Adding only what is there writes nothing.
	got = check(e.c.TargetLists.AddTargets(ctx, l.UUID, target("A"))).ok(t)
	e.expect(t, "GET", "/targetlists/"+l.UUID+"/", "", nil)
	if len(got.Targets) != 3 {
		t.Errorf("AddTargets of a present target changed the list: %v", names(got))
	}

	got = check(e.c.TargetLists.RemoveTargets(ctx, l.UUID, target("B"), target("Z"))).ok(t)
	if n := names(got); len(n) != 2 || n[0] != "A" || n[1] != "C" {
		t.Errorf("after RemoveTargets: %v", n)
	}
	e.expect(t, "PATCH", "/targetlists/"+l.UUID+"/", "", map[string]any{"targets": []arcsecond.TargetCreate{asRead("A"), asRead("C")}})
	check(e.c.TargetLists.RemoveTargets(ctx, l.UUID, target("Z"))).ok(t)
	e.expect(t, "GET", "/targetlists/"+l.UUID+"/", "", nil)

	// A target of the same name but another class or mode is another target.
	other := target("A")
	other.Mode = arcsecond.TargetModeResolved
	got = check(e.c.TargetLists.AddTargets(ctx, l.UUID, other)).ok(t)
	if len(got.Targets) != 3 {
		t.Errorf("a resolved A beside a manual A: %v", names(got))
	}

	got = check(e.c.TargetLists.SetTargets(ctx, l.UUID, []arcsecond.TargetCreate{target("D")})).ok(t)
	if n := names(got); len(n) != 1 || n[0] != "D" {
		t.Errorf("after SetTargets: %v", n)
	}
	got = check(e.c.TargetLists.ClearTargets(ctx, l.UUID)).ok(t)
	e.expect(t, "PATCH", "/targetlists/"+l.UUID+"/", "", map[string]any{"targets": []any{}})
	if len(got.Targets) != 0 {
		t.Errorf("after ClearTargets: %v", names(got))
	}
	if _, _, err := e.c.TargetLists.AddTargets(ctx, "5c2d0c57-7a3e-4a0e-9a34-2f1f3f0b8c11", target("A")); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("AddTargets to a missing list: err = %v", err)
	}
}

func TestAllSkyCameraCreate(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	body := &arcsecond.AllSkyCameraCreate{Name: "Dome cam"}
	cam := check(e.c.AllSkyCameras.Create(ctx, body)).ok(t)
	e.expect(t, "POST", "/allskycameras/", "", body)
	if cam.UUID == "" || cam.Name != "Dome cam" {
		t.Errorf("created %+v", cam)
	}
	if got := check(e.c.AllSkyCameras.Get(ctx, cam.UUID)).ok(t); got.Name != "Dome cam" {
		t.Errorf("read back %+v", got)
	}
	if _, _, err := e.c.AllSkyCameras.Create(ctx, &arcsecond.AllSkyCameraCreate{}); err == nil {
		t.Error("a camera without a name was accepted")
	}
}
