package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/coder/websocket"
)

// Stream defaults.
const (
	// liveReadLimit is the largest live-activity frame accepted (the
	// library's default is 32 KiB; an activity with long content or many
	// links can exceed it).
	liveReadLimit = 1 << 20
	// hubReadLimit is the Hub agent protocol's frame limit (focale src/focale/hub.py).
	hubReadLimit = 256 << 10
	// handshakeTimeout bounds a WebSocket dial (the Hub client's open timeout).
	handshakeTimeout = 20 * time.Second

	defaultMinBackoff = 500 * time.Millisecond
	defaultMaxBackoff = 30 * time.Second
)

// ErrStreamProtocol is wrapped by the errors of a WebSocket peer that broke
// its protocol (a bad Hub challenge, a frame out of sequence).
var ErrStreamProtocol = errors.New("arcsecond: stream protocol error")

// wsURL turns an http(s) or ws(s) URL into its ws(s) form.
func wsURL(u *url.URL) (*url.URL, error) {
	out := *u
	switch strings.ToLower(u.Scheme) {
	case "http", "ws":
		out.Scheme = "ws"
	case "https", "wss":
		out.Scheme = "wss"
	default:
		return nil, fmt.Errorf("arcsecond: unsupported stream URL scheme %q", u.Scheme)
	}
	return &out, nil
}

// httpEquivalent is the http(s) URL of a ws(s) URL, for the Origin header.
func httpEquivalent(u *url.URL) *url.URL {
	out := *u
	switch strings.ToLower(u.Scheme) {
	case "ws":
		out.Scheme = "http"
	case "wss":
		out.Scheme = "https"
	}
	return &out
}

// dialStream opens a WebSocket to target (http(s) or ws(s)) over the
// caller's transport, without the retry or recording layers, with the read
// limit given. Each hop of the handshake gets the User-Agent and the
// credentials setCredentials gives kind, and an Origin naming the target's
// own scheme and host (Channels' origin validators refuse a handshake
// without one). Redirects are followed within the origin dialled only: a
// WebSocket that moved to another host would take the handshake's
// credentials, or the Hub agent's token, there; such a redirect is a
// *RequestError wrapping *RedirectError. A refused upgrade is an
// *ErrorResponse (errors.Is ErrNotFound, ErrUnauthorized, …; 426 Upgrade
// Required keeps its status), a 2xx answer that is not an upgrade wraps
// ErrStreamProtocol, and a network failure is a *RequestError.
func (c *Client) dialStream(ctx context.Context, target *url.URL, kind requestKind, readLimit int64) (*websocket.Conn, error) {
	u, err := wsURL(target)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	o := httpEquivalent(u)
	h.Set("Origin", o.Scheme+"://"+o.Host)
	hc := &http.Client{
		Transport:     &authTransport{c: c, kind: kind, next: c.plain.Transport},
		Jar:           c.plain.Jar,
		CheckRedirect: followSameOrigin,
		Timeout:       handshakeTimeout,
	}
	conn, resp, err := websocket.Dial(ctx, u.String(), &websocket.DialOptions{HTTPClient: hc, HTTPHeader: h})
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) && errors.Is(ue.Err, ErrSessionExpired) {
			return nil, ue.Err // from setCredentials: the session needs a new login
		}
		var re *RedirectError
		if errors.As(err, &re) {
			return nil, &RequestError{Method: http.MethodGet, URL: redactURL(u), Attempts: 1, Err: re}
		}
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			if resp.Request == nil {
				resp.Request = &http.Request{Method: http.MethodGet, URL: u}
			}
			if resp.Body == nil {
				resp.Body = http.NoBody
			}
			if e := c.checkResponse(resp, 1); e != nil {
				return nil, e
			}
			return nil, fmt.Errorf("%w: %s answered %d instead of switching protocols", ErrStreamProtocol, redactURL(u), resp.StatusCode)
		}
		return nil, &RequestError{Method: http.MethodGet, URL: redactURL(u), Attempts: 1, Err: c.redactError(err)}
	}
	conn.SetReadLimit(readLimit)
	return conn, nil
}

// redactError strips the client's secrets from an error's text.
func (c *Client) redactError(err error) error {
	msg := string(c.redactBytes([]byte(err.Error())))
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}

// upgradeRefused reports a handshake answered 404 or 426: the server has
// no WebSocket there, so polling is the way.
func upgradeRefused(err error) bool {
	var e *ErrorResponse
	return errors.As(err, &e) && (e.StatusCode == http.StatusNotFound || e.StatusCode == http.StatusUpgradeRequired)
}

// fatalStreamError reports errors that reconnecting cannot fix: refused
// credentials, bad requests and a redirect to another origin.
func fatalStreamError(err error) bool {
	var e *ErrorResponse
	if errors.As(err, &e) {
		return e.StatusCode >= 400 && e.StatusCode < 500 && e.StatusCode != http.StatusTooManyRequests && e.StatusCode != http.StatusRequestTimeout
	}
	var re *RedirectError
	return errors.Is(err, ErrSessionExpired) || errors.Is(err, ErrStreamProtocol) || errors.As(err, &re)
}

// Backoff is the reconnection policy of a stream: capped exponential waits
// with equal jitter between MinWait and MaxWait, reset after every
// connection that worked. MaxFailures > 0 gives up after that many
// consecutive failed attempts; 0 retries until the context ends.
type Backoff struct {
	MinWait     time.Duration
	MaxWait     time.Duration
	MaxFailures int
}

func (b Backoff) withDefaults() Backoff {
	if b.MinWait <= 0 {
		b.MinWait = defaultMinBackoff
	}
	if b.MaxWait <= 0 {
		b.MaxWait = defaultMaxBackoff
	}
	b.MaxWait = max(b.MaxWait, b.MinWait)
	return b
}

// reconnector counts consecutive failures and sleeps between attempts.
type reconnector struct {
	policy   Backoff
	failures int
}

// failed records a failed attempt and waits before the next one; it returns
// err (wrapped with the count) when the policy gives up, or ctx.Err().
func (r *reconnector) failed(ctx context.Context, err error) error {
	r.failures++
	if r.policy.MaxFailures > 0 && r.failures >= r.policy.MaxFailures {
		return fmt.Errorf("arcsecond: stream gave up after %d attempts: %w", r.failures, err)
	}
	return sleepCtx(ctx, RetryPolicy{}.backoff(r.policy.MinWait, r.policy.MaxWait, r.failures-1, nil))
}

func (r *reconnector) ok() { r.failures = 0 }

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
