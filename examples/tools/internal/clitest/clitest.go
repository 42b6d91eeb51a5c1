// Package clitest runs one subcommand of the arcsecond command under a root
// of its own, with the global flags the binary has, for the subcommands'
// tests.
package clitest

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/syncbuf"
)

// Run runs `arcsecond <args>` where the root knows only the command that
// command builds, against srv (nil: the saved login or --offline, as the
// flags say), and returns its standard output, its standard error and its
// error. The outputs are safe to write from the command's goroutines.
func Run(ctx context.Context, srv *arcsecondtest.Server, command func(cliapp.App) *cobra.Command, args ...string) (stdout, stderr string, err error) {
	var out, errOut syncbuf.Buffer
	env := cliapp.New(&out, &errOut, "test")
	defer env.Close()
	root := &cobra.Command{Use: "arcsecond", SilenceErrors: true, SilenceUsage: true}
	env.AddFlags(root)
	if srv != nil {
		env.UseServer(srv) // after AddFlags, which sets --offline's default
	}
	root.AddCommand(command(env))
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errOut)
	err = root.ExecuteContext(ctx)
	return out.String(), errOut.String(), err
}
