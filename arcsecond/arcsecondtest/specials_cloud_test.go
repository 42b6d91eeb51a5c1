package arcsecondtest

import (
	"net/http"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// profileAndAccountCases are the conformance cases of specials_cloud.go's
// routes: a profile's own sub-resources (403 for others, 404 for unknown
// users), a site's weather, and the django-rest-auth account routes.
func profileAndAccountCases(t *testing.T, s *Server, admin, anon *arcsecond.Client) map[string]func() {
	own := func(path string, method string, body any, want int) func() {
		return func() {
			wantStatus(t, method+" own "+path, send(t, admin, method, "profiles/annie/"+path, body), want)
			wantStatus(t, method+" another's "+path, send(t, admin, method, "profiles/carl/"+path, body), http.StatusForbidden)
			wantStatus(t, method+" unknown user's "+path, send(t, admin, method, "profiles/nobody/"+path, body), http.StatusNotFound)
			wantStatus(t, method+" anonymous "+path, send(t, anon, method, "profiles/annie/"+path, body), http.StatusUnauthorized)
		}
	}
	var sharedKey string
	return map[string]func(){
		"/profiles/{username}/sharedkeys/": func() {
			own("sharedkeys/", http.MethodGet, nil, http.StatusOK)()
			r := send(t, admin, http.MethodPost, "profiles/annie/sharedkeys/", map[string]any{"organisation": SeedOrganisation})
			wantStatus(t, "share a key", r, http.StatusCreated)
			sharedKey = str(r.object()["pk"])
			wantStatus(t, "share with a foreign organisation", send(t, admin, http.MethodPost, "profiles/annie/sharedkeys/", map[string]any{"organisation": "elsewhere"}), http.StatusBadRequest)
		},
		"/profiles/{username}/sharedkeys/{id}/": func() {
			wantStatus(t, "unshare", send(t, admin, http.MethodDelete, "profiles/annie/sharedkeys/"+sharedKey+"/", nil), http.StatusNoContent)
			wantStatus(t, "unshare again", send(t, admin, http.MethodDelete, "profiles/annie/sharedkeys/"+sharedKey+"/", nil), http.StatusNotFound)
		},
		"/profiles/{username}/secretkey/":                 own("secretkey/", http.MethodPost, map[string]any{}, http.StatusOK),
		"/profiles/{username}/datastorages/":              own("datastorages/", http.MethodGet, nil, http.StatusOK),
		"/profiles/{username}/datastoragepoints/":         own("datastoragepoints/", http.MethodGet, nil, http.StatusOK),
		"/profiles/{username}/stats/":                     own("stats/", http.MethodGet, nil, http.StatusOK),
		"/profiles/{username}/subscriptions/":             own("subscriptions/", http.MethodGet, nil, http.StatusOK),
		"/profiles/{username}/subscriptions/{stripe_id}/": own("subscriptions/sub_1/", http.MethodGet, nil, http.StatusNotFound),
		"/observingsites/{uuid}/weather/": func() {
			site, _ := s.db.coll("observingsites").first(func(r record) bool { return true })
			wantStatus(t, "weather", send(t, anon, http.MethodGet, "observingsites/"+str(site["uuid"])+"/weather/", nil), http.StatusOK)
			wantStatus(t, "weather of no site", send(t, anon, http.MethodGet, "observingsites/00000000-0000-4000-8000-000000000000/weather/", nil), http.StatusNotFound)
		},
		"/auth/password/change/": func() {
			wantStatus(t, "password change, mismatch", send(t, admin, http.MethodPost, "auth/password/change/", map[string]any{"new_password1": "a-long-password", "new_password2": "another"}), http.StatusBadRequest)
			wantStatus(t, "password change, anonymous", send(t, anon, http.MethodPost, "auth/password/change/", map[string]any{"new_password1": "x", "new_password2": "x"}), http.StatusUnauthorized)
		},
		"/auth/password/reset/": func() {
			wantStatus(t, "password reset", send(t, anon, http.MethodPost, "auth/password/reset/", map[string]any{"email": "annie@example.org"}), http.StatusOK)
		},
		"/auth/password/reset/confirm/": func() {
			wantStatus(t, "password reset confirm", send(t, anon, http.MethodPost, "auth/password/reset/confirm/", map[string]any{}), http.StatusOK)
		},
		"/auth/emails/verify/": func() {
			wantStatus(t, "verify e-mail", send(t, anon, http.MethodPost, "auth/emails/verify/", map[string]any{"key": "k"}), http.StatusOK)
		},
		"/auth/emails/verify/send/": func() {
			r := send(t, admin, http.MethodPost, "auth/emails/verify/send/", map[string]any{"email": "annie@example.org"})
			wantStatus(t, "send verification", r, http.StatusOK)
			wantStatus(t, "send verification without address", send(t, admin, http.MethodPost, "auth/emails/verify/send/", map[string]any{}), http.StatusBadRequest)
		},
		"/auth/token/verify/": func() {
			wantStatus(t, "download-token check", send(t, admin, http.MethodPost, "auth/token/verify/", nil), http.StatusOK)
		},
		"/auth/token/verify-organisation/": func() {
			wantStatus(t, "download-token check (organisation)", send(t, admin, http.MethodPost, "auth/token/verify-organisation/", nil), http.StatusOK)
		},
		"/auth/token/verify-collaboration/": func() {
			wantStatus(t, "download-token check (collaboration)", send(t, admin, http.MethodPost, "auth/token/verify-collaboration/", nil), http.StatusOK)
		},
	}
}
