package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// watchUploads is upload --watch: every file of dir (those there now and
// those written later) is sent once it has stopped changing, until ctx
// ends. The dataset's file names (when the key may list them) and the
// sent log tell which files need nothing, across restarts.
func watchUploads(ctx context.Context, app cliapp.App, c *arcsecond.Client, ds *arcsecond.Dataset, dir string, f uploadFlags, sum *uploadSummary) error {
	log, err := openSentLog(f.stateFile, app.APIName(), "dataset", ds.UUID)
	if err != nil {
		return err
	}
	defer log.close()
	var mu sync.Mutex
	names := map[string]bool{}
	for df, err := range c.Datasets.DataFiles(ds.UUID).All(ctx, nil) {
		if errors.Is(err, arcsecond.ErrForbidden) {
			break // an upload key: the sent log and the server's refusals tell
		}
		if err != nil {
			return fmt.Errorf("listing the files of dataset %q: %w", ds.Name, err)
		}
		names[df.Name] = true
	}
	keep := arcsecond.IsUploadable
	if f.allFiles {
		keep = func(string) bool { return true }
	}
	fmt.Fprintf(app.Err(), "watching %s (Ctrl-C to stop): files are sent %s after their last change\n", dir, f.settle)
	w := &watcher{
		root: dir, keep: keep, settle: f.settle, rescan: f.rescan, concurrency: f.concurrency, log: app.Logger(),
		done: func(path string, st fileState) bool {
			mu.Lock()
			defer mu.Unlock()
			return names[filepath.Base(path)] || log.has(path, st)
		},
		send: func(ctx context.Context, path string) error {
			start := time.Now()
			file, fh, err := arcsecond.OpenFile(path)
			if err != nil {
				return err
			}
			defer fh.Close()
			info, err := fh.Stat()
			if err != nil {
				return err
			}
			df, _, err := c.DataFiles.Upload(ctx, ds.UUID, file, &arcsecond.UploadOptions{IsRaw: f.raw, Tags: f.tags})
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil || errors.Is(err, arcsecond.ErrAlreadyExists):
				names[filepath.Base(path)] = true
				if lerr := log.add(path, stateOf(info)); lerr != nil {
					fmt.Fprintf(app.Err(), "warning: %s sent but not recorded in %s: %v\n", path, log.path, lerr)
				}
				if err != nil {
					sum.Skipped = append(sum.Skipped, path)
					fmt.Fprintf(app.Err(), "skipped %s: already in the dataset\n", path)
					return nil
				}
				sum.Uploaded = append(sum.Uploaded, path)
				fmt.Fprintf(app.Err(), "uploaded %s (%d bytes, %s)\n", path, info.Size(), time.Since(start).Round(time.Millisecond))
				return nil
			case ctx.Err() != nil:
				fmt.Fprintf(app.Err(), "interrupted: %s (the next run sends it unless it arrived)\n", path)
				return err
			case errors.Is(err, arcsecond.ErrContentChanged) && df != nil:
				fmt.Fprintf(app.Err(), "%s changed while it was sent; %s\n", path, dropChangedCopy(ctx, c, df))
				return err
			}
			msg := err.Error()
			fmt.Fprintf(app.Err(), "failed: %s: %s\n", path, msg)
			if permanent(err) {
				sum.Failed = append(sum.Failed, failedUpload{path, msg})
				return fmt.Errorf("%w: %w", errPermanent, err)
			}
			return err
		},
	}
	err = w.run(ctx)
	if _, statErr := os.Stat(dir); statErr != nil {
		return statErr
	}
	return err
}

// permanent reports whether the API refused a request for a reason that a
// retry will not change (a 4xx other than 408 and 429).
func permanent(err error) bool {
	var e *arcsecond.ErrorResponse
	return errors.As(err, &e) && e.StatusCode >= 400 && e.StatusCode < 500 && e.StatusCode != 408 && e.StatusCode != 429
}
