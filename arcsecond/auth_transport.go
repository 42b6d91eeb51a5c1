package arcsecond

import (
	"io"
	"net/http"
)

// authTransport sets the User-Agent and the credentials that setCredentials
// gives the request's kind and URL. It sits above the retry layer and sees
// every redirect hop, so each hop gets the credentials of its own
// destination. A REST call with a JWT session that is answered 401 is sent
// once more after a refresh.
type authTransport struct {
	c    *Client
	kind requestKind
	next http.RoundTripper
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	c := t.c
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", c.userAgent)
	// An API client has no use for Referer, which would tell the next hop
	// the URL of the previous one.
	r.Header.Del("Referer")
	access, err := c.setCredentials(r.Context(), r.Header, r.URL, t.kind)
	if err != nil {
		closeBody(r)
		return nil, err
	}
	if access == "" || t.kind != kindAPI {
		return t.next.RoundTrip(r)
	}
	// Keep a way to resend the body once after a 401.
	replayable := r.Body == nil || r.Body == http.NoBody || r.GetBody != nil
	resp, err := t.next.RoundTrip(r)
	if err != nil || resp.StatusCode != http.StatusUnauthorized || !replayable {
		return resp, err
	}
	_, rerr := c.cfg.creds.session.afterUnauthorized(r.Context(), access)
	if rerr != nil {
		c.logger.DebugContext(r.Context(), "arcsecond: token refresh after 401 failed", "error", rerr.Error())
		return resp, nil // the caller gets the original 401
	}
	r2 := r.Clone(r.Context())
	if r.GetBody != nil {
		if r2.Body, err = r.GetBody(); err != nil {
			return resp, nil
		}
	}
	// The session now holds the refreshed token; the headers come from the
	// one function that decides them, as for the first attempt.
	if _, err := c.setCredentials(r2.Context(), r2.Header, r2.URL, t.kind); err != nil {
		closeBody(r2)
		return resp, nil // the caller gets the original 401
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	return t.next.RoundTrip(r2)
}

func closeBody(r *http.Request) {
	if r.Body != nil {
		_ = r.Body.Close()
	}
}

func noRedirect(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
