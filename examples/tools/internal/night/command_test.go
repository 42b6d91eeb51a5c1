package night

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// cli runs `arcsecond <args>` against srv (nil: no server) under a root of
// its own, as the arcsecond binary does.
func cli(t *testing.T, srv *arcsecondtest.Server, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := cliapp.New(&out, &errOut, "test")
	defer env.Close()
	root := &cobra.Command{Use: "arcsecond", SilenceErrors: true, SilenceUsage: true}
	env.AddFlags(root)
	if srv != nil {
		env.UseServer(srv)
	}
	root.AddCommand(Command(env))
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errOut)
	err := root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
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
