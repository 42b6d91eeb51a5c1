// Package mock is `arcsecond mock`: the in-memory Arcsecond API of package
// arcsecondtest served on a local port, for other tools (or this one, with
// --api) to run against without the network. It prints its URL and the
// seeded users with their keys, then serves until Ctrl-C.
package mock

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/mockserve"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// Command returns `arcsecond mock`.
func Command(app cliapp.App) *cobra.Command {
	var (
		o     mockserve.Options
		clock string
	)
	cmd := &cobra.Command{
		Use:   "mock",
		Short: "Serve the in-process reference API on a local port, for other tools",
		Long: `Serves the in-memory Arcsecond API (package arcsecondtest: the seeded catalogue,
organisation and users, uploads, live activities, the Hub) on a local port until
Ctrl-C. It prints its URL and the seeded users with their passwords, access keys
and upload keys (-o json: the same as one JSON document), and how to point this
command at it. The same --seed gives the same keys.`,
		Example: `  arcsecond mock --addr 127.0.0.1:8800
  arcsecond api mock http://127.0.0.1:8800 && arcsecond login --api mock --username annie --type access --key <key>`,
		Args: cliapp.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if clock != "" {
				at, err := time.Parse(time.RFC3339, clock)
				if err != nil {
					return cliapp.Usagef("--clock %q: want an RFC 3339 time such as 2026-03-01T12:00:00Z", clock)
				}
				o.Clock = at
			}
			o.Logger = app.Logger()
			o.Announce = func(base string, srv *arcsecondtest.Server) error {
				if app.JSON() {
					return announceJSON(app.Out(), base, srv)
				}
				if err := mockserve.PrintUsers(app.Out(), base, srv); err != nil {
					return err
				}
				u := srv.UserWithRole("superadmin")
				_, err := fmt.Fprintf(app.Out(), "\nTo use it from this command:\n  arcsecond api mock %s\n  arcsecond login --api mock --username %s --type access --key %s\n",
					base, u.Username, u.AccessKey)
				return err
			}
			if err := mockserve.Serve(cmd.Context(), o, app.Out()); err != nil {
				return err
			}
			fmt.Fprintln(app.Err(), "stopped")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Addr, "addr", "127.0.0.1:8800", "`host:port` to listen on (port 0: any free port)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the generated keys and identifiers (same seed, same keys)")
	f.BoolVar(&o.NoSeedData, "no-seed-data", false, "start without the catalogue data (users and organisation only)")
	f.StringVar(&clock, "clock", "", "freeze the server's clock at this RFC 3339 `time` (default: the real clock)")
	return cmd
}

type jsonUser struct {
	Username  string `json:"username"`
	Email     string `json:"email"`
	Role      string `json:"role"`
	Password  string `json:"password"`
	AccessKey string `json:"access_key"`
	UploadKey string `json:"upload_key"`
}

// announceJSON prints the server's URL and users as one JSON document, on
// one line, so that a script can read it as soon as it is written.
func announceJSON(w io.Writer, base string, srv *arcsecondtest.Server) error {
	doc := struct {
		URL          string     `json:"url"`
		Organisation string     `json:"organisation"`
		HubURL       string     `json:"hub_url"`
		Users        []jsonUser `json:"users"`
	}{URL: base + "/", Organisation: arcsecondtest.SeedOrganisation, HubURL: "ws" + base[len("http"):] + "/ws/agent"}
	for _, u := range srv.Users() {
		doc.Users = append(doc.Users, jsonUser{u.Username, u.Email, u.Role, u.Password, u.AccessKey, u.UploadKey})
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
