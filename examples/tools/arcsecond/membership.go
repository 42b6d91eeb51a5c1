package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// checkPortal does what the Python CLI does before an upload to an
// organisation: GET /organisations/ORG/ (it must exist), then POST
// /auth/key/verify-organisation/ with the saved username and key (they
// must belong to a member), so that a wrong -p fails at once with a
// message saying so rather than file after file. The second check needs
// the saved login; with keys from the environment it is left to the API.
func checkPortal(ctx context.Context, app cliapp.App, c *arcsecond.Client, portal string) error {
	if _, _, err := c.Organisations.Get(ctx, portal); errors.Is(err, arcsecond.ErrNotFound) {
		return fmt.Errorf("there is no organisation %q (-p takes its subdomain, as in https://%s.arcsecond.io): %w", portal, portal, err)
	} else if err != nil {
		return fmt.Errorf("reading organisation %q: %w", portal, err)
	}
	if app.Server() != nil {
		return nil
	}
	a, _, err := cliapp.Saved(app.APIName())
	if err != nil || !a.LoggedIn() || a.Username == "" || strings.TrimSuffix(a.Server, "/")+"/" != c.BaseURL().String() {
		return nil
	}
	key := a.AccessKey
	if key == "" {
		key = a.UploadKey
	}
	_, err = c.Auth.VerifyOrganisationKey(ctx, a.Username, key, portal)
	var e *arcsecond.ErrorResponse
	if errors.As(err, &e) && e.StatusCode >= 400 && e.StatusCode < 500 {
		return fmt.Errorf("%s is not a member of %q, or the saved key is not theirs (check -p, or run arcsecond login%s): %w", a.Username, portal, apiOpt(app.APIName()), err)
	}
	if err != nil {
		return fmt.Errorf("checking the membership of %q: %w", portal, err)
	}
	return nil
}

func apiOpt(name string) string {
	if name == cliapp.CloudAPIName {
		return ""
	}
	return " --api " + name
}

// senderClient is the client of a command that sends files: scoped to the
// portal, whose existence and membership are checked first when one is given.
func senderClient(ctx context.Context, app cliapp.App, portal string) (*arcsecond.Client, error) {
	c, err := app.Client(ctx)
	if err != nil {
		return nil, err
	}
	if c, err = scoped(c, portal); err != nil {
		return nil, err
	}
	if portal != "" {
		if err := checkPortal(ctx, app, c, portal); err != nil {
			return nil, err
		}
	}
	return c, nil
}
