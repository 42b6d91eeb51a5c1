package clitest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"go.uber.org/goleak"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/clitest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestRun: the command gets its arguments, the server's client and both
// outputs, and its error comes back.
func TestRun(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	command := func(app cliapp.App) *cobra.Command {
		return &cobra.Command{Use: "probe", RunE: func(cmd *cobra.Command, args []string) error {
			c, err := app.Client(cmd.Context())
			if err != nil {
				return err
			}
			if !strings.HasPrefix(c.BaseURL().String(), srv.URL) {
				return fmt.Errorf("client of %s, want the test server %s", c.BaseURL(), srv.URL)
			}
			fmt.Fprintln(app.Out(), "out", strings.Join(args, ","))
			fmt.Fprintln(app.Err(), "err")
			return errors.New("done")
		}}
	}
	out, errOut, err := clitest.Run(context.Background(), srv, command, "probe", "a", "b")
	if out != "out a,b\n" || errOut != "err\n" || err == nil || err.Error() != "done" {
		t.Errorf("Run = %q, %q, %v", out, errOut, err)
	}
}
