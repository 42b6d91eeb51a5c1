package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestAgentAnswersAndRefuses(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	env, err := exampleenv.Offline(srv)
	if err != nil {
		t.Fatal(err)
	}
	keyPath := filepath.Join(t.TempDir(), "agent.pem")
	cfg, err := parseFlags([]string{"-site", "Paranal", "-key", keyPath, "-min-alt", "10"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	cfg.hub = srv.HubURL()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	a, err := newAgent(ctx, env.Client, cfg, slog.New(slog.DiscardHandler))
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

func TestRunOfflineDemo(t *testing.T) {
	t.Setenv("ARCSECOND_API_KEY", "")
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := run(ctx, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"progress: altitude", "result: {", "refused: target RA 2.5300h Dec +89.2600° is below the horizon"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestFlags(t *testing.T) {
	var help bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, io.Discard, &help); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(help.String(), "center_on_coordinates") || !strings.Contains(help.String(), "-key") {
		t.Errorf("-h: %s", help.String())
	}
	for _, args := range [][]string{{"-min-alt", "95"}, {"x"}, {"-site", "Atlantis"}} {
		t.Setenv("ARCSECOND_API_KEY", "")
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}
