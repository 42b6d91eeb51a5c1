package arcsecond

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// RetryPolicy says how failed calls are retried. Idempotent methods (GET,
// HEAD, OPTIONS, PUT, DELETE) are retried on network errors and on 429, 502,
// 503 and 504; POST and PATCH only on 429 and 503, where the server cannot
// have acted. Waits grow exponentially from MinWait to MaxWait with jitter; a
// Retry-After header is honoured (seconds or HTTP date) up to MaxRetryAfter.
// A wait that would outlast the context's deadline is not started: the last
// answer is returned at once. Uploads follow the same rules when their
// content can be read again from its start (an io.Seeker of known size, such
// as *os.File or *bytes.Reader); other upload contents are sent once.
type RetryPolicy struct {
	MaxRetries    int           // retries after the first attempt; 0 turns retries off
	MinWait       time.Duration // first backoff
	MaxWait       time.Duration // longest backoff without Retry-After
	MaxRetryAfter time.Duration // cap on a server's Retry-After
}

// DefaultRetryPolicy is 4 retries, waits from 500 ms to 30 s, and Retry-After
// capped at 60 s.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxRetries: 4, MinWait: 500 * time.Millisecond, MaxWait: 30 * time.Second, MaxRetryAfter: 60 * time.Second}
}

// requestState travels in a request's context through the transport layers.
type requestState struct {
	method   string
	attempts atomic.Int32
}

type stateKey struct{}

func withState(ctx context.Context, st *requestState) context.Context {
	return context.WithValue(ctx, stateKey{}, st)
}

func stateFrom(ctx context.Context) *requestState {
	st, _ := ctx.Value(stateKey{}).(*requestState)
	return st
}

func (st *requestState) attemptCount() int { return int(st.attempts.Load()) }

// countingTransport counts the attempts of a request.
type countingTransport struct{ next http.RoundTripper }

func (t countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if st := stateFrom(req.Context()); st != nil {
		st.attempts.Add(1)
	}
	return answerOrError(t.next.RoundTrip(req))
}

// clientTransport sends a request through an *http.Client (which gives it the
// client's per-attempt timeout).
type clientTransport struct{ hc *http.Client }

func (t clientTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.hc.Do(req)
}

func newRetryTransport(c *Client, attempt *http.Client) http.RoundTripper {
	p := c.cfg.retry
	if p.MaxRetries == 0 {
		return clientTransport{attempt}
	}
	rc := &retryablehttp.Client{
		HTTPClient:   attempt,
		RetryMax:     p.MaxRetries,
		RetryWaitMin: p.MinWait,
		RetryWaitMax: p.MaxWait,
		CheckRetry:   c.checkRetry,
		Backoff:      p.backoff,
		ErrorHandler: lastAnswer,
	}
	return &retryablehttp.RoundTripper{Client: rc}
}

// lastAnswer hands the last answer, 429 and 5xx included, back to the caller
// unchanged, so that it becomes a typed error with its body. When the retry
// layer stops with an error while holding an answer (the context ended just
// as it arrived), the answer's body is closed and only the error returned: a
// RoundTripper returning both would make net/http drop the body unclosed
// (its connection leaked) and print to the global logger.
func lastAnswer(resp *http.Response, err error, _ int) (*http.Response, error) {
	return answerOrError(resp, err)
}

// answerOrError returns the answer or the error, never both; the body of an
// answer that comes with an error is closed. The caller's transport is held
// to it too.
func answerOrError(resp *http.Response, err error) (*http.Response, error) {
	if err != nil && resp != nil {
		_ = resp.Body.Close()
		return nil, err
	}
	return resp, err
}

func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodPut, http.MethodDelete, http.MethodTrace:
		return true
	}
	return false
}

func (c *Client) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	st := stateFrom(ctx)
	method := http.MethodGet
	if st != nil {
		method = st.method
	}
	retry := false
	if err != nil {
		// The default policy knows which transport errors are permanent
		// (bad scheme, certificates, too many redirects).
		retry, _ = retryablehttp.DefaultRetryPolicy(ctx, resp, err)
		retry = retry && idempotent(method)
	} else {
		switch resp.StatusCode {
		case http.StatusTooManyRequests, http.StatusServiceUnavailable:
			retry = true
		case http.StatusBadGateway, http.StatusGatewayTimeout:
			retry = idempotent(method)
		}
	}
	if retry {
		// A wait that cannot end before the deadline is not started: the
		// last answer (or network error) is returned at once. The bound is
		// the longest wait backoff may choose for this retry.
		attempt := 0
		if st != nil {
			attempt = max(st.attemptCount()-1, 0)
		}
		wait := c.cfg.retry.waitBound(attempt, resp)
		if dl, has := ctx.Deadline(); has && time.Until(dl) < wait {
			retry = false
		}
	}
	if retry && c.logger.Enabled(ctx, slog.LevelDebug) {
		attrs := []any{"method", method, "attempt", st.attemptCount()}
		if resp != nil {
			attrs = append(attrs, "status", resp.StatusCode, "url", redactURL(resp.Request.URL))
		} else {
			attrs = append(attrs, "error", err.Error())
		}
		c.logger.DebugContext(ctx, "arcsecond: retrying", attrs...)
	}
	return retry, nil
}

// backoff is exponential with equal jitter; a Retry-After header on a 429 or
// 503 wins, capped at MaxRetryAfter.
func (p RetryPolicy) backoff(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
	if wait, ok := p.retryAfter(resp); ok {
		return wait
	}
	d := expWait(minWait, maxWait, attempt)
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half)
}

// waitBound is the longest wait backoff may choose before retry number
// attempt (from 0) after resp (nil for a network error).
func (p RetryPolicy) waitBound(attempt int, resp *http.Response) time.Duration {
	if wait, ok := p.retryAfter(resp); ok {
		return wait
	}
	return expWait(p.MinWait, p.MaxWait, attempt)
}

// retryAfter is the usable Retry-After of a 429 or 503, capped at
// MaxRetryAfter.
func (p RetryPolicy) retryAfter(resp *http.Response) (time.Duration, bool) {
	if resp == nil || resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return 0, false
	}
	wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	return min(wait, p.MaxRetryAfter), ok
}

// expWait is minWait doubled attempt times, at most maxWait: the upper end
// of the jittered wait.
func expWait(minWait, maxWait time.Duration, attempt int) time.Duration {
	d := minWait << min(attempt, 30)
	if d <= 0 || d > maxWait {
		d = maxWait
	}
	return d
}

// maxRetryAfterHeader caps a Retry-After in either form (and so
// RateLimitError.RetryAfter): a server's "come back in a year" is read as a
// day.
const maxRetryAfterHeader = 24 * time.Hour

// parseRetryAfter reads a Retry-After value in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if errors.Is(err, strconv.ErrRange) && v[0] != '-' {
		secs, err = math.MaxInt64, nil // more digits than an int64: capped below
	}
	if err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, int64(maxRetryAfterHeader/time.Second))) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return min(max(t.Sub(now), 0), maxRetryAfterHeader), true
}

// retryUpload applies the policy to an upload after its attempt-th send
// (from 1): the statuses, waits and deadline guard of every other call, for
// an answer that came back as resp or as the error err.
func (c *Client) retryUpload(ctx context.Context, method string, attempt int, resp *Response, err error) (time.Duration, bool) {
	p := c.cfg.retry
	if attempt > p.MaxRetries || ctx.Err() != nil {
		return 0, false
	}
	var hr *http.Response
	if resp != nil {
		hr = resp.Response
	}
	switch {
	case hr != nil && hr.StatusCode < 400:
		return 0, false // taken (perhaps with a decoding error): never again
	case hr != nil:
		err = nil // judged by its status
	case err == nil:
		return 0, false
	default:
		var re *RequestError
		if !errors.As(err, &re) {
			return 0, false // the content, the context or the stall check
		}
		err = re.Err
	}
	st := &requestState{method: method}
	st.attempts.Store(int32(attempt))
	if retry, _ := c.checkRetry(withState(ctx, st), hr, err); !retry {
		return 0, false
	}
	return p.backoff(p.MinWait, p.MaxWait, attempt-1, hr), true
}

// setAttempts records on an API error how many times its call was sent.
func setAttempts(err error, attempts int) {
	var er *ErrorResponse
	if errors.As(err, &er) {
		er.Attempts = max(er.Attempts, attempts)
	}
}
