package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each sequence of testdata/pyconfig/steps.txt, replayed with configFile,
// must leave the bytes Python's configparser left (generate.py).
func TestConfigFileEditsMatchPython(t *testing.T) {
	steps, err := os.ReadFile(filepath.Join("testdata", "pyconfig", "steps.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.SplitSeq(strings.TrimSpace(string(steps)), "\n") {
		fields := strings.Split(line, "\t")
		name := fields[0]
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.ini")
			for _, step := range fields[1:] {
				f, err := loadConfigFile(path)
				if err != nil {
					t.Fatal(err)
				}
				op := strings.SplitN(step, " ", 4)
				switch op[0] {
				case "set":
					// Python stores what was typed; "%%" is its spelling of '%'.
					if err := f.set(op[1], op[2], strings.ReplaceAll(op[3], "%%", "%")); err != nil {
						t.Fatal(err)
					}
				case "reset":
					clearLogin(f, op[1])
				}
				if err := f.save(); err != nil {
					t.Fatal(err)
				}
			}
			got, _ := os.ReadFile(path)
			want, err := os.ReadFile(filepath.Join("testdata", "pyconfig", name))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("Go wrote\n%s\nPython wrote\n%s", got, want)
			}
			if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
				t.Errorf("mode %v (%v), want 0600: the file holds keys", st.Mode(), err)
			}
		})
	}
}

// A file edited by hand keeps its comments, other sections and options,
// byte for byte; only the option set changes.
func TestConfigFileKeepsWhatItDoesNotSet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.ini")
	orig := "# my logins\n[DEFAULT]\ntimeout = 5\n\n[cloud]\nusername = vera\naccess_key = old\nmembership__lyra = member\nnote = a long\n\tcontinued value\n\n; staging\n[staging]\napi_server=https://api.arcsecond.dev\n"
	if err := os.WriteFile(path, []byte(orig), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := loadConfigFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.set("cloud", "access_key", "new"); err != nil {
		t.Fatal(err)
	}
	if err := f.set("staging", "username", "ada"); err != nil {
		t.Fatal(err)
	}
	f.remove("cloud", "note")
	if err := f.save(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := "# my logins\n[DEFAULT]\ntimeout = 5\n\n[cloud]\nusername = vera\naccess_key = new\nmembership__lyra = member\n\n; staging\n[staging]\napi_server=https://api.arcsecond.dev\nusername = ada\n\n"
	if string(got) != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if clearLogin(f, "cloud"); strings.Contains(string(f.bytes()), "[cloud]") {
		t.Errorf("logout left the emptied section: %q", f.bytes())
	}
}

func TestConfigFileRefusesWhatPythonCannotRead(t *testing.T) {
	f := &configFile{}
	for _, c := range [][3]string{
		{"cloud", "access_key", "a\nb"},
		{"cloud", "username", " vera"},
		{"a]b", "api_server", "x"},
		{"", "api_server", "x"},
		{"DEFAULT", "access_key", "x"},
		{"x\n[cloud]", "access_key", "x"},
	} {
		if err := f.set(c[0], c[1], c[2]); err == nil {
			t.Errorf("set(%q, %q, %q) accepted", c[0], c[1], c[2])
		}
	}
	if len(f.lines) != 0 {
		t.Errorf("a refused set wrote %q", f.lines)
	}
}

// A config.ini that is a symbolic link (dotfiles) stays one.
func TestConfigFileWritesThroughLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "arcsecond.ini")
	os.MkdirAll(filepath.Dir(real), 0o700)
	os.WriteFile(real, []byte("[cloud]\nusername = vera\n\n"), 0o600)
	link := filepath.Join(dir, "config.ini")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	f, _ := loadConfigFile(link)
	f.set("cloud", "access_key", "k")
	if err := f.save(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", st.Mode(), err)
	}
	if b, _ := os.ReadFile(real); string(b) != "[cloud]\nusername = vera\naccess_key = k\n\n" {
		t.Errorf("target holds %q", b)
	}
}
