// Command arcsecond is the Arcsecond command-line tool for Go users: log in
// (sharing the login of the official Python CLI), list datasets,
// telescopes and the rest, upload a night's files or an all-sky camera's
// images. Run arcsecond help for the commands and exit codes.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// version is the command's version, printed by arcsecond version and sent
// in the User-Agent.
const version = "0.1.0"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := cliapp.New(stdout, stderr, version)
	defer env.Close()
	root := newRoot(env)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return cliapp.ExitOK
	}
	if ctx.Err() != nil && cliapp.ExitCode(err) != cliapp.ExitUsage {
		err = fmt.Errorf("%w: %w", cliapp.ErrInterrupted, err)
	}
	fmt.Fprintln(stderr, "arcsecond:", cliapp.Explain(err, env.APIName()))
	return cliapp.ExitCode(err)
}
