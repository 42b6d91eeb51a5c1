package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
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

func TestRunServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0"}, &out, io.Discard) }()

	re := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)/`)
	keyRe := regexp.MustCompile(`(?m)^vera\s+member\s+\S+\s+([0-9a-f]{32})\s+[0-9a-f]{32}$`)
	var base, key string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			if k := keyRe.FindStringSubmatch(out.String()); k != nil {
				base, key = m[1], k[1]
				break
			}
		}
	}
	if base == "" {
		t.Fatalf("no address and key printed:\n%s", out.String())
	}
	req, _ := http.NewRequest(http.MethodGet, base+"/lyra/nightlogs/", nil)
	req.Header.Set("X-Arcsecond-API-Authorization", "Key "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /lyra/nightlogs/ with vera's printed key: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run did not stop when its context ended")
	}
	if !strings.Contains(out.String(), "stopped") {
		t.Error("no stop message")
	}
}

func TestHelp(t *testing.T) {
	var errOut bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, io.Discard, &errOut); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-addr", "127.0.0.1:8800", "-seed", "-no-seed-data"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("-h output lacks %q:\n%s", want, errOut.String())
		}
	}
}

func TestBadClockIsRefused(t *testing.T) {
	var out, errs strings.Builder
	err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-clock", "yesterday"}, &out, &errs)
	if err == nil || !strings.Contains(err.Error(), "-clock") {
		t.Fatalf("err = %v, want a -clock error", err)
	}
}
