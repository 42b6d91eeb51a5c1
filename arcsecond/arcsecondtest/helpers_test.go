package arcsecondtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// testClock is a fixed clock.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 3, 20, 22, 0, 0, 0, time.UTC)}
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func newTestServer(t *testing.T, opts ...Option) *Server {
	t.Helper()
	s := NewServer(append([]Option{WithSeed(7), WithClock(newTestClock().now)}, opts...)...)
	t.Cleanup(s.Close)
	return s
}

// noRetry keeps tests that expect errors fast; fault tests set their own policy.
var noRetry = arcsecond.WithRetry(arcsecond.RetryPolicy{})

// clientAs is an SDK client of a seeded user.
func clientAs(t *testing.T, s *Server, username string, opts ...arcsecond.Option) *arcsecond.Client {
	t.Helper()
	c, err := s.ClientAs(username, append([]arcsecond.Option{noRetry}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// anonymous is an SDK client without credentials.
func anonymous(t *testing.T, s *Server, opts ...arcsecond.Option) *arcsecond.Client {
	t.Helper()
	c, err := arcsecond.NewClient(append([]arcsecond.Option{arcsecond.WithBaseURL(s.URL + "/"), noRetry}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// result is what one SDK call gave: the status and the decoded JSON body.
type result struct {
	status int
	body   any
	err    error
}

func (r result) object() map[string]any {
	m, _ := r.body.(map[string]any)
	return m
}

// send makes one request through the SDK's generic path (NewRequest + Do).
func send(t *testing.T, c *arcsecond.Client, method, path string, body any) result {
	t.Helper()
	req, err := c.NewRequest(context.Background(), method, path, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return do(c, req)
}

func do(c *arcsecond.Client, req *http.Request) result {
	var raw json.RawMessage
	resp, err := c.Do(req, &raw)
	res := result{err: err}
	if resp != nil {
		res.status = resp.StatusCode
	}
	var er *arcsecond.ErrorResponse
	if errors.As(err, &er) {
		res.status = er.StatusCode
		_ = json.Unmarshal(er.Body, &res.body)
		return res
	}
	if len(raw) > 0 {
		_ = json.Unmarshal(raw, &res.body)
	}
	return res
}

// sendMultipart posts a multipart form (fields and one "file" part) through the SDK.
func sendMultipart(t *testing.T, c *arcsecond.Client, method, path string, fields map[string]string, filename string, data []byte) result {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	if filename != "" {
		fw, _ := mw.CreateFormFile("file", filename)
		_, _ = fw.Write(data)
	}
	_ = mw.Close()
	req, err := c.NewRequest(context.Background(), method, path, io.Reader(bytes.NewReader(buf.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return do(c, req)
}

func wantStatus(t *testing.T, what string, r result, want int) {
	t.Helper()
	if r.status != want {
		t.Fatalf("%s: status %d, want %d (body %v, err %v)", what, r.status, want, r.body, r.err)
	}
}

// detail returns the "detail" message of a DRF error body.
func detail(r result) string {
	d, _ := r.object()["detail"].(string)
	return d
}

func decodeJSON(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
