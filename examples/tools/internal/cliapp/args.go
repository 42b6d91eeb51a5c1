package cliapp

import "github.com/spf13/cobra"

// NoArgs is cobra's Args check for a command without positional
// arguments, failing with a *UsageError (exit 2) instead of cobra's plain
// error (exit 1).
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return Usagef("%s takes no argument (got %q)", cmd.CommandPath(), args[0])
	}
	return nil
}
