package arcsecond_test

import (
	"encoding/json"
	"errors"
	"github.com/arcsecond-go/arcsecond/aa"
	"math"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestObjectsGetByNameWithSpace(t *testing.T) {
	_, c := publicServer(t)
	o, _, err := c.Objects.Get(t.Context(), "M 31")
	if err != nil {
		t.Fatal(err)
	}
	if o.Name != "M 31" || o.EquatorialCoordinates.RightAscension == nil || math.Abs(*o.EquatorialCoordinates.RightAscension-10.6847) > 1e-4 {
		t.Errorf("M 31 = %+v", o)
	}
	if len(o.Aliases) == 0 {
		t.Error("M 31 has no aliases")
	}
	co, _, err := c.Objects.Coordinates(t.Context(), "M 31")
	if err != nil {
		t.Fatal(err)
	}
	if co.Declination == nil || math.Abs(*co.Declination-41.269) > 1e-3 {
		t.Errorf("M 31 coordinates = %+v", co)
	}
	if _, _, err := c.Objects.Get(t.Context(), "No Such Object 42"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown object: err = %v, want ErrNotFound", err)
	}
}

func TestObjectsNameEscaping(t *testing.T) {
	c, last := recordingClient(t, `{"name":"x"}`)
	for name, want := range map[string]string{
		"M 31":         "GET /objects/M%2031/",
		"α Centauri A": "GET /objects/%CE%B1%20Centauri%20A/",
		"[ABC] 1+2?#":  "GET /objects/%5BABC%5D%201+2%3F%23/",
	} {
		if _, _, err := c.Objects.Get(t.Context(), name); err != nil {
			t.Fatal(err)
		}
		if *last != want {
			t.Errorf("Get(%q) sent %s, want %s", name, *last, want)
		}
	}
	for _, bad := range []string{"", "a/b", ".."} {
		if _, _, err := forbidSending(t).Objects.Get(t.Context(), bad); err == nil {
			t.Errorf("Get(%q) succeeded", bad)
		}
	}
}

func TestObjectsConeSearch(t *testing.T) {
	c, last := recordingClient(t, `[{"name":"M 31"}]`)
	objs, _, err := c.Objects.List(t.Context(), &arcsecond.ObjectListOptions{Cone: &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(10.6847), Dec: aa.Deg(41.269)}, Radius: aa.ArcSec(0.000001)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(objs) != 1 || objs[0].Name != "M 31" {
		t.Errorf("cone search = %v", objs)
	}
	if want := "GET /objects/?coordinates=10.6847%2C41.269&radius=0.000001"; *last != want {
		t.Errorf("sent %s, want %s", *last, want)
	}

	f := forbidSending(t)
	for _, opts := range []*arcsecond.ObjectListOptions{nil, {}} {
		if _, _, err := f.Objects.List(t.Context(), opts); !errors.Is(err, arcsecond.ErrMissingParameter) {
			t.Errorf("List(%v): err = %v, want ErrMissingParameter", opts, err)
		}
	}
	for _, opts := range []*arcsecond.ObjectListOptions{
		{Cone: &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(0), Dec: aa.Deg(-91)}}},
		{Cone: &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Rad(math.NaN())}}},
		{Cone: &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Rad(math.Inf(1))}}},
		{Cone: &arcsecond.Cone{Radius: aa.ArcSec(-1)}},
		{Cone: &arcsecond.Cone{Radius: aa.Deg(181)}},
		{Cone: &arcsecond.Cone{Radius: aa.Rad(math.NaN())}},
	} {
		if _, _, err := f.Objects.List(t.Context(), opts); err == nil {
			t.Errorf("List(%+v) succeeded", *opts.Cone)
		}
	}

	// The edge converts to the API's units: any right ascension is sent in
	// [0°, 360°), the radius in arcseconds, a zero radius not at all.
	for _, tt := range []struct {
		cone arcsecond.Cone
		want string
	}{
		{arcsecond.Cone{Center: aa.Equatorial{RA: aa.Hours(24), Dec: aa.Deg(-90)}, Radius: aa.Deg(1)}, "coordinates=0%2C-90&radius=3600"},
		{arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(-0.5), Dec: aa.Deg(0)}, Radius: aa.ArcMin(1.5)}, "coordinates=359.5%2C0&radius=90"},
		{arcsecond.Cone{Center: aa.Equatorial{RA: aa.HMS(false, 0, 42, 44.3), Dec: aa.DMS(false, 41, 16, 9)}}, "coordinates=10.6845833333%2C41.2691666667"},
		{arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(1e-12), Dec: aa.Deg(-1e-12)}, Radius: aa.ArcSec(1e-9)}, "coordinates=0%2C0&radius=0"},
	} {
		if _, _, err := c.Objects.List(t.Context(), &arcsecond.ObjectListOptions{Cone: &tt.cone}); err != nil {
			t.Fatal(err)
		}
		if want := "GET /objects/?" + tt.want; *last != want {
			t.Errorf("sent %s, want %s", *last, want)
		}
	}
}

func TestObjectsConeSearchAgainstServer(t *testing.T) {
	_, c := publicServer(t)
	objs, _, err := c.Objects.List(t.Context(), &arcsecond.ObjectListOptions{Cone: &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(83.7), Dec: aa.Deg(-5.4)}, Radius: aa.Deg(1)}})
	if err != nil {
		t.Fatal(err)
	}
	center := aa.Equatorial{RA: aa.Deg(83.7), Dec: aa.Deg(-5.4)}
	found := false
	for _, o := range objs {
		q := o.EquatorialCoordinates
		if q.RightAscension == nil || q.Declination == nil {
			t.Fatalf("%s has no coordinates", o.Name)
		}
		if sep := aa.Separation(center, aa.Equatorial{RA: aa.Deg(*q.RightAscension), Dec: aa.Deg(*q.Declination)}); sep.Deg() > 1 {
			t.Errorf("%s is %.2f° away, outside the 1° cone", o.Name, sep.Deg())
		}
		found = found || o.Name == "M 42"
	}
	if !found {
		t.Errorf("the cone around the Orion Nebula misses M 42: %d objects", len(objs))
	}
}

func TestObjectLegacyFieldNames(t *testing.T) {
	for name, doc := range map[string]string{
		"2023":             `{"name":"M 1","equatorial_coordinates":{"right_ascension":83.63,"declination":22.01,"epoch":2000}}`,
		"ICRS_coordinates": `{"name":"M 1","ICRS_coordinates":{"right_ascension":83.63,"declination":22.01,"epoch":2000}}`,
		"v1 coordinates": `{"name":"M 1","coordinates":{"system":"ICRS","right_ascension":83.63,"right_ascension_units":"deg",
			"declination":22.01,"declination_units":"deg","epoch":2000,"equinox":"J2000"},
			"aliases":[{"name":"NGC 1952","catalogue_url":"https://vizier.example/NGC1952"}]}`,
	} {
		var o arcsecond.AstronomicalObject
		if err := json.Unmarshal([]byte(doc), &o); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ec := o.EquatorialCoordinates
		if o.Name != "M 1" || ec.RightAscension == nil || *ec.RightAscension != 83.63 || ec.Declination == nil || *ec.Declination != 22.01 {
			t.Errorf("%s: decoded %+v", name, o)
		}
		if strings.HasPrefix(name, "v1") && (len(o.Aliases) != 1 || o.Aliases[0].VizierCatalogueURL == "") {
			t.Errorf("v1 alias catalogue_url not decoded: %+v", o.Aliases)
		}
	}
	var o arcsecond.AstronomicalObject
	if err := json.Unmarshal([]byte(`{"name": 3}`), &o); err == nil {
		t.Error("a number as name decoded")
	}
}
