package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
)

// DownloadOptions tune Download.
type DownloadOptions struct {
	// Offset is how many bytes of the file the writer already has: the
	// download resumes there with a Range request. A server that ignores
	// Range sends everything; the first Offset bytes are then skipped.
	Offset int64
	// Progress receives the bytes of the file held so far (Offset included)
	// and the file's total size (-1 if unknown).
	Progress Progress
}

// Download streams the file at rawURL (absolute, such as a data file's
// "file" URL, or relative to the base URL) into w and returns how many bytes
// it wrote. Credentials are sent only if the URL is on the API's own host;
// there is no retry layer and no buffering, and the context bounds the whole
// transfer.
func (c *Client) Download(ctx context.Context, rawURL string, w io.Writer, opts *DownloadOptions) (int64, error) {
	var o DownloadOptions
	if opts != nil {
		o = *opts
	}
	if o.Offset < 0 {
		return 0, errors.New("arcsecond: negative download offset")
	}
	u, err := c.base.Parse(rawURL)
	if err != nil {
		return 0, fmt.Errorf("arcsecond: invalid download URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return 0, fmt.Errorf("arcsecond: cannot download %s URLs", u.Scheme)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	if o.Offset > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(o.Offset, 10)+"-")
	}
	resp, _, err := c.send(c.stream, req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusRequestedRangeNotSatisfiable && o.Offset > 0 {
		return 0, nil // the writer already has the whole file
	}
	if err := c.checkResponse(resp, 1); err != nil {
		return 0, err
	}

	total := int64(-1)
	body := io.Reader(resp.Body)
	switch resp.StatusCode {
	case http.StatusPartialContent:
		start, size, ok := parseContentRange(resp.Header.Get("Content-Range"))
		if !ok || start != o.Offset {
			return 0, fmt.Errorf("arcsecond: server resumed at byte %d, not %d", start, o.Offset)
		}
		total = size
	default:
		if resp.ContentLength >= 0 {
			total = resp.ContentLength
		}
		if o.Offset > 0 {
			if _, err := io.CopyN(io.Discard, resp.Body, o.Offset); err != nil {
				return 0, fmt.Errorf("arcsecond: skipping the %d bytes already downloaded: %w", o.Offset, err)
			}
		}
	}
	pw := &progressWriter{w: w, done: o.Offset, total: total, progress: o.Progress}
	n, err := io.Copy(pw, body)
	if err != nil && ctx.Err() != nil {
		return n, ctx.Err()
	}
	return n, err
}

// parseContentRange reads "bytes start-end/size" (size may be "*").
func parseContentRange(v string) (start, size int64, ok bool) {
	rest, found := strings.CutPrefix(v, "bytes ")
	if !found {
		return 0, 0, false
	}
	rng, sz, found := strings.Cut(rest, "/")
	if !found {
		return 0, 0, false
	}
	first, _, found := strings.Cut(rng, "-")
	if !found {
		return 0, 0, false
	}
	start, err := strconv.ParseInt(first, 10, 64)
	if err != nil {
		return 0, 0, false
	}
	size = -1
	if sz != "*" {
		if size, err = strconv.ParseInt(sz, 10, 64); err != nil {
			return 0, 0, false
		}
	}
	return start, size, true
}

type progressWriter struct {
	w        io.Writer
	done     int64
	total    int64
	progress Progress
}

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.done += int64(n)
	if n > 0 && p.progress != nil {
		p.progress(p.done, p.total)
	}
	return n, err
}

// maxResumes is how many times DownloadFile resumes after a dropped
// connection.
const maxResumes = 3

// DownloadFile downloads rawURL to path. It writes to path+".part" first,
// resumes from what that file already holds (a previous interrupted run, or
// a connection dropped during this one, up to 3 times), and renames it to
// path when complete. It returns the size of the file.
func (c *Client) DownloadFile(ctx context.Context, rawURL, path string, progress Progress) (int64, error) {
	part := path + ".part"
	f, err := os.OpenFile(part, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	for attempt := 0; ; attempt++ {
		st, err := f.Stat()
		if err != nil {
			return 0, err
		}
		_, err = c.Download(ctx, rawURL, f, &DownloadOptions{Offset: st.Size(), Progress: progress})
		if err == nil {
			break
		}
		var re *RequestError
		resumable := ctx.Err() == nil && !errors.As(err, new(*ErrorResponse)) &&
			(errors.As(err, &re) || errors.Is(err, io.ErrUnexpectedEOF) || isConnReset(err))
		if !resumable || attempt >= maxResumes {
			return 0, err
		}
		c.logger.DebugContext(ctx, "arcsecond: download interrupted, resuming", "url", redactURL(mustParse(rawURL)), "error", err.Error())
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	return st.Size(), os.Rename(part, path)
}

func isConnReset(err error) bool {
	s := err.Error()
	return strings.Contains(s, "connection reset") || strings.Contains(s, "broken pipe") || strings.Contains(s, "unexpected EOF")
}

func mustParse(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		return &url.URL{}
	}
	return u
}
