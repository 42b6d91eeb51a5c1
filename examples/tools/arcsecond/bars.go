package main

import (
	"context"
	"io"
	"path/filepath"
	"sync"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// bars draws one progress bar per file in flight and one for the bytes of
// the whole run (the files' sizes, without the multipart envelope). Off,
// it does nothing.
type bars struct {
	p     *mpb.Progress
	total *mpb.Bar
	sizes map[string]int64

	mu    sync.Mutex
	files map[string]*mpb.Bar
	sent  map[string]int64
}

func newBars(ctx context.Context, on bool, w io.Writer, sizes map[string]int64) *bars {
	b := &bars{sizes: sizes, files: map[string]*mpb.Bar{}, sent: map[string]int64{}}
	if !on {
		return b
	}
	var all int64
	for _, n := range sizes {
		all += n
	}
	b.p = mpb.NewWithContext(ctx, mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithAutoRefresh())
	b.total = b.p.AddBar(all,
		mpb.PrependDecorators(decor.Name("total", decor.WCSyncSpaceR), decor.Counters(decor.SizeB1024(0), "% .1f / % .1f", decor.WCSyncSpace)),
		mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Name(" "), decor.AverageSpeed(decor.SizeB1024(0), "% .1f")),
		mpb.BarPriority(1<<30))
	return b
}

// progress is an UploadDirOptions.Progress.
func (b *bars) progress(path string, done, total int64) {
	if b.p == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	bar := b.files[path]
	if bar == nil {
		bar = b.p.AddBar(total,
			mpb.PrependDecorators(decor.Name(cell(filepath.Base(path)), decor.WCSyncSpaceR), decor.Counters(decor.SizeB1024(0), "% .1f / % .1f", decor.WCSyncSpace)),
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
