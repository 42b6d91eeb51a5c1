// Package cliapp is what the subcommands of the arcsecond command share: the
// global flags (--api, -o, -v, --offline), the client they select, the
// output streams, and the typed errors that become the exit codes scripts
// rely on.
package cliapp

import (
	"context"
	"io"
	"log/slog"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// App is what a subcommand gets from the root command. Every method is
// valid once the root's flags are parsed (in RunE, not when the command is
// built).
type App interface {
	// Client returns the client for the API chosen with --api NAME (the
	// login saved by `arcsecond login`, shared with the Python CLI), or
	// for the in-process server with --offline. It fails with an error
	// wrapping ErrNotLoggedIn (exit 3) when there is no saved key. With -v
	// every request is logged to Err (method, URL, status, duration; never
	// a key). The client is made once per run and shared.
	Client(ctx context.Context) (*arcsecond.Client, error)
	// PublicClient is Client when logged in, and otherwise an anonymous
	// client for the same API, for the public routes (objects, sites).
	PublicClient(ctx context.Context) (*arcsecond.Client, error)
	// NewClient returns a new client with the run's options (User-Agent,
	// the -v request log) then opts, e.g. an anonymous one for a server.
	NewClient(opts ...arcsecond.Option) (*arcsecond.Client, error)
	// Server is the in-process reference server with --offline (started
	// by the first call), nil otherwise.
	Server() *arcsecondtest.Server
	// APIName is the --api value ("cloud" by default).
	APIName() string
	// Out receives the command's results; Err its progress and messages.
	Out() io.Writer
	Err() io.Writer
	// JSON reports -o json: results as JSON on Out, nothing else there.
	JSON() bool
	// Logger writes to Err: debug records (requests, SDK retries) with
	// -v, warnings and errors otherwise. It never holds a secret.
	Logger() *slog.Logger
	// UserAgent names the command in requests ("arcsecond/<version>").
	UserAgent() string
}
