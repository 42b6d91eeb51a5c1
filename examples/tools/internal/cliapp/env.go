package cliapp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/spf13/cobra"
)

// CloudAPIName is the API name of the production server, as in the
// Python CLI's config file; its address cannot be changed.
const CloudAPIName = arcsecond.CloudAPIName

// Output formats of -o.
const (
	OutputTable = "table"
	OutputJSON  = "json"
)

// Env is the App of one run of the command: the global flags, the
// streams, and the client and in-process server made on demand. Make one
// with New, bind its flags with AddFlags, and Close it when the command
// returns.
type Env struct {
	stdout, stderr io.Writer
	version        string

	apiName     string
	apiExplicit bool // --api given, rather than its default
	output      string
	verbose     bool
	offline     bool

	mu       sync.Mutex
	logger   *slog.Logger
	server   *arcsecondtest.Server
	owned    bool
	client   *arcsecond.Client
	public   *arcsecond.Client
	httpBase *http.Client // the transport every client made here uses
}

var _ App = (*Env)(nil)

// New returns the Env of a run writing to stdout and stderr; version goes
// into the User-Agent.
func New(stdout, stderr io.Writer, version string) *Env {
	return &Env{stdout: stdout, stderr: stderr, version: version, apiName: CloudAPIName, output: OutputTable}
}

// AddFlags binds the global flags to cmd's persistent flags, so that every
// subcommand has them: --api NAME, -o/--output table|json, -v/--verbose,
// --offline.
func (e *Env) AddFlags(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	def := CloudAPIName
	if v := strings.TrimSpace(os.Getenv(arcsecond.EnvAPIName)); v != "" {
		def = v
	}
	f.StringVar(&e.apiName, "api", def, "API `name` whose saved login to use (see arcsecond api; $"+arcsecond.EnvAPIName+" sets the default)")
	f.StringVarP(&e.output, "output", "o", OutputTable, "output `format`: table or json")
	f.BoolVarP(&e.verbose, "verbose", "v", false, "log every request (method, URL, status, duration; never a key) to stderr")
	f.BoolVar(&e.offline, "offline", false, "use a fresh in-process reference server instead of the API (to try the commands)")
}

// Validate checks the global flags; the root command calls it before any
// subcommand runs.
func (e *Env) Validate(cmd *cobra.Command) error {
	if fl := cmd.Flags().Lookup("api"); (fl != nil && fl.Changed) || strings.TrimSpace(os.Getenv(arcsecond.EnvAPIName)) != "" {
		e.apiExplicit = true
	}
	switch e.output {
	case OutputTable, OutputJSON:
	default:
		return Usagef("-o %q: want table or json", e.output)
	}
	if strings.TrimSpace(e.apiName) == "" {
		return Usagef("--api needs a name (see arcsecond api)")
	}
	return nil
}

// UseServer makes the Env talk to srv, which the caller owns, as --offline
// does with a server of its own (tests, the mock command); before or after
// AddFlags.
func (e *Env) UseServer(srv *arcsecondtest.Server) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.server, e.owned, e.offline = srv, false, true
}

// Close stops the in-process server the Env started, if any, and the idle
// connections of its clients.
func (e *Env) Close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.httpBase != nil {
		e.httpBase.CloseIdleConnections()
	}
	if e.owned && e.server != nil {
		e.server.Close()
		e.server, e.owned = nil, false
	}
}

func (e *Env) APIName() string   { return e.apiName }
func (e *Env) Out() io.Writer    { return e.stdout }
func (e *Env) Err() io.Writer    { return e.stderr }
func (e *Env) JSON() bool        { return e.output == OutputJSON }
func (e *Env) Verbose() bool     { return e.verbose }
func (e *Env) UserAgent() string { return "arcsecond/" + e.version }

func (e *Env) Logger() *slog.Logger {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.loggerLocked()
}

func (e *Env) loggerLocked() *slog.Logger {
	if e.logger == nil {
		level := slog.LevelWarn
		if e.verbose {
			level = slog.LevelDebug
		}
		e.logger = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	}
	return e.logger
}

func (e *Env) Server() *arcsecondtest.Server {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.offline && e.server == nil {
		return nil
	}
	e.startServerLocked()
	return e.server
}

func (e *Env) startServerLocked() {
	if e.server == nil {
		e.server, e.owned = arcsecondtest.NewServer(), true
		fmt.Fprintf(e.stderr, "offline: using the in-process reference server at %s\n", e.server.URL)
	}
}

// options are those of every client the Env makes.
func (e *Env) optionsLocked() []arcsecond.Option {
	if e.httpBase == nil {
		e.httpBase = &http.Client{Timeout: 60 * time.Second, Transport: &logTransport{next: http.DefaultTransport.(*http.Transport).Clone(), log: e.loggerLocked()}}
	}
	return []arcsecond.Option{
		arcsecond.WithUserAgent(e.UserAgent()),
		arcsecond.WithLogger(e.loggerLocked()),
		arcsecond.WithHTTPClient(e.httpBase),
	}
}

func (e *Env) Client(ctx context.Context) (*arcsecond.Client, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.client != nil {
		return e.client, nil
	}
	opts := e.optionsLocked()
	var (
		c   *arcsecond.Client
		err error
	)
	if e.offline || e.server != nil {
		e.startServerLocked()
		c, err = e.server.Client(opts...)
	} else {
		c, err = savedClient(e.apiName, e.apiExplicit, opts)
	}
	if err != nil {
		return nil, err
	}
	e.client = c
	return c, nil
}

func (e *Env) PublicClient(ctx context.Context) (*arcsecond.Client, error) {
	c, err := e.Client(ctx)
	if err == nil || !errors.Is(err, ErrNotLoggedIn) {
		return c, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.public == nil {
		server, serr := apiServer(e.apiName)
		if serr != nil {
			return nil, serr
		}
		e.public, err = arcsecond.NewClient(append(e.optionsLocked(), arcsecond.WithBaseURL(server))...)
		if err != nil {
			return nil, err
		}
	}
	return e.public, nil
}

func (e *Env) NewClient(opts ...arcsecond.Option) (*arcsecond.Client, error) {
	e.mu.Lock()
	base := e.optionsLocked()
	e.mu.Unlock()
	return arcsecond.NewClient(append(base, opts...)...)
}
