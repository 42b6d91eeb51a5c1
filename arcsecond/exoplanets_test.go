package arcsecond_test

import (
	"encoding/json"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestExoplanetsListSearchAndQuantities(t *testing.T) {
	_, c := publicServer(t)
	page, resp, err := c.Exoplanets.List(t.Context(), &arcsecond.ExoplanetListOptions{ListOptions: arcsecond.ListOptions{PageSize: 5}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page) != 5 || resp.Count < 40 || resp.NextPage != 2 {
		t.Fatalf("first page: %d items, count %d, next page %d", len(page), resp.Count, resp.NextPage)
	}
	n := 0
	for p, err := range c.Exoplanets.All(t.Context(), &arcsecond.ExoplanetListOptions{ListOptions: arcsecond.ListOptions{PageSize: 7}}) {
		if err != nil {
			t.Fatal(err)
		}
		if p.Name == "" {
			t.Error("exoplanet without a name")
		}
		n++
	}
	if n != resp.Count {
		t.Errorf("All yielded %d exoplanets, count says %d", n, resp.Count)
	}

	found, _, err := c.Exoplanets.List(t.Context(), &arcsecond.ExoplanetListOptions{Search: "51 Peg"})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) == 0 || found[0].Name != "51 Peg b" {
		t.Fatalf("search 51 Peg = %v", found)
	}
	p, _, err := c.Exoplanets.Get(t.Context(), "51 Peg b")
	if err != nil {
		t.Fatal(err)
	}
	if !p.OrbitalPeriod.Known() || *p.OrbitalPeriod.Value != 4.2308 || p.ParentStar != "51 Peg" {
		t.Errorf("51 Peg b = period %+v, star %q", p.OrbitalPeriod, p.ParentStar)
	}
	co, _, err := c.Exoplanets.Coordinates(t.Context(), "51 Peg b")
	if err != nil {
		t.Fatal(err)
	}
	if co.Name != "51 Peg b" || co.EquatorialCoordinates.RightAscension == nil {
		t.Errorf("coordinates = %+v", co)
	}
}

func TestExoplanetQuantityAndLegacyCoordinates(t *testing.T) {
	doc := `{"name":"HD 209458 b","parent_star":"HD 209458",
		"coordinates":{"system":"ICRS","right_ascension":330.79,"right_ascension_units":"deg","declination":18.88,"declination_units":"deg","epoch":2000},
		"mass":{"value":0.69,"unit":"M_jup","error_min":0.017,"error_max":0.017,"bibcode":"2008ApJ...677.1324T"},
		"eccentricity":{"value":null},
		"primary_transit":{"value":2452826.62851,"unit":"JD"}}`
	var p arcsecond.Exoplanet
	if err := json.Unmarshal([]byte(doc), &p); err != nil {
		t.Fatal(err)
	}
	if p.EquatorialCoordinates.RightAscension == nil || *p.EquatorialCoordinates.RightAscension != 330.79 {
		t.Errorf("legacy coordinates not decoded: %+v", p.EquatorialCoordinates)
	}
	m := p.Mass
	if !m.Known() || *m.Value != 0.69 || m.Unit != "M_jup" || *m.ErrorMin != 0.017 || m.Bibcode != "2008ApJ...677.1324T" {
		t.Errorf("mass = %+v", m)
	}
	if tr := p.TzeroPrimaryTransit; !tr.Known() || *tr.Value != 2452826.62851 {
		t.Errorf("v1 primary_transit not decoded: %+v", tr)
	}
	if p.Eccentricity.Known() || p.Radius.Known() {
		t.Error("null and absent quantities are known")
	}
}
