package arcsecond

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// patternReader generates n bytes of a repeating pattern without holding them.
type patternReader struct{ left, pos int64 }

func (p *patternReader) Read(b []byte) (int, error) {
	if p.left <= 0 {
		return 0, io.EOF
	}
	n := int64(len(b))
	n = min(n, p.left)
	for i := range n {
		b[i] = byte((p.pos + i) % 251)
	}
	p.pos += n
	p.left -= n
	return int(n), nil
}

func uploadEndpoint(c *Client) endpoint {
	return endpoint{client: c, path: "datafiles/", scope: Scoped}
}

func TestUploadMultipart(t *testing.T) {
	c, mux, _ := setup(t, WithAPIKey(testKey))
	content := []byte("SIMPLE  =                    T / FITS\x00\xff")
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength <= int64(len(content)) {
			t.Errorf("Content-Length = %d, want the whole form's", r.ContentLength)
		}
		if r.Header.Get(keyHeader) != "Key "+testKey {
			t.Error("upload without credentials")
		}
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			t.Fatal(err)
		}
		f, fh, err := r.FormFile("file")
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(f)
		if !bytes.Equal(got, content) || fh.Filename != `m31 "deep".fits` || fh.Header.Get("Content-Type") != "application/octet-stream" {
			t.Errorf("file part %q %q %q", got, fh.Filename, fh.Header)
		}
		if r.FormValue("dataset") != "d-1" || r.FormValue("is_raw") != "True" || r.FormValue("tags") != "a,b" {
			t.Errorf("fields %v", r.MultipartForm.Value)
		}
		writeJSON(w, 201, map[string]any{"id": 7, "name": fh.Filename})
	})
	var last, total int64
	var out struct{ ID int }
	_, err := uploadEndpoint(c).upload(t.Context(), "POST", nil,
		[]formField{{"dataset", "d-1"}, {"is_raw", "True"}, {"tags", "a,b"}}, "file",
		File{Name: `/home/obs/m31 "deep".fits`, Content: bytes.NewReader(content), Size: int64(len(content))},
		func(_ string, done, tot int64) { last, total = done, tot }, &out)
	if err != nil || out.ID != 7 {
		t.Fatalf("upload = %+v, %v", out, err)
	}
	if last != int64(len(content)) || total != int64(len(content)) {
		t.Errorf("progress ended at %d/%d", last, total)
	}
}

func TestUploadUnknownSizeIsChunked(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength != -1 {
			t.Errorf("Content-Length = %d, want chunked", r.ContentLength)
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			t.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, f)
		writeJSON(w, 201, map[string]int64{"size": n})
	})
	var out struct{ Size int64 }
	_, err := uploadEndpoint(c).upload(t.Context(), "POST", nil, nil, "file",
		File{Name: "x.fits", Content: &patternReader{left: 100000}, Size: -1}, nil, &out)
	if err != nil || out.Size != 100000 {
		t.Fatalf("upload = %+v, %v", out, err)
	}
}

func TestUploadBadInput(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		writeJSON(w, 201, nil)
	})
	ep := uploadEndpoint(c)
	if _, err := ep.upload(t.Context(), "POST", nil, nil, "file", File{Name: "a.fits"}, nil, nil); err == nil {
		t.Error("upload without content accepted")
	}
	if _, err := ep.upload(t.Context(), "POST", nil, nil, "file", File{Name: "/", Content: strings.NewReader("x"), Size: 1}, nil, nil); err == nil {
		t.Error("upload without a file name accepted")
	}
	_, err := ep.upload(t.Context(), "POST", nil, nil, "file", File{Name: "a.fits", Content: strings.NewReader("short"), Size: 100}, nil, nil)
	if !errors.Is(err, ErrShortContent) {
		t.Errorf("short content: err = %v", err)
	}
}

// TestUploadMemoryBounded streams 256 MiB and checks that the heap never
// holds more than 32 MiB of it.
func TestUploadMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MiB upload")
	}
	const size = 256 << 20
	c, mux, _ := setup(t)
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		mr, err := r.MultipartReader()
		if err != nil {
			t.Error(err)
			return
		}
		var n int64
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			m, _ := io.Copy(io.Discard, p)
			n += m
		}
		writeJSON(w, 201, map[string]int64{"size": n})
	})
	var out struct{ Size int64 }
	var err error
	peak := heapPeak(func() {
		_, err = uploadEndpoint(c).upload(t.Context(), "POST", nil, []formField{{"dataset", "d"}}, "file",
			File{Name: "big.fits", Content: &patternReader{left: size}, Size: size}, nil, &out)
	})
	if err != nil || out.Size != size+1 { // the file and the one-byte field
		t.Fatalf("upload = %+v, %v", out, err)
	}
	if peak > 32<<20 {
		t.Errorf("heap peaked at %.1f MiB while streaming 256 MiB", float64(peak)/(1<<20))
	} else {
		t.Logf("heap peak %.1f MiB", float64(peak)/(1<<20))
	}
}

// heapPeak runs f and returns the largest HeapAlloc seen meanwhile
// (sampled every 2 ms).
func heapPeak(f func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-sampled
	return peak.Load()
}

// TestDownloadFileMemoryBounded downloads 256 MiB announced, and then
// 64 MiB under a Content-Length of 1 PiB, and checks that the heap never
// holds more than 32 MiB of them.
func TestDownloadFileMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MiB download")
	}
	const size = 256 << 20
	c, mux, _ := setup(t)
	mux.HandleFunc("GET /files/big.fits", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"big"`)
		w.Header().Set("Content-Length", strconv.Itoa(size))
		io.Copy(w, &patternReader{left: size})
	})
	mux.HandleFunc("GET /files/huge.fits", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(1<<50))
		io.Copy(w, &patternReader{left: 64 << 20})
	})
	dir := t.TempDir()
	var n int64
	var err error
	peak := heapPeak(func() { n, err = c.DownloadFile(t.Context(), "files/big.fits", filepath.Join(dir, "big.fits"), nil) })
	if err != nil || n != size {
		t.Fatalf("DownloadFile = %d, %v", n, err)
	}
	if peak > 32<<20 {
		t.Errorf("heap peaked at %.1f MiB while downloading 256 MiB", float64(peak)/(1<<20))
	} else {
		t.Logf("256 MiB download: heap peak %.1f MiB", float64(peak)/(1<<20))
	}
	os.Remove(filepath.Join(dir, "big.fits"))
	peak = heapPeak(func() { n, err = c.Download(t.Context(), "files/huge.fits", io.Discard, nil) })
	if !errors.Is(err, io.ErrUnexpectedEOF) || n != 64<<20 {
		t.Fatalf("Download of a cut 1 PiB body = %d, %v", n, err)
	}
	if peak > 32<<20 {
		t.Errorf("heap peaked at %.1f MiB under a 1 PiB Content-Length", float64(peak)/(1<<20))
	} else {
		t.Logf("1 PiB Content-Length, 64 MiB sent: heap peak %.1f MiB", float64(peak)/(1<<20))
	}
}

func TestUploadCancelled(t *testing.T) {
	c, mux, _ := setup(t)
	started := make(chan struct{}, 1)
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 1<<16)
		for {
			if _, err := r.Body.Read(buf); err != nil {
				return
			}
			select {
			case started <- struct{}{}:
			default:
			}
		}
	})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-started
		cancel()
	}()
	start := time.Now()
	_, err := uploadEndpoint(c).upload(ctx, "POST", nil, nil, "file",
		File{Name: "big.fits", Content: &patternReader{left: 1 << 40}, Size: 1 << 40}, nil, nil)
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancel took %s", d)
	}
}

// rangeServer serves data with an ETag and Range support (If-Range
// honoured) unless plain is set, and can drop the connection after dropAfter
// bytes of its first answer. It records the Range header of each request.
func rangeServer(t *testing.T, mux *http.ServeMux, data []byte, plain bool, dropAfter int) *atomic.Int32 {
	var calls atomic.Int32
	mux.HandleFunc("GET /files/m31.fits", func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		start := 0
		w.Header().Set("ETag", `"v1"`)
		honour := !plain
		if ir := r.Header.Get("If-Range"); ir != "" && ir != `"v1"` {
			honour = false
		}
		if rg := r.Header.Get("Range"); rg != "" && honour {
			start, _ = strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rg, "bytes="), "-"))
			if start >= len(data) {
				w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(data)))
				w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
				return
			}
			w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", start, len(data)-1, len(data)))
			w.Header().Set("Content-Length", strconv.Itoa(len(data)-start))
			w.WriteHeader(http.StatusPartialContent)
		} else {
			w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		}
		body := data[start:]
		if n == 1 && dropAfter > 0 {
			w.Write(body[:dropAfter])
			w.(http.Flusher).Flush()
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		w.Write(body)
	})
	return &calls
}

func testData(n int) []byte {
	b := make([]byte, n)
	io.ReadFull(&patternReader{left: int64(n)}, b)
	return b
}

func TestDownloadResume(t *testing.T) {
	data := testData(300000)
	for _, plain := range []bool{false, true} {
		c, mux, _ := setup(t)
		rangeServer(t, mux, data, plain, 0)
		var buf bytes.Buffer
		buf.Write(data[:1000])
		var last, total int64
		var name string
		n, err := c.Download(t.Context(), "files/m31.fits", &buf, &DownloadOptions{Offset: 1000, Progress: func(nm string, d, tot int64) { name, last, total = nm, d, tot }})
		if err != nil || n != int64(len(data)-1000) || !bytes.Equal(buf.Bytes(), data) {
			t.Fatalf("plain=%v: n=%d err=%v equal=%v", plain, n, err, bytes.Equal(buf.Bytes(), data))
		}
		if last != int64(len(data)) || total != int64(len(data)) || name != "m31.fits" {
			t.Errorf("plain=%v: progress %q %d/%d", plain, name, last, total)
		}
		// Already complete: 416 means nothing left to fetch.
		if !plain {
			if n, err := c.Download(t.Context(), "files/m31.fits", io.Discard, &DownloadOptions{Offset: int64(len(data))}); err != nil || n != 0 {
				t.Errorf("complete file: n=%d err=%v", n, err)
			}
		}
	}
}

func TestDownloadFileResumesAfterDrop(t *testing.T) {
	data := testData(500000)
	c, mux, _ := setup(t, WithAPIKey(testKey))
	calls := rangeServer(t, mux, data, false, 123456)
	path := filepath.Join(t.TempDir(), "m31.fits")
	size, err := c.DownloadFile(t.Context(), "files/m31.fits", path, nil)
	if err != nil || size != int64(len(data)) {
		t.Fatalf("DownloadFile = %d, %v", size, err)
	}
	got, _ := os.ReadFile(path)
	if sha256.Sum256(got) != sha256.Sum256(data) {
		t.Error("downloaded file differs")
	}
	if calls.Load() != 2 {
		t.Errorf("%d requests, want 2 (drop, then resume)", calls.Load())
	}
	if _, err := os.Stat(path + ".part"); !os.IsNotExist(err) {
		t.Error(".part file left behind")
	}
}

func TestDownloadErrorsAndForeignHosts(t *testing.T) {
	other := http.NewServeMux()
	seen := seenHeaders(other, "/")
	otherSrv := httptest.NewServer(other)
	defer otherSrv.Close()
	c, mux, _ := setup(t, WithAPIKey(testKey))
	mux.HandleFunc("GET /files/missing.fits", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 404, map[string]string{"detail": "Not found."})
	})
	if _, err := c.Download(t.Context(), "files/missing.fits", io.Discard, nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing file: err = %v", err)
	}
	if _, err := c.Download(t.Context(), otherSrv.URL+"/bucket/x.fits", io.Discard, nil); err != nil {
		t.Fatal(err)
	}
	if seen().Get(keyHeader) != "" {
		t.Error("credentials sent to a storage host")
	}
	if _, err := c.Download(t.Context(), "ftp://x/y", io.Discard, nil); err == nil {
		t.Error("ftp URL accepted")
	}
}
