package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
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
	UploadFailed                         // the upload failed (Err says why); nothing is kept
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

// UploadResult is what UploadDir did with one file.
type UploadResult struct {
	Path   string // path of the local file
	Name   string // name in the dataset
	Status UploadStatus
	File   *DataFile // the created data file, when Status is UploadDone
	Err    error     // why it failed or did not start
}

// UploadDirOptions tune UploadDir.
type UploadDirOptions struct {
	Concurrency int      // uploads at once; 4 if zero
	IsRaw       bool     // is_raw of every file
	Tags        []string // tags of every file
	// Progress, if set, receives the bytes sent of each file; it is called
	// from several goroutines at once.
	Progress func(path string, done, total int64)
}

// UploadDir uploads every FITS and XISF file under dir (recursively; see
// IsUploadable; hidden files skipped) to the dataset datasetUUID with
// DataFilesService.Upload, at most opts.Concurrency at a time. Files whose
// name is already in the dataset, or that the API refuses as duplicates, are
// skipped; two local files with the same name fail (the API keys files by
// name). It returns one result per file, in path order, and an error only
// when it could not start (unreadable dir, dataset listing failed) or ctx
// ended (then ctx.Err(), with the files not finished marked as such). It
// waits for its uploads before returning.
func (s *DatasetsService) UploadDir(ctx context.Context, datasetUUID, dir string, opts *UploadDirOptions) ([]UploadResult, error) {
	var o UploadDirOptions
	if opts != nil {
		o = *opts
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	paths, err := uploadablePaths(dir)
	if err != nil {
		return nil, err
	}
	existing := map[string]bool{}
	for f, err := range s.DataFiles(datasetUUID).All(ctx, nil) {
		if err != nil {
			return nil, fmt.Errorf("arcsecond: listing the files of dataset %s: %w", datasetUUID, err)
		}
		existing[f.Name] = true
	}
	files := DataFilesService{}
	files.bind(at(s.Getter.endpoint, "datafiles/"))

	results := make([]UploadResult, len(paths))
	first := map[string]string{}
	sem := make(chan struct{}, o.Concurrency)
	var wg sync.WaitGroup
	for i, p := range paths {
		r := &results[i]
		*r = UploadResult{Path: p, Name: filepath.Base(p)}
		if prev, dup := first[r.Name]; dup {
			r.Status, r.Err = UploadFailed, fmt.Errorf("arcsecond: %s has the same name as %s, not allowed in the same dataset", p, prev)
			continue
		}
		first[r.Name] = p
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
		uo.Progress = func(done, total int64) { o.Progress(r.Path, done, total) }
	}
	df, _, err := files.Upload(ctx, dataset, f, uo)
	switch {
	case errors.Is(err, ErrAlreadyExists):
		r.Status = UploadSkipped
	case err != nil:
		r.Status, r.Err = UploadFailed, err
	default:
		r.Status, r.File = UploadDone, df
	}
}

// uploadablePaths walks dir for the files IsUploadable accepts, skipping
// hidden files and directories, in lexical order.
func uploadablePaths(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := p != dir && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.Type().IsRegular() && !hidden && IsUploadable(d.Name()):
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	return out, nil
}
