package night

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/clitest"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// cli runs `arcsecond <args>` against srv (nil: no server) with this
// package's command, as the arcsecond binary does.
func cli(t *testing.T, srv *arcsecondtest.Server, args ...string) (string, string, error) {
	t.Helper()
	return clitest.Run(context.Background(), srv, Command, args...)
}

func TestCommand(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	out, errOut, err := cli(t, srv, "night", "--date", "2026-05-20", "--objects", "Sgr A*,NGC 5139", "--no-chart", "-o", "json")
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	var r jsonReport
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Targets) != 2 || r.Targets[1].Name != "NGC 5139" || r.Moon.Events[0].Event != "set" {
		t.Errorf("-o json: %v\n%s", err, out)
	}

	_, _, err = cli(t, srv, "night", "--objects", "Nowhere Nebula", "--no-chart")
	if err == nil || !strings.Contains(err.Error(), "the in-process server knows only the objects it was seeded with") || cliapp.ExitCode(err) != cliapp.ExitAPI {
		t.Errorf("unknown object offline: %v (exit %d)", err, cliapp.ExitCode(err))
	}

	for _, args := range [][]string{{"--min-alt", "95"}, {"--date", "May 20"}, {"--list", "a", "--targets", "b"}, {"--no-chart", "--svg", "x.svg"}} {
		_, _, err := cli(t, nil, append([]string{"night"}, args...)...)
		var u *cliapp.UsageError
		if !errors.As(err, &u) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}
