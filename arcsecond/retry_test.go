package arcsecond

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRetryAfterThenSuccess(t *testing.T) {
	c, mux, _ := setup(t)
	var calls atomic.Int32
	var firstAt, secondAt time.Time
	mux.HandleFunc("GET /limited/", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			firstAt = time.Now()
			w.Header().Set("Retry-After", "1")
			writeJSON(w, 429, map[string]string{"detail": "Request was throttled."})
			return
		}
		secondAt = time.Now()
		writeJSON(w, 200, []item{{ID: 1}})
	})
	items, _, err := newLister(c, "limited/").List(t.Context(), nil)
	if err != nil || len(items) != 1 {
		t.Fatalf("List = %v, %v", items, err)
	}
	if calls.Load() != 2 {
		t.Errorf("%d calls, want 2", calls.Load())
	}
	if wait := secondAt.Sub(firstAt); wait < 900*time.Millisecond {
		t.Errorf("retried after %s, want Retry-After's 1s honoured", wait)
	}
}

func TestRetryAfterIsCapped(t *testing.T) {
	c, mux, _ := setup(t, WithRetry(RetryPolicy{MaxRetries: 1, MinWait: time.Millisecond, MaxWait: time.Millisecond, MaxRetryAfter: 50 * time.Millisecond}))
	var calls atomic.Int32
	mux.HandleFunc("GET /slow/", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
			writeJSON(w, 503, map[string]string{"detail": "maintenance"})
			return
		}
		writeJSON(w, 200, []item{})
	})
	start := time.Now()
	if _, _, err := newLister(c, "slow/").List(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("waited %s for an hour-long Retry-After capped at 50ms", d)
	}
}

func TestRetryAfterBeyondDeadlineReturnsAtOnce(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("GET /limited/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "2")
		writeJSON(w, 429, map[string]string{"detail": "throttled"})
	})
	ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := newLister(c, "limited/").List(ctx, nil)
	var rl *RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter != 2*time.Second || !errors.Is(err, ErrRateLimited) {
		t.Fatalf("err = %v, want *RateLimitError with RetryAfter 2s", err)
	}
	var er *ErrorResponse
	if !errors.As(err, &er) || er.StatusCode != 429 {
		t.Errorf("RateLimitError does not unwrap to *ErrorResponse")
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Errorf("took %s; a wait past the deadline should not start", d)
	}
}

func TestRetriesExhausted(t *testing.T) {
	c, mux, _ := setup(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /down/", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		writeJSON(w, 503, map[string]string{"detail": "Service temporarily unavailable."})
	})
	_, _, err := newLister(c, "down/").List(t.Context(), nil)
	var er *ErrorResponse
	if !errors.As(err, &er) {
		t.Fatalf("err = %T %v, want *ErrorResponse", err, err)
	}
	if er.StatusCode != 503 || er.Attempts != 4 || calls.Load() != 4 || !errors.Is(err, ErrServer) {
		t.Errorf("status %d after %d attempts (%d calls), want 503 after 4", er.StatusCode, er.Attempts, calls.Load())
	}
	if len(er.Detail) != 1 || er.Detail[0] != "Service temporarily unavailable." {
		t.Errorf("detail = %q; the final body must be kept", er.Detail)
	}
	if !strings.Contains(err.Error(), "after 4 attempts") || strings.Contains(err.Error(), "giving up") {
		t.Errorf("error string %q", err)
	}
}

func TestMethodAwareRetries(t *testing.T) {
	tests := []struct {
		method string
		status int
		calls  int32
	}{
		{"POST", 500, 1},
		{"POST", 502, 1},
		{"POST", 503, 4},
		{"POST", 429, 4},
		{"PATCH", 504, 1},
		{"PATCH", 503, 4},
		{"GET", 500, 1},
		{"GET", 501, 1},
		{"GET", 502, 4},
		{"GET", 504, 4},
		{"PUT", 502, 4},
		{"DELETE", 503, 4},
		{"GET", 404, 1},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+http.StatusText(tt.status), func(t *testing.T) {
			c, mux, _ := setup(t)
			var calls atomic.Int32
			var bodies []string
			mux.HandleFunc("/r/", func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				b := make([]byte, 64)
				n, _ := r.Body.Read(b)
				bodies = append(bodies, string(b[:n]))
				writeJSON(w, tt.status, map[string]string{"detail": "x"})
			})
			var body any
			if tt.method != "GET" && tt.method != "DELETE" {
				body = map[string]string{"name": "M31"}
			}
			req, err := c.NewRequest(t.Context(), tt.method, "r/", body)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Do(req, nil)
			var er *ErrorResponse
			if !errors.As(err, &er) || er.StatusCode != tt.status {
				t.Fatalf("err = %v", err)
			}
			if calls.Load() != tt.calls || er.Attempts != int(tt.calls) {
				t.Errorf("%d calls, %d attempts; want %d", calls.Load(), er.Attempts, tt.calls)
			}
			for _, b := range bodies {
				if body != nil && b != bodies[0] {
					t.Errorf("retried body %q differs from %q", b, bodies[0])
				}
			}
		})
	}
}

func TestNetworkErrorsRetriedOnlyWhenIdempotent(t *testing.T) {
	for _, tt := range []struct {
		method string
		calls  int32
	}{{"GET", 4}, {"POST", 1}} {
		c, mux, _ := setup(t)
		var calls atomic.Int32
		mux.HandleFunc("/reset/", func(w http.ResponseWriter, r *http.Request) {
			calls.Add(1)
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		})
		req, _ := c.NewRequest(t.Context(), tt.method, "reset/", map[string]int{"a": 1})
		_, err := c.Do(req, nil)
		var re *RequestError
		if !errors.As(err, &re) {
			t.Fatalf("%s: err = %T %v, want *RequestError", tt.method, err, err)
		}
		if calls.Load() != tt.calls || re.Attempts != int(tt.calls) {
			t.Errorf("%s: %d calls, %d attempts; want %d", tt.method, calls.Load(), re.Attempts, tt.calls)
		}
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	c, mux, _ := setup(t, WithRetry(RetryPolicy{MaxRetries: 5, MinWait: 10 * time.Second, MaxWait: 10 * time.Second, MaxRetryAfter: time.Minute}))
	hit := make(chan struct{}, 10)
	mux.HandleFunc("GET /down/", func(w http.ResponseWriter, r *http.Request) {
		hit <- struct{}{}
		writeJSON(w, 502, map[string]string{"detail": "bad gateway"})
	})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-hit
		time.Sleep(50 * time.Millisecond) // now in a 5–10 s backoff
		cancel()
	}()
	start := time.Now()
	_, _, err := newLister(c, "down/").List(ctx, nil)
	if err != context.Canceled {
		t.Fatalf("err = %#v, want context.Canceled", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("returned after %s, want promptly after cancel", d)
	}
}

func TestRetriesOff(t *testing.T) {
	c, mux, _ := setup(t, WithRetry(RetryPolicy{}))
	var calls atomic.Int32
	mux.HandleFunc("GET /down/", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		writeJSON(w, 503, nil)
	})
	_, _, err := newLister(c, "down/").List(t.Context(), nil)
	if !errors.Is(err, ErrServer) || calls.Load() != 1 {
		t.Errorf("err %v after %d calls", err, calls.Load())
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"-5", 0, false},
		{"", 0, false},
		{"soon", 0, false},
		{"Sat, 28 Nov 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Sat, 28 Nov 2026 11:00:00 GMT", 0, true},
		{"999999999999", 24 * time.Hour, true},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoffGrowsWithJitter(t *testing.T) {
	p := RetryPolicy{MinWait: 100 * time.Millisecond, MaxWait: time.Second, MaxRetryAfter: time.Minute}
	for attempt, hi := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		hi *= time.Millisecond
		for range 50 {
			d := p.backoff(p.MinWait, p.MaxWait, attempt, nil)
			if d < hi/2 || d > hi {
				t.Fatalf("attempt %d: backoff %s outside [%s, %s]", attempt, d, hi/2, hi)
			}
		}
	}
}

func TestRetryLogsAtDebugWithoutSecrets(t *testing.T) {
	var buf strings.Builder
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, mux, _ := setup(t, WithLogger(logger), WithAPIKey(testKey))
	var calls atomic.Int32
	mux.HandleFunc("GET /flaky/", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) < 3 {
			writeJSON(w, 502, nil)
			return
		}
		writeJSON(w, 200, []item{})
	})
	req, _ := c.NewRequest(t.Context(), "GET", "flaky/?token="+testKey, nil)
	if _, err := c.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	out := buf.String()
	mu.Unlock()
	if n := strings.Count(out, "arcsecond: retrying"); n != 2 {
		t.Errorf("%d retry records, want 2:\n%s", n, out)
	}
	if !strings.Contains(out, "level=DEBUG") || !strings.Contains(out, "status=502") {
		t.Errorf("retry records lack level or status:\n%s", out)
	}
	if strings.Contains(out, testKey) {
		t.Errorf("a log record contains the key:\n%s", out)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
