package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// configFile edits the Python CLI's config.ini (written by configparser:
// "[section]", "key = value" lines, a blank line after each section) line
// by line, so that an edit changes only the options it sets and keeps
// everything else, other sections, other keys, comments and their order,
// byte for byte. On a file Python wrote, the result is the file Python
// would write for the same edit. Reading values is the library's job
// (arcsecond.ReadCLIConfig); this type only knows where options are.
type configFile struct {
	path  string
	lines []string // without their line ends
}

// maxConfigFile bounds what is read: the CLI writes a few hundred bytes.
const maxConfigFile = 1 << 20

// loadConfigFile reads path; a missing file is an empty one.
func loadConfigFile(path string) (*configFile, error) {
	f := &configFile{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigFile {
		return nil, fmt.Errorf("%s is larger than %d bytes: not a config file of the arcsecond CLI", path, maxConfigFile)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	if text != "" {
		f.lines = strings.Split(text, "\n")
	}
	return f, nil
}

// sectionHeader returns the name of the section a line opens.
func sectionHeader(line string) (string, bool) {
	if line == "" || line[0] != '[' {
		return "", false
	}
	end := strings.LastIndexByte(line, ']')
	if end < 2 {
		return "", false
	}
	return line[1:end], true
}

// optionName returns the lower-cased name of the option a line sets.
func optionName(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if t == "" || t[0] == '#' || t[0] == ';' || t[0] == '[' || line[0] == ' ' || line[0] == '\t' {
		return "", false
	}
	i := strings.IndexAny(t, "=:")
	if i <= 0 {
		return "", false
	}
	return strings.ToLower(strings.TrimSpace(t[:i])), true
}

// section returns the line range [start, end) of section name, start being
// its header, or ok false.
func (f *configFile) section(name string) (start, end int, ok bool) {
	start = -1
	for i, l := range f.lines {
		h, isHeader := sectionHeader(strings.TrimRight(l, " \t"))
		if !isHeader {
			continue
		}
		if start >= 0 {
			return start, i, true
		}
		if h == name {
			start = i
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	return start, len(f.lines), true
}

// option returns the line range [at, end) of option key in section name:
// its line and the indented lines continuing its value.
func (f *configFile) option(name, key string) (at, end int, ok bool) {
	start, stop, ok := f.section(name)
	if !ok {
		return 0, 0, false
	}
	for i := start + 1; i < stop; i++ {
		if k, isOpt := optionName(f.lines[i]); isOpt && k == key {
			end = i + 1
			for end < stop && f.lines[end] != "" && (f.lines[end][0] == ' ' || f.lines[end][0] == '\t') {
				end++
			}
			return i, end, true
		}
	}
	return 0, 0, false
}

// escapeValue writes a value as configparser stores it: its interpolation
// reads "%%" as '%'.
func escapeValue(v string) string { return strings.ReplaceAll(v, "%", "%%") }

// checkEntry refuses what the file cannot hold on one line.
func checkEntry(section, key, value string) error {
	if section == "" || section == "DEFAULT" || strings.ContainsAny(section, "[]\r\n") || strings.TrimSpace(section) != section {
		return fmt.Errorf("%q cannot be an API name (no brackets, line breaks or surrounding spaces; not DEFAULT)", section)
	}
	if strings.ContainsAny(value, "\r\n") || strings.TrimSpace(value) != value {
		return fmt.Errorf("the %s of %q cannot hold line breaks or surrounding spaces", key, section)
	}
	return nil
}

// set sets option key of section name to value, in place if it exists,
// else after the section's last option (creating the section at the end).
func (f *configFile) set(name, key, value string) error {
	if err := checkEntry(name, key, value); err != nil {
		return err
	}
	line := key + " = " + escapeValue(value)
	if at, end, ok := f.option(name, key); ok {
		f.lines = append(f.lines[:at], append([]string{line}, f.lines[end:]...)...)
		return nil
	}
	start, stop, ok := f.section(name)
	if !ok {
		if n := len(f.lines); n > 0 && strings.TrimSpace(f.lines[n-1]) != "" {
			f.lines = append(f.lines, "")
		}
		f.lines = append(f.lines, "["+name+"]", line)
		return nil
	}
	at := stop
	for at > start+1 && strings.TrimSpace(f.lines[at-1]) == "" {
		at--
	}
	f.lines = append(f.lines[:at], append([]string{line}, f.lines[at:]...)...)
	return nil
}

// remove deletes option key of section name, if there.
func (f *configFile) remove(name, key string) {
	if at, end, ok := f.option(name, key); ok {
		f.lines = append(f.lines[:at], f.lines[end:]...)
	}
}

// options returns the names of the options of section name.
func (f *configFile) options(name string) []string {
	start, stop, ok := f.section(name)
	if !ok {
		return nil
	}
	var out []string
	for i := start + 1; i < stop; i++ {
		if k, isOpt := optionName(f.lines[i]); isOpt {
			out = append(out, k)
		}
	}
	return out
}

// removeSection deletes section name and the blank lines after it.
func (f *configFile) removeSection(name string) {
	if start, stop, ok := f.section(name); ok {
		f.lines = append(f.lines[:start], f.lines[stop:]...)
	}
}

// bytes is the file's content: each line ended by "\n", and a blank line
// after the last section, as configparser writes.
func (f *configFile) bytes() []byte {
	var b bytes.Buffer
	for _, l := range f.lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if n := len(f.lines); n > 0 && strings.TrimSpace(f.lines[n-1]) != "" {
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// save writes the file atomically (a temporary file renamed over it, so a
// crash leaves the old or the new file, never half of one), readable by
// its owner only since it holds keys. A symbolic link is written through.
func (f *configFile) save() error {
	path := f.path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".config.ini.*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(f.bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
