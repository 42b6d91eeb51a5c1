package arcsecondtest

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// fastRetry retries like the default policy but without real waiting, and
// caps Retry-After so that 429 tests run in milliseconds.
var fastRetry = arcsecond.WithRetry(arcsecond.RetryPolicy{MaxRetries: 4, MinWait: time.Millisecond, MaxWait: 5 * time.Millisecond, MaxRetryAfter: 10 * time.Millisecond})

func listSites(t *testing.T, c *arcsecond.Client) result {
	t.Helper()
	return send(t, c, http.MethodGet, "observingsites/", nil)
}

func TestFaultLatency(t *testing.T) {
	s := newTestServer(t, WithFault(Fault{Route: "GET /observingsites/", Latency: 150 * time.Millisecond}))
	c := clientAs(t, s, "annie")
	start := time.Now()
	wantStatus(t, "slow list", listSites(t, c), http.StatusOK)
	if el := time.Since(start); el < 150*time.Millisecond {
		t.Errorf("answered after %v, want ≥150ms", el)
	}
	// A caller's deadline shorter than the latency ends the call with the context's error.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	req, _ := c.NewRequest(ctx, http.MethodGet, "observingsites/", nil)
	if _, err := c.Do(req, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("with a 30ms deadline: %v, want context.DeadlineExceeded", err)
	}
}

func TestFault429RetryAfter(t *testing.T) {
	s := newTestServer(t)
	s.InjectFault(Fault{Route: "GET /observingsites/", Status: http.StatusTooManyRequests, RetryAfter: 2 * time.Second, Times: 2})
	c := clientAs(t, s, "annie", fastRetry)
	wantStatus(t, "list after two 429s", listSites(t, c), http.StatusOK)
	if n := s.Hits(http.MethodGet, "/observingsites/"); n != 3 {
		t.Errorf("server saw %d requests, want 3 (two 429s then success)", n)
	}

	// Without retries the SDK surfaces the 429 with the server's Retry-After.
	s.InjectFault(Fault{Route: "/observingsites/", Status: http.StatusTooManyRequests, RetryAfter: 2 * time.Second, Times: 1})
	req, _ := clientAs(t, s, "annie").NewRequest(context.Background(), http.MethodGet, "observingsites/", nil)
	_, err := clientAs(t, s, "annie").Do(req, nil)
	var rl *arcsecond.RateLimitError
	if !errors.As(err, &rl) || !errors.Is(err, arcsecond.ErrRateLimited) {
		t.Fatalf("err = %v, want a *RateLimitError", err)
	}
	if rl.RetryAfter != 2*time.Second || !strings.Contains(strings.Join(rl.Detail, " "), "throttled") {
		t.Errorf("RetryAfter %v, detail %q", rl.RetryAfter, rl.Detail)
	}
}

func TestFault5xx(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera", fastRetry)

	// An idempotent GET is retried through 502s and 503s.
	s.InjectFault(Fault{Route: "GET /telescopes/", Status: http.StatusBadGateway, Times: 2})
	s.InjectFault(Fault{Route: "GET /telescopes/", Status: http.StatusServiceUnavailable, Times: 1})
	wantStatus(t, "telescopes after 502, 502, 503", send(t, c, http.MethodGet, "telescopes/", nil), http.StatusOK)
	if n := s.Hits(http.MethodGet, "/telescopes/"); n != 4 {
		t.Errorf("server saw %d GETs, want 4", n)
	}

	// A POST is not retried on 502 (the server may have acted) …
	s.InjectFault(Fault{Route: "POST /{organisation}/datasets/", Status: http.StatusBadGateway, Times: 1})
	r := send(t, c, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "m31-run"})
	if !errors.Is(r.err, arcsecond.ErrServer) || r.status != http.StatusBadGateway {
		t.Fatalf("POST through a 502: status %d, err %v", r.status, r.err)
	}
	// … but is on 503 (it did not).
	s.InjectFault(Fault{Route: "POST /{organisation}/datasets/", Status: http.StatusServiceUnavailable, Times: 1})
	wantStatus(t, "POST through a 503", send(t, c, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "m31-run"}), http.StatusCreated)
	if n := s.Hits(http.MethodPost, "/"+SeedOrganisation+"/datasets/"); n != 3 {
		t.Errorf("server saw %d POSTs, want 3", n)
	}
}

func TestFaultHTMLErrorPage(t *testing.T) {
	s := newTestServer(t)
	s.InjectFault(Fault{Route: "/exoplanets/", HTML: true, Status: http.StatusBadGateway})
	r := send(t, anonymous(t, s), http.MethodGet, "exoplanets/", nil)
	var er *arcsecond.ErrorResponse
	if !errors.As(r.err, &er) || er.StatusCode != http.StatusBadGateway || !errors.Is(r.err, arcsecond.ErrServer) {
		t.Fatalf("err = %v, want a 502 *ErrorResponse", r.err)
	}
	if len(er.Detail) != 0 || !strings.Contains(string(er.Body), "<h1>502 Bad Gateway</h1>") {
		t.Errorf("detail %q, body %q: the HTML page should be kept as the body, not parsed", er.Detail, er.Body)
	}
}

func TestFaultResetMidBody(t *testing.T) {
	s := newTestServer(t)
	s.InjectFault(Fault{Route: "GET /exoplanets/", ResetMidBody: true, Times: 1})
	c := anonymous(t, s, fastRetry)
	r := send(t, c, http.MethodGet, "exoplanets/", nil)
	if r.err == nil {
		t.Fatal("a connection reset in the middle of the body gave no error")
	}
	var er *arcsecond.ErrorResponse
	if errors.As(r.err, &er) {
		t.Errorf("a broken body is not an API error: %v", r.err)
	}
	if n := s.Hits(http.MethodGet, "/exoplanets/"); n != 1 {
		t.Errorf("server saw %d requests: a body already being read is not retried", n)
	}
	wantStatus(t, "next call", send(t, c, http.MethodGet, "exoplanets/", nil), http.StatusOK)
}

func TestFaultTruncatedJSON(t *testing.T) {
	s := newTestServer(t)
	s.InjectFault(Fault{Route: "GET /satellites/", TruncateJSON: true, Times: 1})
	c := anonymous(t, s)
	r := send(t, c, http.MethodGet, "satellites/", nil)
	if r.err == nil || !strings.Contains(r.err.Error(), "decoding") {
		t.Fatalf("truncated JSON: err %v, want a decoding error", r.err)
	}
	wantStatus(t, "next call", send(t, c, http.MethodGet, "satellites/", nil), http.StatusOK)
}

func TestFaultSelectionAndRemoval(t *testing.T) {
	s := newTestServer(t)
	c := anonymous(t, s)
	remove := s.InjectFault(Fault{Route: "GET /exoplanets/{name}/", Status: http.StatusServiceUnavailable})
	// Matches the route pattern, for any name, on GET only, every time.
	for _, p := range []string{"exoplanets/51%20Peg%20b/", "exoplanets/TRAPPIST-1%20e/"} {
		wantStatus(t, p, send(t, c, http.MethodGet, p, nil), http.StatusServiceUnavailable)
	}
	wantStatus(t, "other route", send(t, c, http.MethodGet, "exoplanets/", nil), http.StatusOK)
	remove()
	wantStatus(t, "after removal", send(t, c, http.MethodGet, "exoplanets/51%20Peg%20b/", nil), http.StatusOK)

	// A concrete path, and a global fault cleared by ClearFaults.
	s.InjectFault(Fault{Route: "/objects/M%2031/", Status: http.StatusServiceUnavailable})
	s.InjectFault(Fault{Status: http.StatusBadGateway, Times: 1})
	wantStatus(t, "global fault", send(t, c, http.MethodGet, "objects/M%2031/", nil), http.StatusServiceUnavailable)
	s.ClearFaults()
	wantStatus(t, "cleared", send(t, c, http.MethodGet, "objects/M%2031/", nil), http.StatusOK)
}

// The WebSocket knobs travel to stream endpoints in the request context.
func TestFaultStreamKnobs(t *testing.T) {
	testStream := func(c *config) {
		c.streams = map[string]func(*Server) http.Handler{"/ws/test-stream": func(*Server) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				drop, dup := StreamFault(r.Context())
				writeJSON(w, http.StatusOK, map[string]any{"drop": drop, "dup": dup})
			})
		}}
	}
	s := newTestServer(t, testStream, WithFault(Fault{Route: "/ws/test-stream", DropAfterFrames: 3, DuplicateFrames: true}))
	resp, err := http.Get(s.URL + "/ws/test-stream")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got map[string]any
	if err := decodeJSON(resp.Body, &got); err != nil || got["drop"] != 3.0 || got["dup"] != true {
		t.Errorf("stream saw %v (%v)", got, err)
	}
}
