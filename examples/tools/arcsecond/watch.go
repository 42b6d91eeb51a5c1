package main

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// fileState is what tells two versions of a file apart without reading it.
type fileState struct {
	Size  int64 `json:"size"`
	MTime int64 `json:"mtime_ns"`
}

func stateOf(info fs.FileInfo) fileState {
	return fileState{Size: info.Size(), MTime: info.ModTime().UnixNano()}
}

// errPermanent marks a send failure that retrying will not fix (the
// server refused the file); others are retried.
var errPermanent = errors.New("not retried")

// watcher hands each file of a folder tree to send once the file has
// stopped changing for settle, as an instrument or a camera finishes
// writing it. It learns of files from fsnotify events and from a walk of
// the tree every rescan (so a missed event, an event overflow or a
// network file system without events only delays a file). done says which
// files need nothing (already sent, before a restart too).
type watcher struct {
	root        string
	keep        func(name string) bool
	settle      time.Duration
	rescan      time.Duration
	concurrency int
	log         *slog.Logger
	done        func(path string, st fileState) bool
	send        func(ctx context.Context, path string) error
}

type pendingFile struct {
	st        fileState
	since     time.Time // when st was first seen
	notBefore time.Time // retry backoff
}

type sendResult struct {
	path string
	st   fileState
	err  error
}

// maxAttempts bounds the retries of one version of a file.
const maxAttempts = 4

// run watches until ctx ends, then waits for the sends in flight (which
// ctx cancels) and returns ctx's error.
func (w *watcher) run(ctx context.Context) error {
	// A folder given through a symbolic link ("tonight" → the date's
	// folder) is walked and watched as its target.
	root, err := filepath.EvalSymlinks(w.root)
	if err != nil {
		return err
	}
	w.root = root
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer fsw.Close()
	pending := map[string]*pendingFile{}
	inflight := map[string]bool{}
	failed := map[string]fileState{} // versions given up on
	tries := map[string]int{}        // failed sends of the pending version
	results := make(chan sendResult)

	watchTree := func(dir string) {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				w.log.Warn("cannot read", "path", p, "error", err)
				return nil
			}
			if hidden(w.root, p) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if err := fsw.Add(p); err != nil {
					w.log.Warn("cannot watch, relying on the periodic walk", "dir", p, "error", err)
				}
				return nil
			}
			w.consider(pending, inflight, failed, p)
			return nil
		})
	}
	watchTree(w.root)

	tick := time.NewTicker(min(max(w.settle/4, 50*time.Millisecond), time.Second))
	defer tick.Stop()
	walk := time.NewTicker(w.rescan)
	defer walk.Stop()
	for {
		select {
		case <-ctx.Done():
			for len(inflight) > 0 {
				r := <-results
				delete(inflight, r.path)
			}
			return ctx.Err()
		case ev, ok := <-fsw.Events:
			if !ok {
				return errors.New("the file watcher stopped")
			}
			if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Write) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					if !hidden(w.root, ev.Name) {
						watchTree(ev.Name)
					}
				} else {
					w.consider(pending, inflight, failed, ev.Name)
				}
			}
		case err, ok := <-fsw.Errors:
			if !ok {
				return errors.New("the file watcher stopped")
			}
			w.log.Warn("file events lost, walking the folder again", "error", err)
			watchTree(w.root)
		case <-walk.C:
			watchTree(w.root)
		case r := <-results:
			delete(inflight, r.path)
			if r.err == nil {
				delete(tries, r.path)
				continue
			}
			tries[r.path]++
			if errors.Is(r.err, errPermanent) || tries[r.path] >= maxAttempts || ctx.Err() != nil {
				delete(tries, r.path)
				failed[r.path] = r.st
				continue
			}
			now := time.Now()
			pending[r.path] = &pendingFile{st: r.st, since: now, notBefore: now.Add(time.Duration(1<<tries[r.path]) * time.Second)}
		case now := <-tick.C:
			for path, p := range pending {
				if len(inflight) >= w.concurrency {
					break
				}
				if now.Before(p.notBefore) {
					continue
				}
				info, err := os.Stat(path)
				if err != nil || !info.Mode().IsRegular() {
					delete(pending, path)
					continue
				}
				if st := stateOf(info); st != p.st {
					p.st, p.since = st, now
					continue
				}
				if now.Sub(p.since) < w.settle {
					continue
				}
				delete(pending, path)
				if w.done(path, p.st) {
					continue
				}
				inflight[path] = true
				st := p.st
				go func() {
					results <- sendResult{path, st, w.send(ctx, path)}
				}()
			}
		}
	}
}

// consider queues a file the watcher may have to send.
func (w *watcher) consider(pending map[string]*pendingFile, inflight map[string]bool, failed map[string]fileState, path string) {
	if inflight[path] || pending[path] != nil || hidden(w.root, path) || !w.keep(filepath.Base(path)) {
		return
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return
	}
	st := stateOf(info)
	if f, ok := failed[path]; ok && f == st {
		return // given up on this version; a new one is tried again
	}
	if w.done(path, st) {
		return
	}
	// A file last changed long ago is as settled as it will be.
	since := time.Now()
	if mt := info.ModTime(); mt.Before(since) {
		since = mt
	}
	pending[path] = &pendingFile{st: st, since: since}
}

// hidden reports whether a path under root has a component starting with
// a dot, as the Python CLI and UploadDir skip them.
func hidden(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." {
		return false
	}
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}
