// Command mockserver runs the in-memory Arcsecond API of package
// arcsecondtest on a local port, for tools written in other languages (or
// curl) to test against without the network. It prints the seeded users with
// their passwords and keys, then serves until interrupted (Ctrl-C). The
// `arcsecond mock` command of examples/tools runs the same server.
//
// Usage:
//
//	go run ./examples/mockserver [-addr 127.0.0.1:8800] [-seed N] [-no-seed-data] [-v]
//
// Then, for example:
//
//	curl -H 'X-Arcsecond-API-Authorization: Key <access key>' http://127.0.0.1:8800/lyra/datasets/
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/internal/mockserve"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mockserver:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o mockserve.Options
	fs := flag.NewFlagSet("mockserver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8800", "`host:port` to listen on (8800 is Arcsecond.local's port)")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the generated keys and identifiers (same seed, same keys)")
	fs.BoolVar(&o.NoSeedData, "no-seed-data", false, "start without the catalogue data (users and organisation only)")
	verbose := fs.Bool("v", false, "log each request (method, path, status) to stderr")
	clock := fs.String("clock", "", "freeze the server's clock at this RFC 3339 time, for byte-stable recordings (default: the real clock)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: mockserver [flags]\n\nRuns the in-memory Arcsecond API (package arcsecondtest) until interrupted,\nafter printing the seeded users and their keys.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if *clock != "" {
		at, err := time.Parse(time.RFC3339, *clock)
		if err != nil {
			return fmt.Errorf("-clock: %w", err)
		}
		o.Clock = at
	}
	if *verbose {
		o.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := mockserve.Serve(ctx, o, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "stopped")
	return nil
}
