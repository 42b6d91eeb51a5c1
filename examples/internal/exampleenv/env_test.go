package exampleenv_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// A developer who logged in with the Python CLI still runs the examples
// offline, as on a fresh machine, unless asking for the real API.
func TestOpenOfflineDespiteSavedLogin(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "arcsecond")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.ini"), []byte("[cloud]\naccess_key = 4c4458935e2b9e21b4ef5f4c8e53213e\nusername = vera\n\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	for _, k := range []string{arcsecond.EnvAPIKey, arcsecond.EnvUploadKey, arcsecond.EnvAPIURL, arcsecond.EnvAPIName, arcsecond.EnvConfig, arcsecond.EnvOrganisation} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}

	var out strings.Builder
	env, err := exampleenv.Open(&out, "test")
	if err != nil {
		t.Fatal(err)
	}
	if env.Server == nil || !strings.Contains(out.String(), "in-process reference server") {
		t.Errorf("with only a saved login: server %v, said %q", env.Server, out.String())
	}
	env.Close()

	t.Setenv(arcsecond.EnvAPIName, "cloud")
	out.Reset()
	env, err = exampleenv.Open(&out, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	if env.Server != nil || env.Client.BaseURL().String() != arcsecond.ProductionURL || !strings.Contains(out.String(), "Using the API at "+arcsecond.ProductionURL) {
		t.Errorf("with ARCSECOND_API=cloud: server %v, base %s, said %q", env.Server, env.Client.BaseURL(), out.String())
	}
}
