package main

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// Each list, personal and with -p, as a table whose rows are the records
// the API returns (checked against the SDK's own listing) and as JSON.
func TestLists(t *testing.T) {
	srv := newServer(t)
	member := srv.UserWithRole("member")
	login(t, srv, member.Username, "access")
	c, err := srv.ClientAs(member.Username)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	org := arcsecondtest.SeedOrganisation
	for _, l := range []struct {
		cmd    string
		header string
		names  func(c *arcsecond.Client) []string // what each row's first column holds
	}{
		{"datasets", "NAME  UUID  TELESCOPE  FILES", func(c *arcsecond.Client) (out []string) {
			for d, err := range c.Datasets.All(ctx, nil) {
				if err == nil {
					out = append(out, d.Name+"  "+d.UUID)
				}
			}
			return
		}},
		{"telescopes", "NAME  UUID  OBSERVING SITE", func(c *arcsecond.Client) (out []string) {
			for x, err := range c.Telescopes.All(ctx, nil) {
				if err == nil {
					out = append(out, x.Name+"  "+x.UUID)
				}
			}
			return
		}},
		{"nightlogs", "DATE  UUID  TELESCOPE  OBSERVATIONS  CALIBRATIONS", func(c *arcsecond.Client) (out []string) {
			for x, err := range c.NightLogs.All(ctx, nil) {
				if err == nil {
					out = append(out, x.Date.String()+"  "+x.UUID)
				}
			}
			return
		}},
		{"targets", "NAME  ID  CLASS  RA  DEC  LIST", func(c *arcsecond.Client) (out []string) {
			for x, err := range c.Targets.All(ctx, nil) {
				if err == nil {
					out = append(out, x.Name)
				}
			}
			return
		}},
		{"allskycameras", "NAME  UUID  OBSERVING SITE", func(c *arcsecond.Client) (out []string) {
			for x, err := range c.AllSkyCameras.All(ctx, nil) {
				if err == nil {
					out = append(out, x.Name+"  "+x.UUID)
				}
			}
			return
		}},
		{"observingsites", "NAME  UUID  LAT  LON  HEIGHT", func(c *arcsecond.Client) (out []string) {
			for x, err := range c.ObservingSites.All(ctx, nil) {
				if err == nil {
					out = append(out, x.Name+"  "+x.UUID)
				}
			}
			return
		}},
	} {
		for _, scope := range []string{"", org} {
			sc := c
			args := []string{l.cmd}
			if scope != "" {
				sc = c.ForOrganisation(scope)
				args = append(args, "-p", scope)
			}
			want := l.names(sc)
			r := cli(t, args...)
			if r.code != 0 {
				t.Errorf("%q: %+v", args, r)
				continue
			}
			if len(want) == 0 {
				if r.out != "" || !strings.HasPrefix(r.errOut, "no ") {
					t.Errorf("%q: empty list printed %q / %q", args, r.out, r.errOut)
				}
			} else {
				lines := strings.Split(strings.TrimRight(r.out, "\n"), "\n")
				if strings.Join(columns(lines[0]), "  ") != l.header || len(lines) != len(want)+1 {
					t.Errorf("%q: %d lines, header %q; want %d rows under %q:\n%s", args, len(lines), lines[0], len(want), l.header, r.out)
				} else {
					for i, w := range want {
						cols := columns(lines[i+1])
						n := strings.Count(w, "  ") + 1
						if len(cols) < n || strings.Join(cols[:n], "  ") != w {
							t.Errorf("%q row %d: %q, want it to start with %q", args, i+1, lines[i+1], w)
						}
					}
					// Aligned: every row's second column starts where the
					// header's does, counted in characters as a terminal shows them.
					col := len([]rune(lines[0][:strings.Index(lines[0], strings.Fields(l.header)[1])]))
					for _, line := range lines[1:] {
						r := []rune(line)
						if len(r) <= col || r[col-1] != ' ' || r[col] == ' ' {
							t.Errorf("%q: column 2 not aligned at %d in %q", args, col, line)
						}
					}
				}
			}
			r = cli(t, append(args, "-o", "json")...)
			var rows []map[string]any
			if err := json.Unmarshal([]byte(r.out), &rows); err != nil || len(rows) != len(want) {
				t.Errorf("%q -o json: %d rows (%v), want %d", args, len(rows), err, len(want))
			}
		}
	}
	if r := cli(t, "observingsites", "--limit", "2", "-o", "json"); strings.Count(r.out, `"uuid"`) != 2 {
		t.Errorf("--limit 2: %s", r.out)
	}
	if r := cli(t, "datasets", "--limit", "-1"); r.code != 2 {
		t.Errorf("--limit -1: %+v", r)
	}
	if r := cli(t, "datasets", "-p", "nowhere"); r.code != 4 {
		t.Errorf("-p of an unknown organisation: %+v", r)
	}
}

// columns splits a table row at its runs of two spaces or more.
func columns(line string) []string {
	return regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1)
}

// A hostile server's names cannot move the cursor, clear the screen or
// break the table: control characters are printed quoted.
func TestCellQuotesControlCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"M 31":                 "M 31",
		"":                     "-",
		"a\tb":                 `a\tb`,
		"evil\x1b[2Jname":      `evil\x1b[2Jname`,
		"two\nlines":           `two\nlines`,
		"Ω Centauri":           "Ω Centauri",
		"c1\u009bcontrol":      `c1\u009bcontrol`,
		"bell\x07 and \x7fdel": `bell\a and \x7fdel`,
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}
