package main

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestRunWritesTableAndCharts(t *testing.T) {
	t.Setenv("ARCSECOND_API_KEY", "")
	dir := t.TempDir()
	pngPath, svgPath := filepath.Join(dir, "night.png"), filepath.Join(dir, "night.svg")
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"-site", "Paranal", "-date", "2026-05-20", "-objects", "Sgr A*, NGC 5139,M 31",
		"-min-alt", "30", "-png", pngPath, "-svg", svgPath, "-width", "900", "-height", "500"}, &out, &errOut)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	table := out.String()
	for _, want := range []string{"Paranal Observatory", "Night of Wed 20 May 2026", "astronomical (−18°)", "Moon: ", "illuminated"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	rows := targetRows(table)
	if len(rows) != 3 || !strings.HasPrefix(rows[0], "Sgr A*") || !strings.HasPrefix(rows[1], "NGC 5139") || !strings.HasPrefix(rows[2], "M 31") {
		t.Fatalf("target rows = %q", rows)
	}
	// From Paranal in May, Sgr A* passes near the zenith in the dark and M 31 never reaches 30°.
	if strings.HasSuffix(rows[0], " no") || !strings.HasSuffix(rows[2], " no") {
		t.Errorf("observability: %q", rows)
	}

	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("chart is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 900 || b.Dy() != 500 {
		t.Errorf("chart is %dx%d, want 900x500", b.Dx(), b.Dy())
	}
	svg, err := os.ReadFile(svgPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("NGC 5139")) {
		t.Errorf("SVG lacks the plot or a target label (%d bytes)", len(svg))
	}
}

// targetRows returns the lines of the targets table after its header.
func targetRows(table string) []string {
	_, after, ok := strings.Cut(table, "TARGET ")
	if !ok {
		return nil
	}
	lines := strings.Split(strings.TrimSpace(after), "\n")
	return lines[1:]
}

func TestTargetsFromListAndFile(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	env, err := exampleenv.Offline(srv)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, _, err := env.Client.TargetLists.Upsert(ctx, &arcsecond.TargetListCreate{Name: "May programme",
		Targets: []arcsecond.TargetCreate{*arcsecond.ManualTarget("Omega Cen", 201.697, -47.4795)}}); err != nil {
		t.Fatal(err)
	}
	cfg, err := parseFlags([]string{"-list", "May programme", "-date", "2026-05-20", "-png", ""}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := plan(ctx, env.Client, cfg, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if rows := targetRows(out.String()); len(rows) != 1 || !strings.HasPrefix(rows[0], "Omega Cen") {
		t.Errorf("rows from the list = %q", rows)
	}

	file := filepath.Join(t.TempDir(), "targets.txt")
	os.WriteFile(file, []byte("# tonight\nVega\nEta Car, 10:45:03.5, -59:41:04  # sexagesimal\nHD 1, 1.5, -2.25\n"), 0o600)
	cfg.list, cfg.targets = "", file
	out.Reset()
	if err := plan(ctx, env.Client, cfg, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	rows := targetRows(out.String())
	if len(rows) != 3 || !strings.HasPrefix(rows[0], "Vega") || !strings.HasPrefix(rows[1], "Eta Car") || !strings.HasPrefix(rows[2], "HD 1") {
		t.Errorf("rows from the file = %q", rows)
	}

	for content, want := range map[string]string{
		"Eta Car, 25:00:00, -59\n": "targets.txt:1: angle \"25:00:00\": out of range",
		"Eta Car, 360, -59\n":      "targets.txt:1: RA",
		"a, b\n":                   "targets.txt:1: want",
		"Nowhere Nebula\n":         "Nowhere Nebula",
		"x, 10, -95\n":             "out of range",
	} {
		os.WriteFile(file, []byte(content), 0o600)
		err := plan(ctx, env.Client, cfg, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want one containing %q", content, err, want)
		}
	}
	cfg.targets, cfg.list = "", "No such list"
	if err := plan(ctx, env.Client, cfg, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "No such list") {
		t.Errorf("unknown list: %v", err)
	}
	cfg.list, cfg.site = "", "Atlantis"
	if err := plan(ctx, env.Client, cfg, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("unknown site: %v", err)
	}
}

func TestFlags(t *testing.T) {
	var help bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, io.Discard, &help); err != nil {
		t.Fatalf("-h: %v", err)
	}
	for _, want := range []string{"Usage: nightplan", "-site", "-min-alt", "-png", "ARCSECOND_API_KEY"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("-h lacks %q", want)
		}
	}
	for _, args := range [][]string{{"-min-alt", "95"}, {"-date", "15/03/2026"}, {"-width", "10"}, {"-list", "a", "-targets", "b"}, {"stray"}} {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

func TestParseAngle(t *testing.T) {
	for _, c := range []struct {
		in           string
		scale, limit float64
		want         float64
		ok           bool
	}{
		{"83.82", 15, 360, 83.82, true},
		{"5:35:17.3", 15, 360, 83.82208, true},
		{"-05:23:28", 1, 90, -5.39111, true},
		{"-0:30", 1, 90, -0.5, true},
		{"12:61:00", 15, 360, 0, false},
		{"1:2:3:4", 1, 90, 0, false},
		{"north", 1, 90, 0, false},
		{"NaN", 1, 90, 0, false},
		{"91", 1, 90, 0, false},
	} {
		got, err := parseAngle(c.in, c.scale, c.limit)
		if (err == nil) != c.ok || (c.ok && (got-c.want > 1e-4 || c.want-got > 1e-4)) {
			t.Errorf("parseAngle(%q) = %v, %v", c.in, got, err)
		}
	}
}
