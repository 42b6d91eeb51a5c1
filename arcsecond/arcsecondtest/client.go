package arcsecondtest

import (
	"fmt"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// Client returns an SDK client pointed at the server and authenticated with
// the access key of the seeded superadmin; opts are applied after those.
func (s *Server) Client(opts ...arcsecond.Option) (*arcsecond.Client, error) {
	return s.ClientAs(s.UserWithRole("superadmin").Username, opts...)
}

// ClientAs returns an SDK client authenticated with the access key of the
// named user (see Users); opts are applied after the base URL and the key.
func (s *Server) ClientAs(username string, opts ...arcsecond.Option) (*arcsecond.Client, error) {
	u, ok := s.User(username)
	if !ok {
		return nil, fmt.Errorf("arcsecondtest: no user %q", username)
	}
	base := []arcsecond.Option{arcsecond.WithBaseURL(s.URL + "/"), arcsecond.WithAPIKey(u.AccessKey)}
	return arcsecond.NewClient(append(base, opts...)...)
}
