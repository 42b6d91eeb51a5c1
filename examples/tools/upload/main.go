// Command upload syncs a local folder of FITS and XISF files (.fits, .fit,
// .fts, .xisf, optionally .gz, .bz2 or .zip) to an Arcsecond dataset, found
// by name or created: it skips the files already in the dataset, uploads the
// others a few at a time with a progress bar per file and one in total, and
// prints a summary. Ctrl-C stops it cleanly (uploads in flight are cancelled
// and nothing partial is kept); running it again resumes where it stopped.
//
// Without ARCSECOND_API_KEY it uses a fresh in-process reference server
// (arcsecond/arcsecondtest), so each run starts from an empty dataset; to
// see resuming offline, run the mockserver and point the API variables at
// it. With ARCSECOND_API_KEY (or an upload key in ARCSECOND_UPLOAD_KEY) and
// optionally ARCSECOND_API_URL and ARCSECOND_ORGANISATION, it uploads to the
// real API. From examples/tools:
//
//	go run ./upload -dir /data/2026-11-27 -dataset "2026-11-27 M31"
//	go run ../mockserver &   # then, with the access key it prints:
//	ARCSECOND_API_KEY=<key> ARCSECOND_API_URL=http://127.0.0.1:8800/ go run ./upload -dir /data/tonight
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

const usage = `Usage: upload -dir DIR [flags]

Uploads the FITS/XISF files of DIR (and its subfolders) to a dataset found by
name or created, skipping those already there. Ctrl-C stops cleanly; run again
to resume. Offline (in-process reference server) unless ARCSECOND_API_KEY is set.
`

func main() { exampleenv.Main("upload", run) }

type config struct {
	dir, dataset, telescope string
	tags                    []string
	concurrency             int
	raw, progress, verbose  bool
	// onProgress, when set (tests), sees every progress report.
	onProgress func(path string, done, total int64)
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	var tags string
	fs := flag.NewFlagSet("upload", flag.ContinueOnError)
	fs.StringVar(&c.dir, "dir", "", "folder to upload (required)")
	fs.StringVar(&c.dataset, "dataset", "", "dataset `name`, found or created (default: the folder's name)")
	fs.StringVar(&c.telescope, "telescope", "", "telescope `uuid` of a new dataset (organisations require one)")
	fs.StringVar(&tags, "tags", "", "comma-separated tags for every file")
	fs.IntVar(&c.concurrency, "concurrency", 4, "uploads at once (1–32)")
	fs.BoolVar(&c.raw, "raw", true, "mark the files as raw data")
	fs.BoolVar(&c.progress, "progress", isTerminal(stderr), "draw progress bars on stderr (default: when stderr is a terminal)")
	fs.BoolVar(&c.verbose, "v", false, "debug logs")
	if err := exampleenv.Parse(fs, args, stderr, usage); err != nil {
		return c, err
	}
	if c.dir == "" {
		return c, errors.New("-dir is required (see -h)")
	}
	if st, err := os.Stat(c.dir); err != nil {
		return c, err
	} else if !st.IsDir() {
		return c, fmt.Errorf("-dir %s is not a folder", c.dir)
	}
	if c.concurrency < 1 || c.concurrency > 32 {
		return c, fmt.Errorf("-concurrency %d: want 1 to 32", c.concurrency)
	}
	if c.dataset == "" {
		abs, err := filepath.Abs(c.dir)
		if err != nil {
			return c, err
		}
		c.dataset = filepath.Base(abs)
	}
	for t := range strings.SplitSeq(tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			c.tags = append(c.tags, t)
		}
	}
	return c, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return exampleenv.Help(err)
	}
	env, err := exampleenv.Open(stderr, "arcsecond-upload")
	if err != nil {
		return err
	}
	defer env.Close()
	return upload(ctx, env.Client, cfg, stdout, stderr)
}

type summary struct{ uploaded, skipped, failed, notStarted int }

func upload(ctx context.Context, c *arcsecond.Client, cfg config, stdout, stderr io.Writer) error {
	level := slog.LevelInfo
	if cfg.verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	ds, created, err := c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: cfg.dataset, Telescope: cfg.telescope})
	if err != nil {
		return fmt.Errorf("dataset %q: %w", cfg.dataset, err)
	}
	log.Info("dataset", "name", ds.Name, "uuid", ds.UUID, "created", created)
	sizes, err := localFiles(cfg.dir)
	if err != nil {
		return err
	}
	var pending int64
	have := map[string]bool{}
	for f, err := range c.Datasets.DataFiles(ds.UUID).All(ctx, nil) {
		if err != nil {
			return fmt.Errorf("listing the files of dataset %q: %w", ds.Name, err)
		}
		have[f.Name] = true
	}
	for p, n := range sizes {
		if !have[filepath.Base(p)] {
			pending += n
		}
	}
	log.Info("local files", "dir", cfg.dir, "files", len(sizes), "bytes", pending)

	bars := newBars(ctx, cfg.progress, stderr, pending, sizes)
	results, err := c.Datasets.UploadDir(ctx, ds.UUID, cfg.dir, &arcsecond.UploadDirOptions{
		Concurrency: cfg.concurrency, IsRaw: cfg.raw, Tags: cfg.tags,
		Progress: func(path string, done, total int64) {
			bars.progress(path, done, total)
			if cfg.onProgress != nil {
				cfg.onProgress(path, done, total)
			}
		},
	})
	bars.finish()

	var s summary
	for _, r := range results {
		switch r.Status {
		case arcsecond.UploadDone:
			s.uploaded++
			log.Debug("uploaded", "file", r.Path)
		case arcsecond.UploadSkipped:
			s.skipped++
			log.Debug("already in the dataset", "file", r.Path)
		case arcsecond.UploadFailed:
			s.failed++
			log.Error("failed", "file", r.Path, "err", r.Err)
		default:
			s.notStarted++
		}
	}
	fmt.Fprintf(stdout, "dataset %q (%s): %d uploaded, %d skipped (already there), %d failed, %d not started\n",
		ds.Name, ds.UUID, s.uploaded, s.skipped, s.failed, s.notStarted)
	switch {
	case errors.Is(err, context.Canceled):
		return errors.New("interrupted: run the same command again to resume")
	case err != nil:
		return err
	case s.failed > 0:
		return fmt.Errorf("%d of %d files failed", s.failed, len(results))
	}
	return nil
}

// localFiles returns the size of each file under dir that the API accepts,
// skipping hidden files and folders as UploadDir does.
func localFiles(dir string) (map[string]int64, error) {
	out := map[string]int64{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && arcsecond.IsUploadable(d.Name()) {
			info, err := d.Info()
			if err != nil {
				return err
			}
			out[p] = info.Size()
		}
		return nil
	})
	return out, err
}

// bars draws one bar per file in flight and one for the bytes of the whole
// run (counted against the files' sizes, without the multipart envelope).
type bars struct {
	p     *mpb.Progress
	total *mpb.Bar
	sizes map[string]int64

	mu    sync.Mutex
	files map[string]*mpb.Bar
	sent  map[string]int64
}

func newBars(ctx context.Context, on bool, w io.Writer, pending int64, sizes map[string]int64) *bars {
	b := &bars{sizes: sizes, files: map[string]*mpb.Bar{}, sent: map[string]int64{}}
	if !on {
		return b
	}
	b.p = mpb.NewWithContext(ctx, mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithAutoRefresh())
	b.total = b.p.AddBar(pending,
		mpb.PrependDecorators(decor.Name("total", decor.WCSyncSpaceR), decor.Counters(decor.SizeB1024(0), "% .1f / % .1f", decor.WCSyncSpace)),
		mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Name(" "), decor.AverageSpeed(decor.SizeB1024(0), "% .1f")),
		mpb.BarPriority(1<<30))
	return b
}

func (b *bars) progress(path string, done, total int64) {
	if b.p == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	bar := b.files[path]
	if bar == nil {
		bar = b.p.AddBar(total,
			mpb.PrependDecorators(decor.Name(filepath.Base(path), decor.WCSyncSpaceR), decor.Counters(decor.SizeB1024(0), "% .1f / % .1f", decor.WCSyncSpace)),
			mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace)),
			mpb.BarRemoveOnComplete())
		b.files[path] = bar
	}
	bar.SetCurrent(done)
	if sent := min(done, b.sizes[path]); sent > b.sent[path] {
		b.total.IncrInt64(sent - b.sent[path])
		b.sent[path] = sent
	}
}

// finish completes the total bar and drops the bars of failed files, so
// that the container can stop.
func (b *bars) finish() {
	if b.p == nil {
		return
	}
	b.mu.Lock()
	for _, bar := range b.files {
		if !bar.Completed() {
			bar.Abort(true)
		}
	}
	b.mu.Unlock()
	b.total.SetTotal(-1, true)
	b.p.Wait()
}
