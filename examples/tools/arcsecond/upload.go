package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// uploadFlags are the options of arcsecond upload.
type uploadFlags struct {
	dataset, telescope, portal string
	tags                       []string
	raw, allFiles              bool
	rawText                    string
	concurrency                int
	progress                   string // auto, on, off
	watch                      bool
	settle, rescan             time.Duration
	stateFile                  string
}

func uploadCommand(app cliapp.App) *cobra.Command {
	var f uploadFlags
	cmd := &cobra.Command{
		Use:   "upload DIR -d DATASET [-t TELESCOPE] [-p ORG]",
		Short: "Upload the FITS/XISF files of a folder to a dataset",
		Long: `Uploads the files of DIR and its subfolders (FITS and XISF, optionally .gz, .bz2
or .zip; every non-hidden file with --all-files, as the Python CLI does) to a
dataset, a few at a time, with progress bars on a terminal and a summary.

DATASET is a dataset uuid, or a name: the dataset of that name is used, or
created when there is none (with TELESCOPE, which organisations require).
Files whose name is already in the dataset are skipped, so after Ctrl-C,
running the same command again resumes.

With --watch it keeps running (through the night) and uploads each new file
of DIR once it has not changed for --settle; restarted, it asks the dataset
which files it has and reads its record of the files sent (--state), so
nothing is sent twice. Ctrl-C or SIGTERM then ends it normally (exit 0
unless a file failed for good).`,
		Example: `  arcsecond upload /data/2026-11-27 -d "2026-11-27 M31" -t 0d5c...
  arcsecond upload /data/tonight -d 6f1e... -p my-observatory --watch`,
		Args: exactDir,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runUpload(cmd.Context(), app, args[0], f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.dataset, "dataset", "d", "", "dataset `uuid or name` (found or created; required)")
	fl.StringVarP(&f.telescope, "telescope", "t", "", "telescope `uuid` of a new dataset (see arcsecond telescopes)")
	portalFlag(cmd, &f.portal)
	fl.StringSliceVar(&f.tags, "tags", nil, "`tags` of every file, comma-separated")
	fl.StringVar(&f.rawText, "raw", "true", "`true or false`: whether the files are raw data (as the Python CLI's --raw True|False)")
	fl.BoolVar(&f.allFiles, "all-files", false, "upload every non-hidden file, not only FITS and XISF")
	fl.IntVar(&f.concurrency, "concurrency", 4, "uploads at once (1–32)")
	fl.StringVar(&f.progress, "progress", "auto", "progress bars: auto (when stderr is a terminal), on or off")
	fl.BoolVarP(&f.watch, "watch", "w", false, "keep running and upload new files as they appear (Ctrl-C to stop)")
	fl.DurationVar(&f.settle, "settle", 10*time.Second, "with --watch: how long a file must stay unchanged before it is sent")
	fl.DurationVar(&f.rescan, "rescan", time.Minute, "with --watch: how often the folder is walked again, in case an event was missed")
	fl.StringVar(&f.stateFile, "state", "", "with --watch: `file` recording what was sent (default under $XDG_STATE_HOME/arcsecond)")
	return cmd
}

// exactDir accepts one argument, an existing directory.
func exactDir(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return cliapp.Usagef("%s needs one folder (got %d arguments)", cmd.CommandPath(), len(args))
	}
	st, err := os.Stat(args[0])
	if err != nil {
		return &cliapp.UsageError{Err: err}
	}
	if !st.IsDir() {
		return cliapp.Usagef("%s is not a folder", args[0])
	}
	return nil
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func isUUID(s string) bool { return uuidRE.MatchString(s) }

func (f *uploadFlags) check() error {
	f.dataset = strings.TrimSpace(f.dataset)
	raw, err := strconv.ParseBool(f.rawText)
	if err != nil {
		return cliapp.Usagef("--raw %q: want true or false", f.rawText)
	}
	f.raw = raw
	switch {
	case f.dataset == "":
		return cliapp.Usagef("-d needs a dataset uuid or name")
	case f.telescope != "" && !isUUID(f.telescope):
		return cliapp.Usagef("-t %q is not a telescope uuid (see arcsecond telescopes)", f.telescope)
	case f.concurrency < 1 || f.concurrency > 32:
		return cliapp.Usagef("--concurrency %d: want 1 to 32", f.concurrency)
	case f.progress != "auto" && f.progress != "on" && f.progress != "off":
		return cliapp.Usagef("--progress %q: want auto, on or off", f.progress)
	case f.settle < 0 || f.rescan < time.Second:
		return cliapp.Usagef("--settle must not be negative and --rescan must be at least 1s")
	}
	var tags []string
	for _, t := range f.tags {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if strings.HasPrefix(t, "arcsecond") {
			return cliapp.Usagef("--tags: %q: tags must not start with \"arcsecond\"", t)
		}
		tags = append(tags, t)
	}
	f.tags = tags
	return nil
}

// resolveDataset returns the dataset named or identified by f.dataset in
// c's scope, found or created as the Python CLI does: a uuid is read (it
// must exist); a name is looked up with ?name= and created when absent; a
// telescope given must be the dataset's.
func resolveDataset(ctx context.Context, c *arcsecond.Client, f uploadFlags) (ds *arcsecond.Dataset, created bool, err error) {
	where := "your datasets"
	list := "arcsecond datasets"
	if f.portal != "" {
		where, list = "the datasets of "+f.portal, list+" -p "+f.portal
	}
	if f.telescope != "" {
		if _, _, err := c.Telescopes.Get(ctx, f.telescope); errors.Is(err, arcsecond.ErrNotFound) {
			return nil, false, fmt.Errorf("telescope %s is not among %s telescopes (see arcsecond telescopes%s): %w", f.telescope, ownerOf(f.portal), portalOpt(f.portal), err)
		} else if err != nil {
			return nil, false, fmt.Errorf("reading telescope %s: %w", f.telescope, err)
		}
	}
	if isUUID(f.dataset) {
		ds, _, err = c.Datasets.Get(ctx, f.dataset)
		if errors.Is(err, arcsecond.ErrNotFound) {
			return nil, false, fmt.Errorf("dataset %s is not among %s (see %s; a name instead of a uuid creates one): %w", f.dataset, where, list, err)
		}
		if err != nil {
			return nil, false, fmt.Errorf("reading dataset %s: %w", f.dataset, err)
		}
		if f.telescope != "" && ds.Telescope != "" && ds.Telescope != f.telescope {
			return nil, false, fmt.Errorf("dataset %q is attached to telescope %s, not %s: %w", ds.Name, ds.Telescope, f.telescope, arcsecond.ErrTelescopeMismatch)
		}
		return ds, false, nil
	}
	ds, created, err = c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: f.dataset, Telescope: f.telescope})
	switch {
	case errors.Is(err, arcsecond.ErrAmbiguousName):
		return nil, false, fmt.Errorf("several of %s are named %q: give its uuid with -d (see %s): %w", where, f.dataset, list, err)
	case err != nil && f.telescope == "" && f.portal != "" && isBadRequest(err):
		return nil, false, fmt.Errorf("creating dataset %q in %s needs a telescope: add -t (see arcsecond telescopes -p %s): %w", f.dataset, f.portal, f.portal, err)
	case err != nil:
		return nil, false, fmt.Errorf("dataset %q: %w", f.dataset, err)
	}
	return ds, created, nil
}

func isBadRequest(err error) bool {
	var e *arcsecond.ErrorResponse
	return errors.As(err, &e) && e.StatusCode == 400
}

func ownerOf(portal string) string {
	if portal == "" {
		return "your"
	}
	return portal + "'s"
}

func portalOpt(portal string) string {
	if portal == "" {
		return ""
	}
	return " -p " + portal
}

// uploadSummary counts what an upload did.
type uploadSummary struct {
	Dataset    string         `json:"dataset"`
	Name       string         `json:"dataset_name"`
	Created    bool           `json:"dataset_created"`
	Uploaded   []string       `json:"uploaded"`
	Skipped    []string       `json:"skipped"`
	Failed     []failedUpload `json:"failed"`
	NotStarted []string       `json:"not_started"`
}

type failedUpload struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func (s *uploadSummary) write(w io.Writer) {
	fmt.Fprintf(w, "dataset %q (%s): %d uploaded, %d skipped (already there), %d failed, %d not started\n",
		s.Name, s.Dataset, len(s.Uploaded), len(s.Skipped), len(s.Failed), len(s.NotStarted))
}

func runUpload(ctx context.Context, app cliapp.App, dir string, f uploadFlags) error {
	if err := f.check(); err != nil {
		return err
	}
	c, err := senderClient(ctx, app, f.portal)
	if err != nil {
		return err
	}
	ds, created, err := resolveDataset(ctx, c, f)
	if err != nil {
		return err
	}
	verb := "using"
	if created {
		verb = "created"
	}
	fmt.Fprintf(app.Err(), "%s dataset %q (%s)\n", verb, ds.Name, ds.UUID)
	sum := &uploadSummary{Dataset: ds.UUID, Name: ds.Name, Created: created, Uploaded: []string{}, Skipped: []string{}, Failed: []failedUpload{}, NotStarted: []string{}}
	if f.watch {
		err = watchUploads(ctx, app, c, ds, dir, f, sum)
	} else {
		err = uploadOnce(ctx, app, c, ds, dir, f, sum)
	}
	if app.JSON() {
		if jerr := writeJSON(app.Out(), sum); err == nil {
			err = jerr
		}
	} else {
		sum.write(app.Out())
	}
	switch {
	case err != nil && ctx.Err() != nil && f.watch:
		err = nil // a signal is how --watch ends
	case err != nil && ctx.Err() != nil:
		return fmt.Errorf("%w: run the same command again to resume", cliapp.ErrInterrupted)
	case err != nil:
		return err
	}
	if n := len(sum.Failed); n > 0 {
		return fmt.Errorf("%d file(s) failed (see above); run the same command again to retry them", n)
	}
	return nil
}

// uploadOnce sends the files of dir with UploadDir.
func uploadOnce(ctx context.Context, app cliapp.App, c *arcsecond.Client, ds *arcsecond.Dataset, dir string, f uploadFlags, sum *uploadSummary) error {
	keep := arcsecond.IsUploadable
	if f.allFiles {
		keep = func(string) bool { return true }
	}
	sizes, err := localFiles(dir, keep)
	if err != nil {
		return err
	}
	on := f.progress == "on" || (f.progress == "auto" && isTerminal(app.Err()))
	if on {
		// The total bar counts the bytes to send: not those of the files
		// the dataset already has, which UploadDir will skip.
		byName := map[string][]string{}
		for p := range sizes {
			byName[filepath.Base(p)] = append(byName[filepath.Base(p)], p)
		}
		for df, err := range c.Datasets.DataFiles(ds.UUID).All(ctx, nil) {
			if err != nil {
				break // an upload key may not list them; the bars then count every file
			}
			for _, p := range byName[df.Name] {
				delete(sizes, p)
			}
		}
	}
	bars := newBars(ctx, on, app.Err(), sizes)
	results, err := c.Datasets.UploadDir(ctx, ds.UUID, dir, &arcsecond.UploadDirOptions{
		Concurrency: f.concurrency, IsRaw: f.raw, Tags: f.tags, AllFiles: f.allFiles,
		Progress: bars.progress,
	})
	bars.finish()
	log := app.Logger()
	for _, r := range results {
		switch r.Status {
		case arcsecond.UploadDone:
			sum.Uploaded = append(sum.Uploaded, r.Path)
			log.Debug("uploaded", "file", r.Path)
		case arcsecond.UploadSkipped:
			sum.Skipped = append(sum.Skipped, r.Path)
		case arcsecond.UploadFailed:
			msg := r.Err.Error()
			if errors.Is(r.Err, arcsecond.ErrContentChanged) && r.File != nil {
				msg += "; " + dropChangedCopy(ctx, c, r.File)
			}
			sum.Failed = append(sum.Failed, failedUpload{r.Path, msg})
			fmt.Fprintf(app.Err(), "failed: %s: %s\n", r.Path, msg)
		default:
			sum.NotStarted = append(sum.NotStarted, r.Path)
		}
	}
	return err
}

// dropChangedCopy deletes the server's copy of a file that changed while
// it was sent, so that the next run sends it whole; it says what it did.
func dropChangedCopy(ctx context.Context, c *arcsecond.Client, df *arcsecond.DataFile) string {
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if _, err := c.DataFiles.Delete(dctx, df.ID); err != nil {
		return fmt.Sprintf("the server kept a copy that may mix both versions (data file %d) and it could not be deleted (%v): delete it, then run again", df.ID, err)
	}
	return "its copy on the server was deleted: run again once the file is complete"
}

// localFiles returns the size of each file under dir that keep accepts,
// skipping hidden files and folders as UploadDir does.
func localFiles(dir string, keep func(string) bool) (map[string]int64, error) {
	out := map[string]int64{}
	real, err := filepath.EvalSymlinks(dir) // a linked folder is walked as its target
	if err != nil {
		return nil, err
	}
	err = filepath.WalkDir(real, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil // UploadDir reports unreadable folders itself
		}
		if p != real && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && keep(d.Name()) {
			if info, err := d.Info(); err == nil {
				rel, _ := filepath.Rel(real, p)
				out[filepath.Join(dir, rel)] = info.Size() // named as UploadDir names it
			}
		}
		return nil
	})
	return out, err
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
