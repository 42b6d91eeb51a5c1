package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// A login made here is the file the Python CLI writes for `arcsecond api
// NAME URL` then `arcsecond login --api NAME ...`, byte for byte, and the
// other commands use it.
func TestLoginWritesWhatPythonWrites(t *testing.T) {
	srv := newServer(t)
	vera := srv.UserWithRole("member")
	if r := cli(t, "api", "lab", srv.URL); r.code != 0 {
		t.Fatalf("api lab URL: %+v", r)
	}
	if got, want := readConfig(t), pySection("lab", "api_server", srv.URL); got != want {
		t.Fatalf("after api: %q, want %q", got, want)
	}
	r := cli(t, "--api", "lab", "login", "--username", vera.Username, "--type", "access", "--key", vera.AccessKey)
	if r.code != 0 || !strings.Contains(r.errOut, `logged in to "lab"`) {
		t.Fatalf("login: %+v", r)
	}
	want := pySection("lab", "api_server", srv.URL, "access_key", vera.AccessKey, "username", vera.Username)
	if got := readConfig(t); got != want {
		t.Fatalf("after login:\n%s\nwant (Python's)\n%s", got, want)
	}
	if st, _ := os.Stat(configPath(t)); st.Mode().Perm() != 0o600 {
		t.Errorf("config.ini mode %v, want 0600", st.Mode().Perm())
	}
	r = cli(t, "--api", "lab", "me", "-o", "json")
	var p arcsecond.Profile
	if r.code != 0 || json.Unmarshal([]byte(r.out), &p) != nil || p.Username != vera.Username {
		t.Fatalf("me: %+v", r)
	}
	if r := cli(t, "--api", "lab", "me"); r.code != 0 || !strings.Contains(r.out, "username") || !strings.Contains(r.out, vera.Username) {
		t.Errorf("me as a table: %+v", r)
	}
	// An upload key added later keeps the access key, as in Python.
	r = cli(t, "--api", "lab", "login", "--username", vera.Username, "--type", "UPLOAD", "--key", "-")
	if r.code != 2 {
		t.Errorf("--key - with an empty standard input: %+v", r)
	}
	r = cliIn(t, context.Background(), vera.UploadKey+"\n", "--api", "lab", "login", "--username", vera.Username, "--type", "UPLOAD", "--key", "-")
	if r.code != 0 {
		t.Fatalf("login --key -: %+v", r)
	}
	want = pySection("lab", "api_server", srv.URL, "access_key", vera.AccessKey, "username", vera.Username, "upload_key", vera.UploadKey)
	if got := readConfig(t); got != want {
		t.Errorf("after the second login:\n%s\nwant\n%s", got, want)
	}
	r = cli(t, "api", "-o", "json")
	var apis []apiInfo
	if err := json.Unmarshal([]byte(r.out), &apis); err != nil || len(apis) != 2 || apis[0].Name != "cloud" || !apis[0].Protected ||
		apis[1] != (apiInfo{Name: "lab", Server: srv.URL, Username: vera.Username, Key: "access and upload"}) {
		t.Errorf("api -o json: %+v (%v)", apis, err)
	}
	if strings.Contains(r.out, vera.AccessKey) || strings.Contains(r.out, vera.UploadKey) {
		t.Error("api printed a key")
	}
	// logout removes the login, keeps the server.
	if r := cli(t, "--api", "lab", "logout"); r.code != 0 {
		t.Fatalf("logout: %+v", r)
	}
	if got, want := readConfig(t), pySection("lab", "api_server", srv.URL); got != want {
		t.Errorf("after logout: %q, want %q", got, want)
	}
	r = cli(t, "--api", "lab", "datasets")
	if r.code != 3 || !strings.Contains(r.errOut, "not logged in") || !strings.Contains(r.errOut, "run arcsecond login --api lab") {
		t.Errorf("datasets after logout: %+v", r)
	}
}

// Files the Python CLI wrote (configparser's format, its keys) are read:
// access_key, the legacy api_key, upload_key; other sections survive a
// login to another API untouched.
func TestPythonLoginsAreRead(t *testing.T) {
	srv := newServer(t)
	carl := srv.UserWithRole("")
	vera := srv.UserWithRole("member")
	other := pySection("cloud", "access_key", "0123456789abcdef", "username", "ada", "membership__lyra", "admin") +
		pySection("staging", "api_server", "https://api.arcsecond.dev")
	for _, c := range []struct {
		name, section string
		code          int
	}{
		{"access_key", pySection("py", "api_server", srv.URL, "access_key", carl.AccessKey, "username", carl.Username), 0},
		{"api_key", pySection("py", "api_server", srv.URL, "username", carl.Username, "api_key", carl.AccessKey), 0},
		{"upload_key", pySection("py", "api_server", srv.URL, "upload_key", carl.UploadKey, "username", carl.Username), 0},
		{"no key", pySection("py", "api_server", srv.URL, "username", carl.Username), 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			writeConfig(t, other+c.section)
			r := cli(t, "--api", "py", "datasets", "-o", "json")
			if r.code != c.code {
				t.Errorf("datasets: %+v, want exit %d", r, c.code)
			}
			// A new login to py leaves cloud and staging as they were.
			r = cli(t, "--api", "py", "login", "--username", vera.Email, "--type", "access", "--key", vera.AccessKey)
			if r.code != 0 {
				t.Fatalf("login with the e-mail address: %+v", r)
			}
			got := readConfig(t)
			if !strings.HasPrefix(got, other) {
				t.Errorf("the other sections changed:\n%s", got)
			}
			if strings.Contains(got, "api_key") || !strings.Contains(got, "access_key = "+vera.AccessKey+"\n") || !strings.Contains(got, "username = "+vera.Email+"\n") {
				t.Errorf("py after login:\n%s", got)
			}
		})
	}
}

func TestLoginRefusals(t *testing.T) {
	srv := newServer(t)
	vera := srv.UserWithRole("member")
	carl := srv.UserWithRole("")
	writeConfig(t, pySection("lab", "api_server", srv.URL))
	before := readConfig(t)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--api", "lab", "login", "--username", vera.Username, "--type", "access", "--key", carl.AccessKey}, 3, "login refused"},
		{[]string{"--api", "lab", "login", "--username", vera.Username, "--type", "access", "--key", "nonsense"}, 3, "does not know this access key"},
		{[]string{"--api", "lab", "login", "--username", vera.Username, "--type", "access"}, 2, "login needs --key"},
		{[]string{"--api", "lab", "login", "--username", vera.Username, "--type", "token", "--key", "k"}, 2, "want access or upload"},
		{[]string{"--api", "lab", "login", "--username", vera.Username, "--type", "access", "--key", "a b"}, 2, "characters no key has"},
		{[]string{"--api", "nowhere", "login", "--username", vera.Username, "--type", "access", "--key", vera.AccessKey}, 3, "register it with arcsecond api nowhere URL"},
		{[]string{"api", "cloud", "https://evil.example"}, 2, "cannot be changed"},
		{[]string{"api", "lab2", "ftp://x"}, 2, "is not a server address"},
		{[]string{"api", "lab2", "http://user:pw@host"}, 2, "is not a server address"},
		{[]string{"api", "a]b", "https://x.example"}, 1, "cannot be an API name"},
		{[]string{"api", "x", "https://x.example", "more"}, 2, "at most a name and a URL"},
		{[]string{"api", "nowhere"}, 3, "register it with arcsecond api nowhere URL"},
	} {
		r := cli(t, c.args...)
		if r.code != c.code || !strings.Contains(r.errOut, c.msg) {
			t.Errorf("%q: exit %d, %q; want %d and %q", c.args, r.code, r.errOut, c.code, c.msg)
		}
		for _, k := range []string{vera.AccessKey, carl.AccessKey} {
			if strings.Contains(r.errOut+r.out, k) {
				t.Errorf("%q printed a key", c.args)
			}
		}
	}
	if got := readConfig(t); got != before {
		t.Errorf("refused commands changed the file:\n%s", got)
	}
}

// Moving an API to another origin drops the keys its old server gave.
func TestAPIMovedDropsItsKeys(t *testing.T) {
	srv := newServer(t)
	vera := srv.UserWithRole("member")
	writeConfig(t, pySection("lab", "api_server", srv.URL, "access_key", vera.AccessKey, "username", vera.Username))
	r := cli(t, "api", "lab", srv.URL+"/")
	if r.code != 0 || !strings.Contains(readConfig(t), vera.AccessKey) {
		t.Fatalf("same origin: %+v\n%s", r, readConfig(t))
	}
	r = cli(t, "api", "lab", "https://elsewhere.example")
	if r.code != 0 || !strings.Contains(r.errOut, "were removed") {
		t.Fatalf("moved: %+v", r)
	}
	if got, want := readConfig(t), pySection("lab", "api_server", "https://elsewhere.example"); got != want {
		t.Errorf("after the move: %q, want %q", got, want)
	}
}

// The Python CLI's older ~/.arcsecond.ini is read, and moved to
// ~/.config/arcsecond/config.ini on the first write, as Python does.
func TestLegacyConfigIsMoved(t *testing.T) {
	srv := newServer(t)
	carl := srv.UserWithRole("")
	home, _ := os.UserHomeDir()
	legacy := filepath.Join(home, ".arcsecond.ini")
	os.WriteFile(legacy, []byte(pySection("old", "api_server", srv.URL, "api_key", carl.AccessKey, "username", carl.Username)), 0o600)
	if r := cli(t, "--api", "old", "datasets"); r.code != 0 {
		t.Fatalf("datasets with ~/.arcsecond.ini: %+v", r)
	}
	if r := cli(t, "api", "lab", srv.URL); r.code != 0 {
		t.Fatalf("api: %+v", r)
	}
	if _, err := os.Stat(legacy); !os.IsNotExist(err) {
		t.Errorf("~/.arcsecond.ini still there: %v", err)
	}
	want := pySection("old", "api_server", srv.URL, "api_key", carl.AccessKey, "username", carl.Username) + pySection("lab", "api_server", srv.URL)
	if got := readConfig(t); got != want {
		t.Errorf("moved file:\n%s\nwant\n%s", got, want)
	}
}

func TestNotLoggedIn(t *testing.T) {
	newServer(t)
	for _, args := range [][]string{{"datasets"}, {"me"}, {"upload", t.TempDir(), "-d", "x"}} {
		r := cli(t, args...)
		if r.code != 3 || !strings.Contains(r.errOut, "not logged in") || !strings.HasSuffix(strings.TrimSpace(r.errOut), "run arcsecond login") {
			t.Errorf("%q: %+v; want exit 3 and the fix", args, r)
		}
	}
	if r := cli(t, "api"); r.code != 0 || !strings.Contains(r.out, "cloud") || !strings.Contains(r.out, "https://api.arcsecond.io/ (protected)") {
		t.Errorf("api with no config: %+v", r)
	}
}

// -v shows each request (method, URL, status, duration) and never a key,
// whether the key travels in a header (lists) or a body (login).
func TestVerboseNeverShowsSecrets(t *testing.T) {
	srv := newServer(t)
	u := login(t, srv, "carl", "access")
	dir := fitsFolder(t, 1)
	for _, args := range [][]string{
		{"-v", "datasets"},
		{"-v", "upload", dir, "-d", "verbose"},
		{"-v", "--api", testAPI, "login", "--username", u.Username, "--type", "upload", "--key", u.UploadKey},
		{"-v", "--api", testAPI, "login", "--username", u.Username, "--type", "access", "--key", "wrong-key"},
	} {
		r := cli(t, args...)
		if !strings.Contains(r.errOut, "method=") && !strings.Contains(r.errOut, "msg=request") {
			t.Errorf("%q: no request logged: %q", args, r.errOut)
		}
		for _, secret := range []string{u.AccessKey, u.UploadKey, u.Token, "wrong-key"} {
			if strings.Contains(r.errOut, secret) || strings.Contains(r.out, secret) {
				t.Errorf("%q showed a secret:\n%s", args, r.errOut)
			}
		}
	}
	r := cli(t, "-v", "datasets")
	if !strings.Contains(r.errOut, "method=GET url="+srv.URL+"/datasets/ status=200 duration=") {
		t.Errorf("-v line: %q", r.errOut)
	}
}

// A server that is down: exit 1 and a message that says what to check.
func TestUnreachableServer(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	srv.Close()
	r := cli(t, "datasets")
	if r.code != 1 || !strings.Contains(r.errOut, "the API could not be reached") {
		t.Errorf("datasets with the server down: %+v", r)
	}
}

// --offline: a fresh in-process server, its superadmin, nothing saved.
func TestOffline(t *testing.T) {
	newServer(t)
	r := cli(t, "--offline", "me", "-o", "json")
	if r.code != 0 || !strings.Contains(r.out, `"username": "annie"`) || !strings.Contains(r.errOut, "offline: using the in-process reference server") {
		t.Errorf("--offline me: %+v", r)
	}
	r = cli(t, "--offline", "login", "--username", "annie", "--type", "access", "--key", "not-hers")
	if r.code != 3 {
		t.Errorf("--offline login with a wrong key: %+v", r)
	}
	if got := readConfig(t); got != "" {
		t.Errorf("--offline wrote config.ini: %q", got)
	}
}

// On a terminal, login asks for what the flags leave out, as Python's does.
func TestLoginPrompts(t *testing.T) {
	srv, vera, env, errOut := loginSetup(t)
	err := runLogin(context.Background(), env, strings.NewReader(vera.Username+"\nAccess\n"+vera.AccessKey+"\n"), true, loginFlags{})
	if err != nil {
		t.Fatalf("prompted login: %v (%s)", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "Username (or primary e-mail): Type (access, upload): Key: ") {
		t.Errorf("prompts: %q", errOut.String())
	}
	if got, want := readConfig(t), pySection("lab", "api_server", srv.URL, "access_key", vera.AccessKey, "username", vera.Username); got != want {
		t.Errorf("saved %q, want %q", got, want)
	}
	// Only what is missing is asked; an empty answer is a usage error.
	errOut.Reset()
	err = runLogin(context.Background(), env, strings.NewReader("\n"), true, loginFlags{username: vera.Username, kind: "upload"})
	if cliapp.ExitCode(err) != cliapp.ExitUsage || errOut.String() != "Key: " {
		t.Errorf("empty key: %v, prompts %q", err, errOut.String())
	}
}

// A file configparser would refuse is reported with its line, never
// quoted (it holds keys), and left as it is.
func TestMalformedConfigIsNotEdited(t *testing.T) {
	srv := newServer(t)
	bad := "[lab]\napi_server = " + srv.URL + "\naccess_key = s3cret\n[lab]\nusername = vera\n"
	writeConfig(t, bad)
	for _, args := range [][]string{{"api", "other", "https://x.example"}, {"--api", "lab", "logout"}, {"--api", "lab", "datasets"}} {
		r := cli(t, args...)
		if r.code == 0 || !strings.Contains(r.errOut, "line 4") || strings.Contains(r.errOut, "s3cret") {
			t.Errorf("%q on a file with a duplicate section: %+v", args, r)
		}
	}
	if got := readConfig(t); got != bad {
		t.Errorf("the file changed: %q", got)
	}
}

// loginSetup registers the API "lab" on a fresh server, not logged in, and
// returns the member who will log in and an Env whose global flags name
// "lab", for calling runLogin directly; errOut collects the prompts.
func loginSetup(t *testing.T) (*arcsecondtest.Server, arcsecondtest.User, *cliapp.Env, *strings.Builder) {
	t.Helper()
	srv := newServer(t)
	vera := srv.UserWithRole("member")
	writeConfig(t, pySection("lab", "api_server", srv.URL))
	var out strings.Builder
	errOut := &strings.Builder{}
	env := cliapp.New(&out, errOut, "test")
	t.Cleanup(env.Close)
	root := newRoot(env)
	root.SetArgs([]string{"--api", "lab", "version"}) // parse the global flags
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	return srv, vera, env, errOut
}
