package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"golang.org/x/term"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// The commands that read and write the login shared with the Python CLI:
// ~/.config/arcsecond/config.ini, one section per API name, with
// api_server (not for "cloud"), username, access_key (legacy api_key) and
// upload_key. Reading goes through the library (arcsecond.ReadCLIConfig);
// writing through configFile, which changes only the options it sets.

// configTarget returns the file to write: arcsecond.ConfigPath's, except
// that the Python CLI's older ~/.arcsecond.ini, which it moves to
// ~/.config/arcsecond/config.ini on its next run, is moved the same way.
func configTarget() (path, legacy string, err error) {
	path, err = arcsecond.ConfigPath()
	if err != nil {
		return "", "", err
	}
	if os.Getenv(arcsecond.EnvConfig) != "" {
		return path, "", nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", "", err
	}
	if old := filepath.Join(home, ".arcsecond.ini"); path == old {
		return filepath.Join(home, ".config", "arcsecond", "config.ini"), old, nil
	}
	return path, "", nil
}

// editConfig loads the config file, applies edit and saves it.
func editConfig(edit func(f *configFile) error) (string, error) {
	path, legacy, err := configTarget()
	if err != nil {
		return "", err
	}
	from := path
	if legacy != "" {
		from = legacy
	}
	// A file the Python CLI (and the SDK's reader) would refuse is not
	// edited: the edit could not make it readable, and would hide where
	// it went wrong.
	if _, err := arcsecond.ReadCLIConfig(from); err != nil {
		return "", fmt.Errorf("%w; fix the file by hand (or remove it and log in again)", err)
	}
	f, err := loadConfigFile(from)
	if err != nil {
		return "", err
	}
	f.path = path
	if err := edit(f); err != nil {
		return "", err
	}
	if err := f.save(); err != nil {
		return "", fmt.Errorf("saving %s: %w", path, err)
	}
	if legacy != "" {
		if err := os.Remove(legacy); err != nil {
			return "", fmt.Errorf("moved the login of %s to %s but could not remove the old file: %w", legacy, path, err)
		}
	}
	return path, nil
}

// loginKeys are the options a login saves and a logout removes.
var loginKeys = []string{"access_key", "api_key", "upload_key", "username"}

// clearLogin removes the login of section name, keeping its api_server;
// a section left empty is removed.
func clearLogin(f *configFile, name string) (removed bool) {
	for _, k := range f.options(name) {
		if slices.Contains(loginKeys, k) || strings.HasPrefix(k, "membership__") {
			f.remove(name, k)
			removed = true
		}
	}
	if len(f.options(name)) == 0 {
		f.removeSection(name)
	}
	return removed
}

// apiInfo is one API as arcsecond api -o json lists it.
type apiInfo struct {
	Name      string `json:"name"`
	Server    string `json:"server"`
	Username  string `json:"username,omitempty"`
	Key       string `json:"key,omitempty"` // "access", "upload", "access and upload": which keys are saved, never them
	Protected bool   `json:"protected,omitempty"`
}

func infoOf(a arcsecond.SavedAPI) apiInfo {
	i := apiInfo{Name: a.Name, Server: a.Server, Username: a.Username, Protected: a.Name == cliapp.CloudAPIName}
	switch {
	case a.AccessKey != "" && a.UploadKey != "":
		i.Key = "access and upload"
	case a.AccessKey != "":
		i.Key = "access"
	case a.UploadKey != "":
		i.Key = "upload"
	}
	return i
}

func apiCommand(app cliapp.App) *cobra.Command {
	return &cobra.Command{
		Use:   "api [NAME [URL]]",
		Short: "List the API servers, or register one under a name",
		Long: `Without arguments, lists the registered API servers ("cloud", the production
server, always; its address cannot be changed) and who is logged in to each.
With NAME, shows that one. With NAME and URL, registers (or moves) the server
NAME, to be used with --api NAME, e.g. a self-hosted Arcsecond.local:

  arcsecond api local http://localhost:8800
  arcsecond login --api local --username ada --type access --key ...

Moving an API to a server of another origin removes its saved keys, which
belong to the old one.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 2 {
				return cliapp.Usagef("api takes at most a name and a URL (got %d arguments)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch len(args) {
			case 0:
				return listAPIs(app)
			case 1:
				a, _, err := cliapp.Saved(args[0])
				if err != nil {
					return err
				}
				return printAPIs(app, []apiInfo{infoOf(a)})
			}
			return registerAPI(app, args[0], args[1])
		},
	}
}

func listAPIs(app cliapp.App) error {
	_, cfg, err := cliapp.Saved(cliapp.CloudAPIName)
	if err != nil {
		return err
	}
	var out []apiInfo
	for _, name := range append([]string{cliapp.CloudAPIName}, cfg.APINames()...) {
		if name == cliapp.CloudAPIName && len(out) > 0 {
			continue
		}
		a, err := cfg.API(name)
		if err != nil {
			// A section the Python CLI lists only with an api_server.
			if errors.Is(err, arcsecond.ErrNotLoggedIn) {
				continue
			}
			return err
		}
		out = append(out, infoOf(a))
	}
	return printAPIs(app, out)
}

func printAPIs(app cliapp.App, apis []apiInfo) error {
	if app.JSON() {
		return writeJSON(app.Out(), apis)
	}
	return writeTable(app.Out(), []column[apiInfo]{
		{"NAME", func(a *apiInfo) string { return a.Name }},
		{"SERVER", func(a *apiInfo) string {
			if a.Protected {
				return a.Server + " (protected)"
			}
			return a.Server
		}},
		{"USERNAME", func(a *apiInfo) string { return a.Username }},
		{"KEY", func(a *apiInfo) string { return a.Key }},
	}, ptrs(apis))
}

func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// checkServer accepts what arcsecond.WithBaseURL accepts.
func checkServer(raw string) (*url.URL, error) {
	if _, err := arcsecond.NewClient(arcsecond.WithBaseURL(raw)); err != nil {
		return nil, cliapp.Usagef("%q is not a server address: %v (e.g. https://api.example.org or http://localhost:8800)", raw, err)
	}
	return url.Parse(raw)
}

func sameOrigin(a, b *url.URL) bool {
	port := func(u *url.URL) string {
		if p := u.Port(); p != "" {
			return p
		}
		if u.Scheme == "https" {
			return "443"
		}
		return "80"
	}
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

func registerAPI(app cliapp.App, name, raw string) error {
	raw = strings.TrimSpace(raw)
	if name == cliapp.CloudAPIName {
		return cliapp.Usagef("the server of the API %q cannot be changed; register another name: arcsecond api NAME %s", name, raw)
	}
	u, err := checkServer(raw)
	if err != nil {
		return err
	}
	// The keys saved for an API were given by its server: they must not
	// follow the name to another origin.
	old, _, _ := cliapp.Saved(name)
	moved := false
	if old.Server != "" && old.LoggedIn() {
		if ou, err := url.Parse(old.Server); err != nil || !sameOrigin(ou, u) {
			moved = true
		}
	}
	path, err := editConfig(func(f *configFile) error {
		if moved {
			clearLogin(f, name)
		}
		return f.set(name, "api_server", raw)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(app.Err(), "API %q is %s (saved in %s)\n", name, raw, path)
	if moved {
		fmt.Fprintf(app.Err(), "its keys, given by %s, were removed: run arcsecond login --api %s\n", old.Server, name)
	}
	return nil
}

type loginFlags struct {
	username, kind, key string
}

func loginCommand(app cliapp.App) *cobra.Command {
	var f loginFlags
	cmd := &cobra.Command{
		Use:   "login --username U --type access|upload --key K",
		Short: "Save a key of your account, checked with the server",
		Long: `Checks the key with the server (POST /auth/key/verify/) and saves it, with the
username, in ~/.config/arcsecond/config.ini under the API name (--api, "cloud"
by default), where the Python CLI reads it too.

An access key gives the full API; an upload key only lets you create datasets
and upload files (enough for upload and allsky upload). Both are on your
settings page. The username may also be your primary e-mail address. With
--key -, the key is read from the standard input (kept out of the shell's
history and of the process list). On a terminal, what the flags do not give
is asked for.`,
		Example: `  arcsecond login --username ada --type upload --key - < upload-key.txt`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			in := cmd.InOrStdin()
			return runLogin(cmd.Context(), app, in, isTerminalReader(in), f)
		},
	}
	cmd.Flags().StringVar(&f.username, "username", "", "account `username` (without @) or primary e-mail address")
	cmd.Flags().StringVar(&f.kind, "type", "", "`kind` of key: access or upload")
	cmd.Flags().StringVar(&f.key, "key", "", "the `key`, or - to read it from the standard input")
	return cmd
}

// runLogin checks and saves a key. On a terminal (interactive), what the
// flags do not give is asked for, as the Python CLI asks.
func runLogin(ctx context.Context, app cliapp.App, stdin io.Reader, interactive bool, f loginFlags) error {
	in := bufio.NewReader(io.LimitReader(stdin, 1<<16))
	if interactive {
		for _, q := range []struct {
			v      *string
			prompt string
		}{{&f.username, "Username (or primary e-mail)"}, {&f.kind, "Type (access, upload)"}, {&f.key, "Key"}} {
			if *q.v != "" {
				continue
			}
			fmt.Fprintf(app.Err(), "%s: ", q.prompt)
			if q.v == &f.key {
				if fd, ok := terminalFD(stdin); ok {
					// a key typed on a terminal is not echoed
					b, err := term.ReadPassword(fd)
					fmt.Fprintln(app.Err())
					if err != nil {
						return fmt.Errorf("reading the key: %w", err)
					}
					*q.v = strings.TrimSpace(string(b))
					continue
				}
			}
			line, err := in.ReadString('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
			*q.v = strings.TrimSpace(line)
		}
	}
	f.username = strings.TrimPrefix(strings.TrimSpace(f.username), "@")
	kind := strings.ToLower(strings.TrimSpace(f.kind))
	var missing []string
	if f.username == "" {
		missing = append(missing, "--username")
	}
	if kind == "" {
		missing = append(missing, "--type")
	}
	if f.key == "" {
		missing = append(missing, "--key")
	}
	if len(missing) > 0 {
		return cliapp.Usagef("login needs %s (see arcsecond login --help)", strings.Join(missing, ", "))
	}
	if kind != "access" && kind != "upload" {
		return cliapp.Usagef("--type %q: want access or upload", f.kind)
	}
	key := f.key
	if key == "-" {
		line, err := in.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("reading the key from the standard input: %w", err)
		}
		key = line
	}
	key = strings.TrimSpace(key)
	if key == "" || strings.ContainsFunc(key, func(r rune) bool { return r <= ' ' || r >= 0x7f }) {
		return cliapp.Usagef("the key is empty or holds characters no key has (spaces, control characters)")
	}
	if strings.ContainsAny(f.username, "\r\n%") {
		return cliapp.Usagef("--username holds characters no username has")
	}

	name := app.APIName()
	a, _, err := cliapp.Saved(name)
	if err != nil {
		return err
	}
	server := a.Server
	var c *arcsecond.Client
	if srv := app.Server(); srv != nil {
		server = srv.URL + "/"
	}
	c, err = app.NewClient(arcsecond.WithBaseURL(server))
	if err != nil {
		return err
	}
	if _, err := c.Auth.VerifyKey(ctx, f.username, key); err != nil {
		var e *arcsecond.ErrorResponse
		if errors.As(err, &e) && e.StatusCode >= 400 && e.StatusCode < 500 {
			return fmt.Errorf("%w: %s does not know this %s key for %q (check both on your settings page; an e-mail must be the primary one): %w", cliapp.ErrLoginRefused, server, kind, f.username, err)
		}
		return fmt.Errorf("checking the key with %s: %w", server, err)
	}
	if app.Server() != nil {
		fmt.Fprintf(app.Err(), "offline: the key is valid; nothing saved (the in-process server ends with this command)\n")
		return nil
	}
	path, err := editConfig(func(cf *configFile) error {
		if err := cf.set(name, kind+"_key", key); err != nil {
			return err
		}
		if kind == "access" {
			cf.remove(name, "api_key") // the legacy name, which would now be stale
		}
		return cf.set(name, "username", f.username)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(app.Err(), "logged in to %q (%s) as %s with an %s key, saved in %s\n", name, server, f.username, kind, path)
	return nil
}

func logoutCommand(app cliapp.App) *cobra.Command {
	return &cobra.Command{
		Use:   "logout",
		Short: "Remove the saved keys of the API (--api)",
		Long:  `Removes the username and keys saved for the API (--api, "cloud" by default), for both this tool and the Python CLI; a registered server address stays.`,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			name := app.APIName()
			a, _, err := cliapp.Saved(name)
			if err != nil {
				return err
			}
			if !a.LoggedIn() && a.Username == "" {
				fmt.Fprintf(app.Err(), "not logged in to %q\n", name)
				return nil
			}
			path, err := editConfig(func(f *configFile) error {
				clearLogin(f, name)
				return nil
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(app.Err(), "logged out of %q (keys removed from %s)\n", name, path)
			return nil
		},
	}
}

func meCommand(app cliapp.App) *cobra.Command {
	return &cobra.Command{
		Use:   "me",
		Short: "Show the profile of the account logged in",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, err := app.Client(ctx)
			if err != nil {
				return err
			}
			username := ""
			if srv := app.Server(); srv != nil {
				username = srv.UserWithRole("superadmin").Username
			} else if a, _, err := cliapp.Saved(app.APIName()); err == nil {
				username = a.Username
			}
			if username == "" {
				return fmt.Errorf("%w: no username saved for %q: run arcsecond login", cliapp.ErrNotLoggedIn, app.APIName())
			}
			p, _, err := c.Profiles.Get(ctx, username)
			if errors.Is(err, arcsecond.ErrNotFound) && strings.Contains(username, "@") {
				return fmt.Errorf("the login saved the e-mail address %s as username, which has no profile: run arcsecond login again with your username: %w", username, err)
			}
			if err != nil {
				return fmt.Errorf("reading the profile of %s: %w", username, err)
			}
			if app.JSON() {
				return writeJSON(app.Out(), p)
			}
			rows := [][2]string{
				{"username", p.Username},
				{"name", strings.TrimSpace(p.FirstName + " " + p.LastName)},
				{"e-mail", p.Email},
				{"member since", dateOf(p.MembershipDate)},
			}
			return writeTable(app.Out(), []column[[2]string]{
				{"FIELD", func(r *[2]string) string { return r[0] }},
				{"VALUE", func(r *[2]string) string { return r[1] }},
			}, ptrs(rows))
		},
	}
}

func dateOf(t arcsecond.Timestamp) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// terminalFD returns the descriptor of r when r is a terminal.
func terminalFD(r io.Reader) (int, bool) {
	f, ok := r.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	return int(f.Fd()), true
}

// isTerminalReader reports whether r is a terminal (a character device).
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
