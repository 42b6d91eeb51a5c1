package cliapp

import (
	"fmt"
	"os"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// savedClient returns the client of the login saved for apiName.
//
// Until the library's reader of the Python CLI's config file lands, the
// only saved login read is the environment's (ARCSECOND_API_KEY or
// ARCSECOND_UPLOAD_KEY, with ARCSECOND_API_URL), for the cloud API.
func savedClient(apiName string, opts []arcsecond.Option) (*arcsecond.Client, error) {
	env := strings.TrimSpace(os.Getenv(arcsecond.EnvAPIKey)) != "" || strings.TrimSpace(os.Getenv(arcsecond.EnvUploadKey)) != ""
	if apiName == CloudAPIName && env {
		return arcsecond.NewClientFromEnv(opts...)
	}
	return nil, fmt.Errorf("%w for the API %q: run arcsecond login%s", ErrNotLoggedIn, apiName, apiFlag(apiName))
}

// apiServer returns the address of the API apiName.
func apiServer(apiName string) (string, error) {
	if apiName == CloudAPIName {
		return arcsecond.ProductionURL, nil
	}
	return "", Usagef("unknown API %q: register it with arcsecond api %s URL", apiName, apiName)
}

func apiFlag(apiName string) string {
	if apiName == CloudAPIName {
		return ""
	}
	return " --api " + apiName
}
