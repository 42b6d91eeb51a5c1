package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

type hook struct {
	mu  sync.Mutex
	ids []int
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a arcsecond.Activity
	if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&a) != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	h.ids = append(h.ids, a.ID)
	h.mu.Unlock()
}

func TestFilteredEventsReachTheWebhook(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	env, err := exampleenv.Offline(srv)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srv.LiveNight(60, time.Date(2026, 11, 27, 22, 0, 0, 0, time.UTC))

	h := &hook{}
	hs := httptest.NewServer(h)
	defer hs.Close()
	cfg, err := parseFlags([]string{"-satellite", "hst", "-cone", "0,0,100", "-notify", "-webhook", hs.URL}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for a, err := range env.Client.Activities.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if cfg.filter.Match(a) {
			want = append([]int{a.ID}, want...)
		}
	}
	if len(want) < 2 || len(want) > 50 {
		t.Fatalf("the synthetic night has %d matching activities; the test needs a few", len(want))
	}
	cfg.since, cfg.count = -1, len(want)

	var out, logs bytes.Buffer
	if err := watch(ctx, env.Client, cfg, newLogger(&logs, false), &out); err != nil {
		t.Fatal(err)
	}
	var lines, notes int
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if strings.HasPrefix(l, "notify\t") {
			notes++
			if strings.Count(l, "\t") != 2 || !strings.Contains(l, "HST") {
				t.Errorf("notification line %q", l)
			}
		} else {
			lines++
		}
	}
	if lines != len(want) || notes != len(want) {
		t.Errorf("%d event lines and %d notifications, want %d each:\n%s", lines, notes, len(want), out.String())
	}
	h.mu.Lock()
	got := h.ids
	h.mu.Unlock()
	if len(got) != len(want) {
		t.Fatalf("webhook got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("webhook got %v, want %v", got, want)
		}
	}
	if !strings.Contains(logs.String(), "stopped") {
		t.Errorf("log: %s", logs.String())
	}
}

func TestRunOfflineDemoShowsReconnectAndBackfill(t *testing.T) {
	t.Setenv("ARCSECOND_API_KEY", "")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out, logs syncBuffer
	if err := run(ctx, []string{"-n", "12", "-demo", "30"}, &out, &logs); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 12 {
		t.Errorf("%d lines, want 12:\n%s", n, out.String())
	}
	for _, want := range []string{"in-process reference server", "connecting to the live feed", "backfill", "stopped"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func TestReconnectIsLogged(t *testing.T) {
	srv := arcsecondtest.NewServer(arcsecondtest.WithFault(arcsecondtest.Fault{DropAfterFrames: 3}))
	defer srv.Close()
	logs := &syncBuffer{}
	log := newLogger(logs, false)
	obs := &observer{log: log, next: http.DefaultTransport}
	var once sync.Once
	obs.onStream = func() {
		once.Do(func() {
			go func() {
				time.Sleep(200 * time.Millisecond)
				srv.LiveNight(30, time.Now().UTC())
			}()
		})
	}
	env, err := exampleenv.Offline(srv, arcsecond.WithHTTPClient(&http.Client{Transport: obs}), arcsecond.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var out bytes.Buffer
	if err := watch(ctx, env.Client, config{count: 30}, log, &out); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 30 {
		t.Errorf("%d events after reconnections, want 30", n)
	}
	if !strings.Contains(logs.String(), "reconnecting to the live feed") {
		t.Errorf("no reconnection logged:\n%s", logs.String())
	}
}

func TestFlags(t *testing.T) {
	var help bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, io.Discard, &help); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Usage: live", "-cone", "-webhook", "-notify", "-telescope", "-programme"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("-h lacks %q", want)
		}
	}
	for _, args := range [][]string{{"-cone", "1,2"}, {"-cone", "400,0,1"}, {"-cone", "a,b,c"}, {"-webhook", "ftp://x"}, {"-n", "-1"}, {"x"}} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
