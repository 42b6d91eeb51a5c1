package arcsecond

import (
	"bytes"
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
		wantItems   int   // items yielded before the error
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
	for _, err := range c.Activities.Live(ctx, nil, &LiveOptions{Since: -1, Backoff: Backoff{MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond, MaxFailures: 2}}) {
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
