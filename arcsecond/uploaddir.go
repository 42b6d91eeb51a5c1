package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// uploadExtensions are the file name extensions the API accepts: FITS
// variants and XISF (arcsecond-io/cli cloud/uploader/constants.py).
var uploadExtensions = []string{"fits", "fit", "fts", "ft", "mt", "imfits", "imfit", "uvfits", "uvfit", "pha", "rmf", "arf", "rsp", "pi", "xisf"}

// IsUploadable reports whether the API accepts a file of this name: a FITS
// or XISF extension, optionally followed by .gz, .bz2 or .zip, any case.
func IsUploadable(name string) bool {
	n := strings.ToLower(filepath.Base(name))
	for _, z := range []string{".gz", ".bz2", ".zip"} {
		if s, ok := strings.CutSuffix(n, z); ok {
			n = s
			break
		}
	}
	return slices.Contains(uploadExtensions, strings.TrimPrefix(filepath.Ext(n), "."))
}

// UploadStatus is the outcome of one file of UploadDir.
type UploadStatus int

// Outcomes of UploadDir.
const (
	UploadNotStarted UploadStatus = iota // cancelled before it started
	UploadDone                           // uploaded now
	UploadSkipped                        // already in the dataset
	UploadFailed                         // not uploaded, or uploaded while the file changed (Err says why)
)

func (s UploadStatus) String() string {
	switch s {
	case UploadDone:
		return "uploaded"
	case UploadSkipped:
		return "skipped"
	case UploadFailed:
		return "failed"
	}
	return "not started"
}

// UploadResult is what UploadDir did with one file, or with a directory it
// could not read.
type UploadResult struct {
	Path   string // path of the local file (or unreadable directory)
	Name   string // name in the dataset; "" for a directory
	Target string // the file read, when Path is a symbolic link
	Status UploadStatus
	// File is the created data file when Status is UploadDone, and also
	// when the upload failed with ErrContentChanged after the server had
	// accepted it (its copy may then mix two versions of the file).
	File *DataFile
	Err  error // why it failed or did not start
}

// UploadDirOptions tune UploadDir.
type UploadDirOptions struct {
	Concurrency int      // uploads at once; 4 if zero
	IsRaw       bool     // is_raw of every file
	Tags        []string // tags of every file
	// AllFiles uploads every non-hidden file, as the official CLI does,
	// instead of only those IsUploadable accepts.
	AllFiles bool
	// Progress, if set, receives the path and the bytes sent of each file;
	// it is called from several goroutines at once.
	Progress Progress
}

// UploadDir uploads every FITS and XISF file under dir (recursively; see
// IsUploadable and AllFiles; hidden files and directories skipped) to the
// dataset datasetUUID with DataFilesService.Upload, at most opts.Concurrency at
// a time. Symbolic links are followed, to files and to directories (a link back
// to a directory being walked is reported, not followed; a directory reached
// twice is walked once). Files whose name is already in the dataset, or that
// the API refuses as duplicates, are skipped (with an upload key, which may not
// list the dataset's files, the refusals alone tell); two local files with the
// same name fail (the API keys files by name).
//
// It returns one result per file, in path order: every file selected gets one,
// with UploadFailed and the reason when it could not be sent (a dangling link,
// a link loop, not a regular file, a file that vanished, or that changed while
// it was sent: ErrContentChanged, ErrLongContent or ErrShortContent); a
// subdirectory that cannot be read gets a failed result of its own and the walk
// goes on. The error is non-nil only when it could not start (dir missing or
// not a directory, dataset listing failed other than 403) or ctx ended (then ctx.Err(), with
// the files not finished marked as such). It waits for its uploads before
// returning.
//
// GET /[{org}/]datasets/{uuid}/datafiles/, then POST /[{org}/]datafiles/ for each file.
func (s *DatasetsService) UploadDir(ctx context.Context, datasetUUID, dir string, opts *UploadDirOptions) ([]UploadResult, error) {
	var o UploadDirOptions
	if opts != nil {
		o = *opts
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	keep := IsUploadable
	if o.AllFiles {
		keep = func(string) bool { return true }
	}
	entries, err := walkFiles(dir, keep)
	if err != nil {
		return nil, err
	}
	existing := map[string]bool{}
	for f, err := range s.DataFiles(datasetUUID).All(ctx, nil) {
		if errors.Is(err, ErrForbidden) && len(existing) == 0 {
			// An upload key may upload but not list: the server's refusal
			// of each duplicate then tells what to skip.
			break
		}
		if err != nil {
			return nil, fmt.Errorf("arcsecond: listing the files of dataset %s: %w", datasetUUID, err)
		}
		existing[f.Name] = true
	}
	files := DataFilesService{}
	files.bind(at(s.ep, "datafiles/"))

	results := make([]UploadResult, len(entries))
	first := map[string]string{}
	sem := make(chan struct{}, o.Concurrency)
	var wg sync.WaitGroup
	for i, e := range entries {
		r := &results[i]
		*r = UploadResult{Path: e.path, Target: e.target}
		if !e.dir {
			r.Name = filepath.Base(e.path)
		}
		if e.err != nil {
			r.Status, r.Err = UploadFailed, e.err
			continue
		}
		if prev, dup := first[r.Name]; dup {
			r.Status, r.Err = UploadFailed, fmt.Errorf("arcsecond: %s has the same name as %s, not allowed in the same dataset", e.path, prev)
			continue
		}
		first[r.Name] = e.path
		if existing[r.Name] {
			r.Status = UploadSkipped
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			uploadOne(ctx, &files, datasetUUID, r, o)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		for i := range results {
			if r := &results[i]; r.Status == UploadNotStarted {
				r.Err = err
			}
		}
		return results, err
	}
	return results, nil
}

func uploadOne(ctx context.Context, files *DataFilesService, dataset string, r *UploadResult, o UploadDirOptions) {
	f, fh, err := OpenFile(r.Path)
	if err != nil {
		r.Status, r.Err = UploadFailed, err
		return
	}
	defer fh.Close()
	uo := &UploadOptions{IsRaw: o.IsRaw, Tags: o.Tags}
	if o.Progress != nil {
		uo.Progress = func(_ string, done, total int64) { o.Progress(r.Path, done, total) }
	}
	df, _, err := files.Upload(ctx, dataset, f, uo)
	switch {
	case errors.Is(err, ErrAlreadyExists):
		r.Status = UploadSkipped
	case err != nil:
		r.Status, r.Err, r.File = UploadFailed, err, df
	default:
		r.Status, r.File = UploadDone, df
	}
}

// walkEntry is a file UploadDir selected, or a path it could not use.
type walkEntry struct {
	path   string
	target string // resolved path, for a symbolic link
	dir    bool   // a directory (then err is set)
	err    error
}

// walkFiles lists the non-hidden files under root whose name keep accepts,
// in lexical order, following symbolic links. Dangling links, links to
// something other than a file or directory, link loops and unreadable
// directories become entries with an error; each directory is walked once,
// however many links lead to it.
func walkFiles(root string, keep func(name string) bool) ([]walkEntry, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("arcsecond: %s is not a directory", root)
	}
	real, err := filepath.EvalSymlinks(root)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	var out []walkEntry
	seen := map[string]bool{real: true}
	var walk func(dir, real string)
	walk = func(dir, real string) {
		list, err := os.ReadDir(dir)
		if err != nil {
			// ReadDir returns what it read before the error: use it too.
			out = append(out, walkEntry{path: dir, dir: true, err: fmt.Errorf("arcsecond: reading directory %s: %w", dir, err)})
		}
		for _, d := range list {
			name := d.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			p := filepath.Join(dir, name)
			typ, childReal, target := d.Type(), filepath.Join(real, name), ""
			if typ&fs.ModeSymlink != 0 {
				info, err := os.Stat(p)
				if err == nil {
					target, err = filepath.EvalSymlinks(p)
				}
				if err == nil {
					target, err = filepath.Abs(target)
				}
				if err != nil {
					if keep(name) {
						out = append(out, walkEntry{path: p, err: fmt.Errorf("arcsecond: symbolic link %s: %w", p, err)})
					}
					continue
				}
				typ, childReal = info.Mode().Type(), target
			}
			switch {
			case typ.IsDir():
				if childReal == real || strings.HasPrefix(real, childReal+string(filepath.Separator)) || childReal == string(filepath.Separator) {
					out = append(out, walkEntry{path: p, dir: true, err: fmt.Errorf("arcsecond: symbolic link %s leads back to %s: not followed", p, childReal)})
					continue
				}
				if seen[childReal] {
					continue // its files have their results under another path
				}
				seen[childReal] = true
				walk(p, childReal)
			case !keep(name):
			case typ.IsRegular():
				out = append(out, walkEntry{path: p, target: target})
			default:
				out = append(out, walkEntry{path: p, err: fmt.Errorf("arcsecond: %s is not a regular file (%v)", p, typ)})
			}
		}
	}
	walk(root, real)
	return out, nil
}
