package cliapp

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestExitCode(t *testing.T) {
	apiErr := &arcsecond.ErrorResponse{}
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("disk full"), 1},
		{Usagef("bad %s", "flag"), 2},
		{fmt.Errorf("wrapped: %w", Usagef("bad")), 2},
		{fmt.Errorf("%w for the API %q", ErrNotLoggedIn, "cloud"), 3},
		{fmt.Errorf("listing: %w", arcsecond.ErrUnauthorized), 3},
		{fmt.Errorf("listing: %w", apiErr), 4},
		{fmt.Errorf("%w: %w", ErrInterrupted, errors.New("x")), 130},
		{fmt.Errorf("upload: %w", context.Canceled), 130},
	} {
		if got := ExitCode(c.err); got != c.want {
			t.Errorf("ExitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
}

func TestExplainNamesTheFix(t *testing.T) {
	for _, c := range []struct {
		err     error
		api     string
		want    string
		wantNot string
	}{
		{fmt.Errorf("%w for the API %q", ErrNotLoggedIn, "cloud"), "cloud", "run arcsecond login", "--api"},
		{fmt.Errorf("%w for the API %q", ErrNotLoggedIn, "test"), "test", "run arcsecond login --api test", ""},
		{fmt.Errorf("listing: %w", arcsecond.ErrUnauthorized), "cloud", "refused the saved key: run arcsecond login", ""},
		{fmt.Errorf("listing: %w", arcsecond.ErrForbidden), "cloud", "run arcsecond login --type access", ""},
	} {
		got := Explain(c.err, c.api)
		if !strings.Contains(got, c.want) || (c.wantNot != "" && strings.Contains(got, c.wantNot)) {
			t.Errorf("Explain(%v, %q) = %q, want %q", c.err, c.api, got, c.want)
		}
		if n := strings.Count(got, "arcsecond login"); n != 1 {
			t.Errorf("Explain(%v) names the login %d times: %q", c.err, n, got)
		}
	}
}
