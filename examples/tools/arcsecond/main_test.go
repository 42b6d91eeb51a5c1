package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// result is what one run of the command did.
type result struct {
	code        int
	out, errOut string
}

// cli runs the command line args in-process, as the binary would.
func cli(t *testing.T, args ...string) result {
	t.Helper()
	return cliCtx(t, context.Background(), args...)
}

func cliCtx(t *testing.T, ctx context.Context, args ...string) result {
	t.Helper()
	return cliIn(t, ctx, "", args...)
}

// cliIn is cliCtx with stdin as the standard input.
func cliIn(t *testing.T, ctx context.Context, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(ctx, args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func TestVersionAndUsageErrors(t *testing.T) {
	r := cli(t, "version")
	if r.code != 0 || !strings.HasPrefix(r.out, "arcsecond "+version+" (arcsecond-go ") {
		t.Errorf("version: %+v", r)
	}
	r = cli(t, "-o", "json", "version")
	if r.code != 0 || !strings.Contains(r.out, `"version": "`+version+`"`) {
		t.Errorf("version -o json: %+v", r)
	}
	for _, args := range [][]string{{"--bogus"}, {"version", "x"}, {"-o", "yaml", "version"}, {"nope"}, {"versio"}, {"--api", " ", "version"}} {
		r := cli(t, args...)
		if r.code != 2 || r.out != "" || !strings.HasPrefix(r.errOut, "arcsecond: ") {
			t.Errorf("%q: exit %d, out %q, err %q; want 2 and a message", args, r.code, r.out, r.errOut)
		}
	}
	if r := cli(t, "versio"); !strings.Contains(r.errOut, "did you mean version?") {
		t.Errorf("no suggestion: %q", r.errOut)
	}
	if r := cli(t, "--help"); r.code != 0 || !strings.Contains(r.out, "Exit codes:") || !strings.Contains(r.out, "130") {
		t.Errorf("help: %+v", r)
	}
}
