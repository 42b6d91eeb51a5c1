package arcsecond

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// JWT is the token pair of the API's JWT login (POST /auth/token/ and
// /auth/token/refresh/). Expiries are zero when unknown.
type JWT struct {
	Access        string
	Refresh       string
	AccessExpiry  time.Time
	RefreshExpiry time.Time
	Username      string
}

type jwtWire struct {
	Access     string   `json:"access"`
	Refresh    string   `json:"refresh,omitempty"`
	AccessExp  *float64 `json:"access_exp,omitempty"`
	RefreshExp *float64 `json:"refresh_exp,omitempty"`
	Username   string   `json:"username,omitempty"`
}

func unixTime(f *float64) time.Time {
	if f == nil || *f <= 0 {
		return time.Time{}
	}
	sec := int64(*f)
	return time.Unix(sec, int64((*f-float64(sec))*1e9)).UTC()
}

func unixSeconds(t time.Time) *float64 {
	if t.IsZero() {
		return nil
	}
	f := float64(t.UnixNano()) / 1e9
	return &f
}

// UnmarshalJSON decodes {"access","refresh","access_exp","refresh_exp","username"}
// with expiries in Unix seconds. A body without "access" (such as the older
// {"token": …} reply of the same route) is an error.
func (j *JWT) UnmarshalJSON(b []byte) error {
	var w jwtWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.Access == "" {
		return errors.New("arcsecond: not a JWT pair (no \"access\" member)")
	}
	*j = JWT{Access: w.Access, Refresh: w.Refresh, AccessExpiry: unixTime(w.AccessExp), RefreshExpiry: unixTime(w.RefreshExp), Username: w.Username}
	return nil
}

// MarshalJSON encodes the API's wire form.
func (j JWT) MarshalJSON() ([]byte, error) {
	return json.Marshal(jwtWire{Access: j.Access, Refresh: j.Refresh, AccessExp: unixSeconds(j.AccessExpiry), RefreshExp: unixSeconds(j.RefreshExpiry), Username: j.Username})
}

// String never prints the tokens.
func (j JWT) String() string {
	return fmt.Sprintf("JWT{user %q, access expires %s}", j.Username, j.AccessExpiry.Format(time.RFC3339))
}

// ErrSessionExpired is returned when a JWT session can no longer be refreshed
// (no refresh token, or it expired): the user has to log in again.
var ErrSessionExpired = errors.New("arcsecond: JWT session expired; log in again")

// refreshMargin is how long before expiry an access token is refreshed.
const refreshMargin = 30 * time.Second

// session holds a JWT pair and refreshes it. mu guards tok; sem is a
// one-slot semaphore that lets one refresh run while other callers wait for
// it, each on its own ctx.
type session struct {
	mu        sync.RWMutex
	tok       JWT
	sem       chan struct{}
	onRefresh func(JWT)
	client    *Client
	now       func() time.Time
}

func newSession(tok JWT, onRefresh func(JWT)) *session {
	return &session{sem: make(chan struct{}, 1), tok: tok, onRefresh: onRefresh, now: time.Now}
}

func (s *session) current() JWT {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.tok
}

func (s *session) lock(ctx context.Context) error {
	select {
	case s.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *session) unlock() { <-s.sem }

func (s *session) secrets() []string {
	t := s.current()
	return []string{t.Access, t.Refresh}
}

func (s *session) fresh(t JWT) bool {
	return t.Access != "" && (t.AccessExpiry.IsZero() || s.now().Before(t.AccessExpiry.Add(-refreshMargin)))
}

// access returns a valid access token, refreshing it first when it expires
// within refreshMargin.
func (s *session) access(ctx context.Context) (string, error) {
	if t := s.current(); s.fresh(t) {
		return t.Access, nil
	}
	if err := s.lock(ctx); err != nil {
		return "", err
	}
	defer s.unlock()
	if t := s.current(); s.fresh(t) { // refreshed while we waited
		return t.Access, nil
	}
	return s.refreshLocked(ctx)
}

// afterUnauthorized refreshes once after a 401 for the token used; if another
// request refreshed meanwhile, its token is returned without a new refresh.
func (s *session) afterUnauthorized(ctx context.Context, used string) (string, error) {
	if err := s.lock(ctx); err != nil {
		return "", err
	}
	defer s.unlock()
	if t := s.current(); t.Access != used && t.Access != "" {
		return t.Access, nil
	}
	return s.refreshLocked(ctx)
}

func (s *session) refreshLocked(ctx context.Context) (string, error) {
	old := s.current()
	if old.Refresh == "" || (!old.RefreshExpiry.IsZero() && !s.now().Before(old.RefreshExpiry)) {
		return "", ErrSessionExpired
	}
	c := s.client
	req, err := c.NewRequest(ctx, http.MethodPost, "auth/token/refresh/", map[string]string{"refresh": old.Refresh})
	if err != nil {
		return "", err
	}
	var fresh JWT
	if _, err := c.Do(req, &fresh); err != nil {
		var er *ErrorResponse
		if errors.As(err, &er) && (er.StatusCode == http.StatusUnauthorized || er.StatusCode == http.StatusBadRequest) {
			return "", fmt.Errorf("%w: %w", ErrSessionExpired, err)
		}
		return "", err
	}
	if fresh.Refresh == "" { // a server that does not rotate refresh tokens
		fresh.Refresh, fresh.RefreshExpiry = old.Refresh, old.RefreshExpiry
	}
	if fresh.Username == "" {
		fresh.Username = old.Username
	}
	s.mu.Lock()
	s.tok = fresh
	s.mu.Unlock()
	c.logger.DebugContext(ctx, "arcsecond: JWT access token refreshed", "expires", fresh.AccessExpiry)
	if s.onRefresh != nil {
		s.onRefresh(fresh)
	}
	return fresh.Access, nil
}

// Session returns the current JWT pair of a client made WithJWT.
func (c *Client) Session() (JWT, bool) {
	s := c.cfg.creds.session
	if s == nil {
		return JWT{}, false
	}
	return s.current(), true
}
