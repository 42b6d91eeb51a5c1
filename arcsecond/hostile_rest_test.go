package arcsecond

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Servers written to misbehave against the REST layer: every case is bounded
// in time (a context deadline) and in requests (the server stops misbehaving
// after a cap, so a client without the guard ends with the wrong outcome
// instead of hanging).

// hostilePage answers the n-th request (from 1) of a list walk; link makes
// an absolute link to path on the test server.
type hostilePage func(n int, r *http.Request, link func(path string) string) any

func TestHostileLists(t *testing.T) {
	cases := []struct {
		name        string
		opts        []Option
		list        *ListOptions
		page        hostilePage
		maxRequests int   // the walk must stop by then
		wantErr     error // matched with errors.Is
		wantText    string
		wantItems   int // items yielded before the error
	}{
		{
			name: "cycle of two pages",
			page: func(n int, r *http.Request, link func(string) string) any {
				next := link("list/?page=2")
				if r.URL.Query().Get("page") == "2" {
					next = link("list/?page=1")
				}
				return map[string]any{"count": 4, "next": next, "results": []item{{ID: n}}}
			},
			maxRequests: 2, wantErr: ErrPagination, wantItems: 2,
		},
		{
			name: "cycle of three pages back to the first, spelled differently",
			page: func(n int, r *http.Request, link func(string) string) any {
				next := map[string]string{"": "list/?page=2&page_size=1", "2": "list/?page=3&page_size=1", "3": "list/?page_size=1&page=1", "1": "list/?page=2&page_size=1"}[r.URL.Query().Get("page")]
				return map[string]any{"count": 9, "next": link(next), "results": []item{{ID: n}}}
			},
			list:        &ListOptions{PageSize: 1},
			maxRequests: 3, wantErr: ErrPagination, wantItems: 3,
		},
		{
			name: "next link names the page itself",
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"next": link("list/"), "results": []item{{ID: 1}}}
			},
			maxRequests: 1, wantErr: ErrPagination, wantItems: 1,
		},
		{
			name: "endless empty pages",
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"count": 1, "next": link(fmt.Sprintf("list/?page=%d", n+1)), "results": []item{}}
			},
			maxRequests: maxEmptyPages, wantErr: ErrPagination,
		},
		{
			name: "empty pages between full ones are followed",
			page: func(n int, r *http.Request, link func(string) string) any {
				if n == 3*maxEmptyPages {
					return map[string]any{"results": []item{{ID: n}}}
				}
				res := []item{}
				if n%(maxEmptyPages-1) == 0 {
					res = append(res, item{ID: n})
				}
				return map[string]any{"next": link(fmt.Sprintf("list/?page=%d", n+1)), "results": res}
			},
			maxRequests: 3 * maxEmptyPages, wantItems: 4,
		},
		{
			name: "endless distinct pages with WithMaxPages",
			opts: []Option{WithMaxPages(5)},
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"next": link(fmt.Sprintf("list/?page=%d", n+1)), "results": []item{{ID: n}}}
			},
			maxRequests: 5, wantErr: ErrPagination, wantItems: 5,
		},
		{
			name: "next link to the same host on another port",
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"next": "http://" + strings.Split(r.Host, ":")[0] + ":1/api/list/?page=2", "results": []item{{ID: 1}}}
			},
			maxRequests: 1, wantText: "another host", wantItems: 1,
		},
		{
			name: "protocol-relative next link to another host",
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"next": "//evil.example/api/list/?page=2", "results": []item{{ID: 1}}}
			},
			maxRequests: 1, wantText: "another host", wantItems: 1,
		},
		{
			name: "next link with another scheme on the same host and port",
			page: func(n int, r *http.Request, link func(string) string) any {
				return map[string]any{"next": "https://" + r.Host + "/api/list/?page=2", "results": []item{{ID: 1}}}
			},
			maxRequests: 1, wantText: "another host", wantItems: 1,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, mux, srv := setup(t, append([]Option{WithRetry(RetryPolicy{})}, tc.opts...)...)
			var requests atomic.Int32
			mux.HandleFunc("GET /list/", func(w http.ResponseWriter, r *http.Request) {
				n := int(requests.Add(1))
				if n > tc.maxRequests+5 { // the client did not stop: end the walk
					writeJSON(w, 200, map[string]any{"results": []item{}})
					return
				}
				writeJSON(w, 200, tc.page(n, r, func(p string) string { return srv.URL + basePath + p }))
			})
			ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
			defer cancel()
			var items, errs int
			var last error
			for it, err := range newLister(c, "list/").All(ctx, tc.list) {
				if err != nil {
					errs++
					last = err
					continue
				}
				if it == nil {
					t.Error("nil item without an error")
				}
				items++
			}
			if n := int(requests.Load()); n > tc.maxRequests {
				t.Errorf("%d requests, want at most %d", n, tc.maxRequests)
			}
			if items != tc.wantItems {
				t.Errorf("%d items, want %d", items, tc.wantItems)
			}
			switch {
			case tc.wantText != "" && (errs != 1 || !strings.Contains(last.Error(), tc.wantText)):
				t.Errorf("%d errors, last %v; want one with %q", errs, last, tc.wantText)
			case tc.wantText != "":
			case tc.wantErr == nil && errs != 0:
				t.Errorf("error %v, want none", last)
			case tc.wantErr != nil && (errs != 1 || !errors.Is(last, tc.wantErr)):
				t.Errorf("%d errors, last %v; want one matching %v", errs, last, tc.wantErr)
			}
			var pe *PaginationError
			if errors.As(last, &pe) && (pe.Pages == 0 || !strings.Contains(pe.URL, "/list/")) {
				t.Errorf("PaginationError %+v lacks the link or the page count", pe)
			}
		})
	}
}

// TestHostileLiveBackfillCycle: the backfill walks the same pages as All,
// so a cycle in /activities/ ends the walk with an error instead of
// growing the gap for ever.
func TestHostileLiveBackfillCycle(t *testing.T) {
	c, mux, srv := setup(t, WithRetry(RetryPolicy{}))
	var requests atomic.Int32
	mux.HandleFunc("GET /activities/live/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r) // no WebSocket: Live polls
	})
	mux.HandleFunc("GET /activities/", func(w http.ResponseWriter, r *http.Request) {
		n := int(requests.Add(1))
		if n > 20 {
			writeJSON(w, 200, map[string]any{"results": []Activity{}})
			return
		}
		page, next := 1, 2
		if r.URL.Query().Get("page") == "2" {
			page, next = 2, 1
		}
		writeJSON(w, 200, map[string]any{
			"next":    fmt.Sprintf("%s%sactivities/?page=%d", srv.URL, basePath, next),
			"results": []Activity{{ID: 100 - 2*page}, {ID: 99 - 2*page}},
		})
	})
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	var errs []error
	for _, err := range c.Activities.Live(ctx, nil, &LiveOptions{Since: -1, Backoff: Backoff{MinWait: time.Millisecond, MaxWait: time.Millisecond, MaxFailures: 2}}) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrPagination) {
		t.Errorf("errors %v, want one matching ErrPagination", errs)
	}
	if n := requests.Load(); n > 4 {
		t.Errorf("%d list requests, want 4 (two walks of two pages)", n)
	}
}

type cancelKey struct{}

// bodyCounter is a transport that counts the response bodies it hands out
// and those closed, and cancels the call's context (found in the request's
// context under cancelKey) the instant an answer arrives.
type bodyCounter struct {
	next   http.RoundTripper
	opened atomic.Int64
	closed atomic.Int64
}

func (b *bodyCounter) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := b.next.RoundTrip(req)
	if cancel, ok := req.Context().Value(cancelKey{}).(context.CancelFunc); ok {
		cancel()
	}
	if err != nil {
		return nil, err
	}
	b.opened.Add(1)
	resp.Body = &countedBody{ReadCloser: resp.Body, closed: &b.closed}
	return resp, nil
}

type countedBody struct {
	io.ReadCloser
	closed *atomic.Int64
	once   sync.Once
}

func (c *countedBody) Close() error {
	c.once.Do(func() { c.closed.Add(1) })
	return c.ReadCloser.Close()
}

// TestHostileCancelJustAfterTheAnswer: a context cancelled in the instant
// an answer arrives (before the retry layer looks at it) used to leave the
// body open (one connection and two goroutines each) and made net/http print
// "RoundTripper returned a response & error; ignoring response" to the
// global logger. Every body is closed, the error is ctx.Err(), and nothing
// is written to the global logger, with retries on or off.
func TestHostileCancelJustAfterTheAnswer(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)

	for _, policy := range []RetryPolicy{DefaultRetryPolicy(), {}} {
		t.Run(fmt.Sprintf("retries=%d", policy.MaxRetries), func(t *testing.T) {
			tr := &http.Transport{}
			defer tr.CloseIdleConnections()
			counter := &bodyCounter{next: tr}
			c, mux, _ := setup(t, WithRetry(policy), WithHTTPClient(&http.Client{Transport: counter}))
			for _, status := range []int{200, 503} {
				mux.HandleFunc(fmt.Sprintf("GET /answer/%d/", status), func(w http.ResponseWriter, r *http.Request) {
					writeJSON(w, status, map[string]any{"id": 1, "name": strings.Repeat("x", 1<<10)})
				})
			}
			before := runtime.NumGoroutine()
			const calls = 100
			for i := range calls {
				ctx, cancel := context.WithCancel(t.Context())
				ctx = context.WithValue(ctx, cancelKey{}, cancel)
				req, err := c.NewRequest(ctx, http.MethodGet, fmt.Sprintf("answer/%d/", []int{200, 503}[i%2]), nil)
				if err != nil {
					t.Fatal(err)
				}
				var v item
				_, err = c.Do(req, &v)
				cancel()
				// With retries, the retry layer sees the context end. Without,
				// the answer may have been read in full before the transport
				// noticed; then it is the call's result.
				var er *ErrorResponse
				if err != context.Canceled && (policy.MaxRetries > 0 || !(err == nil || errors.As(err, &er))) {
					t.Fatalf("call %d: error %v (%T), want context.Canceled itself", i, err, err)
				}
			}
			if open := counter.opened.Load() - counter.closed.Load(); open != 0 {
				t.Errorf("%d of %d bodies left open", open, counter.opened.Load())
			}
			tr.CloseIdleConnections()
			deadline := time.Now().Add(2 * time.Second)
			for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			if n := runtime.NumGoroutine(); n > before+2 {
				t.Errorf("%d goroutines after %d cancelled calls, %d before", n, calls, before)
			}
		})
	}
	if logged.Len() > 0 {
		t.Errorf("the SDK wrote to the global logger:\n%s", excerpt(logged.Bytes(), 300))
	}
}

// writeBigJSON writes a JSON answer of exactly n bytes (an object, or an
// envelope with one item when list), announced with Content-Length or
// chunked, from a fixed buffer; it stops when the client goes away.
func writeBigJSON(w http.ResponseWriter, status int, n int64, announce, list bool) {
	head, tail := `{"id":1,"name":"`, `"}`
	if list {
		head, tail = `{"count":1,"next":null,"results":[{"id":1,"name":"`, `"}]}`
	}
	w.Header().Set("Content-Type", "application/json")
	if announce {
		w.Header().Set("Content-Length", fmt.Sprint(n))
	}
	w.WriteHeader(status)
	if _, err := io.WriteString(w, head); err != nil {
		return
	}
	pad := n - int64(len(head)+len(tail))
	chunk := bytes.Repeat([]byte("x"), 32<<10)
	for pad > 0 {
		k := min(pad, int64(len(chunk)))
		if _, err := w.Write(chunk[:k]); err != nil {
			return
		}
		pad -= k
	}
	_, _ = io.WriteString(w, tail)
}

// hostileCall is one way the SDK reads an answer: a single object (Do
// through fetch) or a list page (List), or a whole walk (All).
type hostileCall struct {
	name string
	call func(ctx context.Context, c *Client) error
}

var hostileCalls = []hostileCall{
	{"object", func(ctx context.Context, c *Client) error {
		_, _, err := fetch[item](ctx, endpoint{client: c, path: "hostile/", scope: Global}, http.MethodGet, nil, nil, nil)
		return err
	}},
	{"list", func(ctx context.Context, c *Client) error {
		_, _, err := newLister(c, "hostile/").List(ctx, nil)
		return err
	}},
	{"all", func(ctx context.Context, c *Client) error {
		for _, err := range newLister(c, "hostile/").All(ctx, nil) {
			if err != nil {
				return err
			}
		}
		return nil
	}},
}

// TestHostileBodies: answers too large, cut, malformed or oddly counted
// give a clear error (or the items), never unbounded memory or a panic.
func TestHostileBodies(t *testing.T) {
	const limit = 1 << 20
	tooLarge := func(announced int64) func(t *testing.T, err error) {
		return func(t *testing.T, err error) {
			var tl *ResponseTooLargeError
			if !errors.As(err, &tl) || tl.Limit != limit || tl.ContentLength != announced || !strings.Contains(tl.URL, "/hostile/") || tl.Method != "GET" {
				t.Errorf("error %v (%#v), want *ResponseTooLargeError{Limit: %d, ContentLength: %d} naming the call", err, tl, limit, announced)
			}
		}
	}
	ok := func(t *testing.T, err error) {
		if err != nil {
			t.Errorf("error %v, want none", err)
		}
	}
	cases := []struct {
		name    string
		handler func(w http.ResponseWriter, r *http.Request, list bool)
		check   func(t *testing.T, err error)
	}{
		{"8 MiB announced", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 200, 8<<20, true, list)
		}, tooLarge(8 << 20)},
		{"8 MiB chunked", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 200, 8<<20, false, list)
		}, tooLarge(-1)},
		{"limit+1 chunked", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 200, limit+1, false, list)
		}, tooLarge(-1)},
		{"exactly the limit, chunked", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 200, limit, false, list)
		}, ok},
		{"exactly the limit, announced", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 200, limit, true, list)
		}, ok},
		{"8 MiB error body", func(w http.ResponseWriter, r *http.Request, list bool) {
			writeBigJSON(w, 500, 8<<20, false, false)
		}, func(t *testing.T, err error) {
			var er *ErrorResponse
			if !errors.As(err, &er) || er.StatusCode != 500 || len(er.Body) > maxErrorExcerpt {
				t.Errorf("error %v, want *ErrorResponse 500 with at most %d bytes of body", err, maxErrorExcerpt)
			}
		}},
		{"count overflows an int", func(w http.ResponseWriter, r *http.Request, list bool) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"count": 99999999999999999999999, "next": null, "results": [{"id": 1}]}`)
		}, ok},
		{"count negative, fractional or a string", func(w http.ResponseWriter, r *http.Request, list bool) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"count": -1, "next": null, "results": [{"id": 1}], "count": 2.5, "count": "3"}`)
		}, ok},
		{"a body of empty objects that would decode into gigabytes", func(w http.ResponseWriter, r *http.Request, list bool) {
			w.Header().Set("Content-Type", "application/json")
			objects := bytes.Repeat([]byte("{},"), (limit-100)/3)
			if list {
				io.WriteString(w, "[")
			} else {
				io.WriteString(w, `{"id": 1, "extra": [`)
			}
			w.Write(objects)
			io.WriteString(w, "{}]")
			if !list {
				io.WriteString(w, "}")
			}
		}, func(t *testing.T, err error) {
			var tl *ResponseTooLargeError
			if !errors.As(err, &tl) || tl.Decoded <= decodeBudget*limit || !strings.Contains(err.Error(), "decoding the answer would take") {
				t.Errorf("error %v, want *ResponseTooLargeError for the decoded size", err)
			}
		}},
		{"reset mid-body", func(w http.ResponseWriter, r *http.Request, list bool) {
			conn, buf, err := http.NewResponseController(w).Hijack()
			if err != nil {
				return
			}
			defer conn.Close()
			buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\": [{\"id\":")
			buf.Flush()
		}, func(t *testing.T, err error) {
			if err == nil || !strings.Contains(err.Error(), "unexpected EOF") || errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want a decoding error naming the unexpected EOF", err)
			}
		}},
		{"gzip bomb: 4 MiB that inflate to 4 GiB", func(w http.ResponseWriter, r *http.Request, list bool) {
			// Go's transport inflates gzip transparently; the limit must
			// count inflated bytes, not the few on the wire.
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte(`{"results": ["`))
			zeros := make([]byte, 1<<20)
			for range 4 << 10 {
				if _, err := zw.Write(zeros); err != nil {
					return // the client hung up: the point of the limit
				}
			}
			zw.Close()
		}, tooLarge(-1)},
		{"gzip bomb in an error body", func(w http.ResponseWriter, r *http.Request, list bool) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			w.WriteHeader(500)
			zw := gzip.NewWriter(w)
			zeros := make([]byte, 1<<20)
			for range 4 << 10 {
				if _, err := zw.Write(zeros); err != nil {
					return
				}
			}
			zw.Close()
		}, func(t *testing.T, err error) {
			var er *ErrorResponse
			if !errors.As(err, &er) || er.StatusCode != 500 || len(er.Body) > maxErrorExcerpt {
				t.Errorf("error %v, want *ErrorResponse 500 with at most %d bytes of body", err, maxErrorExcerpt)
			}
		}},
		{"HTML where JSON was expected", func(w http.ResponseWriter, r *http.Request, list bool) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><body>proxy login</body></html>")
		}, func(t *testing.T, err error) {
			if err == nil || !strings.Contains(err.Error(), "decoding GET") {
				t.Errorf("error %v, want a decoding error", err)
			}
		}},
	}
	for _, tc := range cases {
		for _, call := range hostileCalls {
			t.Run(tc.name+"/"+call.name, func(t *testing.T) {
				c, mux, _ := setup(t, WithRetry(RetryPolicy{}), WithMaxResponseSize(limit))
				var requests atomic.Int32
				mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
					requests.Add(1)
					tc.handler(w, r, call.name != "object")
				})
				ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
				defer cancel()
				tc.check(t, call.call(ctx, c))
				if n := requests.Load(); n != 1 {
					t.Errorf("%d requests, want 1", n)
				}
			})
		}
	}
}

// TestHostileCountKeepsItems: an unusable count keeps the page and falls
// back to the page's length.
func TestHostileCountKeepsItems(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("GET /counted/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"count": 1e30, "next": null, "results": [{"id": 1}, {"id": 2}]}`)
	})
	items, resp, err := newLister(c, "counted/").List(t.Context(), nil)
	if err != nil || len(items) != 2 || resp.Count != 2 {
		t.Fatalf("List = %d items, count %v, %v; want 2 items, count 2", len(items), resp, err)
	}
}

// stallAfter answers 200 with the first bytes of a JSON body (none when
// head is empty: the headers are held back too), then stalls until the
// client goes away; started is closed once those bytes are flushed.
func stallAfter(head string, started chan<- struct{}) http.HandlerFunc {
	var once sync.Once
	return func(w http.ResponseWriter, r *http.Request) {
		if head != "" {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", "100000")
			io.WriteString(w, head)
			http.NewResponseController(w).Flush()
		}
		once.Do(func() { close(started) })
		<-r.Context().Done()
	}
}

// TestHostileSlowServers: when the context ends while the SDK waits for
// the headers or reads the body, every call returns promptly with
// ctx.Err() itself (the README's promise), for a single object, a list
// page and a walk, with retries on.
func TestHostileSlowServers(t *testing.T) {
	for _, stall := range []struct{ name, head string }{
		{"no headers", ""},
		{"body cut", `{"count": 3, "results": [{"id": 1, "name": "`},
	} {
		for _, end := range []struct {
			name string
			want error
		}{{"cancel", context.Canceled}, {"deadline", context.DeadlineExceeded}} {
			for _, call := range hostileCalls {
				t.Run(stall.name+"/"+end.name+"/"+call.name, func(t *testing.T) {
					c, mux, _ := setup(t)
					started := make(chan struct{})
					mux.Handle("GET /hostile/", stallAfter(stall.head, started))
					ctx, cancel := context.WithCancel(t.Context())
					defer cancel()
					if end.want == context.DeadlineExceeded {
						ctx, cancel = context.WithTimeout(ctx, 300*time.Millisecond)
						defer cancel()
					}
					done := make(chan error, 1)
					go func() { done <- call.call(ctx, c) }()
					select {
					case <-started:
					case <-time.After(10 * time.Second):
						t.Fatal("the server never saw the request")
					}
					if end.want == context.Canceled {
						cancel()
					}
					select {
					case err := <-done:
						if err != end.want {
							t.Errorf("error %v (%T), want %v itself", err, err, end.want)
						}
					case <-time.After(10 * time.Second):
						t.Fatal("the call did not return 10 s after its context ended")
					}
				})
			}
		}
	}
}

// TestHostileDribblingBody: a server sending a byte now and then is cut by
// the per-attempt timeout, not waited for.
func TestHostileDribblingBody(t *testing.T) {
	c, mux, _ := setup(t, WithRetry(RetryPolicy{}), WithHTTPClient(&http.Client{Timeout: 300 * time.Millisecond}))
	mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": 1, "name": "`)
		for r.Context().Err() == nil {
			io.WriteString(w, "x")
			http.NewResponseController(w).Flush()
			time.Sleep(20 * time.Millisecond)
		}
	})
	start := time.Now()
	err := hostileCalls[0].call(t.Context(), c)
	if err == nil || errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "the attempt's timeout") || errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v, want the per-attempt timeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("returned after %s", d)
	}
}

// TestHostileRetryWaitBeyondDeadline: no backoff wait that would outlast
// the context's deadline is started, whatever the answer (502, 503 with or
// without a usable Retry-After, 504, 429, a dropped connection): the last
// answer comes back at once instead of ctx.Err() at the deadline.
func TestHostileRetryWaitBeyondDeadline(t *testing.T) {
	policy := RetryPolicy{MaxRetries: 3, MinWait: 20 * time.Second, MaxWait: 40 * time.Second, MaxRetryAfter: time.Minute}
	answer := func(status int, retryAfter string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			writeJSON(w, status, map[string]string{"detail": "busy"})
		}
	}
	for _, tc := range []struct {
		name    string
		handler http.HandlerFunc
		status  int // 0: a network error
	}{
		{"502", answer(502, ""), 502},
		{"503 without Retry-After", answer(503, ""), 503},
		{"503 with an unusable Retry-After", answer(503, "soon"), 503},
		{"503 with Retry-After past the deadline", answer(503, "30"), 503},
		{"504", answer(504, ""), 504},
		{"429 with an unusable Retry-After", answer(429, "-3"), 429},
		{"dropped connection", func(w http.ResponseWriter, r *http.Request) {
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, mux, _ := setup(t, WithRetry(policy))
			var requests atomic.Int32
			mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				tc.handler(w, r)
			})
			ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
			defer cancel()
			err := hostileCalls[0].call(ctx, c)
			if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("error %v: the call waited for the deadline", err)
			}
			var er *ErrorResponse
			var re *RequestError
			switch {
			case tc.status != 0 && (!errors.As(err, &er) || er.StatusCode != tc.status):
				t.Errorf("error %v, want the %d answer", err, tc.status)
			case tc.status == 0 && !errors.As(err, &re):
				t.Errorf("error %v, want *RequestError", err)
			}
		})
	}
}

// TestHostileRetryAfterDateCapped: a Retry-After HTTP date years ahead is
// capped like the seconds form, in RateLimitError.RetryAfter too.
func TestHostileRetryAfterDateCapped(t *testing.T) {
	c, mux, _ := setup(t, WithRetry(RetryPolicy{}))
	mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", time.Now().AddDate(30, 0, 0).UTC().Format(http.TimeFormat))
		writeJSON(w, 429, map[string]string{"detail": "throttled"})
	})
	var rl *RateLimitError
	if err := hostileCalls[0].call(t.Context(), c); !errors.As(err, &rl) || rl.RetryAfter != maxRetryAfterHeader {
		t.Errorf("error %v, want *RateLimitError with RetryAfter %s", err, maxRetryAfterHeader)
	}
	if d, ok := parseRetryAfter(strings.Repeat("9", 30), time.Now()); !ok || d != maxRetryAfterHeader {
		t.Errorf("30 nines: %s, %v", d, ok)
	}
}

// peakHeap samples the heap every few milliseconds until stop is called,
// which returns the highest HeapAlloc seen minus the one at the start.
func peakHeap() (stop func() uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		return peak - min(base, peak)
	}
}

// BenchmarkHostileHugeBody reads a 1 GiB answer, chunked or with its
// Content-Length, with the default limit (DefaultMaxResponseSize): the call
// fails with *ResponseTooLargeError after 64 MiB (chunked) or before
// reading (announced), and the heap's peak growth is reported
// (peak-heap-MiB) beside the bytes allocated per call.
//
//	go test -run '^$' -bench HostileHugeBody -benchtime 3x ./arcsecond/
func BenchmarkHostileHugeBody(b *testing.B) {
	for _, call := range hostileCalls[:2] {
		for _, announce := range []bool{false, true} {
			name := call.name + "/chunked"
			if announce {
				name = call.name + "/announced"
			}
			b.Run(name, func(b *testing.B) {
				c, mux, _ := setup(b, WithRetry(RetryPolicy{}))
				mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
					writeBigJSON(w, 200, 1<<30, announce, call.name != "object")
				})
				b.ReportAllocs()
				var peak uint64
				for b.Loop() {
					stop := peakHeap()
					err := call.call(b.Context(), c)
					peak = max(peak, stop())
					var tl *ResponseTooLargeError
					if !errors.As(err, &tl) {
						b.Fatalf("error %v, want *ResponseTooLargeError", err)
					}
				}
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			})
		}
	}
}

// BenchmarkHostileCancelLatency measures how long a call takes to return
// after its context is cancelled while the server stalls in the middle of
// the body (cancel-latency-µs on average, the longest as max-cancel-latency-µs), for a single object and a list page.
//
//	go test -run '^$' -bench HostileCancelLatency ./arcsecond/
func BenchmarkHostileCancelLatency(b *testing.B) {
	for _, call := range hostileCalls[:2] {
		b.Run(call.name, func(b *testing.B) {
			c, mux, _ := setup(b)
			started := make(chan struct{}, 1)
			mux.HandleFunc("GET /hostile/", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", "100000")
				io.WriteString(w, `{"count": 3, "results": [{"id": 1, "name": "`)
				http.NewResponseController(w).Flush()
				started <- struct{}{}
				<-r.Context().Done()
			})
			var total, longest time.Duration
			for b.Loop() {
				ctx, cancel := context.WithCancel(b.Context())
				done := make(chan error, 1)
				go func() { done <- call.call(ctx, c) }()
				<-started
				time.Sleep(time.Millisecond) // let the client start reading the body
				t0 := time.Now()
				cancel()
				err := <-done
				d := time.Since(t0)
				total, longest = total+d, max(longest, d)
				if err != context.Canceled {
					b.Fatalf("error %v, want context.Canceled", err)
				}
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N), "cancel-latency-µs")
			b.ReportMetric(float64(longest.Microseconds()), "max-cancel-latency-µs")
		})
	}
}

// TestCountObjects: braces inside strings, escaped quotes included, are not
// objects.
func TestCountObjects(t *testing.T) {
	for body, want := range map[string]int64{
		`{}`:                           1,
		`[{},{"a":{"b":[{}]}}]`:        4,
		`{"s":"{{{"}`:                  1,
		`{"s":"\"{{","t":"\\","u":{}}`: 2,
		`"{"`:                          0,
		`{"s":"a\\\"{","t":{}}`:        2,
	} {
		if got := countObjects([]byte(body)); got != want {
			t.Errorf("countObjects(%s) = %d, want %d", body, got, want)
		}
	}
}
