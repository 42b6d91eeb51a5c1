package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

type allskyFlags struct {
	camera, portal string
	exifTZ         string
	concurrency    int
	watch          bool
	settle, rescan time.Duration
	stateFile      string
}

func allskyCommand(app cliapp.App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "allsky",
		Short: "All-sky cameras: upload their images",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	var f allskyFlags
	up := &cobra.Command{
		Use:   "upload DIR -c CAMERA [-p ORG]",
		Short: "Upload the images of an all-sky camera, each with the time it was taken",
		Long: `Uploads the JPEG, PNG and FITS images of DIR and its subfolders to the images
of the all-sky camera CAMERA (a uuid: see arcsecond allskycameras), as the
Python SDK's all-sky uploader does: POST /[ORG/]allskycameras/CAMERA/images/
with the image and its UTC time of capture, taken from (in that order)
  - the image's metadata: EXIF DateTimeOriginal for JPEG (and PNG's eXIf),
    PNG's "Creation Time" text or tIME, FITS DATE-OBS (with TIME-OBS) or MJD-OBS;
  - a date and time in the file name (20261127_231405.jpg, 2026-11-27T23-14-05.png);
  - the file's modification time.
EXIF times without an offset are taken in --exif-tz (UTC by default).
An upload key is enough. Images sent are recorded (--state), so a rerun
or a restarted --watch sends only new ones; --watch keeps running for a
camera that writes an image a minute all night.`,
		Example: `  arcsecond allsky upload /var/allsky/images -c 3f9e... -p my-observatory --watch`,
		Args:    exactDir,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAllsky(cmd.Context(), app, args[0], f)
		},
	}
	fl := up.Flags()
	fl.StringVarP(&f.camera, "camera", "c", "", "all-sky camera `uuid` (required; see arcsecond allskycameras)")
	portalFlag(up, &f.portal)
	fl.StringVar(&f.exifTZ, "exif-tz", "UTC", "time `zone` of EXIF times without an offset: an IANA name (Europe/Paris), UTC or Local")
	fl.IntVar(&f.concurrency, "concurrency", 2, "uploads at once (1–32)")
	fl.BoolVarP(&f.watch, "watch", "w", false, "keep running and upload new images as they appear (Ctrl-C to stop)")
	fl.DurationVar(&f.settle, "settle", 5*time.Second, "with --watch: how long an image must stay unchanged before it is sent")
	fl.DurationVar(&f.rescan, "rescan", time.Minute, "with --watch: how often the folder is walked again, in case an event was missed")
	fl.StringVar(&f.stateFile, "state", "", "`file` recording the images sent (default under $XDG_STATE_HOME/arcsecond)")
	cmd.AddCommand(up)
	return cmd
}

// allskySummary is what allsky upload did.
type allskySummary struct {
	Camera   string         `json:"camera"`
	Name     string         `json:"camera_name"`
	Uploaded []allskySent   `json:"uploaded"`
	Skipped  int            `json:"skipped"` // sent before (the state file)
	Failed   []failedUpload `json:"failed"`
}

type allskySent struct {
	Path         string    `json:"path"`
	UTCTimestamp time.Time `json:"utc_timestamp"`
	TimeSource   string    `json:"time_source"`
	ID           int       `json:"id,omitempty"`
}

func runAllsky(ctx context.Context, app cliapp.App, dir string, f allskyFlags) error {
	switch {
	case f.camera == "":
		return cliapp.Usagef("-c needs the camera's uuid (see arcsecond allskycameras)")
	case !isUUID(f.camera):
		return cliapp.Usagef("-c %q is not a camera uuid (see arcsecond allskycameras)", f.camera)
	case f.concurrency < 1 || f.concurrency > 32:
		return cliapp.Usagef("--concurrency %d: want 1 to 32", f.concurrency)
	case f.settle < 0 || f.rescan < time.Second:
		return cliapp.Usagef("--settle must not be negative and --rescan must be at least 1s")
	}
	zone, err := time.LoadLocation(f.exifTZ)
	if err != nil {
		return cliapp.Usagef("--exif-tz %q: %v", f.exifTZ, err)
	}
	c, err := senderClient(ctx, app, f.portal)
	if err != nil {
		return err
	}
	cam, _, err := c.AllSkyCameras.Get(ctx, f.camera)
	if errors.Is(err, arcsecond.ErrNotFound) {
		return fmt.Errorf("camera %s is not among %s all-sky cameras (see arcsecond allskycameras%s): %w", f.camera, ownerOf(f.portal), portalOpt(f.portal), err)
	}
	if err != nil {
		return fmt.Errorf("reading camera %s: %w", f.camera, err)
	}
	fmt.Fprintf(app.Err(), "camera %q (%s)\n", cam.Name, cam.UUID)
	log, err := openSentLog(f.stateFile, app.APIName(), "allsky", cam.UUID)
	if err != nil {
		return err
	}
	defer log.close()

	sum := &allskySummary{Camera: cam.UUID, Name: cam.Name, Uploaded: []allskySent{}, Failed: []failedUpload{}}
	var mu sync.Mutex
	images := c.AllSkyCameras.Images(cam.UUID)
	fail := func(ctx context.Context, path string, err error) error {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil {
			return err
		}
		fmt.Fprintf(app.Err(), "failed: %s: %v\n", path, err)
		if permanent(err) || !f.watch { // --watch retries the others
			sum.Failed = append(sum.Failed, failedUpload{path, err.Error()})
		}
		if permanent(err) {
			return fmt.Errorf("%w: %w", errPermanent, err)
		}
		return err
	}
	send := func(ctx context.Context, path string) error {
		t, source, err := imageTime(path, zone)
		if err != nil {
			return fail(ctx, path, err)
		}
		file, fh, err := arcsecond.OpenFile(path)
		if err != nil {
			return fail(ctx, path, err)
		}
		defer fh.Close()
		info, err := fh.Stat()
		if err != nil {
			return fail(ctx, path, err)
		}
		img, _, err := images.Upload(ctx, file, t, nil)
		if err != nil {
			return fail(ctx, path, err)
		}
		mu.Lock()
		defer mu.Unlock()
		if lerr := log.add(path, stateOf(info)); lerr != nil {
			fmt.Fprintf(app.Err(), "warning: %s sent but not recorded in %s: %v\n", path, log.path, lerr)
		}
		s := allskySent{Path: path, UTCTimestamp: t, TimeSource: source}
		if img != nil {
			s.ID = img.ID
		}
		sum.Uploaded = append(sum.Uploaded, s)
		fmt.Fprintf(app.Err(), "uploaded %s, taken %s (from its %s)\n", path, t.Format(time.RFC3339Nano), source)
		return nil
	}

	if f.watch {
		fmt.Fprintf(app.Err(), "watching %s (Ctrl-C to stop): images are sent %s after their last change\n", dir, f.settle)
		w := &watcher{root: dir, keep: isAllSkyImage, settle: f.settle, rescan: f.rescan, concurrency: f.concurrency, log: app.Logger(),
			done: log.has, send: send}
		err = w.run(ctx)
		if ctx.Err() != nil {
			err = nil // a signal is how --watch ends
		}
	} else {
		err = allskyOnce(ctx, dir, f.concurrency, log, send, &sum.Skipped)
	}
	if app.JSON() {
		if jerr := writeJSON(app.Out(), sum); err == nil {
			err = jerr
		}
	} else {
		fmt.Fprintf(app.Out(), "camera %q (%s): %d uploaded, %d skipped (sent before), %d failed\n", sum.Name, sum.Camera, len(sum.Uploaded), sum.Skipped, len(sum.Failed))
	}
	switch {
	case err != nil && ctx.Err() != nil:
		return fmt.Errorf("%w: run the same command again to resume", cliapp.ErrInterrupted)
	case err != nil:
		return err
	case len(sum.Failed) > 0:
		return fmt.Errorf("%d image(s) failed (see above); run the same command again to retry them", len(sum.Failed))
	}
	return nil
}

// allskyOnce sends the images of dir not sent before, in name order (so
// in time order for most cameras), concurrency at a time.
func allskyOnce(ctx context.Context, dir string, concurrency int, log *sentLog, send func(context.Context, string) error, skipped *int) error {
	dir, err := filepath.EvalSymlinks(dir) // walk a linked folder as its target
	if err != nil {
		return err
	}
	var paths []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !isAllSkyImage(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if log.has(p, stateOf(info)) {
			*skipped++
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(paths)
	sem := make(chan struct{}, concurrency)
	var wg sync.WaitGroup
	for _, p := range paths {
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
			_ = send(ctx, p) // failures are in the summary
		}()
	}
	wg.Wait()
	return ctx.Err()
}
