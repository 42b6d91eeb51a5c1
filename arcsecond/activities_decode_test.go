package arcsecond

import (
	"encoding/json"
	"reflect"
	"testing"
)

// activitySamples are activity bodies in the shapes the API has used, and
// awkward ones, for the differential test of the two decoding paths.
var activitySamples = []string{
	`{"id": 1, "creation_date": "2026-11-28T03:14:15.926Z", "date": "2026-11-28T03:00:00Z", "title": "UT1 observing", "content": null,
	  "label": "observation", "links": [{"title": "log", "url": "https://example.org/log"}], "profile": null, "satellite": "",
	  "observing_site": "c5e0f1a2-0000-4000-8000-000000000001", "telescope": "7e1e5c0e", "instrument": "1a5e", "programme": {"id": 100, "name": "A"},
	  "programme_type": "GO", "target_name": "NGC 1007", "organisation": "eso", "collaboration": null,
	  "coordinates": {"right_ascension": 83.82, "declination": -5.39, "epoch": 2000.0}}`,
	`{"id": 2, "organisation": 7, "collaboration": 12, "coordinates": {"system": "ICRS", "right_ascension": 10.5, "declination": null, "right_ascension_units": "deg", "declination_units": "deg"}, "target": "M 31"}`,
	`{"id": 3, "title": "caf\u00e9 \"quoted\" \\ slash", "date": "", "creation_date": null, "links": [], "programme": null}`,
	`{"ID": 4, "Title": "upper-case keys match too"}`,
	`{"id": 5, "tit\u006ce": "escaped key"}`,
	`{"id": 6, "unknown": {"nested": [1, 2, {"a": "b"}]}, "links": [{"title": null, "url": "u", "extra": 1}]}`,
	`{"id": 7, "date": "2026-11-28", "coordinates": null, "links": null, "satellite": 25544}`,
	`{"id": 8, "title": 42}`,
	`{"id": 9.5}`,
	`{"id": 10, "date": "not a date"}`,
	`{"id": 11, "links": [{"title": "a"}, {"url": "b"}], "label": "x", "label": "duplicate wins"}`,
	`[1, 2]`,
	`{}`,
}

// FuzzActivityDecode checks that the fast path, whenever it accepts an
// input, decodes it exactly as encoding/json does.
func FuzzActivityDecode(f *testing.F) {
	for _, s := range activitySamples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !json.Valid(b) {
			return
		}
		var fast, slow Activity
		if !fast.decodeFast(b) {
			return
		}
		if err := slow.decodeSlow(b); err != nil {
			t.Fatalf("fast path accepted what encoding/json refuses (%v): %s", err, b)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("paths differ for %s:\nfast %#v\nslow %#v", b, fast, slow)
		}
	})
}

func TestActivityFastPathTakesTheCommonShapes(t *testing.T) {
	for i, s := range activitySamples[:3] {
		var a Activity
		if !a.decodeFast([]byte(s)) {
			t.Errorf("sample %d fell back to the general path", i)
		}
	}
	var a Activity
	if err := json.Unmarshal([]byte(activitySamples[0]), &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != 1 || a.Organisation != "eso" || a.Coordinates == nil || *a.Coordinates.RightAscension != 83.82 ||
		len(a.Links) != 1 || a.Links[0].URL != "https://example.org/log" || a.Date.Hour() != 3 || string(a.Programme) != `{"id": 100, "name": "A"}` {
		t.Errorf("decoded %+v", a)
	}
	if err := json.Unmarshal([]byte(`{"id": 1, "date": "yesterday"}`), &a); err == nil {
		t.Error("a bad date was accepted")
	}
}
