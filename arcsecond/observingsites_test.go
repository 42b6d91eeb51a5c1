package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestObservingSitesAndTelescopes(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	site := check(e.c.ObservingSites.Create(ctx, &arcsecond.ObservingSiteCreate{Name: "Haute-Provence", Coordinates: arcsecond.GeoCoordinates{Longitude: 5.7133, Latitude: 43.9317, Height: 650}})).ok(t)
	e.expect(t, "POST", "/observingsites/", "", map[string]any{"name": "Haute-Provence", "coordinates": map[string]any{"longitude": 5.7133, "latitude": 43.9317, "height": 650}})
	check(e.c.ObservingSites.Get(ctx, site.UUID)).ok(t)
	e.expect(t, "GET", "/observingsites/"+site.UUID+"/", "", nil)
	check(e.c.ObservingSites.List(ctx, &arcsecond.ListOptions{Page: 1, PageSize: 10})).ok(t)
	e.expect(t, "GET", "/observingsites/", "page=1&page_size=10", nil)
	u := check(e.c.ObservingSites.Update(ctx, site.UUID, &arcsecond.ObservingSiteUpdate{Acronym: arcsecond.Ptr("OHP")})).ok(t)
	e.expect(t, "PATCH", "/observingsites/"+site.UUID+"/", "", map[string]any{"acronym": "OHP"})
	if u.Acronym != "OHP" {
		t.Errorf("acronym %q", u.Acronym)
	}
	w := check(e.c.ObservingSites.Weather(ctx, site.UUID)).ok(t)
	e.expect(t, "GET", "/observingsites/"+site.UUID+"/weather/", "", nil)
	if w.Temperature == nil || w.Seeing != nil || w.ObservingSite != site.UUID {
		t.Errorf("weather %+v", w)
	}
	check(e.c.ObservingSites.Interferometers(ctx, site.UUID)).ok(t)
	e.expect(t, "GET", "/observingsites/"+site.UUID+"/interferometers/", "", nil)
	img := check(e.c.ObservingSites.Images(site.UUID).Upload(ctx, arcsecond.File{Name: "dome.jpg", Content: bytesReader("JPEG"), Size: 4, ContentType: "image/jpeg"}, nil)).ok(t)
	if got := e.rec.last(t); got.Method != "POST" || got.Path != "/observingsites/"+site.UUID+"/images/" || got.Form["file"] != "@dome.jpg" {
		t.Errorf("image upload sent %+v", got)
	}
	if img.ObservingSite != site.UUID {
		t.Errorf("image %+v", img)
	}
	imgs := check(e.c.ObservingSites.Images(site.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/observingsites/"+site.UUID+"/images/", "", nil)
	if len(imgs) != 1 {
		t.Errorf("%d images", len(imgs))
	}
	check(e.c.ObservingSites.Updates().List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/observingsites/updates/", "", nil)

	tel := check(e.c.ObservingSites.Telescopes(site.UUID).Create(ctx, &arcsecond.TelescopeCreate{Name: "T193", Alias: "t193", ObservingSite: site.UUID, Mounting: arcsecond.MountingEquatorial})).ok(t)
	e.expect(t, "POST", "/observingsites/"+site.UUID+"/telescopes/", "", map[string]any{"name": "T193", "alias": "t193", "observing_site": site.UUID, "mounting": "equ"})
	check(e.c.ObservingSites.Telescopes(site.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/observingsites/"+site.UUID+"/telescopes/", "", nil)
	byAlias := check(e.c.Telescopes.Get(ctx, "t193")).ok(t)
	e.expect(t, "GET", "/telescopes/t193/", "", nil)
	if byAlias.UUID != tel.UUID || byAlias.Mounting != arcsecond.MountingEquatorial {
		t.Errorf("by alias %+v", byAlias)
	}
	check(e.c.Telescopes.Update(ctx, tel.UUID, &arcsecond.TelescopeUpdate{Acronym: arcsecond.Ptr("T1.93")})).ok(t)
	e.expect(t, "PATCH", "/telescopes/"+tel.UUID+"/", "", map[string]any{"acronym": "T1.93"})
	check(e.c.Telescopes.List(ctx, nil)).ok(t)
	check(e.c.Telescopes.Images("t193").Upload(ctx, arcsecond.File{Name: "t193.png", Content: bytesReader("PNG"), Size: 3}, nil)).ok(t)
	if got := e.rec.last(t); got.Path != "/telescopes/t193/images/" || got.Form["file"] != "@t193.png" {
		t.Errorf("telescope image sent %+v", got)
	}
	check(e.c.Telescopes.Images("t193").List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/telescopes/t193/images/", "", nil)
	check(e.c.Telescopes.Updates().List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/telescopes/updates/", "", nil)
	if _, err := e.c.Telescopes.Delete(ctx, tel.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/telescopes/"+tel.UUID+"/", "", nil)
}

func TestOrganisationTelescopes(t *testing.T) {
	e := newEnv(t, "admin", arcsecond.WithOrganisation("lyra"))
	_, tel := e.siteAndTelescope(t)
	e.expect(t, "POST", "/lyra/telescopes/", "", nil)
	got := check(e.c.Telescopes.Get(t.Context(), tel)).ok(t)
	e.expect(t, "GET", "/lyra/telescopes/"+tel+"/", "", nil)
	if got.Alias != "t1m" {
		t.Errorf("telescope %+v", got)
	}
}
