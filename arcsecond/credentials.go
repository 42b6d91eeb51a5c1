package arcsecond

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// This file holds the one policy deciding where the client's secrets may
// go: which credential headers a request carries (setCredentials) and which
// redirects a request may follow (followRedirect, followSameOrigin). Every
// path that sends a request goes through them: REST calls, uploads and
// downloads through authTransport, and both WebSockets (live activities and
// the Hub agent) through dialStream.

// credentials are what the client authenticates with. The session is shared
// by every client derived from the one it was given to.
type credentials struct {
	accessKey string
	uploadKey string
	drfToken  string
	session   *session
}

func (cr credentials) any() bool {
	return cr.accessKey != "" || cr.uploadKey != "" || cr.drfToken != "" || cr.session != nil
}

// secrets lists every credential value, for redaction.
func (cr credentials) secrets() []string {
	s := []string{cr.accessKey, cr.uploadKey, cr.drfToken}
	if cr.session != nil {
		s = append(s, cr.session.secrets()...)
	}
	return s
}

// keyHeader is the header of personal access and upload keys.
const keyHeader = "X-Arcsecond-API-Authorization"

// requestKind is what a request is for; with its target URL it decides the
// credentials the request carries.
type requestKind uint8

const (
	// kindAPI is a REST call, an upload or a download.
	kindAPI requestKind = iota
	// kindLive is the live activities WebSocket handshake.
	kindLive
	// kindHub is the Hub agent's WebSocket handshake. It carries no API
	// credential: the agent proves itself with the Hub JWT in its hello
	// frame and the signed challenge.
	kindHub
)

// setCredentials sets on h the credential headers a request of this kind
// to target carries, and removes them where it carries none. Credentials go
// only to the API's own origin (scheme, host and port; ws and wss count as
// http and https), never to the routes that carry their own in the body
// (key verification, login, token refresh), and never in a Hub handshake.
// The access key is preferred to the upload key; a JWT session's access
// token is refreshed first when it is about to expire, and returned so that
// a 401 can refresh it.
//
// It runs for every hop of a redirect, so a hop to another origin never
// carries credentials whatever the first request did.
func (c *Client) setCredentials(ctx context.Context, h http.Header, target *url.URL, kind requestKind) (bearer string, err error) {
	if kind == kindHub || !sameOrigin(c.base, target) || anonymousRoute(c.base, target) {
		h.Del(keyHeader)
		h.Del("Authorization")
		return "", nil
	}
	cr := c.cfg.creds
	switch {
	case cr.accessKey != "":
		h.Set(keyHeader, "Key "+cr.accessKey)
	case cr.uploadKey != "":
		h.Set(keyHeader, "Key "+cr.uploadKey)
	}
	if cr.drfToken != "" {
		h.Set("Authorization", "Token "+cr.drfToken)
	}
	if cr.session == nil {
		return "", nil
	}
	access, err := cr.session.access(ctx)
	if err != nil {
		return "", err
	}
	h.Set("Authorization", "Bearer "+access)
	return access, nil
}

// anonymousRoute reports routes that must never carry the client's
// credentials: key verification and the JWT login/refresh, which carry their
// own in the body.
func anonymousRoute(base, u *url.URL) bool {
	p, ok := strings.CutPrefix(u.EscapedPath(), base.EscapedPath())
	if !ok {
		return false
	}
	return strings.HasPrefix(p, "auth/key/verify") || p == "auth/token/" || p == "auth/token/refresh/"
}

// origin is a URL's scheme://host:port, lower case, with the scheme's
// default port made explicit and ws/wss counted as http/https.
func origin(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	switch scheme {
	case "ws":
		scheme = "http"
	case "wss":
		scheme = "https"
	}
	port := u.Port()
	if port == "" {
		switch scheme {
		case "http":
			port = "80"
		case "https":
			port = "443"
		}
	}
	return scheme + "://" + net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// sameOrigin reports whether a and b have the same scheme, host and port.
func sameOrigin(a, b *url.URL) bool { return origin(a) == origin(b) }

// maxRedirects bounds the redirects of one request.
const maxRedirects = 10

// RedirectError is the error (inside a *RequestError) of a request whose
// redirect the client refused to follow because it leaves the origin the
// request was sent to: a request that is not GET or HEAD (its body, such as
// a password, key or refresh token, would be sent again elsewhere, and its
// answer, such as new tokens, would come from elsewhere), or a WebSocket
// handshake (which would carry its credentials, or be followed by the Hub
// agent's token, to the other host).
type RedirectError struct {
	Method     string
	StatusCode int    // the redirect's status: 301, 302, 303, 307 or 308
	From, To   string // the URLs, without user info or secret query values
}

func (e *RedirectError) Error() string {
	return fmt.Sprintf("arcsecond: refusing to follow the %d redirect of %s %s to another origin (%s)", e.StatusCode, e.Method, e.From, e.To)
}

func redirectError(req *http.Request, via []*http.Request) *RedirectError {
	first := via[0]
	e := &RedirectError{Method: first.Method, From: redactURL(via[len(via)-1].URL), To: redactURL(req.URL)}
	if req.Response != nil {
		e.StatusCode = req.Response.StatusCode
	}
	return e
}

// followRedirect is the redirect policy of REST calls, uploads and
// downloads. GET and HEAD follow up to 10 redirects wherever they lead (a
// download goes to data storage), the hops off the API's origin without
// credentials (setCredentials decides per hop). Any other request follows
// redirects only within the origin it was sent to: a 307 or 308 would send
// its body again, and a 301, 302 or 303 would fetch its answer (tokens from
// a login or refresh, say) from the other host.
func followRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("arcsecond: stopped after %d redirects", maxRedirects)
	}
	switch via[0].Method {
	case http.MethodGet, http.MethodHead:
		return nil
	}
	if !sameOrigin(via[0].URL, req.URL) {
		return redirectError(req, via)
	}
	return nil
}

// followSameOrigin is the redirect policy of WebSocket handshakes: redirects
// within the origin dialled are followed, any other is refused.
func followSameOrigin(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("arcsecond: stopped after %d redirects", maxRedirects)
	}
	if !sameOrigin(via[0].URL, req.URL) {
		return redirectError(req, via)
	}
	return nil
}
