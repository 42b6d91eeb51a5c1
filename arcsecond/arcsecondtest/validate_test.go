package arcsecondtest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestRequestValidation: writes are validated against the request schema
// of the OpenAPI document with Django REST framework's messages and error
// shape. Each case is one bad body and the exact error body DRF gives.
func TestRequestValidation(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "edwin")
	const org = SeedOrganisation + "/"
	tel := str(send(t, c, http.MethodGet, "telescopes/UT1/", nil).object()["uuid"])
	ds := str(send(t, c, http.MethodPost, org+"datasets/", map[string]any{"name": "ok"}).object()["uuid"])
	missing := "0b9c8f0e-4d1a-4b6e-9a57-4f7d2c3e1a99"
	carlsNight := str(send(t, clientAs(t, s, "carl"), http.MethodPost, "nightlogs/", map[string]any{"date": "2026-03-20"}).object()["uuid"])
	for _, tc := range []struct {
		what, method, path string
		body               map[string]any
		want               string // the JSON error body
	}{
		{"date", "POST", "nightlogs/", map[string]any{"date": "20/03/2026"},
			`{"date":["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}`},
		{"date-time", "POST", "activities/", map[string]any{"title": "x", "date": "tonight"},
			`{"date":["Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."]}`},
		{"reference not a uuid", "POST", "nightlogs/", map[string]any{"date": "2026-03-20", "telescope": "UT1"},
			`{"telescope":["“UT1” is not a valid UUID."]}`},
		{"reference to nothing", "POST", "nightlogs/", map[string]any{"date": "2026-03-20", "telescope": missing},
			`{"telescope":["Invalid pk \"` + missing + `\" - object does not exist."]}`},
		{"Cloud-era reference", "POST", org + "datasets/", map[string]any{"name": "x", "telescope": missing},
			`{"telescope":["Invalid pk \"` + missing + `\" - object does not exist."]}`},
		{"list of references", "POST", "datapackages/", map[string]any{"datasets": []any{missing}},
			`{"datasets":["Invalid pk \"` + missing + `\" - object does not exist."]}`},
		{"another's record", "POST", "observations/", map[string]any{"night_log": carlsNight},
			`{"night_log":["Invalid pk \"` + carlsNight + `\" - object does not exist."]}`},
		{"URL", "POST", "observingsites/", map[string]any{"name": "x", "coordinates": map[string]any{}, "homepage_url": "www.example.org"},
			`{"homepage_url":["Enter a valid URL."]}`},
		{"e-mail", "POST", org + "invitations/", map[string]any{"invitee_email": "someone@"},
			`{"invitee_email":["Enter a valid email address."]}`},
		{"choice", "POST", "telescopes/", map[string]any{"name": "x", "observing_site": str(send(t, c, http.MethodGet, "observingsites/", nil).object()["results"].([]any)[0].(map[string]any)["uuid"]), "mounting": "fork"},
			`{"mounting":["\"fork\" is not a valid choice."]}`},
		{"length", "POST", org + "datasets/", map[string]any{"name": strings.Repeat("x", 101)},
			`{"name":["Ensure this field has no more than 100 characters."]}`},
		{"list item length", "POST", org + "datasets/", map[string]any{"tag_array": []any{"ok", strings.Repeat("t", 1001)}},
			`{"tag_array":{"1":["Ensure this field has no more than 1000 characters."]}}`},
		{"required", "POST", "nightlogs/", map[string]any{"journal": "clear"},
			`{"date":["This field is required."]}`},
		{"null", "POST", "nightlogs/", map[string]any{"date": nil},
			`{"date":["This field may not be null."]}`},
		{"nested object", "POST", "observingsites/", map[string]any{"name": "x", "coordinates": map[string]any{"latitude": "north"}},
			`{"coordinates":{"latitude":["A valid number is required."]}}`},
		{"nested not an object", "POST", "observingsites/", map[string]any{"name": "x", "coordinates": "43.9,5.7"},
			`{"coordinates":{"non_field_errors":["Invalid data. Expected a dictionary, but got str."]}}`},
		{"integer bounds", "POST", "datapackages/", map[string]any{"size": 1 << 40},
			`{"size":["Ensure this value is less than or equal to 2147483647."]}`},
		{"list", "POST", org + "datasets/", map[string]any{"tag_array": "a"},
			`{"tag_array":["Expected a list of items but got type \"str\"."]}`},
	} {
		r := send(t, c, tc.method, tc.path, tc.body)
		got, _ := json.Marshal(r.body)
		if r.status != http.StatusBadRequest || string(got) != tc.want {
			t.Errorf("%s: %d %s\n want 400 %s", tc.what, r.status, got, tc.want)
		}
	}
	// Good values are stored as the API renders them.
	r := send(t, c, http.MethodPost, "activities/", map[string]any{"title": "x", "date": "2026-03-20 22:15+01:00"})
	if r.status != http.StatusCreated || r.object()["date"] != "2026-03-20T21:15:00.000000Z" {
		t.Errorf("date-time: %d %v", r.status, r.object()["date"])
	}
	r = send(t, c, http.MethodPost, "nightlogs/", map[string]any{"date": "2026-3-5", "telescope": strings.ToUpper(tel)})
	if r.status != http.StatusCreated || r.object()["date"] != "2026-03-05" || r.object()["telescope"] != tel {
		t.Errorf("date and reference: %d %v", r.status, r.body)
	}
	// A PATCH validates only what it sends.
	wantStatus(t, "partial", send(t, c, http.MethodPatch, org+"datasets/"+ds+"/", map[string]any{"description": "ok"}), http.StatusOK)
}

// Forms: a field sent twice is a list for a list member (DRF's ListField),
// its last value otherwise; an empty file is refused.
func TestFormValidation(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	ds := str(send(t, c, http.MethodPost, "datasets/", map[string]any{"name": "forms"}).object()["uuid"])
	form := url.Values{"dataset": {ds}, "tags": {"a", "b"}, "name": {"first", "second"}}
	req, _ := c.NewRequest(t.Context(), http.MethodPost, "datafiles/", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r := do(c, req)
	// A form without a file part is refused as DRF's FileField refuses it.
	if r.status != http.StatusBadRequest || r.object()["file"] == nil {
		t.Errorf("form without file: %d %v", r.status, r.body)
	}
	nl := url.Values{"date": {"2026-03-19", "2026-03-20"}, "tag_array": {"x", "y"}}
	req, _ = c.NewRequest(t.Context(), http.MethodPost, "nightlogs/", strings.NewReader(nl.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r = do(c, req)
	if r.status != http.StatusCreated || r.object()["date"] != "2026-03-20" || len(r.object()["tag_array"].([]any)) != 2 {
		t.Errorf("repeated form fields: %d %v", r.status, r.body)
	}
}
