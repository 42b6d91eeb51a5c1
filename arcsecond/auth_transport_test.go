package arcsecond

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// seenHeaders records the auth headers of the last request to path.
func seenHeaders(mux *http.ServeMux, pattern string) func() http.Header {
	var mu sync.Mutex
	var last http.Header
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		last = r.Header.Clone()
		mu.Unlock()
		w.WriteHeader(204)
	})
	return func() http.Header {
		mu.Lock()
		defer mu.Unlock()
		return last
	}
}

func TestAuthHeaders(t *testing.T) {
	tests := []struct {
		name      string
		opts      []Option
		key, auth string
	}{
		{name: "anonymous"},
		{name: "access key", opts: []Option{WithAPIKey(testKey)}, key: "Key " + testKey},
		{name: "upload key", opts: []Option{WithUploadKey("upload-key-1234")}, key: "Key upload-key-1234"},
		{name: "access key preferred", opts: []Option{WithUploadKey("upload-key-1234"), WithAPIKey(testKey)}, key: "Key " + testKey},
		{name: "drf token", opts: []Option{WithToken("drf-token-abcdef")}, auth: "Token drf-token-abcdef"},
		{name: "jwt", opts: []Option{WithJWT(JWT{Access: "jwt-access-1", AccessExpiry: time.Now().Add(time.Hour)}, nil)}, auth: "Bearer jwt-access-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, mux, _ := setup(t, tt.opts...)
			seen := seenHeaders(mux, "/")
			for _, path := range []string{"datasets/", "auth/key/verify/", "auth/key/verify-organisation/"} {
				req, err := c.NewRequest(t.Context(), "GET", path, nil)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := c.Do(req, nil); err != nil {
					t.Fatal(err)
				}
				h := seen()
				wantKey, wantAuth := tt.key, tt.auth
				if strings.HasPrefix(path, "auth/") {
					wantKey, wantAuth = "", "" // key verification carries its key in the body
				}
				if got := h.Get(keyHeader); got != wantKey {
					t.Errorf("%s: %s = %q, want %q", path, keyHeader, got, wantKey)
				}
				if got := h.Get("Authorization"); got != wantAuth {
					t.Errorf("%s: Authorization = %q, want %q", path, got, wantAuth)
				}
			}
		})
	}
}

func TestRedirectToAnotherHostCarriesNoCredentials(t *testing.T) {
	other := http.NewServeMux()
	seen := seenHeaders(other, "/")
	otherSrv := httptest.NewServer(other)
	defer otherSrv.Close()

	for _, opt := range []Option{WithAPIKey(testKey), WithToken("drf-token-abcdef"), WithJWT(JWT{Access: "jwt-access-1"}, nil)} {
		c, mux, _ := setup(t, opt)
		mux.HandleFunc("GET /download/", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get(keyHeader) == "" && r.Header.Get("Authorization") == "" {
				t.Error("the API itself got no credentials")
			}
			http.Redirect(w, r, otherSrv.URL+"/bucket/file.fits", http.StatusFound)
		})
		req, _ := c.NewRequest(t.Context(), "GET", "download/", nil)
		if _, err := c.Do(req, nil); err != nil {
			t.Fatal(err)
		}
		h := seen()
		if h == nil {
			t.Fatal("redirect not followed")
		}
		if h.Get(keyHeader) != "" || h.Get("Authorization") != "" {
			t.Errorf("credentials sent to another host: %v", h)
		}
		if !strings.HasPrefix(h.Get("User-Agent"), "arcsecond-go/") {
			t.Errorf("User-Agent lost on redirect: %q", h.Get("User-Agent"))
		}
	}
}

func TestRedirectOnSameHostKeepsCredentials(t *testing.T) {
	c, mux, _ := setup(t, WithAPIKey(testKey))
	seen := seenHeaders(mux, "GET /new/")
	mux.HandleFunc("GET /old/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, basePath+"new/", http.StatusMovedPermanently)
	})
	req, _ := c.NewRequest(t.Context(), "GET", "old/", nil)
	if _, err := c.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	if got := seen().Get(keyHeader); got != "Key "+testKey {
		t.Errorf("same-host redirect: key header %q", got)
	}
}

// jwtServer serves /auth/token/refresh/ with rotation and a protected route
// that accepts only the current access token.
type jwtServer struct {
	mu        sync.Mutex
	access    string
	refresh   string
	refreshes atomic.Int32
	delay     time.Duration
}

func (s *jwtServer) install(mux *http.ServeMux) {
	mux.HandleFunc("POST /auth/token/refresh/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" || r.Header.Get(keyHeader) != "" {
			http.Error(w, "refresh must carry no credentials header", 400)
			return
		}
		var in struct{ Refresh string }
		json.NewDecoder(r.Body).Decode(&in)
		time.Sleep(s.delay)
		s.mu.Lock()
		defer s.mu.Unlock()
		if in.Refresh != s.refresh {
			writeJSON(w, 400, map[string]string{"detail": "Invalid or expired refresh token."})
			return
		}
		n := s.refreshes.Add(1)
		s.access = "access-" + string(rune('A'+n))
		s.refresh = "refresh-" + string(rune('A'+n))
		writeJSON(w, 200, map[string]any{"access": s.access, "refresh": s.refresh,
			"access_exp": time.Now().Add(time.Hour).Unix(), "refresh_exp": time.Now().Add(24 * time.Hour).Unix(), "username": "jane"})
	})
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		ok := r.Header.Get("Authorization") == "Bearer "+s.access
		s.mu.Unlock()
		if !ok {
			writeJSON(w, 401, map[string]string{"detail": "Given token not valid for any token type"})
			return
		}
		b := make([]byte, 100)
		n, _ := r.Body.Read(b)
		writeJSON(w, 200, []item{{ID: n}})
	})
}

func TestJWTRefreshBeforeExpiry(t *testing.T) {
	js := &jwtServer{access: "unknown", refresh: "refresh-0"}
	var rotated []JWT
	var mu sync.Mutex
	c, mux, _ := setup(t, WithJWT(JWT{Access: "access-0", Refresh: "refresh-0", AccessExpiry: time.Now().Add(10 * time.Second)}, func(j JWT) {
		mu.Lock()
		rotated = append(rotated, j)
		mu.Unlock()
	}))
	js.install(mux)
	if _, _, err := newLister(c, "private/").List(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	if js.refreshes.Load() != 1 {
		t.Errorf("%d refreshes, want 1 (token within 30 s of expiry)", js.refreshes.Load())
	}
	got, _ := c.Session()
	if got.Access != "access-B" || got.Refresh != "refresh-B" || got.Username != "jane" || time.Until(got.AccessExpiry) < 50*time.Minute {
		t.Errorf("session after refresh = %+v", got)
	}
	if len(rotated) != 1 || rotated[0].Refresh != "refresh-B" {
		t.Errorf("onRefresh got %v", rotated)
	}
	if strings.Contains(got.String(), "access-B") {
		t.Error("JWT.String prints the token")
	}
}

func TestJWTRefreshOnceAfter401UnderConcurrency(t *testing.T) {
	js := &jwtServer{access: "server-rotated", refresh: "refresh-0", delay: 50 * time.Millisecond}
	c, mux, _ := setup(t, WithJWT(JWT{Access: "revoked", Refresh: "refresh-0", AccessExpiry: time.Now().Add(time.Hour)}, nil))
	js.install(mux)
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var body any
			if i%2 == 0 {
				body = map[string]int{"i": i} // a body must be resent intact
			}
			req, err := c.NewRequest(t.Context(), "POST", "private/", body)
			if err != nil {
				errs <- err
				return
			}
			var out []item
			if _, err := c.Do(req, &out); err != nil {
				errs <- err
				return
			}
			if body != nil && out[0].ID == 0 {
				errs <- errors.New("body lost on the retry after 401")
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := js.refreshes.Load(); got != 1 {
		t.Errorf("%d refreshes for %d concurrent 401s, want 1", got, n)
	}
}

func TestJWTExpiredRefreshGivesSessionExpired(t *testing.T) {
	js := &jwtServer{access: "x", refresh: "the-real-one"}
	c, mux, _ := setup(t, WithJWT(JWT{Access: "old", Refresh: "stale", AccessExpiry: time.Now().Add(-time.Minute)}, nil))
	js.install(mux)
	_, _, err := newLister(c, "private/").List(t.Context(), nil)
	if !errors.Is(err, ErrSessionExpired) {
		t.Fatalf("err = %v, want ErrSessionExpired", err)
	}
	if strings.Contains(err.Error(), "stale") {
		t.Errorf("error leaks the refresh token: %v", err)
	}

	c2, _ := NewClient(WithJWT(JWT{Access: "a", Refresh: "r", AccessExpiry: time.Now().Add(-time.Hour), RefreshExpiry: time.Now().Add(-time.Minute)}, nil))
	if _, _, err := c2.ObservingSites.List(t.Context(), nil); !errors.Is(err, ErrSessionExpired) {
		t.Errorf("expired refresh token: err = %v", err)
	}
}

func TestJWTWireFormat(t *testing.T) {
	var j JWT
	if err := json.Unmarshal([]byte(`{"access":"a","refresh":"r","access_exp":1764331200,"refresh_exp":1764417600.5,"username":"jane"}`), &j); err != nil {
		t.Fatal(err)
	}
	if j.AccessExpiry.Unix() != 1764331200 || j.RefreshExpiry.UnixMilli() != 1764417600500 || j.Username != "jane" {
		t.Errorf("decoded %+v", j)
	}
	b, _ := json.Marshal(j)
	var back JWT
	if err := json.Unmarshal(b, &back); err != nil || back.Access != "a" || !back.AccessExpiry.Equal(j.AccessExpiry) {
		t.Errorf("round trip %s → %+v, %v", b, back, err)
	}
	// The same route answered {"token": …} before 2024: not a JWT pair.
	if err := json.Unmarshal([]byte(`{"token":"abc"}`), &j); err == nil {
		t.Error("a DRF token reply decoded as a JWT pair")
	}
}
