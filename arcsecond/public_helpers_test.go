package arcsecond_test

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// seededTime is the clock of the deterministic servers of the public tests.
var seededTime = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// publicServer starts a seeded, deterministic arcsecondtest server and
// returns it with a client of its superadmin (no retries).
func publicServer(t *testing.T, opts ...arcsecondtest.Option) (*arcsecondtest.Server, *arcsecond.Client) {
	t.Helper()
	base := []arcsecondtest.Option{arcsecondtest.WithSeed(1), arcsecondtest.WithClock(func() time.Time { return seededTime })}
	srv := arcsecondtest.NewServer(append(base, opts...)...)
	t.Cleanup(srv.Close)
	c, err := srv.Client(arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	return srv, c
}

// forbidSending returns a client whose server fails the test on any request,
// for checks that must happen before anything is sent.
func forbidSending(t *testing.T) *arcsecond.Client {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		w.WriteHeader(http.StatusTeapot)
	}))
	t.Cleanup(srv.Close)
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL+"/"), arcsecond.WithAPIKey("k"), arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// recordingClient returns a client whose server answers body to every
// request and records the last request's method and escaped path and query.
func recordingClient(t *testing.T, body string) (*arcsecond.Client, *string) {
	t.Helper()
	last := new(string)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*last = r.Method + " " + r.URL.RequestURI()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL+"/"), arcsecond.WithAPIKey("k"), arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	return c, last
}
