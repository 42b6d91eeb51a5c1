package arcsecond

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Sentinels matched by errors.Is against *ErrorResponse and *RateLimitError.
var (
	ErrUnauthorized  = errors.New("arcsecond: unauthorized")   // 401
	ErrForbidden     = errors.New("arcsecond: forbidden")      // 403
	ErrNotFound      = errors.New("arcsecond: not found")      // 404
	ErrRateLimited   = errors.New("arcsecond: rate limited")   // 429
	ErrAlreadyExists = errors.New("arcsecond: already exists") // 409, or the API's 400 "… already exists in dataset"
	ErrServer        = errors.New("arcsecond: server error")   // 5xx
)

// ErrorResponse is a non-2xx answer of the API, decoded from DRF's error
// shapes: {"detail": …}, {"non_field_errors": […]}, {"<field>": […]},
// {"error": …}. A body that is not JSON (an HTML page from a proxy) leaves
// the message fields empty and keeps a short excerpt in Body.
// Keys and tokens are redacted from every field.
type ErrorResponse struct {
	StatusCode int
	Method     string
	URL        string // with credentials in the query redacted
	Header     http.Header

	Detail         Messages            // "detail": one message or a list
	NonFieldErrors Messages            // "non_field_errors"
	FieldErrors    map[string]Messages // every other member, by field name
	Message        string              // "error"

	Body     []byte // the start of the raw body, at most maxErrorExcerpt bytes
	Attempts int    // how many times the request was sent
}

// RateLimitError is a 429 answer. RetryAfter is the server's Retry-After, or
// zero when it gave none. It unwraps to its *ErrorResponse.
type RateLimitError struct {
	*ErrorResponse
	RetryAfter time.Duration
}

// RequestError is a request that got no HTTP answer (a network failure, a
// per-attempt timeout, a refused redirect). It unwraps to the cause.
type RequestError struct {
	Method   string
	URL      string
	Attempts int
	Err      error
}

func (e *RequestError) Error() string {
	s := fmt.Sprintf("arcsecond: %s %s: %v", e.Method, e.URL, e.Err)
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return s
}

func (e *RequestError) Unwrap() error { return e.Err }

// DefaultMaxResponseSize is the largest 2xx body a client decodes unless
// WithMaxResponseSize says otherwise: 64 MiB, some 30 times the largest page
// the API sends (1,000 data files at about 2 KiB each), and few enough that
// decoding it cannot exhaust a small machine.
const DefaultMaxResponseSize = 64 << 20

// ResponseTooLargeError is a 2xx answer whose body is larger than the
// client's limit (WithMaxResponseSize), for a single object and a list page
// alike. It is found before reading when the server announces the length
// (ContentLength, else -1), otherwise after Limit bytes; what was read is
// dropped. A body within the limit whose decoding would take more than 4
// times the limit in memory (Decoded, estimated from its objects: 3 bytes
// of "{}," can become a 500-byte struct) is refused the same way.
type ResponseTooLargeError struct {
	Method        string
	URL           string // secrets redacted
	Limit         int64
	ContentLength int64
	Decoded       int64 // 0 unless the decoded size was the problem
}

func (e *ResponseTooLargeError) Error() string {
	if e.Decoded > 0 {
		return fmt.Sprintf("arcsecond: %s %s: decoding the answer would take some %d bytes, over %d times the limit of %d bytes (WithMaxResponseSize)", e.Method, e.URL, e.Decoded, decodeBudget, e.Limit)
	}
	size := "more"
	if e.ContentLength >= 0 {
		size = fmt.Sprintf("%d bytes", e.ContentLength)
	}
	return fmt.Sprintf("arcsecond: %s %s: answer of %s exceeds the limit of %d bytes (WithMaxResponseSize)", e.Method, e.URL, size, e.Limit)
}

// maxResponse is the client's limit on 2xx bodies.
func (c *Client) maxResponse() int64 {
	if c.cfg.maxResponse > 0 {
		return c.cfg.maxResponse
	}
	return DefaultMaxResponseSize
}

// limitBody returns resp's body cut at the client's response limit: reading
// past it fails with *ResponseTooLargeError, and so does a Content-Length
// above it, at the first read.
func (c *Client) limitBody(resp *Response) io.Reader {
	limit := c.maxResponse()
	if resp.ContentLength > limit {
		return &limitedBody{tooLarge: &ResponseTooLargeError{Limit: limit, ContentLength: resp.ContentLength}}
	}
	return &limitedBody{r: resp.Body, left: limit, limit: limit}
}

// limitedBody reads at most limit bytes from r and fails when r holds more.
type limitedBody struct {
	r           io.Reader
	left, limit int64
	tooLarge    *ResponseTooLargeError // set: fail at once
}

func (l *limitedBody) Read(p []byte) (int, error) {
	if l.tooLarge != nil {
		return 0, l.tooLarge
	}
	if l.left <= 0 {
		var probe [1]byte
		if n, err := l.r.Read(probe[:]); n == 0 {
			return 0, err
		}
		return 0, &ResponseTooLargeError{Limit: l.limit, ContentLength: -1}
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// bodyPool keeps the buffers of small answers (up to 1 MiB) for reuse.
var bodyPool = sync.Pool{New: func() any { return new([]byte) }}

// readBody reads resp's body whole, within the client's limit, into a
// buffer that release returns to a pool (the bytes must not be used after).
// An announced length is allocated once; otherwise the buffer doubles, but
// never past the limit, so that the heap holds at most about 1.5 times the
// limit while a body is read.
func (c *Client) readBody(resp *Response) (body []byte, release func(), err error) {
	limit := c.maxResponse()
	r := c.limitBody(resp)
	bp := bodyPool.Get().(*[]byte)
	b := (*bp)[:0]
	if n := resp.ContentLength; n > int64(cap(b)) && n <= limit {
		b = make([]byte, 0, n+1) // +1: the read that sees the end
	}
	for {
		if len(b) == cap(b) {
			n := max(2*cap(b), 4<<10)
			if int64(n) >= limit {
				n = int(min(limit, math.MaxInt-4<<10)) + 4<<10 // room for the read that sees the end
			}
			nb := make([]byte, len(b), n)
			copy(nb, b)
			b = nb
		}
		var n int
		n, err = r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			break
		}
	}
	release = func() {
		if cap(b) <= 1<<20 {
			*bp = b[:0]
			bodyPool.Put(bp)
		}
	}
	if err == io.EOF {
		return b, release, nil
	}
	release()
	return nil, func() {}, err
}

// Messages holds DRF error messages, which come as a string, a list of
// strings, or nested objects and lists (flattened to "field: message").
type Messages []string

// UnmarshalJSON accepts any JSON value and never fails on a well-formed one.
func (m *Messages) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*m = flattenMessages(nil, "", v)
	return nil
}

func flattenMessages(dst Messages, prefix string, v any) Messages {
	switch v := v.(type) {
	case nil:
	case string:
		dst = append(dst, prefix+v)
	case []any:
		for _, e := range v {
			dst = flattenMessages(dst, prefix, e)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			dst = flattenMessages(dst, prefix+k+": ", v[k])
		}
	default:
		dst = append(dst, prefix+fmt.Sprint(v))
	}
	return dst
}

func (e *ErrorResponse) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "arcsecond: %s %s: %d %s", e.Method, e.URL, e.StatusCode, http.StatusText(e.StatusCode))
	if msg := e.message(); msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " (after %d attempts)", e.Attempts)
	}
	return b.String()
}

// message is the most specific human-readable text of the answer.
func (e *ErrorResponse) message() string {
	switch {
	case len(e.Detail) > 0:
		return strings.Join(e.Detail, "; ")
	case len(e.NonFieldErrors) > 0:
		return strings.Join(e.NonFieldErrors, "; ")
	case e.Message != "":
		return e.Message
	case len(e.FieldErrors) > 0:
		keys := make([]string, 0, len(e.FieldErrors))
		for k := range e.FieldErrors {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, k+": "+strings.Join(e.FieldErrors[k], "; "))
		}
		return strings.Join(parts, "; ")
	case len(e.Body) > 0:
		return "non-JSON body: " + excerpt(e.Body, 200)
	}
	return ""
}

// Is matches the package's sentinel errors by status code (and, for
// ErrAlreadyExists, the API's duplicate-upload wording).
func (e *ErrorResponse) Is(target error) bool {
	switch target {
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServer:
		return e.StatusCode >= 500
	case ErrAlreadyExists:
		return e.StatusCode == http.StatusConflict ||
			e.StatusCode == http.StatusBadRequest && e.mentions("already exists in dataset")
	}
	return false
}

func (e *ErrorResponse) mentions(s string) bool {
	if bytes.Contains(e.Body, []byte(s)) {
		return true
	}
	for _, m := range [][]string{e.Detail, e.NonFieldErrors, {e.Message}} {
		for _, x := range m {
			if strings.Contains(x, s) {
				return true
			}
		}
	}
	for _, m := range e.FieldErrors {
		for _, x := range m {
			if strings.Contains(x, s) {
				return true
			}
		}
	}
	return false
}

func (e *RateLimitError) Error() string {
	s := e.ErrorResponse.Error()
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

func (e *RateLimitError) Unwrap() error { return e.ErrorResponse }

const (
	maxErrorBody    = 1 << 20 // read at most this much of an error body
	maxErrorExcerpt = 2 << 10 // keep at most this much in ErrorResponse.Body
)

// checkResponse returns nil for a 2xx response and otherwise consumes and
// closes the body and returns *ErrorResponse or *RateLimitError.
func (c *Client) checkResponse(resp *http.Response, attempts int) error {
	return c.checkResponseContext(context.Background(), resp, attempts)
}

// checkResponseContext is checkResponse for a call made under ctx: an error
// body cut by the end of ctx gives ctx.Err() itself.
func (c *Client) checkResponseContext(ctx context.Context, resp *http.Response, attempts int) error {
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	_ = resp.Body.Close()
	if ctxErr := ctx.Err(); err != nil && ctxErr != nil {
		return ctxErr
	}
	body = c.redactBytes(body)

	e := &ErrorResponse{
		StatusCode: resp.StatusCode,
		Header:     resp.Header,
		Attempts:   max(attempts, 1),
	}
	if resp.Request != nil {
		e.Method = resp.Request.Method
		e.URL = redactURL(resp.Request.URL)
	}
	parseErrorBody(e, body)
	if len(body) > maxErrorExcerpt {
		body = body[:maxErrorExcerpt]
	}
	e.Body = body
	if resp.StatusCode == http.StatusTooManyRequests {
		wait, _ := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		return &RateLimitError{ErrorResponse: e, RetryAfter: wait}
	}
	return e
}

func parseErrorBody(e *ErrorResponse, body []byte) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return
	}
	switch trimmed[0] {
	case '[', '"':
		_ = json.Unmarshal(trimmed, &e.Detail)
	case '{':
		var fields map[string]json.RawMessage
		if json.Unmarshal(trimmed, &fields) != nil {
			return
		}
		for k, raw := range fields {
			var m Messages
			if json.Unmarshal(raw, &m) != nil {
				continue
			}
			switch k {
			case "detail":
				e.Detail = m
			case "non_field_errors":
				e.NonFieldErrors = m
			case "error":
				e.Message = strings.Join(m, "; ")
			default:
				if e.FieldErrors == nil {
					e.FieldErrors = make(map[string]Messages)
				}
				e.FieldErrors[k] = m
			}
		}
	}
}

// excerpt collapses white space and cuts s to at most n runes.
func excerpt(b []byte, n int) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// secretParams are query parameters whose values never appear in errors or logs.
var secretParams = []string{"key", "api_key", "access_key", "upload_key", "token", "access", "refresh", "password", "secret"}

// redactURL renders u without user info and with secret query values replaced.
func redactURL(u *url.URL) string {
	if u == nil {
		return ""
	}
	cp := *u
	cp.User = nil
	if cp.RawQuery != "" {
		q := cp.Query()
		changed := false
		for k := range q {
			if slices.Contains(secretParams, strings.ToLower(k)) {
				q[k] = []string{"REDACTED"}
				changed = true
			}
		}
		if changed {
			cp.RawQuery = q.Encode()
		}
	}
	return cp.String()
}

// redactBytes replaces every credential the client holds, and the extra
// secrets given, by "REDACTED".
func (c *Client) redactBytes(b []byte, extra ...string) []byte {
	for _, s := range append(c.cfg.creds.secrets(), extra...) {
		if len(s) >= 8 && bytes.Contains(b, []byte(s)) {
			b = bytes.ReplaceAll(b, []byte(s), []byte("REDACTED"))
		}
	}
	return b
}
