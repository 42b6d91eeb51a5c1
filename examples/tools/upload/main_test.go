package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// fitsFolder writes n small FITS-like files (a primary header and some
// data), a file the API does not accept and a hidden one.
func fitsFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		hdr := fmt.Sprintf("%-80s%-80s%-80s%-80s", "SIMPLE  =                    T", "BITPIX  =                   16", "NAXIS   =                    0", "END")
		body := append([]byte(hdr+strings.Repeat(" ", 2880-len(hdr))), bytes.Repeat([]byte{byte(i)}, 20000+i*1000)...)
		sub := dir
		if i%2 == 1 {
			sub = filepath.Join(dir, "night2")
			os.MkdirAll(sub, 0o755)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("frame%02d.fits", i)), body, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("seeing 0.8\""), 0o600)
	os.WriteFile(filepath.Join(dir, ".hidden.fits"), []byte("x"), 0o600)
	return dir
}

func offline(t *testing.T) (*exampleenv.Env, *arcsecondtest.Server) {
	t.Helper()
	srv := arcsecondtest.NewServer()
	t.Cleanup(srv.Close)
	env, err := exampleenv.Offline(srv)
	if err != nil {
		t.Fatal(err)
	}
	return env, srv
}

func TestSyncThenSkipEverything(t *testing.T) {
	env, _ := offline(t)
	dir := fitsFolder(t, 6)
	cfg, err := parseFlags([]string{"-dir", dir, "-dataset", "2026-11-27 M31", "-concurrency", "3", "-progress", "-tags", "m31, test"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var out, bars bytes.Buffer
	if err := upload(context.Background(), env.Client, cfg, &out, &bars); err != nil {
		t.Fatalf("first run: %v", err)
	}
	if !strings.Contains(out.String(), "6 uploaded, 0 skipped (already there), 0 failed, 0 not started") {
		t.Errorf("first summary: %s", out.String())
	}
	if !strings.Contains(bars.String(), "total") {
		t.Errorf("no total bar drawn: %q", bars.String())
	}
	out.Reset()
	if err := upload(context.Background(), env.Client, cfg, &out, io.Discard); err != nil {
		t.Fatalf("second run: %v", err)
	}
	if !strings.Contains(out.String(), "0 uploaded, 6 skipped (already there), 0 failed") {
		t.Errorf("second summary: %s", out.String())
	}
	if n := datasetFiles(t, env, "2026-11-27 M31"); n != 6 {
		t.Errorf("dataset holds %d files, want 6", n)
	}
}

func datasetFiles(t *testing.T, env *exampleenv.Env, name string) int {
	t.Helper()
	ctx := context.Background()
	n := 0
	for ds, err := range env.Client.Datasets.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if ds.Name != name {
			continue
		}
		for _, err := range env.Client.Datasets.DataFiles(ds.UUID).All(ctx, nil) {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	return n
}

func TestInterruptedRunResumes(t *testing.T) {
	env, _ := offline(t)
	dir := fitsFolder(t, 8)
	cfg, err := parseFlags([]string{"-dir", dir, "-dataset", "resume", "-concurrency", "1"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var once sync.Once
	cfg.onProgress = func(_ string, done, total int64) {
		if done == total {
			once.Do(cancel)
		}
	}
	var out bytes.Buffer
	err = upload(ctx, env.Client, cfg, &out, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "run the same command again to resume") {
		t.Fatalf("interrupted run: err = %v", err)
	}
	if strings.Contains(out.String(), " 8 uploaded") || !strings.Contains(out.String(), "not started") {
		t.Errorf("interrupted summary: %s", out.String())
	}
	kept := datasetFiles(t, env, "resume")
	if kept >= 8 {
		t.Fatalf("the interrupted run uploaded all %d files", kept)
	}

	cfg.onProgress = nil
	out.Reset()
	if err := upload(context.Background(), env.Client, cfg, &out, io.Discard); err != nil {
		t.Fatalf("rerun: %v", err)
	}
	want := fmt.Sprintf("%d uploaded, %d skipped (already there), 0 failed, 0 not started", 8-kept, kept)
	if !strings.Contains(out.String(), want) {
		t.Errorf("rerun summary %q, want %q", out.String(), want)
	}
	if n := datasetFiles(t, env, "resume"); n != 8 {
		t.Errorf("dataset holds %d files after the rerun, want 8", n)
	}
}

func TestFlagsAndHelp(t *testing.T) {
	var help bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, io.Discard, &help); err != nil {
		t.Fatalf("-h: %v", err)
	}
	for _, want := range []string{"Usage: upload", "-dir", "-dataset", "-concurrency", "ARCSECOND_API_KEY"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("-h lacks %q", want)
		}
	}
	file := filepath.Join(t.TempDir(), "a.fits")
	os.WriteFile(file, nil, 0o600)
	for _, args := range [][]string{{}, {"-dir", "/does/not/exist"}, {"-dir", file}, {"-dir", ".", "-concurrency", "0"}, {"-dir", ".", "extra"}} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
	cfg, err := parseFlags([]string{"-dir", filepath.Dir(file)}, io.Discard)
	if err != nil || cfg.dataset != filepath.Base(filepath.Dir(file)) || cfg.progress {
		t.Errorf("defaults: %+v, %v", cfg, err)
	}
}

func TestRunOffline(t *testing.T) {
	t.Setenv("ARCSECOND_API_KEY", "")
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-dir", fitsFolder(t, 2)}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "2 uploaded") {
		t.Errorf("summary: %s", out.String())
	}
}
