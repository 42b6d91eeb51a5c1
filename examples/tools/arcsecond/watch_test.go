package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// watchRun runs `upload --watch` until stop is called, which returns the
// run's result.
func watchRun(t *testing.T, args ...string) (stop func() result) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan result, 1)
	go func() { done <- cliCtx(t, ctx, args...) }()
	return func() result {
		cancel()
		select {
		case r := <-done:
			return r
		case <-time.After(10 * time.Second):
			t.Fatal("--watch did not stop within 10 s of its context")
			return result{}
		}
	}
}

// waitSent waits until the sent logs under $XDG_STATE_HOME record n files:
// the client has then taken in the server's answer for each (the server
// holding a file says nothing of whether its answer has arrived, and a
// stop in between interrupts that upload).
func waitSent(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		logs, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_STATE_HOME"), "arcsecond", "*.jsonl"))
		lines := 0
		for _, l := range logs {
			b, _ := os.ReadFile(l)
			lines += bytes.Count(b, []byte("\n"))
		}
		if lines >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the sent logs record %d files, want %d", lines, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitFiles waits until the dataset holds n files and returns their sizes.
func waitFiles(t *testing.T, srv *arcsecondtest.Server, user, name string, n int) map[string]int64 {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		sizes := map[string]int64{}
		c, _ := srv.ClientAs(user)
		for ds, err := range c.Datasets.All(context.Background(), nil) {
			if err != nil || ds.Name != name {
				continue
			}
			for f, err := range c.Datasets.DataFiles(ds.UUID).All(context.Background(), nil) {
				if err == nil {
					sizes[f.Name] = f.Size
				}
			}
		}
		if len(sizes) >= n || time.Now().After(deadline) {
			if len(sizes) != n {
				t.Fatalf("dataset %q holds %d files, want %d: %v", name, len(sizes), n, sizes)
			}
			return sizes
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestUploadWatch(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	real := fitsFolder(t, 2)                     // frame00.fits, night2/frame01.fits, notes.txt, .hidden.fits
	dir := filepath.Join(t.TempDir(), "tonight") // watched through a link, as observatories do
	if err := os.Symlink(real, dir); err != nil {
		t.Fatal(err)
	}
	// The slow file below pauses 100 ms between writes: a settle of 1 s
	// keeps a loaded machine (-race, CI) from taking a pause for the end.
	args := []string{"upload", dir, "-d", "watched", "--watch", "--settle", "1s", "--rescan", "1s"}
	stop := watchRun(t, args...)
	waitFiles(t, srv, "carl", "watched", 2)

	// A file written slowly is sent once, complete.
	slow := filepath.Join(dir, "slow.fits")
	f, err := os.Create(slow)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("x"), 2880)
	for range 6 {
		f.Write(chunk)
		time.Sleep(100 * time.Millisecond)
	}
	f.Close()
	// A new folder and its file; a hidden file; a file of another kind.
	os.MkdirAll(filepath.Join(dir, "night3"), 0o755)
	writeFITS(t, filepath.Join(dir, "night3", "frame09.fits"), 1000, "")
	os.WriteFile(filepath.Join(dir, "night3", ".partial.fits"), []byte("x"), 0o600)
	os.WriteFile(filepath.Join(dir, "night3", "log.txt"), []byte("x"), 0o600)
	sizes := waitFiles(t, srv, "carl", "watched", 4)
	waitSent(t, 4)
	if sizes["slow.fits"] != 6*2880 {
		t.Errorf("slow.fits sent with %d bytes, want %d (before it was complete?)", sizes["slow.fits"], 6*2880)
	}
	r := stop()
	if r.code != 0 || !strings.Contains(r.out, "4 uploaded, 0 skipped") {
		t.Fatalf("watch stopped: %+v", r)
	}
	posts := srv.Hits("POST", "/datafiles/")
	if posts != 4 {
		t.Errorf("%d uploads for 4 files", posts)
	}

	// Restarted, it sends nothing twice, and goes on with new files.
	stop = watchRun(t, args...)
	time.Sleep(700 * time.Millisecond)
	writeFITS(t, filepath.Join(dir, "frame10.fits"), 500, "")
	waitFiles(t, srv, "carl", "watched", 5)
	waitSent(t, 5)
	r = stop()
	if r.code != 0 || !strings.Contains(r.out, "1 uploaded, 0 skipped") {
		t.Errorf("restarted watch: %+v", r)
	}
	if got := srv.Hits("POST", "/datafiles/"); got != posts+1 {
		t.Errorf("the restart sent %d files, want 1", got-posts)
	}
}

// With an upload key the dataset cannot be listed: the sent log keeps a
// restart from sending the files again.
func TestUploadWatchUploadKeyRestart(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "upload")
	dir := fitsFolder(t, 3)
	args := []string{"upload", dir, "-d", "watched", "--watch", "--settle", "0s"}
	stop := watchRun(t, args...)
	waitFiles(t, srv, "carl", "watched", 3)
	waitSent(t, 3)
	if r := stop(); r.code != 0 {
		t.Fatalf("first watch: %+v", r)
	}
	posts := srv.Hits("POST", "/datafiles/")
	stop = watchRun(t, args...)
	time.Sleep(500 * time.Millisecond)
	r := stop()
	if got := srv.Hits("POST", "/datafiles/"); got != posts || r.code != 0 || !strings.Contains(r.out, "0 uploaded") {
		t.Errorf("restart with an upload key: %d more uploads, %+v", got-posts, r)
	}
	logs, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_STATE_HOME"), "arcsecond", "*.jsonl"))
	if len(logs) != 1 {
		t.Errorf("sent logs: %v", logs)
	}
}
