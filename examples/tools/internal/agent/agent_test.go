package agent

import (
	"context"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/clitest"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

func TestAgentAnswersAndRefuses(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	keyPath := filepath.Join(t.TempDir(), "agent.pem")
	cfg := config{site: "Paranal", keyPath: keyPath, minAlt: 10, hub: srv.HubURL(), now: time.Now}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	a, err := newAgent(ctx, c, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(runCtx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	for a.UUID() == "" || srv.WaitHubAgent(ctx, a.UUID()) != nil {
		if ctx.Err() != nil {
			t.Fatal("no Hub session")
		}
		time.Sleep(10 * time.Millisecond)
	}

	// From Paranal (latitude −24.6°) Dec −85° is always about 20–30° up and Dec +85° never rises.
	r, err := srv.HubCommand(ctx, a.UUID(), "center_on_coordinates", map[string]any{"target_ra_hours": 6.0, "target_dec_deg": -85.0})
	if err != nil {
		t.Fatal(err)
	}
	var p pointing
	if !r.OK || json.Unmarshal(r.Result, &p) != nil {
		t.Fatalf("result: %+v", r)
	}
	if p.AltitudeDeg < 19 || p.AltitudeDeg > 31 || p.Site != "Paranal Observatory" || p.Airmass < 1.9 || p.Airmass > 3.1 {
		t.Errorf("pointing %+v", p)
	}
	if len(r.Progress) != 4 || !strings.HasPrefix(r.Progress[1], "altitude ") || r.Progress[3] != "centred" {
		t.Errorf("progress %q", r.Progress)
	}

	r, err = srv.HubCommand(ctx, a.UUID(), "center_on_coordinates", map[string]any{"target_ra_hours": 6.0, "target_dec_deg": 85.0})
	if err != nil {
		t.Fatal(err)
	}
	if r.OK || !strings.Contains(r.Error, "below the 10° limit") || !strings.Contains(r.Error, "Paranal") {
		t.Errorf("below the limit: %+v", r)
	}
	r, err = srv.HubCommand(ctx, a.UUID(), "center_on_coordinates", map[string]any{"target_ra_hours": 30.0, "target_dec_deg": 0.0})
	if err != nil || r.OK {
		t.Errorf("RA 30h: %+v, %v", r, err)
	}

	key2, uuid2, err := loadKey(cfg)
	if err != nil || uuid2 != a.UUID() || len(key2) == 0 {
		t.Errorf("the key file and uuid were not kept: %q, %v", uuid2, err)
	}
}

// cli runs `arcsecond <args>` against srv (nil: no server) with this
// package's command, as the arcsecond binary does.
func cli(t *testing.T, ctx context.Context, srv *arcsecondtest.Server, args ...string) (string, string, error) {
	t.Helper()
	return clitest.Run(ctx, srv, Command, args...)
}

func TestOfflineDemo(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	out, logs, err := cli(t, ctx, srv, "agent", "--offline")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	for _, want := range []string{"progress: altitude", "result: {", "refused: target RA 2.5300h Dec +89.2600° is below the horizon"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(logs, "agent ready") || !strings.Contains(logs, "enrolled") {
		t.Errorf("log:\n%s", logs)
	}
}

// Bad flags are usage errors; an unknown site is reported before any
// enrolment; without a login the command says so.
func TestErrors(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	ctx := context.Background()
	for _, args := range [][]string{{"--min-alt", "95"}, {"--min-alt", "NaN"}, {"x"}} {
		_, _, err := cli(t, ctx, nil, append([]string{"agent"}, args...)...)
		if cliapp.ExitCode(err) != cliapp.ExitUsage {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
	if _, _, err := cli(t, ctx, srv, "agent", "--site", "Atlantis"); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("unknown site: %v", err)
	}
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("ARCSECOND_API_KEY", "")
	if _, _, err := cli(t, ctx, nil, "agent", "--api", "nowhere"); cliapp.ExitCode(err) != cliapp.ExitNotLoggedIn {
		t.Errorf("not logged in: %v (exit %d)", err, cliapp.ExitCode(err))
	}
}
