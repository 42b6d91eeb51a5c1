package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// fitsFolder writes n small FITS files (a primary header and some data),
// half of them in a subfolder, plus a text file and a hidden FITS file.
func fitsFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		sub := dir
		if i%2 == 1 {
			sub = filepath.Join(dir, "night2")
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		writeFITS(t, filepath.Join(sub, fmt.Sprintf("frame%02d.fits", i)), 20000+i*1000, "")
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("seeing 0.8\""), 0o600)
	os.WriteFile(filepath.Join(dir, ".hidden.fits"), []byte("x"), 0o600)
	return dir
}

// writeFITS writes a FITS file of a header (with the extra cards) and
// size bytes of data.
func writeFITS(t *testing.T, path string, size int, cards string) {
	t.Helper()
	var hdr strings.Builder
	for _, c := range []string{"SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0"} {
		fmt.Fprintf(&hdr, "%-80s", c)
	}
	for c := range strings.SplitSeq(cards, "\n") {
		if c != "" {
			fmt.Fprintf(&hdr, "%-80s", c)
		}
	}
	fmt.Fprintf(&hdr, "%-80s", "END")
	body := []byte(hdr.String() + strings.Repeat(" ", 2880-hdr.Len()%2880))
	body = append(body, bytes.Repeat([]byte{byte(size)}, size)...)
	if err := os.WriteFile(path, body, 0o600); err != nil {
		t.Fatal(err)
	}
}

// datasetFiles returns the names of the files of the dataset named name.
func datasetFiles(t *testing.T, srv *arcsecondtest.Server, user, org, name string) []string {
	t.Helper()
	ctx := context.Background()
	c, err := srv.ClientAs(user)
	if err != nil {
		t.Fatal(err)
	}
	if org != "" {
		c = c.ForOrganisation(org)
	}
	var out []string
	for ds, err := range c.Datasets.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if ds.Name != name {
			continue
		}
		for f, err := range c.Datasets.DataFiles(ds.UUID).All(ctx, nil) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, f.Name)
		}
	}
	return out
}

func TestUploadByNameThenSkipEverything(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	dir := fitsFolder(t, 6)
	r := cli(t, "upload", dir, "-d", "2026-11-27 M31", "--concurrency", "3", "--progress", "on", "--tags", "m31, test")
	if r.code != 0 || !strings.Contains(r.out, "6 uploaded, 0 skipped (already there), 0 failed, 0 not started") {
		t.Fatalf("first run: %+v", r)
	}
	if !strings.Contains(r.errOut, `created dataset "2026-11-27 M31"`) || !strings.Contains(r.errOut, "total") {
		t.Errorf("first run's messages (dataset created, progress bars): %q", r.errOut)
	}
	r = cli(t, "upload", dir, "-d", "2026-11-27 M31")
	if r.code != 0 || !strings.Contains(r.out, "0 uploaded, 6 skipped (already there), 0 failed") || !strings.Contains(r.errOut, `using dataset "2026-11-27 M31"`) {
		t.Fatalf("second run: %+v", r)
	}
	if got := datasetFiles(t, srv, "carl", "", "2026-11-27 M31"); len(got) != 6 {
		t.Errorf("dataset holds %q, want 6 files", got)
	}
	// --all-files sends the text file too, as the Python CLI would.
	r = cli(t, "-o", "json", "upload", dir, "-d", "2026-11-27 M31", "--all-files")
	var sum uploadSummary
	if err := json.Unmarshal([]byte(r.out), &sum); err != nil || r.code != 0 {
		t.Fatalf("--all-files -o json: %+v (%v)", r, err)
	}
	if len(sum.Uploaded) != 1 || filepath.Base(sum.Uploaded[0]) != "notes.txt" || len(sum.Skipped) != 6 || sum.Created {
		t.Errorf("--all-files summary: %+v", sum)
	}
}

// The Python CLI takes -d as a uuid when it is one: the dataset is read,
// never created with the uuid as its name (today's upload tool did that).
func TestUploadByUUID(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	c, _ := srv.ClientAs("carl")
	ds, _, err := c.Datasets.Create(context.Background(), &arcsecond.DatasetCreate{Name: "existing"})
	if err != nil {
		t.Fatal(err)
	}
	dir := fitsFolder(t, 2)
	r := cli(t, "upload", dir, "-d", ds.UUID, "--raw", "False") // the Python CLI's spelling
	if r.code != 0 || !strings.Contains(r.out, `dataset "existing" (`+ds.UUID+`): 2 uploaded`) {
		t.Fatalf("upload -d uuid: %+v", r)
	}
	for f, err := range c.Datasets.DataFiles(ds.UUID).All(context.Background(), nil) {
		if err != nil || f.IsRaw == nil || *f.IsRaw {
			t.Errorf("%+v (%v): is_raw not false after --raw False", f, err)
		}
	}
	missing := "00000000-0000-4000-8000-000000000000"
	r = cli(t, "upload", dir, "-d", missing)
	if r.code != 4 || !strings.Contains(r.errOut, "is not among your datasets (see arcsecond datasets") {
		t.Errorf("unknown uuid: %+v", r)
	}
	for ds, err := range c.Datasets.All(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if ds.Name == missing {
			t.Errorf("a dataset named after the uuid was created")
		}
	}
}

func TestUploadUsageErrors(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	dir := fitsFolder(t, 1)
	file := filepath.Join(dir, "frame00.fits")
	for _, args := range [][]string{
		{"upload", dir},                                  // no -d
		{"upload", "-d", "x"},                            // no folder
		{"upload", dir, dir, "-d", "x"},                  // two folders
		{"upload", "/does/not/exist", "-d", "x"},         // missing folder
		{"upload", file, "-d", "x"},                      // a file
		{"upload", dir, "-d", "x", "-t", "not-a-uuid"},   // telescope
		{"upload", dir, "-d", "x", "--concurrency", "0"}, // bounds
		{"upload", dir, "-d", "x", "--tags", "arcsecond-raw"},
		{"upload", dir, "-d", "x", "--progress", "maybe"},
		{"upload", dir, "-d", "x", "--raw", "maybe"},
		{"upload", dir, "-d", "x", "-p", "../etc"},
	} {
		r := cli(t, args...)
		if r.code != 2 || r.out != "" {
			t.Errorf("%q: exit %d, out %q, err %q; want 2", args, r.code, r.out, r.errOut)
		}
	}
	if got := datasetFiles(t, srv, "carl", "", "x"); len(got) != 0 {
		t.Errorf("a usage error uploaded %q", got)
	}
}

func TestUploadInterruptedThenResumed(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "access")
	dir := fitsFolder(t, 8)
	srv.InjectFault(arcsecondtest.Fault{Route: "POST /datafiles/", Latency: 100 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for srv.Hits("POST", "/datafiles/") < 3 {
			time.Sleep(5 * time.Millisecond)
		}
		cancel()
	}()
	r := cliCtx(t, ctx, "upload", dir, "-d", "resume", "--concurrency", "1")
	if r.code != 130 || !strings.Contains(r.errOut, "interrupted: run the same command again to resume") || !strings.Contains(r.out, "not started") {
		t.Fatalf("interrupted run: %+v", r)
	}
	kept := len(datasetFiles(t, srv, "carl", "", "resume"))
	if kept == 0 || kept >= 8 {
		t.Fatalf("the interrupted run kept %d files, want some but not all", kept)
	}
	srv.ClearFaults()
	r = cli(t, "upload", dir, "-d", "resume")
	want := fmt.Sprintf("%d uploaded, %d skipped (already there), 0 failed, 0 not started", 8-kept, kept)
	if r.code != 0 || !strings.Contains(r.out, want) {
		t.Errorf("rerun: %+v, want %q", r, want)
	}
	if n := len(datasetFiles(t, srv, "carl", "", "resume")); n != 8 {
		t.Errorf("dataset holds %d files after the rerun, want 8", n)
	}
}

func TestUploadToOrganisation(t *testing.T) {
	srv := newServer(t)
	org := arcsecondtest.SeedOrganisation
	member := srv.UserWithRole("member")
	login(t, srv, member.Username, "access")
	c, _ := srv.ClientAs(member.Username)
	var tels []string
	for t, err := range c.ForOrganisation(org).Telescopes.All(context.Background(), nil) {
		if err == nil {
			tels = append(tels, t.UUID)
		}
	}
	if len(tels) < 2 {
		t.Fatalf("the organisation has %d telescopes, the test needs 2", len(tels))
	}
	tel := tels[0]
	dir := fitsFolder(t, 2)
	r := cli(t, "upload", dir, "-d", "portal night", "-p", org, "-t", tel)
	if r.code != 0 || !strings.Contains(r.out, "2 uploaded") {
		t.Fatalf("upload -p: %+v", r)
	}
	if got := datasetFiles(t, srv, member.Username, org, "portal night"); len(got) != 2 {
		t.Errorf("organisation dataset holds %q", got)
	}
	if got := datasetFiles(t, srv, member.Username, "", "portal night"); len(got) != 0 {
		t.Errorf("the files went to a personal dataset too: %q", got)
	}
	// The dataset is on tels[0]: naming another telescope is refused, by
	// name and by uuid, as the Python CLI refuses it.
	var dsUUID string
	for ds, err := range c.ForOrganisation(org).Datasets.All(context.Background(), nil) {
		if err == nil && ds.Name == "portal night" {
			dsUUID = ds.UUID
		}
	}
	for _, d := range []string{"portal night", dsUUID} {
		r = cli(t, "upload", dir, "-d", d, "-p", org, "-t", tels[1])
		if r.code != 1 || !strings.Contains(r.errOut, "another telescope") && !strings.Contains(r.errOut, "is attached to telescope "+tel) {
			t.Errorf("-d %q with another telescope: %+v", d, r)
		}
	}
	observer := srv.UserWithRole("observer")
	login(t, srv, observer.Username, "access")
	r = cli(t, "upload", dir, "-d", "observer night", "-p", org, "-t", tel)
	if r.code != 4 || !strings.Contains(r.errOut, "403") || !strings.Contains(r.errOut, "check -p/--portal") {
		t.Errorf("an observer's upload: %+v", r)
	}
	// As the Python CLI, a wrong -p is caught before anything is sent.
	carl := srv.UserWithRole("")
	login(t, srv, carl.Username, "upload")
	before := srv.Hits("POST", "/"+org+"/datasets/") + srv.Hits("POST", "/nowhere/datasets/")
	r = cli(t, "upload", dir, "-d", "not mine", "-p", org)
	if r.code != 4 || !strings.Contains(r.errOut, carl.Username+` is not a member of "`+org+`"`) {
		t.Errorf("a non-member's upload: %+v", r)
	}
	r = cli(t, "upload", dir, "-d", "nowhere", "-p", "nowhere")
	if r.code != 4 || !strings.Contains(r.errOut, `there is no organisation "nowhere"`) {
		t.Errorf("an unknown organisation: %+v", r)
	}
	if n := srv.Hits("POST", "/"+org+"/datasets/") + srv.Hits("POST", "/nowhere/datasets/") - before; n != 0 {
		t.Errorf("%d datasets created by refused uploads", n)
	}
	login(t, srv, member.Username, "access")
	other := "00000000-0000-4000-8000-000000000001"
	r = cli(t, "upload", dir, "-d", "portal night", "-p", org, "-t", other)
	if r.code != 4 || !strings.Contains(r.errOut, "is not among "+org+"'s telescopes") {
		t.Errorf("unknown telescope: %+v", r)
	}
}

func TestUploadWithUploadKey(t *testing.T) {
	srv := newServer(t)
	login(t, srv, "carl", "upload")
	dir := fitsFolder(t, 3)
	r := cli(t, "upload", dir, "-d", "with upload key")
	if r.code != 0 || !strings.Contains(r.out, "3 uploaded") {
		t.Fatalf("upload with an upload key: %+v", r)
	}
	r = cli(t, "upload", dir, "-d", "with upload key")
	if r.code != 0 || !strings.Contains(r.out, "3 skipped") {
		t.Fatalf("rerun with an upload key: %+v", r)
	}
}
