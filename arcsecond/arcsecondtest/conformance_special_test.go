package arcsecondtest

import (
	"encoding/base64"
	"maps"
	"net/http"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// checkSpecialRoutes covers the routes served by special handlers; every such
// route of the router must have a case here.
func (cf *conformance) checkSpecialRoutes(admin, anon *arcsecond.Client, routes []*route) {
	t, s := cf.t, cf.s
	annie := s.UserWithRole("superadmin")
	observer := clientAs(t, s, s.UserWithRole("observer").Username)
	key := base64.StdEncoding.EncodeToString([]byte("0123456789abcdef0123456789abcdef"))
	enrolled := map[string]string{}

	cases := map[string]func(){
		"/auth/token/": func() {
			r := send(t, anon, http.MethodPost, "auth/token/", map[string]any{"username": annie.Username, "password": annie.Password, "client": "desktop"})
			wantStatus(t, "JWT login", r, http.StatusOK)
			for _, k := range []string{"access", "refresh", "access_exp", "refresh_exp", "username"} {
				if _, ok := r.object()[k]; !ok {
					t.Errorf("JWT login: no %q in %v", k, r.body)
				}
			}
			wantStatus(t, "JWT login, wrong password", send(t, anon, http.MethodPost, "auth/token/", map[string]any{"username": annie.Username, "password": "nope"}), http.StatusUnauthorized)
			wantStatus(t, "JWT login, blank", send(t, anon, http.MethodPost, "auth/token/", map[string]any{"username": ""}), http.StatusBadRequest)
		},
		"/auth/token/refresh/": func() {
			pair := send(t, anon, http.MethodPost, "auth/token/", map[string]any{"username": annie.Username, "password": annie.Password}).object()
			r := send(t, anon, http.MethodPost, "auth/token/refresh/", map[string]any{"refresh": pair["refresh"]})
			wantStatus(t, "refresh", r, http.StatusOK)
			if r.object()["refresh"] == pair["refresh"] {
				t.Error("refresh: the refresh token was not rotated")
			}
			again := send(t, anon, http.MethodPost, "auth/token/refresh/", map[string]any{"refresh": pair["refresh"]})
			wantStatus(t, "refresh reused", again, http.StatusBadRequest)
			if detail(again) != "Invalid or expired refresh token." {
				t.Errorf("refresh reused: detail %q", detail(again))
			}
		},
		"/auth/login/": func() {
			r := send(t, anon, http.MethodPost, "auth/login/", map[string]any{"username": annie.Username, "password": annie.Password})
			wantStatus(t, "login", r, http.StatusOK)
			if r.object()["key"] != annie.Token {
				t.Errorf("login: key %v", r.object()["key"])
			}
			bad := send(t, anon, http.MethodPost, "auth/login/", map[string]any{"username": annie.Username, "password": "x"})
			wantStatus(t, "login, wrong password", bad, http.StatusUnauthorized)
			if detail(bad) != "Unable to log in with provided credentials." {
				t.Errorf("login 401 detail %q", detail(bad))
			}
		},
		"/auth/key/verify/": func() {
			for _, k := range []string{annie.AccessKey, annie.UploadKey} {
				wantStatus(t, "verify key", send(t, anon, http.MethodPost, "auth/key/verify/", map[string]any{"username": annie.Username, "key": k}), http.StatusNoContent)
			}
			wantStatus(t, "verify another's key", send(t, anon, http.MethodPost, "auth/key/verify/", map[string]any{"username": "carl", "key": annie.AccessKey}), http.StatusUnauthorized)
			r := send(t, anon, http.MethodPost, "auth/key/verify/", map[string]any{"username": annie.Username})
			wantStatus(t, "verify without key", r, http.StatusBadRequest)
			if got := r.object()["key"]; got == nil {
				t.Errorf("verify without key: no field error: %v", r.body)
			}
		},
		"/auth/key/verify-organisation/": func() {
			body := func(u User, org string) map[string]any {
				return map[string]any{"username": u.Username, "key": u.UploadKey, "organisation": org}
			}
			carl, _ := s.User("carl")
			wantStatus(t, "verify member", send(t, anon, http.MethodPost, "auth/key/verify-organisation/", body(annie, SeedOrganisation)), http.StatusNoContent)
			wantStatus(t, "verify non-member", send(t, anon, http.MethodPost, "auth/key/verify-organisation/", body(carl, SeedOrganisation)), http.StatusForbidden)
			wantStatus(t, "verify unknown org", send(t, anon, http.MethodPost, "auth/key/verify-organisation/", body(annie, "nowhere")), http.StatusNotFound)
		},
		"/auth/registration/": func() {
			r := send(t, anon, http.MethodPost, "auth/registration/", map[string]any{"username": "x1", "email": "x@example.org", "password1": "abcdefgh1", "password2": "abcdefgh2"})
			wantStatus(t, "registration, passwords differ", r, http.StatusBadRequest)
			wantStatus(t, "registration, taken", send(t, anon, http.MethodPost, "auth/registration/", map[string]any{"username": "annie", "email": "a@example.org", "password1": "abcdefgh1", "password2": "abcdefgh1"}), http.StatusBadRequest)
		},
		"/{organisation}/uploadkeys/": func() {
			r := send(t, admin, http.MethodGet, SeedOrganisation+"/uploadkeys/", nil)
			wantStatus(t, "org upload keys", r, http.StatusOK)
			list, _ := r.body.([]any)
			if len(list) < 4 {
				t.Errorf("org upload keys: %d entries", len(list))
			}
			wantStatus(t, "org upload keys as observer", send(t, observer, http.MethodGet, SeedOrganisation+"/uploadkeys/", nil), http.StatusForbidden)
		},
		"/standardstars/": func() {
			r := send(t, anon, http.MethodGet, "standardstars/?around=88.1,15.9&catalogue=1&count=3", nil)
			wantStatus(t, "standard stars", r, http.StatusOK)
			list, _ := r.body.([]any)
			if len(list) != 3 || list[0].(map[string]any)["name"] != "GD 71" {
				t.Errorf("standard stars around GD 71: %v", r.body)
			}
			bad := send(t, anon, http.MethodGet, "standardstars/?catalogue=1", nil)
			wantStatus(t, "standard stars without around", bad, http.StatusBadRequest)
		},
		"/objects/{name}/coordinates/": func() {
			r := send(t, anon, http.MethodGet, "objects/NGC%20224/coordinates/", nil)
			wantStatus(t, "object coordinates by alias", r, http.StatusOK)
			if r.object()["right_ascension"] != 10.6847 {
				t.Errorf("M 31 coordinates: %v", r.body)
			}
			wantStatus(t, "unknown object", send(t, anon, http.MethodGet, "objects/Nowhere/coordinates/", nil), http.StatusNotFound)
		},
		"/exoplanets/{name}/coordinates/": func() {
			r := send(t, anon, http.MethodGet, "exoplanets/51%20Peg%20b/coordinates/", nil)
			wantStatus(t, "exoplanet coordinates", r, http.StatusOK)
			if eq, _ := r.object()["equatorial_coordinates"].(map[string]any); r.object()["name"] != "51 Peg b" || eq["declination"] != 20.7689 {
				t.Errorf("51 Peg b coordinates: %v", r.body)
			}
		},
		"/catalogues/{id}/tables/": func() {
			r := send(t, anon, http.MethodGet, "catalogues/1/tables/", nil)
			wantStatus(t, "catalogue tables", r, http.StatusOK)
			if list, _ := r.body.([]any); len(list) != 1 || list[0].(map[string]any)["rows_count"] != float64(len(standardStars)) {
				t.Errorf("catalogue tables: %v", r.body)
			}
			wantStatus(t, "unknown catalogue", send(t, anon, http.MethodGet, "catalogues/99/tables/", nil), http.StatusNotFound)
		},
		"/catalogues/{id}/tables/{table_index}/": func() {
			wantStatus(t, "catalogue table", send(t, anon, http.MethodGet, "catalogues/1/tables/0/", nil), http.StatusOK)
			wantStatus(t, "unknown table", send(t, anon, http.MethodGet, "catalogues/1/tables/7/", nil), http.StatusNotFound)
		},
		"/catalogues/{id}/tables/{table_index}/rows/": func() {
			r := send(t, anon, http.MethodGet, "catalogues/1/tables/0/rows/?page_size=5", nil)
			wantStatus(t, "catalogue rows", r, http.StatusOK)
			res, _ := r.object()["results"].([]any)
			if r.object()["count"] != float64(len(standardStars)) || len(res) != 5 {
				t.Fatalf("catalogue rows: %v", r.body)
			}
			if star := res[0].(map[string]any)["standard_star"].(map[string]any); star["name"] != standardStars[0].name || star["_catalogue"] != nil {
				t.Errorf("first row's star: %v", star)
			}
		},
		"/{organisation}/datasetcounts/": func() {
			r := send(t, admin, http.MethodGet, SeedOrganisation+"/datasetcounts/", nil)
			wantStatus(t, "dataset counts", r, http.StatusOK)
			// the sample night's dataset (the day before), and those created by this test today
			if list, _ := r.body.([]any); len(list) != 2 || list[1].(map[string]any)["count"].(float64) < 1 {
				t.Errorf("dataset counts: %v", r.body)
			}
			wantStatus(t, "dataset counts, non-member", send(t, clientAs(t, s, "carl"), http.MethodGet, SeedOrganisation+"/datasetcounts/", nil), http.StatusForbidden)
		},
		"/healthcheck/": func() {
			wantStatus(t, "healthcheck", send(t, anon, http.MethodGet, "healthcheck/", nil), http.StatusOK)
		},
	}
	for route, k := range map[string][2]string{"apikey": {"api_key", annie.AccessKey}, "uploadkey": {"upload_key", annie.UploadKey}} {
		cases["/profiles/{username}/"+route+"/"] = func() {
			r := send(t, admin, http.MethodGet, "profiles/annie/"+route+"/", nil)
			wantStatus(t, route, r, http.StatusOK)
			if r.object()[k[0]] != k[1] {
				t.Errorf("%s: not the user's key", route)
			}
			wantStatus(t, "another's "+route, send(t, admin, http.MethodGet, "profiles/carl/"+route+"/", nil), http.StatusForbidden)
			wantStatus(t, "unknown user's "+route, send(t, admin, http.MethodGet, "profiles/nobody/"+route+"/", nil), http.StatusNotFound)
			wantStatus(t, route+" anonymous", send(t, anon, http.MethodGet, "profiles/annie/"+route+"/", nil), http.StatusUnauthorized)
		}
	}
	for _, prefix := range []string{"", SeedOrganisation + "/"} {
		pattern := "/"
		if prefix != "" {
			pattern = "/{organisation}/"
		}
		cases[pattern+"agent/enroll/"] = func() {
			r := send(t, admin, http.MethodPost, prefix+"agent/enroll/", map[string]any{"public_key_b64": key})
			wantStatus(t, "enroll "+prefix, r, http.StatusCreated)
			enrolled[prefix] = str(r.object()["uuid"])
			wantStatus(t, "enroll, bad key", send(t, admin, http.MethodPost, prefix+"agent/enroll/", map[string]any{"public_key_b64": "abc"}), http.StatusBadRequest)
		}
		cases[pattern+"agent/mint/"] = func() {
			r := send(t, admin, http.MethodPost, prefix+"agent/mint/", map[string]any{"agent_uuid": enrolled[prefix]})
			wantStatus(t, "mint "+prefix, r, http.StatusCreated)
			if jwt, _ := r.object()["jwt"].(string); strings.Count(jwt, ".") != 2 {
				t.Errorf("mint: jwt %v", r.object()["jwt"])
			}
			wantStatus(t, "mint, not enrolled", send(t, admin, http.MethodPost, prefix+"agent/mint/", map[string]any{"agent_uuid": "00000000-0000-4000-8000-000000000000"}), http.StatusForbidden)
		}
	}
	maps.Copy(cases, undocumentedCases(t, admin, anon))
	maps.Copy(cases, profileAndAccountCases(t, s, admin, anon))
	order := []string{"/agent/enroll/", "/agent/mint/", "/{organisation}/agent/enroll/", "/{organisation}/agent/mint/"}
	served := map[string]bool{}
	for _, rt := range routes {
		served[rt.path] = rt.handler != nil
	}
	for p := range cases {
		if !served[p] {
			t.Errorf("conformance case for %s, which no special handler serves", p)
		}
	}
	for _, rt := range routes {
		if rt.handler == nil {
			continue
		}
		if _, ok := cases[rt.path]; !ok {
			t.Errorf("special route %s has no conformance case", rt.path)
			continue
		}
		if !strings.Contains(rt.path, "agent/") {
			cases[rt.path]()
			cf.checked++
		}
	}
	for _, p := range order {
		cases[p]()
		cf.checked++
	}
}
