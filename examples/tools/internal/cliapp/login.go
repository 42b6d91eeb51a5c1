package cliapp

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// ErrLoginRefused is wrapped when the server refuses the username and key
// given to arcsecond login: exit 3, like ErrNotLoggedIn.
var ErrLoginRefused = errors.New("login refused")

// Saved returns the API apiName of the config file shared with the Python
// CLI (arcsecond.ConfigPath), logged in or not, and the config itself. An
// API that is not registered is an ErrNotLoggedIn naming `arcsecond api`.
func Saved(apiName string) (arcsecond.SavedAPI, *arcsecond.CLIConfig, error) {
	path, err := arcsecond.ConfigPath()
	if err != nil {
		return arcsecond.SavedAPI{}, nil, err
	}
	cfg, err := arcsecond.ReadCLIConfig(path)
	if err != nil {
		return arcsecond.SavedAPI{}, nil, err
	}
	a, err := cfg.API(apiName)
	if errors.Is(err, arcsecond.ErrNotLoggedIn) {
		return a, cfg, fmt.Errorf("%w: no API named %q in %s: register it with arcsecond api %s URL (see arcsecond api)", ErrNotLoggedIn, apiName, path, apiName)
	}
	return a, cfg, err
}

// savedClient returns the client of the login saved for apiName, or, when
// explicitAPI is false and ARCSECOND_API_KEY or ARCSECOND_UPLOAD_KEY is set
// (CI, containers), the client arcsecond.NewClientFromEnv makes.
func savedClient(apiName string, explicitAPI bool, opts []arcsecond.Option) (*arcsecond.Client, error) {
	if !explicitAPI && (strings.TrimSpace(os.Getenv(arcsecond.EnvAPIKey)) != "" || strings.TrimSpace(os.Getenv(arcsecond.EnvUploadKey)) != "") {
		return arcsecond.NewClientFromEnv(opts...)
	}
	a, cfg, err := Saved(apiName)
	if err != nil {
		return nil, err
	}
	if !a.LoggedIn() {
		return nil, fmt.Errorf("%w to the API %q (no key in %s): run arcsecond login%s", ErrNotLoggedIn, apiName, cfg.Path(), apiFlag(apiName))
	}
	insecure, err := insecureHTTP()
	if err != nil {
		return nil, err
	}
	if insecure {
		opts = append(opts, arcsecond.WithInsecureHTTP())
	}
	c, err := arcsecond.NewClient(append(a.Options(), opts...)...)
	if errors.Is(err, arcsecond.ErrInsecureTransport) {
		return nil, fmt.Errorf("the API %q is at %s, plain http to another computer: set %s=1 to send your key there anyway (a trusted LAN), or use https: %w", apiName, a.Server, arcsecond.EnvInsecureHTTP, err)
	}
	return c, err
}

// insecureHTTP reads ARCSECOND_INSECURE_HTTP as the library does.
func insecureHTTP() (bool, error) {
	v := strings.TrimSpace(os.Getenv(arcsecond.EnvInsecureHTTP))
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, Usagef("%s=%q: want 1 or 0", arcsecond.EnvInsecureHTTP, v)
	}
	return b, nil
}

// apiServer returns the address of the API apiName.
func apiServer(apiName string) (string, error) {
	a, _, err := Saved(apiName)
	if err != nil {
		return "", err
	}
	return a.Server, nil
}

func apiFlag(apiName string) string {
	if apiName == CloudAPIName {
		return ""
	}
	return " --api " + apiName
}
