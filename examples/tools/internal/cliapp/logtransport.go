package cliapp

import (
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// logTransport logs each request at debug level once its answer (or
// failure) arrives: method, URL (no user info; secret-looking query values
// replaced), status and duration. Headers and bodies, where keys travel,
// are never logged.
type logTransport struct {
	next http.RoundTripper
	log  *slog.Logger
}

func (t *logTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if !t.log.Enabled(req.Context(), slog.LevelDebug) {
		return t.next.RoundTrip(req)
	}
	start := time.Now()
	resp, err := t.next.RoundTrip(req)
	took := time.Since(start).Round(time.Millisecond)
	if err != nil {
		t.log.DebugContext(req.Context(), "request failed", "method", req.Method, "url", safeURL(req.URL), "duration", took, "error", redactError(err, req.URL))
		return resp, err
	}
	t.log.DebugContext(req.Context(), "request", "method", req.Method, "url", safeURL(req.URL), "status", resp.StatusCode, "duration", took)
	return resp, nil
}

// secretWords mark a query parameter whose value is not logged: keys,
// tokens and the signatures of pre-signed storage URLs.
var secretWords = []string{"key", "token", "secret", "password", "signature", "credential", "sig", "auth", "access", "refresh", "code"}

func secretParam(name string) bool {
	n := strings.ToLower(name)
	for _, w := range secretWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// safeURL is u without user info, with secret-looking query values
// replaced by REDACTED.
func safeURL(u *url.URL) string {
	cp := *u
	cp.User = nil
	if cp.RawQuery != "" {
		q := cp.Query()
		for k := range q {
			if secretParam(k) {
				q[k] = []string{"REDACTED"}
			}
		}
		cp.RawQuery = q.Encode()
	}
	return cp.String()
}

// redactError is err's text with the request URL replaced by its safe form
// (net/http's errors quote the URL).
func redactError(err error, u *url.URL) string {
	return strings.ReplaceAll(err.Error(), u.String(), safeURL(u))
}
