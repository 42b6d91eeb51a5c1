package arcsecond_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestActivities(t *testing.T) {
	e := newEnv(t, "admin", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	a := check(e.c.Activities.Create(ctx, &arcsecond.ActivityCreate{Title: "Dome opened", Label: "dome"})).ok(t)
	e.expect(t, "POST", "/lyra/activities/", "", map[string]any{"title": "Dome opened", "label": "dome"})
	if a.ID == 0 || a.CreationDate.IsZero() || a.Organisation != "lyra" {
		t.Fatalf("created %+v", a)
	}
	check(e.c.Activities.Create(ctx, &arcsecond.ActivityCreate{Title: "Flats done"})).ok(t)
	list := check(e.c.Activities.List(ctx, &arcsecond.ListOptions{PageSize: 1})).ok(t)
	e.expect(t, "GET", "/lyra/activities/", "page_size=1", nil)
	if len(list) != 1 || list[0].Title != "Flats done" {
		t.Errorf("newest first: %+v", list)
	}
	n := 0
	for _, err := range e.c.Activities.All(ctx, &arcsecond.ListOptions{PageSize: 1}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("All: %d", n)
	}
	check(e.c.Activities.Get(ctx, a.ID)).ok(t)
	e.expect(t, "GET", "/lyra/activities/"+itoa(a.ID)+"/", "", nil)
	u := check(e.c.Activities.Update(ctx, a.ID, &arcsecond.ActivityUpdate{Content: arcsecond.Ptr("at 18:02")})).ok(t)
	e.expect(t, "PATCH", "/lyra/activities/"+itoa(a.ID)+"/", "", map[string]any{"content": "at 18:02"})
	if u.Content != "at 18:02" {
		t.Errorf("content %q", u.Content)
	}
	if _, err := e.c.Activities.Delete(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/lyra/activities/"+itoa(a.ID)+"/", "", nil)
	// Updates and deletes exist only under an organisation.
	plain := e.c.ForOrganisation("")
	if _, _, err := plain.Activities.Update(ctx, a.ID, &arcsecond.ActivityUpdate{}); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("update without organisation: %v", err)
	}
	if _, err := plain.Activities.Delete(ctx, a.ID); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("delete without organisation: %v", err)
	}
	check(plain.Activities.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/activities/", "", nil)
}

func TestActivityDecoding2018(t *testing.T) {
	// The 2018 swagger example's shape: coordinates with system and units,
	// organisation as a primary key, null content.
	raw := `{"id": 12, "creation_date": "2018-10-01T20:00:00Z", "date": "2018-10-01T19:58:31.123456Z", "title": "Observing M1",
		"content": null, "organisation": 3, "target": "M1", "coordinates": {"system": "ICRS", "right_ascension": 83.63, "declination": 22.01,
		"right_ascension_units": "deg", "declination_units": "deg"}, "links": [{"title": "ATel", "url": "https://example.org"}]}`
	var a arcsecond.Activity
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != 12 || a.Organisation != "3" || a.Target != "M1" || a.Content != "" || a.Coordinates.System != "ICRS" || *a.Coordinates.RightAscension != 83.63 ||
		!a.Date.Equal(time.Date(2018, 10, 1, 19, 58, 31, 123456000, time.UTC)) || len(a.Links) != 1 {
		t.Errorf("%+v", a)
	}
	if err := json.Unmarshal([]byte(`{"id": 1, "date": null, "creation_date": ""}`), &a); err != nil || !a.Date.IsZero() {
		t.Errorf("null dates: %v %v", a.Date, err)
	}
}
