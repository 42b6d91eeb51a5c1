package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// sentLog remembers the files sent to one dataset or camera, so that a
// restarted --watch (or a rerun of allsky upload) sends each version of a
// file once, even where the server cannot be asked (an upload key may not
// list a dataset's files; a camera's images have no file names). It is an
// append-only file of JSON lines, one per file sent, synced after each.
type sentLog struct {
	path string

	mu   sync.Mutex
	sent map[string]fileState // by absolute path
	f    *os.File
}

// sentEntry is one line of the log.
type sentEntry struct {
	Path string `json:"path"`
	fileState
}

// maxSentLog bounds the log read: a line a minute for years.
const maxSentLog = 256 << 20

// stateDir is where the logs live: $XDG_STATE_HOME/arcsecond, else
// ~/.local/state/arcsecond.
func stateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "arcsecond"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "arcsecond"), nil
}

// openSentLog opens (creating it) the log of kind ("dataset", "allsky")
// and id on the API apiName, unless path names one.
func openSentLog(path, apiName, kind, id string) (*sentLog, error) {
	if path == "" {
		dir, err := stateDir()
		if err != nil {
			return nil, err
		}
		safe := strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == 0 || r == ':' {
				return '_'
			}
			return r
		}, apiName+"-"+kind+"-"+id)
		path = filepath.Join(dir, safe+".jsonl")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	l := &sentLog{path: path, sent: map[string]fileState{}}
	if st, err := os.Stat(path); err == nil && st.Size() > maxSentLog {
		return nil, fmt.Errorf("%s is larger than %d bytes: not a log of this command", path, maxSentLog)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		var e sentEntry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Path == "" {
			continue // a line cut by a crash; the file is sent again at worst
		}
		l.sent[e.Path] = e.fileState
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	l.f = f
	return l, nil
}

// has reports whether this version of the file was sent.
func (l *sentLog) has(path string, st fileState) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	got, ok := l.sent[abs]
	return ok && got == st
}

// add records a file sent, durably.
func (l *sentLog) add(path string, st fileState) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	line, err := json.Marshal(sentEntry{abs, st})
	if err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent[abs] = st
	if _, err := l.f.Write(append(line, '\n')); err != nil {
		return err
	}
	return l.f.Sync()
}

func (l *sentLog) close() error { return l.f.Close() }
