package arcsecondtest

import (
	"math"
	"net/http"
	"reflect"
	"strconv"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// undocumentedCases are the conformance cases of undocumented.go's routes.
func undocumentedCases(t *testing.T, admin, anon *arcsecond.Client) map[string]func() {
	cases := map[string]func(){
		"/converters/coordinates/icrs/ra/{ra}/dec/{dec}/distance/{distance}/": func() {
			r := send(t, anon, http.MethodGet, "converters/coordinates/icrs/ra/10.6847/dec/41.269/distance/765000/", nil)
			wantStatus(t, "convert with distance", r, http.StatusOK)
			if r.object()["distance"] != 765000.0 {
				t.Errorf("distance: %v", r.body)
			}
			wantStatus(t, "convert, bad distance", send(t, anon, http.MethodGet, "converters/coordinates/icrs/ra/1/dec/1/distance/x/", nil), http.StatusBadRequest)
		},
		"/findingcharts/{input}/": func() {
			r := send(t, anon, http.MethodGet, "findingcharts/NGC%20224/", nil)
			wantStatus(t, "finding charts", r, http.StatusOK)
			if charts, _ := r.body.([]any); len(charts) != 2 {
				t.Errorf("finding charts: %v", r.body)
			}
			wantStatus(t, "finding charts, unknown", send(t, anon, http.MethodGet, "findingcharts/Nowhere/", nil), http.StatusNotFound)
		},
		"/{organisation}/observedtargets/": func() {
			r := send(t, admin, http.MethodGet, SeedOrganisation+"/observedtargets/", nil)
			wantStatus(t, "observed targets", r, http.StatusOK)
			if _, ok := r.body.([]any); !ok {
				t.Errorf("observed targets: %v", r.body)
			}
		},
		"/satellitecounts/": func() {
			r := send(t, anon, http.MethodGet, "satellitecounts/", nil)
			wantStatus(t, "satellite counts", r, http.StatusOK)
			if len(r.object()) == 0 {
				t.Errorf("satellite counts: %v", r.body)
			}
		},
		"/schema/": func() {
			r := send(t, anon, http.MethodGet, "schema/?format=json", nil)
			wantStatus(t, "schema", r, http.StatusOK)
			if r.object()["openapi"] != "3.0.3" {
				t.Errorf("schema: %v", r.object()["openapi"])
			}
			wantStatus(t, "schema, bad format", send(t, anon, http.MethodGet, "schema/?format=xml", nil), http.StatusBadRequest)
		},
		"/converters/coordinates/supergalactic/sgl/{sgl}/sgb/{sgb}/": func() {
			r := send(t, anon, http.MethodGet, "converters/coordinates/supergalactic/sgl/0/sgb/0/", nil)
			wantStatus(t, "convert from supergalactic", r, http.StatusOK)
			gal, _ := r.object()["Galactic"].(map[string]any)
			if l, _ := gal["longitude"].(float64); math.Abs(l-137.37) > 1e-6 {
				t.Errorf("SGL 0, SGB 0 = %v, want l = 137.37", gal)
			}
		},
		"/satellites/{norad_catalog_number}/ephemeris/": func() {
			r := send(t, anon, http.MethodGet, "satellites/25544/ephemeris/", nil)
			wantStatus(t, "ISS ephemeris", r, http.StatusOK)
			// the ISS orbits 6 700 to 6 800 km from the Earth's centre
			if d, _ := r.object()["distance"].(float64); d < 6600 || d > 6900 {
				t.Errorf("ISS ephemeris: %v", r.body)
			}
			wantStatus(t, "unknown satellite", send(t, anon, http.MethodGet, "satellites/1/ephemeris/", nil), http.StatusNotFound)
		},
		"/smallbodies/{primary_spk_id}/ephemerides/": func() {
			wantStatus(t, "ephemerides, unknown body", send(t, anon, http.MethodGet, "smallbodies/20000001/ephemerides/", nil), http.StatusNotFound)
		},
	}
	for _, frame := range []string{"icrs", "fk5", "fk4", "fk4noeterms", "galactic"} {
		cases["/converters/coordinates/"+frame+"/ra/{ra}/dec/{dec}/"] = func() {
			r := send(t, anon, http.MethodGet, "converters/coordinates/"+frame+"/ra/10.6847/dec/41.269/", nil)
			wantStatus(t, "convert from "+frame, r, http.StatusOK)
			if _, ok := r.object()["Galactic"]; !ok {
				t.Errorf("convert from %s: %v", frame, r.body)
			}
			wantStatus(t, "convert, bad dec", send(t, anon, http.MethodGet, "converters/coordinates/"+frame+"/ra/1/dec/91/", nil), http.StatusBadRequest)
		}
	}
	for _, p := range []string{"billing-portal", "new-subscription", "payment-setup"} {
		cases["/stripe/"+p+"/"] = func() {
			r := send(t, admin, http.MethodPost, "stripe/"+p+"/", nil)
			wantStatus(t, p, r, http.StatusOK)
			if r.object()["url"] == nil {
				t.Errorf("%s: %v", p, r.body)
			}
			wantStatus(t, p+", anonymous", send(t, anon, http.MethodPost, "stripe/"+p+"/", nil), http.StatusUnauthorized)
		}
	}
	return cases
}

func TestConvertM31(t *testing.T) {
	s := NewServer()
	defer s.Close()
	c, err := s.Client()
	if err != nil {
		t.Fatal(err)
	}
	r := send(t, c, http.MethodGet, "converters/coordinates/icrs/ra/10.6847/dec/41.269/", nil)
	gal, _ := r.object()["Galactic"].(map[string]any)
	l, _ := gal["longitude"].(float64)
	b, _ := gal["latitude"].(float64)
	// M 31 is at l = 121.1743°, b = −21.5733° (SIMBAD)
	if math.Abs(l-121.1743) > 1e-3 || math.Abs(b+21.5733) > 1e-3 {
		t.Errorf("M 31 galactic = %v", r.body)
	}
	back := send(t, c, http.MethodGet, "converters/coordinates/galactic/ra/121.1743/dec/-21.5733/", nil)
	icrs, _ := back.object()["ICRS"].(map[string]any)
	if ra, _ := icrs["right_ascension"].(float64); math.Abs(ra-10.6847) > 1e-3 {
		t.Errorf("back to ICRS: %v", back.body)
	}
}

func TestObservedTargets(t *testing.T) {
	s := NewServer(WithSeedData(false))
	defer s.Close()
	for i, log := range []string{"n1", "n1", "n2"} {
		s.db.coll("observations").insert(record{"organisation": SeedOrganisation, "target_name": "M 42", "night_log": log, "duration": strconv.Itoa(30 * (i + 1))}, nil)
	}
	s.db.coll("observations").insert(record{"organisation": "elsewhere", "target_name": "M 42", "night_log": "n3", "duration": "1"}, nil)
	c, err := s.Client()
	if err != nil {
		t.Fatal(err)
	}
	r := send(t, c, http.MethodGet, SeedOrganisation+"/observedtargets/", nil)
	want := []any{map[string]any{"name": "M 42", "observation_count": 3.0, "night_log_count": 2.0, "total_duration": 180.0}}
	if !reflect.DeepEqual(r.body, want) {
		t.Errorf("observed targets = %v, want %v", r.body, want)
	}
}
