package main

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/syncbuf"
)

// The whole path of a user without the network: `arcsecond mock` serves,
// `api` and `login` register it with a key it printed, and night, live and
// agent run against it through that saved login, as against the real API.
func TestMockServesTheOtherCommands(t *testing.T) {
	newServer(t) // a fresh HOME and no key variables; its server is not used
	ctx, cancel := context.WithCancel(context.Background())
	var mockOut, mockErr syncbuf.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"mock", "--addr", "127.0.0.1:0", "-o", "json"}, strings.NewReader(""), &mockOut, &mockErr)
	}()
	defer func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("mock exited %d: %s", code, mockErr.String())
		}
	}()
	var doc struct {
		URL    string `json:"url"`
		HubURL string `json:"hub_url"`
		Users  []struct {
			Username  string `json:"username"`
			Role      string `json:"role"`
			AccessKey string `json:"access_key"`
		} `json:"users"`
	}
	for deadline := time.Now().Add(10 * time.Second); doc.URL == ""; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("mock printed no URL: %q %q", mockOut.String(), mockErr.String())
		}
		if line, _, ok := strings.Cut(mockOut.String(), "\n"); ok {
			if err := json.Unmarshal([]byte(line), &doc); err != nil {
				t.Fatalf("%v: %s", err, line)
			}
		}
	}
	var user, key string
	for _, u := range doc.Users {
		if u.Role == "superadmin" {
			user, key = u.Username, u.AccessKey
		}
	}
	if r := cli(t, "api", "mock", strings.TrimSuffix(doc.URL, "/")); r.code != 0 {
		t.Fatalf("api mock URL: %+v", r)
	}
	if r := cli(t, "--api", "mock", "login", "--username", user, "--type", "access", "--key", key); r.code != 0 {
		t.Fatalf("login: %+v", r)
	}

	r := cli(t, "--api", "mock", "night", "--date", "2026-05-20", "--objects", "Sirius,Antares", "--no-chart")
	if r.code != 0 || !strings.Contains(r.out, "Night of Wed 20 May 2026") || !regexp.MustCompile(`(?m)^Antares +Wed`).MatchString(r.out) {
		t.Errorf("night: %+v", r)
	}
	// Not --offline: the unknown object is the server's plain 404 (exit 4).
	if r := cli(t, "--api", "mock", "night", "--objects", "Nowhere Nebula", "--no-chart"); r.code != 4 || strings.Contains(r.errOut, "seeded") {
		t.Errorf("night, unknown object: %+v", r)
	}
	if r := cli(t, "--api", "mock", "live", "--duration", "300ms"); r.code != 0 || !strings.Contains(r.errOut, "connecting to the live feed") ||
		!strings.Contains(r.errOut, "--duration 300ms elapsed") {
		t.Errorf("live: %+v", r)
	}
	actx, acancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer acancel()
	r = cliCtx(t, actx, "--api", "mock", "agent", "--hub", doc.HubURL)
	if r.code != 0 || !strings.Contains(r.errOut, "enrolled") || !strings.Contains(r.errOut, "serving the Hub") || !strings.Contains(r.errOut, "stopped") {
		t.Errorf("agent stopped by its context: %+v", r)
	}
}
