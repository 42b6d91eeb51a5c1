package main

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/agent"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/live"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/mock"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/night"
	"github.com/spf13/cobra"
)

// newRoot builds the command tree around env.
func newRoot(env *cliapp.Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "arcsecond",
		Short: "Arcsecond from the command line: log in, list, upload",
		Long: `arcsecond talks to the Arcsecond API (api.arcsecond.io, or another server
registered with "arcsecond api NAME URL" and chosen with --api NAME). Its login
is saved in ~/.config/arcsecond/config.ini, the file of the official Python CLI:
a login made by either tool works in the other.`,
		Example: `  arcsecond login --username ada --type access --key <access key>
  arcsecond datasets -p my-observatory
  arcsecond upload /data/2026-11-27 -d "2026-11-27 M31" -t <telescope uuid>`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return env.Validate(cmd)
		},
		// Without these, cobra's own check of an unknown command returns an
		// error that cannot be told from a failure (exit 1 instead of 2).
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q for arcsecond", args[0])
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += "; did you mean " + strings.Join(s, " or ") + "?"
			}
			return cliapp.Usagef("%s (see arcsecond help)", msg)
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	env.AddFlags(root)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &cliapp.UsageError{Err: err} })
	root.SetHelpTemplate(root.HelpTemplate() + "\n" + cliapp.ExitHelp + "\n")
	root.AddCommand(versionCommand(env), apiCommand(env), loginCommand(env), logoutCommand(env), meCommand(env))
	root.AddCommand(listCommands(env)...)
	root.AddCommand(uploadCommand(env), allskyCommand(env))
	root.AddCommand(night.Command(env), live.Command(env), agent.Command(env), mock.Command(env))
	return root
}

func versionCommand(app cliapp.App) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of the command and of the SDK",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if app.JSON() {
				return writeJSON(app.Out(), map[string]string{"version": version, "sdk": arcsecond.Version, "go": runtime.Version()})
			}
			_, err := fmt.Fprintf(app.Out(), "arcsecond %s (arcsecond-go %s, %s)\n", version, arcsecond.Version, runtime.Version())
			return err
		},
	}
}

// noArgs refuses positional arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return cliapp.Usagef("%s takes no argument (got %q)", cmd.CommandPath(), args[0])
	}
	return nil
}
