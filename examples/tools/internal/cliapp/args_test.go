package cliapp

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestNoArgs(t *testing.T) {
	cmd := &cobra.Command{Use: "night"}
	if err := NoArgs(cmd, nil); err != nil {
		t.Error(err)
	}
	if err := NoArgs(cmd, []string{"x"}); ExitCode(err) != ExitUsage || !strings.Contains(err.Error(), `night takes no argument (got "x")`) {
		t.Errorf("%v (exit %d)", err, ExitCode(err))
	}
}
