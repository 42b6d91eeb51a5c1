package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// TestGeneratedFilesUpToDate regenerates the files from the embedded
// document and compares them with the committed ones.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Errorf("generate made %d files, want 5", len(files))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate in arcsecond/", name)
		}
	}
}

func TestExported(t *testing.T) {
	for in, want := range map[string]string{
		"norad_catalog_number": "NoradCatalogNumber",
		"uuid":                 "UUID",
		"raw_html_page":        "RawHTMLPage",
		"count_api_users":      "CountAPIUsers",
		"ned_homogenized":      "NEDHomogenized",
		"2mass":                "X2mass",
	} {
		if got := exported(in); got != want {
			t.Errorf("exported(%q) = %q, want %q", in, got, want)
		}
	}
}
