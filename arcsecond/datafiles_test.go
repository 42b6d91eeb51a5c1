package arcsecond_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func TestDataFilesGetUpdateDownloadDelete(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	ds := check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "darks"})).ok(t)
	content := bytes.Repeat([]byte("0123456789"), 1000)
	var last int64
	var name string
	df := check(e.c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: "dark.fits.gz", Content: bytes.NewReader(content), Size: int64(len(content))},
		&arcsecond.UploadOptions{Progress: func(nm string, done, total int64) { name, last = nm, done }})).ok(t)
	if got := e.rec.last(t); got.Path != "/datafiles/" || got.Form["is_raw"] != "False" || got.Form["tags"] != "" {
		t.Errorf("upload sent %+v", got)
	}
	if last != int64(len(content)) || name != "dark.fits.gz" || !df.IsFITS {
		t.Errorf("progress %q %d, file %+v", name, last, df)
	}
	got := check(e.c.DataFiles.Get(ctx, df.ID)).ok(t)
	e.expect(t, "GET", "/datafiles/"+itoa(df.ID)+"/", "", nil)
	if got.Name != "dark.fits.gz" || got.Dataset != ds.UUID {
		t.Errorf("Get %+v", got)
	}
	check(e.c.DataFiles.GetByName(ctx, "dark.fits.gz")).ok(t)
	e.expect(t, "GET", "/datafiles/dark.fits.gz/", "", nil)
	check(e.c.DataFiles.List(ctx, &arcsecond.DataFileListOptions{Dataset: ds.UUID})).ok(t)
	e.expect(t, "GET", "/datafiles/", "dataset="+ds.UUID, nil)
	up := check(e.c.DataFiles.Update(ctx, df.ID, &arcsecond.DataFileUpdate{Tags: &[]string{"dark", "300s"}})).ok(t)
	e.expect(t, "PATCH", "/datafiles/"+itoa(df.ID)+"/", "", map[string]any{"tags": []string{"dark", "300s"}})
	if len(up.Tags) != 2 {
		t.Errorf("tags %v", up.Tags)
	}

	var buf bytes.Buffer
	n, err := e.c.DataFiles.Download(ctx, df.ID, &buf, nil)
	if err != nil || n != int64(len(content)) || !bytes.Equal(buf.Bytes(), content) {
		t.Fatalf("download: %d %v", n, err)
	}
	// Resume from an offset: only the rest is written.
	buf.Reset()
	n, err = e.c.DataFiles.Download(ctx, df.ID, &buf, &arcsecond.DownloadOptions{Offset: 4000})
	if err != nil || n != int64(len(content)-4000) || !bytes.Equal(buf.Bytes(), content[4000:]) {
		t.Fatalf("resumed download: %d %v", n, err)
	}

	if _, err := e.c.DataFiles.Delete(ctx, df.ID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/datafiles/"+itoa(df.ID)+"/", "", nil)
	if _, err := e.c.DataFiles.Download(ctx, df.ID, io.Discard, nil); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("download of a deleted file: %v", err)
	}
}

// TestDataFilesByTheOtherKey reaches a file by name on /datafiles/ and by
// integer id under its dataset, the two ways the 2023 document allows beside
// the id and the name.
func TestDataFilesByTheOtherKey(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	ds := check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "flats"})).ok(t)
	upload := func(name string) *arcsecond.DataFile {
		return check(e.c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: name, Content: bytesReader("SIMPLE"), Size: 6}, nil)).ok(t)
	}
	a, b := upload("flat_V.fits"), upload("flat_R.fits")

	up := check(e.c.DataFiles.UpdateByName(ctx, "flat_V.fits", &arcsecond.DataFileUpdate{Tags: &[]string{"flat"}})).ok(t)
	e.expect(t, "PATCH", "/datafiles/flat_V.fits/", "", map[string]any{"tags": []string{"flat"}})
	if up.ID != a.ID || len(up.Tags) != 1 {
		t.Errorf("UpdateByName answered %+v", up)
	}
	// A PUT replaces the whole record, file included: a multipart body as
	// Upload sends, the schema's required dataset and file with it.
	rep, _, err := e.c.DataFiles.ReplaceByName(ctx, "flat_V.fits", ds.UUID, arcsecond.File{Name: "flat_V.fits", Content: bytesReader("SIMPLE  = T"), Size: 11},
		&arcsecond.UploadOptions{Tags: []string{"flat", "V"}})
	if got := e.rec.last(t); err != nil || got.Method != "PUT" || got.Path != "/datafiles/flat_V.fits/" || got.Form["dataset"] != ds.UUID || got.Form["tags"] != "flat,V" || got.Form["is_raw"] != "False" {
		t.Errorf("ReplaceByName sent %+v: %+v, %v", got, rep, err)
	}

	files := e.c.Datasets.DataFiles(ds.UUID)
	got := check(files.GetByID(ctx, b.ID)).ok(t)
	e.expect(t, "GET", "/datasets/"+ds.UUID+"/datafiles/"+itoa(b.ID)+"/", "", nil)
	if got.Name != "flat_R.fits" {
		t.Errorf("GetByID answered %+v", got)
	}
	check(files.UpdateByID(ctx, b.ID, &arcsecond.DataFileUpdate{Tags: &[]string{"R"}})).ok(t)
	e.expect(t, "PATCH", "/datasets/"+ds.UUID+"/datafiles/"+itoa(b.ID)+"/", "", map[string]any{"tags": []string{"R"}})
	_, _, err = files.ReplaceByID(ctx, b.ID, ds.UUID, arcsecond.File{Name: "flat_R.fits", Content: bytesReader("SIMPLE"), Size: 6}, &arcsecond.UploadOptions{IsRaw: true})
	if got := e.rec.last(t); err != nil || got.Method != "PUT" || got.Path != "/datasets/"+ds.UUID+"/datafiles/"+itoa(b.ID)+"/" || got.Form["dataset"] != ds.UUID || got.Form["is_raw"] != "True" {
		t.Errorf("ReplaceByID sent %+v: %v", got, err)
	}
	if _, _, err := files.Replace(ctx, "flat_R.fits", "../x", arcsecond.File{Name: "flat_R.fits", Content: bytesReader("SIMPLE"), Size: 6}, nil); err == nil {
		t.Error("Replace into dataset ../x: no error")
	}
	if _, _, err := files.UpdateByID(ctx, b.ID, nil); err == nil {
		t.Error("UpdateByID with a nil body: no error")
	}

	if _, err := files.DeleteByID(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/datasets/"+ds.UUID+"/datafiles/"+itoa(b.ID)+"/", "", nil)
	if _, err := e.c.DataFiles.DeleteByName(ctx, "flat_V.fits"); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/datafiles/flat_V.fits/", "", nil)
	for _, id := range []int{a.ID, b.ID} {
		if _, _, err := e.c.DataFiles.Get(ctx, id); !errors.Is(err, arcsecond.ErrNotFound) {
			t.Errorf("file %d after its deletion: %v", id, err)
		}
	}
	if _, err := e.c.DataFiles.DeleteByName(ctx, "flat_V.fits"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("second DeleteByName: %v", err)
	}
}

func TestDataFilesUploadBadInput(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	f := arcsecond.File{Name: "a.fits", Content: bytesReader("x"), Size: 1}
	for name, tags := range map[string][]string{"comma": {"a,b"}, "reserved": {"arcsecond|x"}, "empty": {""}} {
		if _, _, err := e.c.DataFiles.Upload(ctx, "ds", f, &arcsecond.UploadOptions{Tags: tags}); err == nil {
			t.Errorf("%s tag: no error", name)
		}
	}
	if _, _, err := e.c.DataFiles.Upload(ctx, "../x", f, nil); err == nil {
		t.Error("bad dataset: no error")
	}
	if _, _, err := e.c.DataFiles.Upload(ctx, "ds", arcsecond.File{Name: "a.fits"}, nil); err == nil {
		t.Error("no content: no error")
	}
	if e.rec.count() != 0 {
		t.Errorf("%d requests sent for bad input", e.rec.count())
	}
}

func TestIsUploadable(t *testing.T) {
	for name, want := range map[string]bool{
		"a.fits": true, "A.FIT": true, "b.fts.gz": true, "c.xisf": true, "d.fits.bz2": true, "e.fz": false,
		"f.fits.zip": true, "g.txt": false, "h.pi": true, "fits": false, "x.fits.tar": false,
	} {
		if got := arcsecond.IsUploadable(name); got != want {
			t.Errorf("IsUploadable(%q) = %v", name, got)
		}
	}
}

func writeFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("SIMPLE = T / "+n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestUploadDir(t *testing.T) {
	e := newEnv(t, "member", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	ds := check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "night"})).ok(t)
	check(e.c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: "b.fits", Content: bytesReader("old"), Size: 3}, nil)).ok(t)
	dir := t.TempDir()
	writeFiles(t, dir, "a.fits", "b.fits", "c.xisf", "notes.txt", ".hidden.fits", "sub/d.fit.gz", "sub/a.fits", ".git/e.fits")

	var progressed atomic.Int32
	res, err := e.c.Datasets.UploadDir(ctx, ds.UUID, dir, &arcsecond.UploadDirOptions{Concurrency: 2, IsRaw: true, Tags: []string{"t"},
		Progress: func(string, int64, int64) { progressed.Add(1) }})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]arcsecond.UploadStatus{"a.fits": arcsecond.UploadDone, "b.fits": arcsecond.UploadSkipped, "c.xisf": arcsecond.UploadDone,
		"sub/a.fits": arcsecond.UploadFailed, "sub/d.fit.gz": arcsecond.UploadDone}
	if len(res) != len(want) {
		t.Fatalf("%d results: %+v", len(res), res)
	}
	for _, r := range res {
		rel, _ := filepath.Rel(dir, r.Path)
		if r.Status != want[filepath.ToSlash(rel)] {
			t.Errorf("%s: %v (%v), want %v", rel, r.Status, r.Err, want[rel])
		}
		if r.Status == arcsecond.UploadDone && (r.File == nil || r.File.Name != r.Name) {
			t.Errorf("%s: file %+v", rel, r.File)
		}
	}
	if progressed.Load() == 0 {
		t.Error("no progress reported")
	}
	files := check(e.c.Datasets.DataFiles(ds.UUID).List(ctx, nil)).ok(t)
	if len(files) != 4 {
		t.Errorf("%d files in the dataset, want 4", len(files))
	}
	// Running again skips everything that is there.
	res, err = e.c.Datasets.UploadDir(ctx, ds.UUID, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(want) {
		t.Fatalf("second run: %d results, want %d", len(res), len(want))
	}
	for _, r := range res {
		if r.Status != arcsecond.UploadSkipped && r.Name != "a.fits" {
			t.Errorf("second run: %s %v", r.Path, r.Status)
		}
	}
	if _, err := e.c.Datasets.UploadDir(ctx, ds.UUID, filepath.Join(dir, "missing"), nil); err == nil {
		t.Error("missing dir: no error")
	}
}

func TestUploadDirCancelled(t *testing.T) {
	// A server that lists no files and blocks every upload until the client
	// gives up.
	started := make(chan struct{}, 16)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte("[]"))
			return
		}
		io.Copy(io.Discard, r.Body)
		started <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL+"/"), arcsecond.WithAPIKey("k"), arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, "1.fits", "2.fits", "3.fits", "4.fits", "5.fits")
	ctx, cancel := context.WithCancel(t.Context())
	go func() { <-started; <-started; cancel() }()
	before := runtime.NumGoroutine()
	res, err := c.Datasets.UploadDir(ctx, "ds", dir, &arcsecond.UploadDirOptions{Concurrency: 2})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	failed, notStarted := 0, 0
	for _, r := range res {
		switch r.Status {
		case arcsecond.UploadDone, arcsecond.UploadSkipped:
			t.Errorf("%s reported %v", r.Name, r.Status)
		case arcsecond.UploadFailed:
			failed++
		case arcsecond.UploadNotStarted:
			notStarted++
			if !errors.Is(r.Err, context.Canceled) {
				t.Errorf("%s: %v", r.Name, r.Err)
			}
		}
	}
	if failed != 2 || notStarted != 3 {
		t.Errorf("failed %d, not started %d; want 2 and 3", failed, notStarted)
	}
	// Once the server has dropped its connections, only what ran before is left.
	close(release)
	srv.CloseClientConnections()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("goroutines: %d before, %d after", before, n)
	}
}

// patternStream is n generated bytes.
type patternStream struct{ left int64 }

func (p *patternStream) Read(b []byte) (int, error) {
	if p.left <= 0 {
		return 0, io.EOF
	}
	n := min(int64(len(b)), p.left)
	for i := range b[:n] {
		b[i] = byte(i)
	}
	p.left -= n
	return int(n), nil
}

func TestDataFileUploadMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MiB upload")
	}
	const size = 256 << 20
	var received atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := io.Copy(io.Discard, r.Body)
		received.Store(n)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`{"id": 1, "name": "big.fits"}`))
	}))
	defer srv.Close()
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL+"/"), arcsecond.WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var peak uint64
	var ms runtime.MemStats
	var calls int
	progress := func(_ string, done, total int64) {
		if calls++; calls%256 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	df, _, err := c.DataFiles.Upload(t.Context(), "ds", arcsecond.File{Name: "big.fits", Content: &patternStream{left: size}, Size: size}, &arcsecond.UploadOptions{Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapAlloc)
	t.Logf("peak heap during a 256 MiB upload: %.1f MiB", float64(peak)/(1<<20))
	if peak > 32<<20 {
		t.Errorf("peak heap %d MiB > 32 MiB", peak>>20)
	}
	if received.Load() < size || df.ID != 1 {
		t.Errorf("server received %d bytes, answer %+v", received.Load(), df)
	}
}

// An upload key may upload but not list a dataset's files (the CLI's
// "just enough permissions to upload data"): UploadDir then relies on the
// server's refusal of each duplicate, so a second run still skips them all.
func TestUploadDirWithUploadKey(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	u := srv.UserWithRole("")
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL), arcsecond.WithUploadKey(u.UploadKey))
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	ds := check(c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "upload key"})).ok(t)
	if _, _, err := c.Datasets.DataFiles(ds.UUID).List(ctx, nil); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Fatalf("listing with an upload key: %v, want ErrForbidden (else this test tests nothing)", err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, "a.fits", "b.fits")
	for run, want := range []arcsecond.UploadStatus{arcsecond.UploadDone, arcsecond.UploadSkipped} {
		res, err := c.Datasets.UploadDir(ctx, ds.UUID, dir, nil)
		if err != nil || len(res) != 2 {
			t.Fatalf("run %d: %v, %+v", run+1, err, res)
		}
		for _, r := range res {
			if r.Status != want {
				t.Errorf("run %d: %s %v (%v), want %v", run+1, r.Name, r.Status, r.Err, want)
			}
		}
	}
}
