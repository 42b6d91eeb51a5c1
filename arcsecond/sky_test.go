package arcsecond_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestEquatorialCoordinatesAccessors(t *testing.T) {
	tests := []struct {
		json   string
		ok     bool
		ra     float64 // degrees
		dec    float64
		String string
	}{
		{`{"right_ascension":10.68470833,"declination":41.26875,"epoch":2000}`, true, 10.68470833, 41.26875, "RA 10.68470833°, Dec 41.26875°, epoch 2000"},
		{`{"right_ascension":0,"declination":-90}`, true, 0, -90, "RA 0°, Dec -90°"},
		{`{"right_ascension":null,"declination":41.2}`, false, 0, 0, "RA ?, Dec 41.2°"},
		{`{"right_ascension":10}`, false, 0, 0, "RA 10°, Dec ?"},
		{`{}`, false, 0, 0, "RA ?, Dec ?"},
		{`{"right_ascension":10,"declination":90.5}`, false, 0, 0, "RA 10°, Dec 90.5°"},
	}
	for _, tt := range tests {
		var c arcsecond.EquatorialCoordinates
		if err := json.Unmarshal([]byte(tt.json), &c); err != nil {
			t.Fatal(err)
		}
		q, ok := c.Equatorial()
		if ok != tt.ok || ok && (math.Abs(q.RA.Deg()-tt.ra) > 1e-12 || math.Abs(q.Dec.Deg()-tt.dec) > 1e-12) {
			t.Errorf("%s: Equatorial() = %v %v, %v", tt.json, q.RA.Deg(), q.Dec.Deg(), ok)
		}
		for _, s := range []string{c.String(), fmt.Sprint(c), fmt.Sprint(&c), fmt.Sprintf("%v", struct {
			C *arcsecond.EquatorialCoordinates
		}{&c})} {
			if !strings.Contains(s, tt.String) {
				t.Errorf("%s printed as %q, want %q", tt.json, s, tt.String)
			}
		}
	}

	// What the API sends for an object prints without pointer addresses.
	var o arcsecond.AstronomicalObject
	if err := json.Unmarshal([]byte(`{"name":"M 31","equatorial_coordinates":{"right_ascension":10.6847,"declination":41.269}}`), &o); err != nil {
		t.Fatal(err)
	}
	if s := fmt.Sprintf("%v %+v", o, o); strings.Contains(s, "0x") || !strings.Contains(s, "RA 10.6847°, Dec 41.269°") {
		t.Errorf("object printed as %s", s)
	}

	// NewEquatorialCoordinates writes degrees, the right ascension in [0°, 360°).
	for _, tt := range []struct {
		q       aa.Equatorial
		ra, dec float64
	}{
		{aa.Equatorial{RA: aa.HMS(false, 0, 42, 44.3), Dec: aa.DMS(false, 41, 16, 9)}, 10.6845833333, 41.2691666667},
		{aa.Equatorial{RA: aa.Hours(-1), Dec: aa.Deg(-5.4)}, 345, -5.4},
		{aa.Equatorial{RA: aa.Deg(360 - 1e-13), Dec: aa.Deg(0)}, 0, 0},
		{aa.Equatorial{RA: aa.Deg(201.365), Dec: aa.Deg(-43.019)}, 201.365, -43.019},
	} {
		c := arcsecond.NewEquatorialCoordinates(tt.q)
		if *c.RightAscension != tt.ra || *c.Declination != tt.dec || c.Epoch != nil {
			t.Errorf("NewEquatorialCoordinates(%v) = %v", tt.q, c)
		}
		b, _ := json.Marshal(c)
		if want := fmt.Sprintf(`{"right_ascension":%v,"declination":%v}`, tt.ra, tt.dec); string(b) != want {
			t.Errorf("sent %s, want %s", b, want)
		}
	}
}

func TestActivityCoordinatesAccessors(t *testing.T) {
	tests := []struct {
		json    string
		ok      bool
		ra, dec float64 // degrees
		String  string
	}{
		{`{"right_ascension":150.1,"declination":2.2}`, true, 150.1, 2.2, "RA 150.1°, Dec 2.2°"},
		{`{"system":"ICRS","right_ascension":10.5,"right_ascension_units":"hours","declination":-20,"declination_units":"degrees"}`, true, 157.5, -20, "RA 10.5h, Dec -20° (ICRS)"},
		{`{"right_ascension":150.1,"declination":null}`, false, 0, 0, "RA 150.1°, Dec ?"},
		{`{"right_ascension":150.1,"declination":-91}`, false, 0, 0, "RA 150.1°, Dec -91°"},
	}
	for _, tt := range tests {
		var a arcsecond.Activity
		if err := json.Unmarshal([]byte(`{"id":1,"coordinates":`+tt.json+`}`), &a); err != nil {
			t.Fatal(err)
		}
		q, ok := a.Coordinates.Equatorial()
		p, pok := a.Position()
		if ok != tt.ok || pok != ok || p != q || ok && (math.Abs(q.RA.Deg()-tt.ra) > 1e-9 || math.Abs(q.Dec.Deg()-tt.dec) > 1e-12) {
			t.Errorf("%s: Equatorial() = %v %v, %v; Position() = %v, %v", tt.json, q.RA.Deg(), q.Dec.Deg(), ok, p, pok)
		}
		if s := fmt.Sprint(a.Coordinates); s != tt.String {
			t.Errorf("%s printed as %q, want %q", tt.json, s, tt.String)
		}
	}
	var none arcsecond.Activity
	if _, ok := none.Position(); ok {
		t.Error("an activity without coordinates has a position")
	}
}

func TestGeoCoordinatesAccessors(t *testing.T) {
	for _, tt := range []struct {
		g  arcsecond.GeoCoordinates
		ok bool
	}{
		{arcsecond.GeoCoordinates{Longitude: -17.88, Latitude: 28.76, Height: 2396}, true},
		{arcsecond.GeoCoordinates{}, true}, // 0°, 0°: a place, even if often an unset one
		{arcsecond.GeoCoordinates{Longitude: 350, Latitude: -90}, true},
		{arcsecond.GeoCoordinates{Latitude: 90.01}, false},
		{arcsecond.GeoCoordinates{Longitude: 361}, false},
		{arcsecond.GeoCoordinates{Longitude: math.NaN()}, false},
		{arcsecond.GeoCoordinates{Height: math.Inf(1)}, false},
	} {
		g, ok := tt.g.Geographic()
		if ok != tt.ok {
			t.Errorf("%+v: ok = %v", tt.g, ok)
			continue
		}
		if ok && (math.Abs(g.Lon.Deg()-tt.g.Longitude) > 1e-12 || math.Abs(g.Lat.Deg()-tt.g.Latitude) > 1e-12 || g.HeightMetres != tt.g.Height) {
			t.Errorf("%+v: Geographic() = %v %v %v", tt.g, g.Lon.Deg(), g.Lat.Deg(), g.HeightMetres)
		}
	}
	g := arcsecond.NewGeoCoordinates(aa.Geographic{Lat: aa.DMS(false, 28, 45, 36), Lon: aa.Deg(360 - 17.88), HeightMetres: 2396})
	if want := (arcsecond.GeoCoordinates{Longitude: -17.88, Latitude: 28.76, Height: 2396}); g != want {
		t.Errorf("NewGeoCoordinates = %+v, want %+v", g, want)
	}
}
