package arcsecond

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Hostile servers and file systems against Download, DownloadFile, Upload
// and UploadDir. Every case runs under a deadline and a request budget.

const hostileDeadline = 10 * time.Second

// serveHonest serves content as a careful server does (http.ServeContent:
// Range, If-Range, 416 with "bytes */size"), with etag if not empty and
// modified as Last-Modified if not zero.
func serveHonest(content []byte, etag string, modified time.Time) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, r *http.Request, _ int) {
		if etag != "" {
			w.Header().Set("ETag", etag)
		}
		http.ServeContent(w, r, "", modified, bytes.NewReader(content))
	}
}

// rangeStart is the first byte a "bytes=N-" Range asks for, 0 without one.
func rangeStart(r *http.Request) int {
	n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.Header.Get("Range"), "bytes="), "-"))
	return n
}

// servePartial answers every Range with a 206 from the byte asked (ignoring
// If-Range), with the ETag given.
func servePartial(content []byte, etag string) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, r *http.Request, _ int) {
		w.Header().Set("ETag", etag)
		start := rangeStart(r)
		if r.Header.Get("Range") == "" {
			w.Header().Set("Content-Length", strconv.Itoa(len(content)))
			w.Write(content)
			return
		}
		if start >= len(content) {
			w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(content)))
			w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			return
		}
		w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, len(content)-1, len(content)))
		w.Header().Set("Content-Length", strconv.Itoa(len(content)-start))
		w.WriteHeader(http.StatusPartialContent)
		w.Write(content[start:])
	}
}

// dropAfter sends the answer serve would give but only its first n body
// bytes, then cuts the connection.
func dropAfter(n int, serve func(http.ResponseWriter, *http.Request, int)) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, r *http.Request, i int) {
		rec := httptest.NewRecorder()
		serve(rec, r, i)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		body := rec.Body.Bytes()
		w.Write(body[:min(n, len(body))])
		w.(http.Flusher).Flush()
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
	}
}

// fileHost is an httptest server running one case's handler, counting
// requests and keeping their headers; past budget requests it answers 500.
type fileHost struct {
	srv    *httptest.Server
	mu     sync.Mutex
	seen   []http.Header
	budget int
}

func newFileHost(t *testing.T, budget int, serve func(http.ResponseWriter, *http.Request, int)) *fileHost {
	h := &fileHost{budget: budget}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.seen = append(h.seen, r.Header.Clone())
		n := len(h.seen)
		h.mu.Unlock()
		if n > h.budget {
			http.Error(w, "request budget exceeded", http.StatusInternalServerError)
			return
		}
		serve(w, r, n)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

// ranges returns the Range header of each request so far ("" for none).
func (h *fileHost) ranges() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, hd := range h.seen {
		out = append(out, hd.Get("Range"))
	}
	return out
}

func hostileClient(t *testing.T) *Client {
	c, err := NewClient(WithBaseURL("http://127.0.0.1:1/api/"), WithRetry(RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func writePart(t *testing.T, path string, part []byte, info string) {
	t.Helper()
	if part != nil {
		if err := os.WriteFile(path+".part", part, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if info != "" {
		if err := os.WriteFile(path+".part.json", []byte(info), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func partInfoJSON(validator string, size int) string {
	return fmt.Sprintf(`{"validator":%q,"size":%d}`, validator, size)
}

func TestHostileDownloadFile(t *testing.T) {
	remote := testData(1000)
	old := bytes.Repeat([]byte("o"), 1000)
	stale := bytes.Repeat([]byte("s"), 2000)
	modified := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := []struct {
		name       string
		part, info string // .part and .part.json before the call ("" none)
		partBytes  []byte // .part as bytes (wins over part)
		serve      func(http.ResponseWriter, *http.Request, int)
		budget     int      // requests allowed (the server fails past it)
		cancelAt   int64    // cancel once this many bytes of the file are held
		wantErr    error    // nil: the file arrives whole
		wantRanges []string // Range header of each request (nil: not checked)
		keepPart   []byte   // after an error, the .part (a prefix of remote)
		noResume   bool     // the .part kept is not of remote: skip the next call
	}{
		{name: "stale .part larger than the file, 416 */size",
			partBytes: stale, info: partInfoJSON(`"e"`, 2000),
			serve: servePartial(remote, `"e"`), budget: 2, wantRanges: []string{"bytes=2000-", ""}},
		{name: "stale .part larger, 416 without Content-Range",
			partBytes: stale, info: partInfoJSON(`"e"`, 2000), budget: 2, wantRanges: []string{"bytes=2000-", ""},
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				if r.Header.Get("Range") != "" {
					w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
					return
				}
				serveHonest(remote, `"e"`, time.Time{})(w, r, n)
			}},
		{name: "stale .part without its record (older SDK), server honours Range",
			partBytes: stale, serve: servePartial(remote, `"e"`), budget: 1, wantRanges: []string{""}},
		{name: ".part of an older version, ETag changed, If-Range honoured",
			partBytes: old[:500], info: partInfoJSON(`"old"`, 1000),
			serve: serveHonest(remote, `"new"`, time.Time{}), budget: 1, wantRanges: []string{"bytes=500-"}},
		{name: "ETag changed, server ignores If-Range but honours Range",
			partBytes: old[:500], info: partInfoJSON(`"old"`, 1000),
			serve: servePartial(remote, `"new"`), budget: 2, wantRanges: []string{"bytes=500-", ""}},
		{name: "same ETag, size changed",
			partBytes: remote[:500], info: partInfoJSON(`"e"`, 1200),
			serve: servePartial(remote, `"e"`), budget: 2, wantRanges: []string{"bytes=500-", ""}},
		{name: "resume confirmed by If-Range",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000),
			serve: serveHonest(remote, `"e"`, time.Time{}), budget: 1, wantRanges: []string{"bytes=300-"}},
		{name: "resume confirmed by Last-Modified",
			partBytes: remote[:300], info: partInfoJSON(modified.Format(http.TimeFormat), 1000),
			serve: serveHonest(remote, "", modified), budget: 1, wantRanges: []string{"bytes=300-"}},
		{name: "Last-Modified changed",
			partBytes: old[:300], info: partInfoJSON(modified.Format(http.TimeFormat), 1000),
			serve: serveHonest(remote, "", modified.Add(time.Hour)), budget: 1, wantRanges: []string{"bytes=300-"}},
		{name: "complete .part proven by 416 */size",
			partBytes: remote, info: partInfoJSON(`"e"`, 1000),
			serve: serveHonest(remote, `"e"`, time.Time{}), budget: 1, wantRanges: []string{"bytes=1000-"}},
		{name: "server ignores Range",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000), budget: 1, wantRanges: []string{"bytes=300-"},
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.Header().Set("ETag", `"e"`)
				w.Write(remote)
			}},
		{name: "wrong Content-Range start",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000), budget: 2, wantRanges: []string{"bytes=300-", ""},
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.Header().Set("ETag", `"e"`)
				if r.Header.Get("Range") != "" {
					w.Header().Set("Content-Range", "bytes 0-999/1000")
					w.WriteHeader(http.StatusPartialContent)
				}
				w.Write(remote)
			}},
		{name: "206 without Content-Range",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000), budget: 2, wantRanges: []string{"bytes=300-", ""},
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.Header().Set("ETag", `"e"`)
				if r.Header.Get("Range") != "" {
					w.WriteHeader(http.StatusPartialContent)
					w.Write(remote[300:])
					return
				}
				w.Write(remote)
			}},
		{name: "body longer than its Content-Range",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000), budget: 2, wantRanges: []string{"bytes=300-", ""},
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.Header().Set("ETag", `"e"`)
				if r.Header.Get("Range") != "" {
					w.Header().Set("Content-Range", "bytes 300-999/1000")
					w.WriteHeader(http.StatusPartialContent)
					w.(http.Flusher).Flush() // chunked: no Content-Length to stop the body
					w.Write(remote[300:])
					w.Write(remote[:100])
					return
				}
				w.Write(remote)
			}},
		{name: "drops with a validator: resumes",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				dropAfter(400, servePartial(remote, `"e"`))(w, r, n)
			}, budget: 3, wantRanges: []string{"", "bytes=400-", "bytes=800-"}},
		{name: "drops without a validator: starts again",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				if n == 1 {
					dropAfter(400, serveHonest(remote, "", time.Time{}))(w, r, n)
					return
				}
				serveHonest(remote, "", time.Time{})(w, r, n)
			}, budget: 2, wantRanges: []string{"", ""}},
		{name: "truncated every time: error, .part kept for the next call",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				dropAfter(100, servePartial(remote, `"e"`))(w, r, n)
			}, budget: 4, wantErr: io.ErrUnexpectedEOF, keepPart: remote[:400],
			wantRanges: []string{"", "bytes=100-", "bytes=200-", "bytes=300-"}},
		{name: "huge Content-Length, body cut: error, bounded",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				const huge = 1 << 50
				start := rangeStart(r)
				w.Header().Set("ETag", `"e"`)
				w.Header().Set("Content-Length", strconv.Itoa(huge-start))
				if r.Header.Get("Range") != "" {
					w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, huge-1, huge))
					w.WriteHeader(http.StatusPartialContent)
				}
				w.Write(remote)
			}, budget: 4, wantErr: io.ErrUnexpectedEOF, keepPart: slices.Concat(remote, remote, remote, remote), noResume: true},
		{name: "503 on the resume: error, .part kept",
			partBytes: remote[:300], info: partInfoJSON(`"e"`, 1000), budget: 1, wantErr: ErrServer, keepPart: remote[:300],
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				http.Error(w, "busy", http.StatusServiceUnavailable)
			}},
		{name: "cancelled mid-body: ctx.Err(), .part kept",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				w.Header().Set("ETag", `"e"`)
				w.Header().Set("Content-Length", "1000")
				w.Write(remote[:600])
				w.(http.Flusher).Flush()
				<-r.Context().Done()
			}, budget: 1, cancelAt: 600, wantErr: context.Canceled, keepPart: remote[:600]},
		{name: "Content-Disposition with ../ is not a path",
			serve: func(w http.ResponseWriter, r *http.Request, n int) {
				w.Header().Set("Content-Disposition", `attachment; filename="../../evil.fits"`)
				serveHonest(remote, `"e"`, time.Time{})(w, r, n)
			}, budget: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			host := newFileHost(t, tc.budget, tc.serve)
			top := t.TempDir()
			dir := filepath.Join(top, "a", "b")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "m31.fits")
			part := tc.partBytes
			if part == nil && tc.part != "" {
				part = []byte(tc.part)
			}
			writePart(t, path, part, tc.info)
			ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel()
			progress := func(_ string, done, total int64) {
				if tc.cancelAt > 0 && done >= tc.cancelAt {
					cancel()
				}
			}
			c := hostileClient(t)
			n, err := c.DownloadFile(ctx, host.srv.URL+"/m31.fits", path, progress)
			if tc.wantRanges != nil && !slices.Equal(host.ranges(), tc.wantRanges) {
				t.Errorf("requests with Range %q, want %q", host.ranges(), tc.wantRanges)
			}
			if tc.wantErr == nil {
				got, rerr := os.ReadFile(path)
				if err != nil || n != int64(len(remote)) || rerr != nil || !bytes.Equal(got, remote) {
					t.Fatalf("DownloadFile = %d, %v; file %d bytes (%v), equal %v", n, err, len(got), rerr, bytes.Equal(got, remote))
				}
				for _, p := range []string{path + ".part", path + ".part.json"} {
					if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
						t.Errorf("%s left behind", filepath.Base(p))
					}
				}
				var names []string
				filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
					if err == nil && !d.IsDir() {
						names = append(names, p)
					}
					return nil
				})
				if !slices.Equal(names, []string{path}) {
					t.Errorf("files written: %q, want only %s", names, path)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("DownloadFile = %d, %v; want %v", n, err, tc.wantErr)
			}
			if tc.wantErr == context.Canceled && err != context.Canceled {
				t.Errorf("err = %#v, want ctx.Err() itself", err)
			}
			if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
				t.Error("a final file exists after an error")
			}
			got, _ := os.ReadFile(path + ".part")
			if !bytes.Equal(got, tc.keepPart) {
				t.Fatalf(".part holds %d bytes, want the %d-byte prefix", len(got), len(tc.keepPart))
			}
			if tc.noResume {
				return
			}
			// The next call, against a server that behaves, resumes there.
			good := newFileHost(t, 1, servePartial(remote, `"e"`))
			ctx2, cancel2 := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel2()
			if n, err := c.DownloadFile(ctx2, good.srv.URL+"/m31.fits", path, nil); err != nil || n != int64(len(remote)) {
				t.Fatalf("next call: %d, %v", n, err)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, remote) {
				t.Error("next call: file differs")
			}
			if r := good.ranges(); len(r) != 1 || r[0] != fmt.Sprintf("bytes=%d-", len(tc.keepPart)) {
				t.Errorf("next call asked %q, want a resume at %d", r, len(tc.keepPart))
			}
		})
	}
}

func TestHostileDownloadFilePaths(t *testing.T) {
	host := newFileHost(t, 0, serveHonest(testData(10), `"e"`, time.Time{}))
	c := hostileClient(t)
	top := t.TempDir()
	ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
	defer cancel()
	if _, err := c.DownloadFile(ctx, host.srv.URL+"/x", filepath.Join(top, "missing", "x.fits"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing directory: err = %v", err)
	}
	if _, err := c.DownloadFile(ctx, host.srv.URL+"/x", top, nil); err == nil {
		t.Error("a directory as the destination accepted")
	}
	if r := host.ranges(); len(r) != 0 {
		t.Errorf("%d requests sent for destinations that cannot be written", len(r))
	}
}

// TestHostileDownloadRedirect: a download the API redirects to a storage
// host on another origin reaches it with Range and If-Range and without
// the client's credentials.
func TestHostileDownloadRedirect(t *testing.T) {
	remote := testData(1000)
	storage := newFileHost(t, 1, serveHonest(remote, `"e"`, time.Time{}))
	c, mux, _ := setup(t, WithAPIKey(testKey))
	mux.HandleFunc("GET /files/m31.fits", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, storage.srv.URL+"/bucket/m31.fits?signature=s", http.StatusFound)
	})
	path := filepath.Join(t.TempDir(), "m31.fits")
	writePart(t, path, remote[:250], partInfoJSON(`"e"`, 1000))
	ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
	defer cancel()
	if n, err := c.DownloadFile(ctx, "files/m31.fits", path, nil); err != nil || n != 1000 {
		t.Fatalf("DownloadFile = %d, %v", n, err)
	}
	storage.mu.Lock()
	h := storage.seen[0]
	storage.mu.Unlock()
	if h.Get(keyHeader) != "" || h.Get("Authorization") != "" {
		t.Error("credentials sent to the storage host")
	}
	if h.Get("Range") != "bytes=250-" || h.Get("If-Range") != `"e"` {
		t.Errorf("storage saw Range %q If-Range %q", h.Get("Range"), h.Get("If-Range"))
	}
}

func TestHostileDownload(t *testing.T) {
	remote := testData(1000)
	cases := []struct {
		name    string
		offset  int64
		ifRange string
		serve   func(http.ResponseWriter, *http.Request, int)
		wantErr error
		want    []byte // bytes written (when wantErr is nil)
		partial bool   // the error comes after some bytes were written
	}{
		{name: "offset past the end, 416 */size", offset: 2000, serve: servePartial(remote, `"e"`), wantErr: ErrRemoteChanged},
		{name: "416 without Content-Range", offset: 300, wantErr: ErrRemoteChanged,
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			}},
		{name: "416 proving the writer has it all", offset: 1000, serve: servePartial(remote, `"e"`), want: []byte{}},
		{name: "If-Range differs: whole file sent", offset: 300, ifRange: `"old"`, serve: serveHonest(remote, `"new"`, time.Time{}), wantErr: ErrRemoteChanged},
		{name: "If-Range matches, Range ignored: skip", offset: 300, ifRange: `"e"`, want: remote[300:],
			serve: func(w http.ResponseWriter, r *http.Request, _ int) { w.Header().Set("ETag", `"e"`); w.Write(remote) }},
		{name: "If-Range ignored, ETag changed", offset: 300, ifRange: `"old"`, serve: servePartial(remote, `"new"`), wantErr: ErrRemoteChanged},
		{name: "whole file shorter than the offset", offset: 1200,
			serve: func(w http.ResponseWriter, r *http.Request, _ int) { w.Write(remote) }, wantErr: ErrRemoteChanged},
		{name: "Content-Range start wrong", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 0-999/1000", remote)},
		{name: "Content-Range short of the end", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 300-499/1000", remote[300:500])},
		{name: "Content-Range backwards", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 300-200/1000", remote[300:])},
		{name: "Content-Range signed", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes +300-999/1000", remote[300:])},
		{name: "Content-Range unknown size", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 300-999/*", remote[300:])},
		{name: "Content-Range past the size", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 300-1999/1000", remote[300:])},
		{name: "Content-Range overflowing", offset: 300, wantErr: ErrDownloadMismatch, serve: contentRange("bytes 300-99999999999999999999/99999999999999999999", remote[300:])},
		{name: "body longer than announced", offset: 300, wantErr: ErrDownloadMismatch, partial: true,
			serve: func(w http.ResponseWriter, r *http.Request, _ int) {
				w.Header().Set("Content-Range", "bytes 300-999/1000")
				w.WriteHeader(http.StatusPartialContent)
				w.(http.Flusher).Flush()
				w.Write(remote)
			}},
		{name: "body shorter than announced", wantErr: io.ErrUnexpectedEOF, partial: true, serve: dropAfter(500, serveHonest(remote, "", time.Time{}))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			host := newFileHost(t, 1, tc.serve)
			ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel()
			var buf bytes.Buffer
			n, err := hostileClient(t).Download(ctx, host.srv.URL+"/f", &buf, &DownloadOptions{Offset: tc.offset, IfRange: tc.ifRange})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Download = %d, %v; want %v", n, err, tc.wantErr)
				}
				if !tc.partial && buf.Len() > 0 {
					t.Errorf("%d bytes written before the error", buf.Len())
				}
				return
			}
			if err != nil || n != int64(len(tc.want)) || !bytes.Equal(buf.Bytes(), tc.want) {
				t.Fatalf("Download = %d, %v; wrote %d bytes, want %d", n, err, buf.Len(), len(tc.want))
			}
		})
	}
}

func contentRange(cr string, body []byte) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, r *http.Request, _ int) {
		w.Header().Set("Content-Range", cr)
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusPartialContent)
		w.Write(body)
	}
}

// TestHostileDownloadCancel: cancelling mid-body returns ctx.Err() itself,
// promptly.
func TestHostileDownloadCancel(t *testing.T) {
	host := newFileHost(t, 1, func(w http.ResponseWriter, r *http.Request, _ int) {
		w.Header().Set("Content-Length", "1000000")
		w.Write(make([]byte, 1000))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
	defer cancel()
	start := time.Now()
	var cancelled time.Time
	_, err := hostileClient(t).Download(ctx, host.srv.URL+"/f", io.Discard, &DownloadOptions{Progress: func(_ string, done, _ int64) {
		if done >= 1000 && cancelled.IsZero() {
			cancelled = time.Now()
			cancel()
		}
	}})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(cancelled); d > time.Second {
		t.Errorf("returned %s after the cancel", d)
	}
	t.Logf("cancel latency %s (total %s)", time.Since(cancelled), time.Since(start))
}

// uploadHost is a dataset API for UploadDir: it lists the names given and
// accepts uploads whose multipart form is complete.
type uploadHost struct {
	mu       sync.Mutex
	accepted []string
	onList   func()
}

func newUploadHost(t *testing.T, existing ...string) (*Client, *uploadHost) {
	c, mux, _ := setup(t, WithAPIKey(testKey))
	h := &uploadHost{}
	mux.HandleFunc("GET /datasets/ds/datafiles/", func(w http.ResponseWriter, r *http.Request) {
		if h.onList != nil {
			h.onList()
		}
		list := []map[string]any{}
		for i, n := range existing {
			list = append(list, map[string]any{"id": i + 1, "name": n})
		}
		writeJSON(w, 200, list)
	})
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			writeJSON(w, 400, map[string]string{"detail": err.Error()})
			return
		}
		f, fh, err := r.FormFile("file")
		if err != nil {
			writeJSON(w, 400, map[string]string{"detail": err.Error()})
			return
		}
		io.Copy(io.Discard, f)
		h.mu.Lock()
		h.accepted = append(h.accepted, fh.Filename)
		id := len(h.accepted) + 100
		h.mu.Unlock()
		writeJSON(w, 201, map[string]any{"id": id, "name": fh.Filename})
	})
	return c, h
}

func (h *uploadHost) names() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := slices.Clone(h.accepted)
	slices.Sort(out)
	return out
}

func mkfile(t *testing.T, path string, size int) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, testData(size), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

func TestHostileUploadDir(t *testing.T) {
	type want struct {
		status UploadStatus
		err    error // errors.Is; nil: no error
		target bool  // Target set
		file   bool  // File set
	}
	cases := []struct {
		name     string
		build    func(t *testing.T, dir string)
		opts     func(dir string, o *UploadDirOptions)
		onList   func(dir string) func()
		existing []string
		want     map[string]want // by path relative to dir
		accepted []string        // names the server kept
	}{
		{name: "symbolic link to a file is followed",
			build: func(t *testing.T, dir string) {
				mkfile(t, filepath.Join(dir, "real", "a.fits"), 100)
				symlink(t, filepath.Join("real", "a.fits"), filepath.Join(dir, "b.fits"))
			},
			want: map[string]want{"b.fits": {status: UploadDone, target: true, file: true}, "real/a.fits": {status: UploadDone, file: true}}, accepted: []string{"a.fits", "b.fits"}},
		{name: "dangling link gets a failed result",
			build: func(t *testing.T, dir string) {
				mkfile(t, filepath.Join(dir, "a.fits"), 100)
				symlink(t, filepath.Join(dir, "gone.fits"), filepath.Join(dir, "b.fits"))
				symlink(t, filepath.Join(dir, "gone"), filepath.Join(dir, "notes")) // not a FITS name: no result
			},
			want: map[string]want{"a.fits": {status: UploadDone, file: true}, "b.fits": {status: UploadFailed, err: fs.ErrNotExist}}, accepted: []string{"a.fits"}},
		{name: "link loop between files",
			build: func(t *testing.T, dir string) {
				symlink(t, "y.fits", filepath.Join(dir, "x.fits"))
				symlink(t, "x.fits", filepath.Join(dir, "y.fits"))
			},
			want: map[string]want{"x.fits": {status: UploadFailed}, "y.fits": {status: UploadFailed}}},
		{name: "named pipe does not block",
			build: func(t *testing.T, dir string) {
				if err := syscall.Mkfifo(filepath.Join(dir, "pipe.fits"), 0o644); err != nil {
					t.Skipf("no named pipes here: %v", err)
				}
				mkfile(t, filepath.Join(dir, "z.fits"), 10)
			},
			want: map[string]want{"pipe.fits": {status: UploadFailed}, "z.fits": {status: UploadDone, file: true}}, accepted: []string{"z.fits"}},
		{name: "linked directory is walked, a loop is reported once",
			build: func(t *testing.T, dir string) {
				mkfile(t, filepath.Join(dir, "nights", "n1", "a.fits"), 10)
				symlink(t, filepath.Join(dir, "nights", "n1"), filepath.Join(dir, "latest")) // walked once, under "latest"
				symlink(t, "..", filepath.Join(dir, "nights", "n1", "up"))                   // back to an ancestor
			},
			want: map[string]want{"latest/a.fits": {status: UploadDone, file: true}, "latest/up": {status: UploadFailed}}, accepted: []string{"a.fits"}},
		{name: "file that vanishes between the walk and the upload",
			build: func(t *testing.T, dir string) {
				mkfile(t, filepath.Join(dir, "a.fits"), 10)
				mkfile(t, filepath.Join(dir, "b.fits"), 10)
			},
			onList: func(dir string) func() { return func() { os.Remove(filepath.Join(dir, "a.fits")) } },
			want:   map[string]want{"a.fits": {status: UploadFailed, err: fs.ErrNotExist}, "b.fits": {status: UploadDone, file: true}}, accepted: []string{"b.fits"}},
		{name: "file that grows while it is sent",
			build: func(t *testing.T, dir string) { mkfile(t, filepath.Join(dir, "a.fits"), 200000) },
			opts: func(dir string, o *UploadDirOptions) {
				var once sync.Once
				o.Progress = func(string, int64, int64) {
					once.Do(func() {
						f, _ := os.OpenFile(filepath.Join(dir, "a.fits"), os.O_APPEND|os.O_WRONLY, 0)
						f.Write([]byte("more"))
						f.Close()
					})
				}
			},
			want: map[string]want{"a.fits": {status: UploadFailed, err: ErrLongContent}}},
		{name: "file rewritten in place while it is sent",
			build: func(t *testing.T, dir string) { mkfile(t, filepath.Join(dir, "a.fits"), 200000) },
			opts: func(dir string, o *UploadDirOptions) {
				var once sync.Once
				o.Progress = func(string, int64, int64) {
					once.Do(func() {
						p := filepath.Join(dir, "a.fits")
						f, _ := os.OpenFile(p, os.O_WRONLY, 0)
						f.WriteAt([]byte("changed"), 150000)
						f.Close()
						later := time.Now().Add(time.Hour)
						os.Chtimes(p, later, later)
					})
				}
			},
			want: map[string]want{"a.fits": {status: UploadFailed, err: ErrContentChanged, file: true}}, accepted: []string{"a.fits"}},
		{name: "every non-hidden file with AllFiles",
			build: func(t *testing.T, dir string) {
				mkfile(t, filepath.Join(dir, "notes.txt"), 10)
				mkfile(t, filepath.Join(dir, "a.fits"), 10)
				mkfile(t, filepath.Join(dir, ".hidden"), 10)
				mkfile(t, filepath.Join(dir, "README"), 10)
				mkfile(t, filepath.Join(dir, "night1", "raw.cr2"), 10)
				mkfile(t, filepath.Join(dir, "night1", ".DS_Store"), 10)
				mkfile(t, filepath.Join(dir, ".git", "config"), 10)
			},
			opts: func(_ string, o *UploadDirOptions) { o.AllFiles = true },
			want: map[string]want{"a.fits": {status: UploadDone, file: true}, "notes.txt": {status: UploadDone, file: true},
				"README": {status: UploadDone, file: true}, "night1/raw.cr2": {status: UploadDone, file: true}},
			accepted: []string{"README", "a.fits", "notes.txt", "raw.cr2"}},
		{name: "already there",
			build:    func(t *testing.T, dir string) { mkfile(t, filepath.Join(dir, "a.fits"), 10) },
			existing: []string{"a.fits"},
			want:     map[string]want{"a.fits": {status: UploadSkipped}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, host := newUploadHost(t, tc.existing...)
			dir := t.TempDir()
			tc.build(t, dir)
			if tc.onList != nil {
				host.onList = tc.onList(dir)
			}
			o := &UploadDirOptions{Concurrency: 2}
			if tc.opts != nil {
				tc.opts(dir, o)
			}
			ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel()
			res, err := c.Datasets.UploadDir(ctx, "ds", dir, o)
			if err != nil {
				t.Fatalf("UploadDir: %v", err)
			}
			got := map[string]UploadResult{}
			for _, r := range res {
				rel, _ := filepath.Rel(dir, r.Path)
				got[filepath.ToSlash(rel)] = r
			}
			for p, w := range tc.want {
				r, ok := got[p]
				switch {
				case !ok:
					t.Errorf("%s: no result (results %+v)", p, res)
				case r.Status != w.status:
					t.Errorf("%s: %v (%v), want %v", p, r.Status, r.Err, w.status)
				case w.status == UploadFailed && r.Err == nil:
					t.Errorf("%s: failed without a reason", p)
				case w.err != nil && !errors.Is(r.Err, w.err):
					t.Errorf("%s: err %v, want %v", p, r.Err, w.err)
				case w.status != UploadFailed && r.Err != nil:
					t.Errorf("%s: %v with err %v", p, r.Status, r.Err)
				case (r.Target != "") != w.target:
					t.Errorf("%s: target %q", p, r.Target)
				case (r.File != nil) != w.file:
					t.Errorf("%s: file %+v", p, r.File)
				}
			}
			if len(res) != len(tc.want) {
				t.Errorf("%d results, want %d: %+v", len(res), len(tc.want), res)
			}
			if !slices.Equal(host.names(), tc.accepted) {
				t.Errorf("server kept %q, want %q", host.names(), tc.accepted)
			}
		})
	}
}

// TestHostileUploadDirUnreadable: an unreadable subdirectory gets a failed
// result and the walk goes on. The permission bits do not stop root; the
// test then skips.
func TestHostileUploadDirUnreadable(t *testing.T) {
	c, host := newUploadHost(t)
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "a", "1.fits"), 10)
	mkfile(t, filepath.Join(dir, "b", "2.fits"), 10)
	mkfile(t, filepath.Join(dir, "c", "3.fits"), 10)
	locked := filepath.Join(dir, "b")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("permission bits do not stop this user (root?)")
	}
	ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
	defer cancel()
	res, err := c.Datasets.UploadDir(ctx, "ds", dir, nil)
	if err != nil {
		t.Fatalf("UploadDir: %v", err)
	}
	if len(res) != 3 || res[0].Status != UploadDone || res[2].Status != UploadDone ||
		res[1].Path != locked || res[1].Status != UploadFailed || !errors.Is(res[1].Err, fs.ErrPermission) {
		t.Fatalf("results %+v", res)
	}
	if !slices.Equal(host.names(), []string{"1.fits", "3.fits"}) {
		t.Errorf("server kept %q", host.names())
	}
}

func TestHostileUploadDirRoots(t *testing.T) {
	c, _ := newUploadHost(t)
	top := t.TempDir()
	mkfile(t, filepath.Join(top, "real", "a.fits"), 10)
	symlink(t, filepath.Join(top, "real"), filepath.Join(top, "link"))
	ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
	defer cancel()
	res, err := c.Datasets.UploadDir(ctx, "ds", filepath.Join(top, "link"), nil)
	if err != nil || len(res) != 1 || res[0].Status != UploadDone {
		t.Errorf("root that is a link: %+v, %v", res, err)
	}
	if _, err := c.Datasets.UploadDir(ctx, "ds", filepath.Join(top, "real", "a.fits"), nil); err == nil {
		t.Error("a file as the directory accepted")
	}
	if _, err := c.Datasets.UploadDir(ctx, "ds", filepath.Join(top, "missing"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing directory: %v", err)
	}
}

// TestHostileUpload: the single-file path refuses a file that grows or
// changes while it is sent, and says whether the server kept it.
func TestHostileUpload(t *testing.T) {
	for _, tc := range []struct {
		name     string
		change   func(path string)
		wantErr  error
		accepted bool
	}{
		{name: "grows", wantErr: ErrLongContent, change: func(p string) {
			f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			f.Write(make([]byte, 70000))
			f.Close()
		}},
		{name: "shrinks", wantErr: ErrShortContent, change: func(p string) { os.Truncate(p, 1000) }},
		{name: "rewritten", wantErr: ErrContentChanged, accepted: true, change: func(p string) {
			later := time.Now().Add(time.Hour)
			os.Chtimes(p, later, later)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, host := newUploadHost(t)
			path := filepath.Join(t.TempDir(), "a.fits")
			mkfile(t, path, 200000)
			f, fh, err := OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			var once sync.Once
			ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel()
			df, _, err := c.DataFiles.Upload(ctx, "ds", f, &UploadOptions{Progress: func(string, int64, int64) { once.Do(func() { tc.change(path) }) }})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Upload = %+v, %v; want %v", df, err, tc.wantErr)
			}
			if (df != nil) != tc.accepted || (len(host.names()) == 1) != tc.accepted {
				t.Errorf("data file %+v, server kept %q; accepted should be %v", df, host.names(), tc.accepted)
			}
			if tc.accepted && !strings.Contains(err.Error(), "server accepted") {
				t.Errorf("the error does not say the server kept it: %v", err)
			}
		})
	}
	// A pipe is refused without blocking in open.
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "p.fits"), 0o644); err == nil {
		done := make(chan error, 1)
		go func() { _, _, err := OpenFile(filepath.Join(dir, "p.fits")); done <- err }()
		select {
		case err := <-done:
			if err == nil {
				t.Error("a named pipe opened for upload")
			}
		case <-time.After(5 * time.Second):
			// Unblock the open before failing.
			if w, err := os.OpenFile(filepath.Join(dir, "p.fits"), os.O_WRONLY, 0); err == nil {
				w.Close()
			}
			<-done
			t.Fatal("OpenFile blocked on a named pipe")
		}
	}
}

// TestHostileStall: a server that stops sending or reading mid-body, or
// never answers, fails the transfer with ErrStalled after the stall
// timeout, whatever the context; DownloadFile resumes a stalled download.
func TestHostileStall(t *testing.T) {
	const stall = 200 * time.Millisecond
	remote := testData(1000)
	hang := func(r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(hostileDeadline):
		}
	}
	stalled := func(w http.ResponseWriter, r *http.Request, n int) {
		if n > 1 {
			servePartial(remote, `"e"`)(w, r, n)
			return
		}
		w.Header().Set("ETag", `"e"`)
		w.Header().Set("Content-Length", "1000")
		w.Write(remote[:400])
		w.(http.Flusher).Flush()
		hang(r)
	}
	silent := func(w http.ResponseWriter, r *http.Request, _ int) { hang(r) }
	c, err := NewClient(WithBaseURL("http://127.0.0.1:1/api/"), WithRetry(RetryPolicy{}), WithStallTimeout(stall))
	if err != nil {
		t.Fatal(err)
	}
	timed := func(t *testing.T, what string, f func() error) {
		t.Helper()
		start := time.Now()
		err := f()
		d := time.Since(start)
		if !errors.Is(err, ErrStalled) {
			t.Fatalf("%s: err = %v, want ErrStalled", what, err)
		}
		if d > stall+2*time.Second {
			t.Errorf("%s: took %s with a %s stall timeout", what, d, stall)
		}
		t.Logf("%s: ErrStalled after %s (stall timeout %s)", what, d.Round(time.Millisecond), stall)
	}
	// A deadline far beyond the stall timeout, so that only the stall
	// check can end these in time.
	ctx, cancel := context.WithTimeout(context.Background(), hostileDeadline)
	defer cancel()
	t.Run("download body stops", func(t *testing.T) {
		host := newFileHost(t, 1, stalled)
		timed(t, "Download", func() error { _, err := c.Download(ctx, host.srv.URL+"/f", io.Discard, nil); return err })
	})
	t.Run("download headers never come", func(t *testing.T) {
		host := newFileHost(t, 1, silent)
		timed(t, "Download", func() error { _, err := c.Download(ctx, host.srv.URL+"/f", io.Discard, nil); return err })
	})
	t.Run("DownloadFile resumes after a stall", func(t *testing.T) {
		host := newFileHost(t, 2, stalled)
		path := filepath.Join(t.TempDir(), "f.fits")
		n, err := c.DownloadFile(ctx, host.srv.URL+"/f", path, nil)
		got, _ := os.ReadFile(path)
		if err != nil || n != 1000 || !bytes.Equal(got, remote) {
			t.Fatalf("DownloadFile = %d, %v", n, err)
		}
		if r := host.ranges(); !slices.Equal(r, []string{"", "bytes=400-"}) {
			t.Errorf("ranges %q", r)
		}
	})
	t.Run("upload the server stops reading", func(t *testing.T) {
		cu, mux, _ := setup(t, WithStallTimeout(stall))
		released := make(chan struct{})
		defer close(released)
		mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
			io.CopyN(io.Discard, r.Body, 1<<16)
			<-released // not reading, the server cannot see the client leave
		})
		const size = 1 << 30 // far more than the socket buffers hold; generated, not held
		timed(t, "Upload", func() error {
			_, _, err := cu.DataFiles.Upload(ctx, "ds", File{Name: "a.fits", Content: &patternReader{left: size}, Size: size}, nil)
			return err
		})
	})
	t.Run("upload answered slowly is not a stall", func(t *testing.T) {
		cu, mux, _ := setup(t, WithStallTimeout(stall))
		mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
			io.Copy(io.Discard, r.Body)
			time.Sleep(3 * stall)
			writeJSON(w, 201, map[string]any{"id": 1, "name": "a.fits"})
		})
		if _, _, err := cu.DataFiles.Upload(ctx, "ds", File{Name: "a.fits", Content: strings.NewReader("SIMPLE"), Size: 6}, nil); err != nil {
			t.Fatal(err)
		}
	})
	if _, err := NewClient(WithStallTimeout(0)); err == nil {
		t.Error("WithStallTimeout(0) accepted")
	}
}

// TestHostileUpload503Storm: a proxy answering 503 part-way through the
// multipart body, several times, before the API takes the file. Each retry
// must send the whole file again from its first byte (the server keeps
// exactly the bytes on disk, once), and a storm that outlasts the retries
// must leave nothing on the server and say so.
func TestHostileUpload503Storm(t *testing.T) {
	for _, tc := range []struct {
		name     string
		failures int32
		wantErr  bool
		plain    bool // content that cannot be read again: sent once
	}{
		{"two 503s mid-body, then accepted", 2, false, false},
		{"503 on every attempt", 100, true, false},
		{"a reader that cannot rewind is sent once", 2, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, mux, _ := setup(t, WithAPIKey(testKey), WithRetry(RetryPolicy{MaxRetries: 3, MinWait: time.Millisecond, MaxWait: 2 * time.Millisecond}))
			content := testData(300000)
			var attempts atomic.Int32
			var mu sync.Mutex
			var kept [][]byte
			mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
				if attempts.Add(1) <= tc.failures {
					// read a part of the body, as a proxy buffering it would
					io.CopyN(io.Discard, r.Body, 50000)
					w.Header().Set("Connection", "close")
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				if err := r.ParseMultipartForm(1 << 20); err != nil {
					writeJSON(w, 400, map[string]string{"detail": err.Error()})
					return
				}
				f, _, err := r.FormFile("file")
				if err != nil {
					writeJSON(w, 400, map[string]string{"detail": err.Error()})
					return
				}
				b, _ := io.ReadAll(f)
				mu.Lock()
				kept = append(kept, b)
				mu.Unlock()
				writeJSON(w, 201, map[string]any{"id": 7, "name": "a.fits"})
			})
			path := filepath.Join(t.TempDir(), "a.fits")
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
			f, fh, err := OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			if tc.plain {
				f.Content = struct{ io.Reader }{f.Content}
			}
			ctx, cancel := context.WithTimeout(t.Context(), hostileDeadline)
			defer cancel()
			df, _, err := c.DataFiles.Upload(ctx, "ds", f, nil)
			mu.Lock()
			defer mu.Unlock()
			want := int32(4) // 1 + 3 retries
			if tc.plain {
				want = 1
			}
			if tc.wantErr {
				var er *ErrorResponse
				if !errors.As(err, &er) || er.StatusCode != 503 || df != nil || len(kept) != 0 {
					t.Fatalf("Upload = %+v, %v with %d files kept; want a 503 *ErrorResponse and nothing kept", df, err, len(kept))
				}
				if n := attempts.Load(); n != want || er.Attempts != int(want) {
					t.Errorf("%d attempts (error says %d), want %d", n, er.Attempts, want)
				}
				return
			}
			if err != nil || df == nil || df.ID != 7 {
				t.Fatalf("Upload = %+v, %v; want the data file", df, err)
			}
			if len(kept) != 1 || !bytes.Equal(kept[0], content) {
				t.Errorf("server kept %d files; first has %d bytes, equal to the file: %v", len(kept), len(kept[0]), len(kept) == 1 && bytes.Equal(kept[0], content))
			}
		})
	}
}
