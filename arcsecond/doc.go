// Package arcsecond is a client for the Arcsecond.io REST API
// (https://api.arcsecond.io/): observatories, telescopes, night logs,
// observations, datasets and data files of organisations, target lists, and
// the public astronomy data.
//
// A Client is made with NewClient and functional options, with
// NewClientFromConfig from the login the official Python CLI saved
// (`arcsecond login`), or with NewClientFromEnv, which falls back to it:
//
//	c, err := arcsecond.NewClient(arcsecond.WithAPIKey(key), arcsecond.WithOrganisation("my-observatory"))
//
// Every call takes a context first and returns the decoded value, a *Response
// and an error. Lists come one page at a time (List) or as a lazy iterator
// over every page (All). Non-2xx answers are *ErrorResponse values that match
// ErrNotFound, ErrUnauthorized, ErrForbidden, ErrRateLimited, ErrAlreadyExists
// and ErrServer with errors.Is; a 429 is a *RateLimitError. Idempotent calls
// are retried on network errors, 429, 502, 503 and 504 (see RetryPolicy);
// streamed uploads never are.
//
// Credentials are sent only to the API's own origin (scheme, host and port):
// never to a redirect or a "next" link elsewhere, never over plain http to a
// host that is not loopback unless WithInsecureHTTP says so, and never in error
// strings or logs. Requests other than GET and HEAD, and WebSocket handshakes,
// follow no redirect to another origin (see RedirectError).
//
// The package arcsecondtest runs an in-process implementation of the API for
// tests and offline use.
package arcsecond
