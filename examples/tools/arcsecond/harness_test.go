package main

import (
	"os"
	"path/filepath"
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

// login saves the key of user (kind "access" or "upload") for the
// server, as `arcsecond login` would have.
func login(t *testing.T, srv *arcsecondtest.Server, username, kind string) arcsecondtest.User {
	t.Helper()
	u, ok := srv.User(username)
	if !ok {
		t.Fatalf("no user %q", username)
	}
	t.Setenv(arcsecond.EnvAPIURL, srv.URL+"/")
	if kind == "upload" {
		t.Setenv(arcsecond.EnvUploadKey, u.UploadKey)
	} else {
		t.Setenv(arcsecond.EnvAPIKey, u.AccessKey)
	}
	return u
}
