package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// newServer starts an in-process API server for one test, with a fresh
// HOME (so that no real login is read or written) and no key variables.
func newServer(t *testing.T, opts ...arcsecondtest.Option) *arcsecondtest.Server {
	t.Helper()
	srv := arcsecondtest.NewServer(opts...)
	t.Cleanup(srv.Close)
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, ".local", "state"))
	for _, v := range []string{arcsecond.EnvAPIKey, arcsecond.EnvUploadKey, arcsecond.EnvAPIURL, arcsecond.EnvOrganisation, "ARCSECOND_API", "ARCSECOND_CONFIG"} {
		t.Setenv(v, "")
		os.Unsetenv(v)
	}
	return srv
}

// testAPI is the API name the tests register their server under.
const testAPI = "test"

// pySection is one section of config.ini as Python's configparser writes
// it: "[name]", "key = value" lines in insertion order, a blank line.
func pySection(name string, kv ...string) string {
	var b strings.Builder
	b.WriteString("[" + name + "]\n")
	for i := 0; i+1 < len(kv); i += 2 {
		b.WriteString(kv[i] + " = " + kv[i+1] + "\n")
	}
	return b.String() + "\n"
}

// configPath is where the tests' HOME keeps the login.
func configPath(t *testing.T) string {
	t.Helper()
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(home, ".config", "arcsecond", "config.ini")
}

// writeConfig writes config.ini, as the Python CLI would have.
func writeConfig(t *testing.T, content string) {
	t.Helper()
	p := configPath(t)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readConfig(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(configPath(t))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(b)
}

// login writes the config.ini the Python CLI leaves after
// `arcsecond api test URL` and `arcsecond login --api test --username U
// --type KIND --key K`, and makes "test" the default API of the commands
// run (ARCSECOND_API).
func login(t *testing.T, srv *arcsecondtest.Server, username, kind string) arcsecondtest.User {
	t.Helper()
	u, ok := srv.User(username)
	if !ok {
		t.Fatalf("no user %q", username)
	}
	key := u.AccessKey
	if kind == "upload" {
		key = u.UploadKey
	}
	writeConfig(t, pySection(testAPI, "api_server", srv.URL, kind+"_key", key, "username", username))
	t.Setenv(arcsecond.EnvAPIName, testAPI)
	return u
}
