package night

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// offline returns an env on a fresh in-process server, writing to out and errOut.
func offline(t *testing.T, out, errOut *bytes.Buffer) env {
	t.Helper()
	srv := arcsecondtest.NewServer()
	t.Cleanup(srv.Close)
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	return env{client: c, out: out, err: errOut, inProcess: true, tempDir: t.TempDir(),
		now: func() time.Time { return time.Date(2026, 5, 20, 23, 0, 0, 0, time.UTC) }}
}

func defaults() options {
	return options{site: "Paranal", objects: defaultObjects, minAlt: 30, width: 1200, height: 700}
}

func TestRunWritesTableAndCharts(t *testing.T) {
	var out, errOut bytes.Buffer
	e := offline(t, &out, &errOut)
	dir := t.TempDir()
	o := defaults()
	o.date, o.objects = "2026-05-20", []string{"Sgr A*", " NGC 5139", "M 31"}
	o.png, o.svg, o.width, o.height = filepath.Join(dir, "night.png"), filepath.Join(dir, "night.svg"), 900, 500
	if err := run(context.Background(), e, o); err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	table := out.String()
	for _, want := range []string{"Paranal Observatory", "Night of Wed 20 May 2026", "astronomical (−18°)",
		// The first moonrise of the noon-to-noon window is at 12:08 on the 21st, in daylight:
		// the night's Moon is up at sunset and sets before midnight.
		"Moon: Waxing Crescent, ", "% illuminated; up at sunset, sets Wed 20 May 22:10 (02:10 UT), down at sunrise\n"} {
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
	// Every time carries its weekday: the night spans Wednesday evening and Thursday morning.
	if !regexp.MustCompile(`^Sgr A\* +Wed \d\d:\d\d \(\d\d:\d\d UT\) +Thu 0\d:\d\d \(\d\d:\d\d UT\)`).MatchString(rows[0]) {
		t.Errorf("Sgr A* row %q", rows[0])
	}

	f, err := os.Open(o.png)
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
	svg, err := os.ReadFile(o.svg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("NGC 5139")) {
		t.Errorf("SVG lacks the plot or a target label (%d bytes)", len(svg))
	}
	if got := errOut.String(); got != "chart written to "+o.png+"\nchart written to "+o.svg+"\n" {
		t.Errorf("stderr = %q", got)
	}
}

// Without --png or --svg the chart goes to the temporary directory, never
// to the current one (which may be a checkout of this repository).
func TestDefaultChartGoesToTheTempDir(t *testing.T) {
	var out, errOut bytes.Buffer
	e := offline(t, &out, &errOut)
	t.Chdir(t.TempDir())
	o := defaults()
	o.objects = []string{"Sirius"}
	if err := run(context.Background(), e, o); err != nil {
		t.Fatal(err)
	}
	// now is 23:00 UT on 20 May, 19:00 at Paranal: tonight is the 20th.
	want := filepath.Join(e.tempDir, "arcsecond-night-paranal-observatory-2026-05-20.png")
	if errOut.String() != "chart written to "+want+"\n" {
		t.Errorf("stderr = %q, want the chart at %s", errOut.String(), want)
	}
	if _, err := os.Stat(want); err != nil {
		t.Error(err)
	}
	if left, _ := os.ReadDir("."); len(left) != 0 {
		t.Errorf("the current directory got %v", left)
	}

	errOut.Reset()
	o.noChart = true
	if err := run(context.Background(), e, o); err != nil || errOut.Len() != 0 {
		t.Errorf("--no-chart: %v, %q", err, errOut.String())
	}
}

func TestJSONOutput(t *testing.T) {
	var out, errOut bytes.Buffer
	e := offline(t, &out, &errOut)
	e.json = true
	o := defaults()
	o.date, o.objects, o.noChart = "2026-05-16", []string{"Sgr A*", "Polaris"}, true
	if err := run(context.Background(), e, o); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	var r jsonReport
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("%v:\n%s", err, out.String())
	}
	if r.Site.Name != "Paranal Observatory" || r.Date != "2026-05-16" || r.TimeZone != "America/Santiago" || len(r.Sun) != 4 || len(r.Targets) != 2 {
		t.Fatalf("%+v", r)
	}
	// New Moon on the 16th: it set at 17:48 local before sunset and rises at 08:07 on the 17th, after sunrise.
	if r.Moon.UpAtStart || len(r.Moon.Events) != 0 {
		t.Errorf("moon %+v", r.Moon)
	}
	sgr, pol := r.Targets[0], r.Targets[1]
	if sgr.Status != "rises_and_sets" || sgr.Rise == nil || len(sgr.AboveDark) != 1 || sgr.TransitAltitude < 85 {
		t.Errorf("Sgr A* %+v", sgr)
	}
	if pol.Status != "never_rises" || pol.Rise != nil || pol.Set != nil || len(pol.AboveDark) != 0 {
		t.Errorf("Polaris %+v", pol)
	}
	for _, s := range []string{sgr.Transit, *sgr.Rise, sgr.AboveDark[0].Start, *r.Sun[3].Dusk} {
		if _, err := time.Parse(time.RFC3339, s); err != nil || !strings.HasSuffix(s, "Z") {
			t.Errorf("time %q is not RFC 3339 UTC", s)
		}
	}
}

// moonDuring agrees with a brute-force scan of the Moon's altitude every
// 20 s over each night of a lunation, and the text names only its events.
func TestMoonDuringNight(t *testing.T) {
	site := aa.Geographic{Lat: aa.Deg(-24.6275), Lon: aa.Deg(-70.4044), HeightMetres: 2635}
	for d := 1; d <= 30; d++ {
		n, err := aa.Night(site, 2026, 5, d, nil, aa.NightOptions{})
		if err != nil {
			t.Fatal(err)
		}
		from, to := n.Sun.Dusk, n.Sun.Dawn
		up, events := moonDuring(n, from, to)
		h0 := aa.MoonStdAltitude(n.Moon.Parallax).Deg()
		var want []moonEvent
		prev := n.MoonAltitude(from).Deg() > h0
		if prev != up {
			t.Errorf("May %d: up at sunset %v, want %v", d, up, prev)
		}
		for jd := from; jd <= to; jd += aa.UT(20.0 / 86400) {
			now := n.MoonAltitude(jd).Deg() > h0
			if now != prev {
				want = append(want, moonEvent{At: jd, Rise: now})
			}
			prev = now
		}
		if len(events) != len(want) {
			t.Fatalf("May %d: events %v, want %v", d, events, want)
		}
		for i := range want {
			if dt := float64(want[i].At-events[i].At) * 86400; events[i].Rise != want[i].Rise || dt < 0 || dt > 21 {
				t.Errorf("May %d: event %d at %v (rise %v), scan says %v (rise %v)", d, i, events[i].At, events[i].Rise, want[i].At, want[i].Rise)
			}
			if events[i].At < from || events[i].At > to {
				t.Errorf("May %d: event outside the night", d)
			}
		}
	}
}

func TestTargetsFromListAndFile(t *testing.T) {
	var out, errOut bytes.Buffer
	e := offline(t, &out, &errOut)
	ctx := context.Background()
	if _, _, err := e.client.TargetLists.Upsert(ctx, &arcsecond.TargetListCreate{Name: "May programme",
		Targets: []arcsecond.TargetCreate{*arcsecond.ManualTarget("Omega Cen", aa.Equatorial{RA: aa.Deg(201.697), Dec: aa.Deg(-47.4795)})}}); err != nil {
		t.Fatal(err)
	}
	o := defaults()
	o.list, o.date, o.noChart = "May programme", "2026-05-20", true
	if err := run(ctx, e, o); err != nil {
		t.Fatal(err)
	}
	if rows := targetRows(out.String()); len(rows) != 1 || !strings.HasPrefix(rows[0], "Omega Cen") {
		t.Errorf("rows from the list = %q", rows)
	}

	file := filepath.Join(t.TempDir(), "targets.txt")
	os.WriteFile(file, []byte("# tonight\nVega\nEta Car, 10:45:03.5, -59:41:04  # sexagesimal\nHD 1, 1.5, -2.25\n"), 0o600)
	o.list, o.targets = "", file
	out.Reset()
	if err := run(ctx, e, o); err != nil {
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
		"x, 10, -95\n":             "out of range",
		"\n# nothing\n":            "no targets",
	} {
		os.WriteFile(file, []byte(content), 0o600)
		err := run(ctx, e, o)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want one containing %q", content, err, want)
		}
	}
	o.targets, o.list = "", "No such list"
	if err := run(ctx, e, o); err == nil || !strings.Contains(err.Error(), "No such list") {
		t.Errorf("unknown list: %v", err)
	}
	o.list, o.site = "", "Atlantis"
	if err := run(ctx, e, o); err == nil || !strings.Contains(err.Error(), "Atlantis") {
		t.Errorf("unknown site: %v", err)
	}
}

// An unknown object on the in-process server says why and names the
// objects it knows; against another server the 404 is left alone.
func TestUnknownObjectOffline(t *testing.T) {
	var out, errOut bytes.Buffer
	e := offline(t, &out, &errOut)
	o := defaults()
	o.objects, o.noChart = []string{"Sirius", "Nowhere Nebula"}, true
	err := run(context.Background(), e, o)
	if !errors.Is(err, arcsecond.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	msg := err.Error()
	for _, want := range []string{`looking up "Nowhere Nebula"`, "the in-process server knows only the objects it was seeded with (",
		"Aldebaran, Altair, Antares, Arcturus, Betelgeuse, Canopus, LMC, M 1 and ", " more)", "--targets file"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q: %s", want, msg)
		}
	}
	e.inProcess = false
	if err := run(context.Background(), e, o); !errors.Is(err, arcsecond.ErrNotFound) || strings.Contains(err.Error(), "seeded") {
		t.Errorf("online: %v", err)
	}
}

func TestOptionsCheck(t *testing.T) {
	for _, c := range []struct {
		change func(*options)
		want   string
	}{
		{func(o *options) { o.minAlt = 95 }, "--min-alt"},
		{func(o *options) { o.date = "15/03/2026" }, "--date"},
		{func(o *options) { o.width = 10 }, "--width"},
		{func(o *options) { o.list, o.targets = "a", "b" }, "--list and --targets"},
		{func(o *options) { o.noChart, o.png = true, "x.png" }, "--no-chart"},
	} {
		o := defaults()
		c.change(&o)
		if err := o.check(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v", o, err)
		}
	}
	o := defaults()
	if err := o.check(); err != nil {
		t.Error(err)
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
		{"+-1:2", 15, 360, 0, false},
		{"1:-2", 1, 90, 0, false},
		{"1:0x10", 1, 90, 0, false},
		{"1:1e1", 1, 90, 0, false},
		{"1:.", 1, 90, 0, false},
		{"Inf", 1, 90, 0, false},
		{"+12:30", 15, 360, 187.5, true},
		{"10:30.5", 1, 90, 10.508333, true},
	} {
		got, err := parseAngle(c.in, c.scale, c.limit)
		if (err == nil) != c.ok || (c.ok && (got-c.want > 1e-4 || c.want-got > 1e-4)) {
			t.Errorf("parseAngle(%q) = %v, %v", c.in, got, err)
		}
	}
}

// Where the Sun does not set (Svalbard in June) or rise (in December), the
// Moon is described from noon to noon, and its events still lie in that span.
func TestMoonTextPolar(t *testing.T) {
	site := aa.Geographic{Lat: aa.Deg(78.2232), Lon: aa.Deg(15.6267)}
	for _, month := range []int{6, 12} {
		for d := 1; d <= 28; d += 3 {
			n, err := aa.Night(site, 2026, month, d, nil, aa.NightOptions{})
			if err != nil {
				t.Fatal(err)
			}
			r := report{n: n, loc: time.UTC}
			from, to, sunset := r.bounds()
			if sunset || from != n.Start || to != n.End {
				t.Fatalf("%d-%d: bounds %v %v %v", month, d, from, to, sunset)
			}
			text := r.moonText()
			if !strings.Contains(text, "noon") {
				t.Errorf("%d-%d: %q", month, d, text)
			}
			_, events := moonDuring(n, from, to)
			for _, e := range events {
				if e.At < from || e.At > to {
					t.Errorf("%d-%d: event %v outside the window", month, d, e)
				}
			}
		}
	}
}

// parseAngle never panics, and what it accepts is finite and within the limit.
func FuzzParseAngle(f *testing.F) {
	for _, s := range []string{"83.82", "5:35:17.3", "-05:23:28", "+-1:2", "1e308", "Inf", "-0:60", "::", "1:2:3:4", "٣:٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range [][2]float64{{15, 360}, {1, 90}} {
			v, err := parseAngle(s, c[0], c[1])
			if err == nil && (math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > c[1]) {
				t.Fatalf("parseAngle(%q, %g, %g) = %g", s, c[0], c[1], v)
			}
		}
	})
}
