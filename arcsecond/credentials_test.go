package arcsecond

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"
)

func TestSetCredentials(t *testing.T) {
	jwt := JWT{Access: "jwt-access-0123456789", AccessExpiry: time.Now().Add(time.Hour)}
	tests := []struct {
		name      string
		opt       Option
		target    string
		kind      requestKind
		key, auth string
	}{
		{"access key, API", WithAPIKey(testKey), "https://api.example.org/v/datasets/", kindAPI, "Key " + testKey, ""},
		{"access key, explicit default port", WithAPIKey(testKey), "https://API.example.org:443/v/datasets/", kindAPI, "Key " + testKey, ""},
		{"access key, wss is https", WithAPIKey(testKey), "wss://api.example.org/v/activities/live/", kindLive, "Key " + testKey, ""},
		{"access key, other port", WithAPIKey(testKey), "https://api.example.org:8443/v/datasets/", kindAPI, "", ""},
		{"access key, other scheme", WithAPIKey(testKey), "http://api.example.org/v/datasets/", kindAPI, "", ""},
		{"access key, ws is http", WithAPIKey(testKey), "ws://api.example.org/v/activities/live/", kindLive, "", ""},
		{"access key, other host", WithAPIKey(testKey), "https://api.example.org.evil/v/datasets/", kindAPI, "", ""},
		{"access key, Hub on the API's origin", WithAPIKey(testKey), "wss://api.example.org/ws/agent", kindHub, "", ""},
		{"access key, key verification", WithAPIKey(testKey), "https://api.example.org/v/auth/key/verify/", kindAPI, "", ""},
		{"upload key", WithUploadKey("upload-key-0123456789"), "https://api.example.org/v/datafiles/", kindAPI, "Key upload-key-0123456789", ""},
		{"token", WithToken("drf-token-0123456789"), "https://api.example.org/v/datasets/", kindAPI, "", "Token drf-token-0123456789"},
		{"token, login route", WithToken("drf-token-0123456789"), "https://api.example.org/v/auth/token/", kindAPI, "", ""},
		{"jwt", WithJWT(jwt, nil), "wss://api.example.org/v/activities/live/", kindLive, "", "Bearer jwt-access-0123456789"},
		{"jwt, refresh route", WithJWT(jwt, nil), "https://api.example.org/v/auth/token/refresh/", kindAPI, "", ""},
		{"jwt, other port", WithJWT(jwt, nil), "https://api.example.org:444/v/datasets/", kindAPI, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewClient(WithBaseURL("https://api.example.org/v/"), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse(tt.target)
			// Headers set by someone else are removed where no
			// credential may go.
			h := http.Header{keyHeader: {"Key planted"}, "Authorization": {"Token planted"}}
			if tt.key != "" || tt.auth != "" {
				h = http.Header{}
			}
			if _, err := c.setCredentials(t.Context(), h, u, tt.kind); err != nil {
				t.Fatal(err)
			}
			if got := h.Get(keyHeader); got != tt.key {
				t.Errorf("%s = %q, want %q", keyHeader, got, tt.key)
			}
			if got := h.Get("Authorization"); got != tt.auth {
				t.Errorf("Authorization = %q, want %q", got, tt.auth)
			}
		})
	}
}

// TestRedirectHopDropsHeadersSetByTheCaller: net/http copies a request's
// own headers to every hop of a redirect (custom ones to any host,
// Authorization to the same host on another port); the per-hop credential
// decision removes them off the API's origin.
func TestRedirectHopDropsHeadersSetByTheCaller(t *testing.T) {
	var got http.Header
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		w.WriteHeader(204)
	}))
	defer other.Close()
	c, mux, _ := setup(t)
	mux.HandleFunc("GET /moved/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/x", http.StatusFound)
	})
	req, _ := c.NewRequest(t.Context(), "GET", "moved/", nil)
	req.Header.Set(keyHeader, "Key "+testKey)
	req.Header.Set("Authorization", "Token "+testKey)
	if _, err := c.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	if got == nil {
		t.Fatal("redirect not followed")
	}
	if got.Get(keyHeader) != "" || got.Get("Authorization") != "" || got.Get("Referer") != "" {
		t.Errorf("the other origin got %v", got)
	}
}

func TestHubAgentRedactsHubToken(t *testing.T) {
	c, err := NewClient(WithAPIKey(testKey))
	if err != nil {
		t.Fatal(err)
	}
	key, _ := GenerateAgentKey()
	a, err := c.NewHubAgent(key, nil)
	if err != nil {
		t.Fatal(err)
	}
	a.token = &HubToken{JWT: "hub.jwt-token.0123456789"}
	got := a.redact("key " + testKey + " and token hub.jwt-token.0123456789")
	if got != "key REDACTED and token REDACTED" {
		t.Errorf("redact = %q", got)
	}
}
