// Package mockserve serves the in-memory Arcsecond API of package
// arcsecondtest on a local port, for tools that cannot start it in-process
// (other languages, curl, a CLI under test). Both examples/mockserver and
// the `arcsecond mock` command run it.
package mockserve

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"text/tabwriter"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// Options configure Serve.
type Options struct {
	// Addr is the host:port to listen on; port 0 picks a free one.
	Addr string
	// Seed makes the generated keys and identifiers reproducible.
	Seed uint64
	// NoSeedData starts without the catalogue data (users and the
	// organisation only).
	NoSeedData bool
	// Clock, if not zero, freezes the server's clock (byte-stable recordings).
	Clock time.Time
	// Logger receives one debug record per request; nil logs nothing.
	Logger *slog.Logger
	// Announce is called once the server listens, with its base URL (no
	// trailing slash); it prints how to reach it. Nil prints PrintUsers
	// to the writer given to Serve.
	Announce func(base string, srv *arcsecondtest.Server) error
}

// Serve listens on o.Addr and serves the API until ctx ends, then shuts the
// HTTP server down (waiting up to 5 s for requests in flight) and returns
// nil. It returns the listen error at once if the address is taken.
func Serve(ctx context.Context, o Options, w io.Writer) error {
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	logger := o.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	opts := []arcsecondtest.Option{arcsecondtest.WithSeed(o.Seed), arcsecondtest.WithSeedData(!o.NoSeedData),
		arcsecondtest.WithLogger(logger), arcsecondtest.WithPublicURL(base)}
	if !o.Clock.IsZero() {
		at := o.Clock
		opts = append(opts, arcsecondtest.WithClock(func() time.Time { return at }))
	}
	srv := arcsecondtest.NewUnstartedServer(opts...)
	defer srv.Close()
	announce := o.Announce
	if announce == nil {
		announce = func(base string, srv *arcsecondtest.Server) error { return PrintUsers(w, base, srv) }
	}
	if err := announce(base, srv); err != nil {
		ln.Close()
		return err
	}

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
	err = hs.Shutdown(shutdown)
	<-errc
	return err
}

// PrintUsers writes the server's address and its seeded users with their
// passwords and keys as a table.
func PrintUsers(w io.Writer, base string, srv *arcsecondtest.Server) error {
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
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "\nHeader: X-Arcsecond-API-Authorization: Key <access or upload key>. Ctrl-C to stop.")
	return err
}
