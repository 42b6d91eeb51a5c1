package arcsecond_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestTargetsCRUD(t *testing.T) {
	e := newEnv(t, "member", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	tg := check(e.c.Targets.Create(ctx, arcsecond.ManualTarget("SN 2026abc", aa.Equatorial{RA: aa.Deg(10.5), Dec: aa.Deg(-20.25)}))).ok(t)
	e.expect(t, "POST", "/lyra/targets/", "", map[string]any{
		"name": "SN 2026abc", "target_class": "AstronomicalObject", "mode": "manual",
		"object": map[string]any{"name": "SN 2026abc", "equatorial_coordinates": map[string]any{"right_ascension": 10.5, "declination": -20.25}},
	})
	if tg.ID == 0 || tg.TargetClass != arcsecond.TargetAstronomicalObject || tg.Object == nil || tg.Object.Name != "SN 2026abc" {
		t.Fatalf("created %+v", tg)
	}
	check(e.c.Targets.Get(ctx, tg.ID)).ok(t)
	e.expect(t, "GET", "/lyra/targets/"+itoa(tg.ID)+"/", "", nil)
	list := check(e.c.Targets.List(ctx, &arcsecond.NameListOptions{Name: "SN 2026abc"})).ok(t)
	e.expect(t, "GET", "/lyra/targets/", "name=SN+2026abc", nil)
	if len(list) != 1 {
		t.Errorf("%d targets", len(list))
	}
	u := check(e.c.Targets.Update(ctx, tg.ID, &arcsecond.TargetUpdate{Color: arcsecond.Ptr("#ff0000"), TargetClass: arcsecond.Ptr(arcsecond.TargetTransient)})).ok(t)
	e.expect(t, "PATCH", "/lyra/targets/"+itoa(tg.ID)+"/", "", map[string]any{"color": "#ff0000", "target_class": "Transient"})
	if u.Color != "#ff0000" || u.TargetClass != arcsecond.TargetTransient {
		t.Errorf("updated %+v", u)
	}
	if _, err := e.c.Targets.Delete(ctx, tg.ID); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Fatalf("a member deletes: %v", err)
	}
	e.expect(t, "DELETE", "/lyra/targets/"+itoa(tg.ID)+"/", "", nil)
	admin, err := e.srv.ClientAs(e.srv.UserWithRole("admin").Username, arcsecond.WithOrganisation("lyra"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Targets.Delete(ctx, tg.ID); err != nil {
		t.Fatal(err)
	}
}

func TestTargetObjectDecoding(t *testing.T) {
	var tg arcsecond.Target
	if err := json.Unmarshal([]byte(`{"id": 3, "object": "M 31"}`), &tg); err != nil || tg.Object.Name != "M 31" {
		t.Errorf("bare name: %+v %v", tg.Object, err)
	}
	tg = arcsecond.Target{}
	if err := json.Unmarshal([]byte(`{"pk": 4, "object": {"name": "X", "equatorial_coordinates": {"right_ascension": 1, "declination": 2}}}`), &tg); err != nil ||
		tg.ID != 4 || *tg.Object.EquatorialCoordinates.Declination != 2 {
		t.Errorf("object: %+v %v", tg, err)
	}
}

func TestTargetListsUpsert(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	body := &arcsecond.TargetListCreate{Name: "Tonight", Tags: []string{"survey"}, Targets: []arcsecond.TargetCreate{*arcsecond.ManualTarget("A", aa.Equatorial{RA: aa.Deg(1), Dec: aa.Deg(2)}), *arcsecond.ManualTarget("B", aa.Equatorial{RA: aa.Deg(3), Dec: aa.Deg(4)})}}
	l, created, err := e.c.TargetLists.Upsert(ctx, body)
	if err != nil || !created || len(l.Targets) != 2 {
		t.Fatalf("create: %+v %v %v", l, created, err)
	}
	e.expect(t, "POST", "/targetlists/", "", body)
	body.Targets = body.Targets[1:]
	body.Description = "only B"
	l2, created, err := e.c.TargetLists.Upsert(ctx, body)
	if err != nil || created || l2.UUID != l.UUID || len(l2.Targets) != 1 || l2.Targets[0].Name != "B" || l2.Description != "only B" {
		t.Fatalf("update: %+v %v %v", l2, created, err)
	}
	e.expect(t, "PATCH", "/targetlists/"+l.UUID+"/", "", map[string]any{"description": "only B", "tags": []string{"survey"}, "targets": body.Targets})
	check(e.c.TargetLists.Get(ctx, l.UUID)).ok(t)
	e.expect(t, "GET", "/targetlists/"+l.UUID+"/", "", nil)
	check(e.c.TargetLists.Replace(ctx, l.UUID, &arcsecond.TargetListUpdate{Name: arcsecond.Ptr("Tonight"), Targets: &[]arcsecond.TargetCreate{}})).ok(t)
	e.expect(t, "PUT", "/targetlists/"+l.UUID+"/", "", map[string]any{"name": "Tonight", "targets": []any{}})
	if _, err := e.c.TargetLists.Delete(ctx, l.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/targetlists/"+l.UUID+"/", "", nil)
	if _, _, err := e.c.TargetLists.Upsert(ctx, &arcsecond.TargetListCreate{}); err == nil {
		t.Error("no name: no error")
	}
}
