// Package exampleenv is what the examples share: a client for the real API
// when ARCSECOND_API_KEY or ARCSECOND_API is set and for an in-process
// arcsecondtest server otherwise (quickstart), and the look-ups of an
// observing site and an object that the quickstart and the arcsecond
// command's night, live and agent need.
package exampleenv

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // observatories' time zones without the system database

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// Env is the API an example talks to.
type Env struct {
	Client *arcsecond.Client
	// Server is the in-process server when offline, nil against the real API.
	Server *arcsecondtest.Server
	owned  bool
}

// Open returns the real API (arcsecond.NewClientFromEnv) when Online, and
// a new arcsecondtest server otherwise. It tells w which one it chose.
func Open(w io.Writer, userAgent string, opts ...arcsecond.Option) (*Env, error) {
	opts = append([]arcsecond.Option{arcsecond.WithUserAgent(userAgent)}, opts...)
	if Online() {
		c, err := arcsecond.NewClientFromEnv(opts...)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "Using the API at %s\n", c.BaseURL())
		return &Env{Client: c}, nil
	}
	srv := arcsecondtest.NewServer()
	e, err := Offline(srv, opts...)
	if err != nil {
		srv.Close()
		return nil, err
	}
	e.owned = true
	fmt.Fprintf(w, "No %s or %s: using the in-process reference server at %s\n", arcsecond.EnvAPIKey, arcsecond.EnvAPIName, srv.URL)
	return e, nil
}

// Online reports whether the user asked for the real API: ARCSECOND_API_KEY
// is set, or ARCSECOND_API names a login saved by the CLI. A saved login
// alone does not take the examples online, so that they run offline, the
// same on every machine, unless asked (ARCSECOND_API=cloud uses the
// saved cloud login).
func Online() bool {
	return strings.TrimSpace(os.Getenv(arcsecond.EnvAPIKey)) != "" || strings.TrimSpace(os.Getenv(arcsecond.EnvAPIName)) != ""
}

// Offline wraps a server the caller owns (tests) with its superadmin client.
func Offline(srv *arcsecondtest.Server, opts ...arcsecond.Option) (*Env, error) {
	c, err := srv.Client(opts...)
	if err != nil {
		return nil, err
	}
	return &Env{Client: c, Server: srv}, nil
}

// Close stops the server Open started, if any.
func (e *Env) Close() {
	if e.owned {
		e.Server.Close()
	}
}

// FindSite returns the observing site whose uuid is key, or whose name,
// acronym or IAU code is key (case-insensitive), or, failing that, the only
// site whose name contains key.
func FindSite(ctx context.Context, c *arcsecond.Client, key string) (*arcsecond.ObservingSite, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return nil, errors.New("no observing site given")
	}
	var partial []*arcsecond.ObservingSite
	for s, err := range c.ObservingSites.All(ctx, &arcsecond.ListOptions{PageSize: 100}) {
		if err != nil {
			return nil, fmt.Errorf("listing observing sites: %w", err)
		}
		if s.UUID == key || strings.EqualFold(s.Name, key) || strings.EqualFold(s.Acronym, key) || strings.EqualFold(s.IAUCode, key) {
			return s, nil
		}
		if strings.Contains(strings.ToLower(s.Name), strings.ToLower(key)) {
			partial = append(partial, s)
		}
	}
	switch len(partial) {
	case 0:
		return nil, fmt.Errorf("no observing site is named %q", key)
	case 1:
		return partial[0], nil
	}
	names := make([]string, len(partial))
	for i, s := range partial {
		names[i] = s.Name
	}
	return nil, fmt.Errorf("%q names several observing sites: %s", key, strings.Join(names, "; "))
}

// Location is the site's time zone, UTC when the API does not know it.
func Location(s *arcsecond.ObservingSite) *time.Location {
	if s.Address != nil && s.Address.TimeZoneID != "" {
		if l, err := time.LoadLocation(s.Address.TimeZoneID); err == nil {
			return l
		}
	}
	return time.UTC
}

// Object resolves a name (SIMBAD/NED through GET /objects/{name}/) to its
// J2000 position and canonical name.
func Object(ctx context.Context, c *arcsecond.Client, name string) (aa.Equatorial, string, error) {
	o, _, err := c.Objects.Get(ctx, name)
	if err != nil {
		return aa.Equatorial{}, "", fmt.Errorf("looking up %q: %w", name, err)
	}
	pos, ok := o.EquatorialCoordinates.Equatorial()
	if !ok {
		return aa.Equatorial{}, "", fmt.Errorf("%q has no usable coordinates (%v)", name, o.EquatorialCoordinates)
	}
	if o.Name == "" {
		o.Name = name
	}
	return pos, o.Name, nil
}
