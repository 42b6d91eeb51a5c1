package arcsecondtest

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// storageLog records, for each GET of a stored file in the order they
// came, the Range and If-Range asked and the status and body bytes served.
type storageLog struct {
	mu   sync.Mutex
	gets []*storageGet
	// stall makes a storage GET stop after its first write until the
	// client goes away, so that a cancellation lands mid-body.
	stall bool
}

type storageGet struct {
	rng, ifRange string
	status       int
	served       int
}

type countingWriter struct {
	http.ResponseWriter
	log   *storageLog
	get   *storageGet
	stall <-chan struct{} // nil: never stall
}

func (w *countingWriter) WriteHeader(code int) {
	w.log.mu.Lock()
	w.get.status = code
	w.log.mu.Unlock()
	w.ResponseWriter.WriteHeader(code)
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.log.mu.Lock()
	w.get.served += n
	w.log.mu.Unlock()
	if w.stall != nil {
		http.NewResponseController(w.ResponseWriter).Flush()
		<-w.stall
	}
	return n, err
}

func (l *storageLog) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || len(r.URL.Path) < 10 || r.URL.Path[:10] != "/_storage/" {
			next.ServeHTTP(w, r)
			return
		}
		g := &storageGet{rng: r.Header.Get("Range"), ifRange: r.Header.Get("If-Range"), status: http.StatusOK}
		l.mu.Lock()
		l.gets = append(l.gets, g)
		cw := &countingWriter{ResponseWriter: w, log: l, get: g}
		if l.stall {
			cw.stall = r.Context().Done()
		}
		l.mu.Unlock()
		next.ServeHTTP(cw, r)
	})
}

func (l *storageLog) all() []storageGet {
	l.mu.Lock()
	defer l.mu.Unlock()
	gets := make([]storageGet, len(l.gets))
	for i, g := range l.gets {
		gets[i] = *g
	}
	return gets
}

// TestStorageDownloadResumes checks that the storage download serves like
// S3 (strong ETag, Last-Modified, Range with If-Range), so that the SDK's
// DownloadFile resumes a cancelled download instead of starting again.
func TestStorageDownloadResumes(t *testing.T) {
	clock := newTestClock()
	s := NewUnstartedServer(WithSeed(7), WithClock(clock.now))
	var log storageLog
	ts := httptest.NewServer(log.wrap(s.Handler()))
	t.Cleanup(func() { ts.CloseClientConnections(); ts.Close(); s.Close() })
	s.URL = ts.URL
	c, err := s.Client()
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	ds, _, err := c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "resume"})
	if err != nil {
		t.Fatal(err)
	}
	content := make([]byte, 2<<20)
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range content {
		content[i] = byte(rnd.Uint32())
	}
	df, _, err := c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: "raw.bin", Content: bytes.NewReader(content), Size: int64(len(content))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sum := md5.Sum(content)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`

	// The headers a bucket sends, and a conditional GET; the dataset is
	// private, so the raw requests carry its owner's key as the SDK does.
	key := "Key " + s.UserWithRole("superadmin").AccessKey
	get := func(h map[string]string) *http.Response {
		t.Helper()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, df.File, nil)
		req.Header.Set("X-Arcsecond-API-Authorization", key)
		for k, v := range h {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	resp := get(nil)
	resp.Body.Close()
	if resp.Header.Get("ETag") != etag || resp.Header.Get("Last-Modified") != clock.now().Format(http.TimeFormat) ||
		resp.Header.Get("Accept-Ranges") != "bytes" || resp.ContentLength != int64(len(content)) {
		t.Fatalf("storage answer headers %v", resp.Header)
	}
	resp = get(map[string]string{"If-None-Match": etag})
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match with the ETag: %s", resp.Status)
	}

	// A download cancelled after its first bytes keeps a .part (the
	// server stalls after its first write, so the cancellation cannot
	// lose the race with the end of the body).
	log.mu.Lock()
	log.stall = true
	log.mu.Unlock()
	path := filepath.Join(t.TempDir(), "raw.bin")
	cctx, cancel := context.WithCancel(ctx)
	_, err = c.DownloadFile(cctx, df.File, path, func(_ string, done, _ int64) {
		if done > 0 {
			cancel()
		}
	})
	cancel()
	if err == nil {
		t.Fatal("the cancelled download completed")
	}
	st, err := os.Stat(path + ".part")
	if err != nil || st.Size() == 0 || st.Size() >= int64(len(content)) {
		t.Fatalf("after cancel: .part %v, %v", st, err)
	}
	held := st.Size()
	before := len(log.all())
	log.mu.Lock()
	log.stall = false
	log.mu.Unlock()

	// The next call asks for the rest only, and gets only the rest.
	n, err := c.DownloadFile(ctx, df.File, path, nil)
	if err != nil || n != int64(len(content)) {
		t.Fatalf("resumed DownloadFile = %d, %v", n, err)
	}
	gets := log.all()[before:]
	if len(gets) != 1 {
		t.Fatalf("resume sent %d storage GETs: %+v", len(gets), gets)
	}
	g := gets[0]
	if g.rng != "bytes="+strconv.FormatInt(held, 10)+"-" || g.ifRange != etag || g.status != http.StatusPartialContent || g.served != len(content)-int(held) {
		t.Errorf("resume asked Range %q If-Range %q, got %d with %d bytes; want bytes=%d-, %s, 206 with %d bytes",
			g.rng, g.ifRange, g.status, g.served, held, etag, len(content)-int(held))
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, content) {
		t.Errorf("downloaded file: %d bytes, %v; want the %d uploaded", len(got), err, len(content))
	}
	if _, err := os.Stat(path + ".part.json"); !os.IsNotExist(err) {
		t.Errorf(".part.json left: %v", err)
	}
}
