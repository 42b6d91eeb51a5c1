// Command mockserver runs the in-memory Arcsecond API of package
// arcsecondtest on a local port, for tools written in other languages (or
// curl) to test against without the network. It prints the seeded users with
// their passwords and keys, then serves until interrupted (Ctrl-C).
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
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mockserver:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("mockserver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8800", "`host:port` to listen on (8800 is Arcsecond.local's port)")
	seed := fs.Uint64("seed", 1, "seed of the generated keys and identifiers (same seed, same keys)")
	noData := fs.Bool("no-seed-data", false, "start without the catalogue data (users and organisation only)")
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
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	logger := slog.New(slog.DiscardHandler)
	if *verbose {
		logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	opts := []arcsecondtest.Option{arcsecondtest.WithSeed(*seed), arcsecondtest.WithSeedData(!*noData),
		arcsecondtest.WithLogger(logger), arcsecondtest.WithPublicURL(base)}
	if *clock != "" {
		at, err := time.Parse(time.RFC3339, *clock)
		if err != nil {
			ln.Close()
			return fmt.Errorf("-clock: %w", err)
		}
		opts = append(opts, arcsecondtest.WithClock(func() time.Time { return at }))
	}
	srv := arcsecondtest.NewUnstartedServer(opts...)
	defer srv.Close()
	printUsers(stdout, base, srv)

	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return err
	}
	<-errc
	fmt.Fprintln(stdout, "stopped")
	return nil
}

func printUsers(w io.Writer, base string, srv *arcsecondtest.Server) {
	fmt.Fprintf(w, "Arcsecond mock API on %s/ (organisation %q: %s/%s/…)\n\n", base, arcsecondtest.SeedOrganisation, base, arcsecondtest.SeedOrganisation)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "USERNAME\tROLE\tPASSWORD\tACCESS KEY\tUPLOAD KEY")
	for _, u := range srv.Users() {
		role := u.Role
		if role == "" {
			role = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", u.Username, role, u.Password, u.AccessKey, u.UploadKey)
	}
	_ = tw.Flush()
	fmt.Fprintln(w, "\nHeader: X-Arcsecond-API-Authorization: Key <access or upload key>. Ctrl-C to stop.")
}
