package arcsecond

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
)

// ErrRemoteChanged is returned when a download cannot resume because the
// remote file is not the one the bytes already held came from: another
// validator (ETag or Last-Modified), another size, or a server that has no
// byte at the offset asked.
var ErrRemoteChanged = errors.New("arcsecond: the remote file changed since the download started")

// ErrDownloadMismatch is returned when a download's answer contradicts
// itself or the request: a Content-Range other than the one asked, a body
// longer than announced, or a file whose size is not the announced one.
// A body shorter than announced is io.ErrUnexpectedEOF instead: resumable.
var ErrDownloadMismatch = errors.New("arcsecond: download does not match the range or size the server announced")

// ErrStalled is returned when an upload's or a download's body made no
// progress for the stall timeout (WithStallTimeout).
var ErrStalled = errors.New("arcsecond: transfer stalled")

// DefaultStallTimeout is how long a transfer's body may make no progress
// before it fails with ErrStalled, unless WithStallTimeout says otherwise.
const DefaultStallTimeout = 2 * time.Minute

// stallGuard cancels a transfer's context when its body makes no progress
// for d; a nil guard (check off) does nothing.
type stallGuard struct {
	d      time.Duration
	timer  *time.Timer
	ctx    context.Context
	parent context.Context
	cancel context.CancelCauseFunc
}

func (c *Client) guardStall(ctx context.Context) (context.Context, *stallGuard) {
	d := c.cfg.stallTimeout
	if d == 0 {
		d = DefaultStallTimeout
	}
	if d < 0 {
		return ctx, nil
	}
	gctx, cancel := context.WithCancelCause(ctx)
	g := &stallGuard{d: d, ctx: gctx, parent: ctx, cancel: cancel}
	g.timer = time.AfterFunc(d, func() { cancel(ErrStalled) })
	return gctx, g
}

// progress restarts the countdown.
func (g *stallGuard) progress() {
	if g != nil {
		g.timer.Reset(g.d)
	}
}

// stop ends the check (the context stays usable).
func (g *stallGuard) stop() {
	if g != nil {
		g.timer.Stop()
	}
}

// release ends the check and the context, once the transfer is over.
func (g *stallGuard) release() {
	if g != nil {
		g.timer.Stop()
		g.cancel(context.Canceled)
	}
}

// err turns the guard's cancellation into ErrStalled; other errors pass.
func (g *stallGuard) err(err error) error {
	if g == nil || err == nil || g.parent.Err() != nil || !errors.Is(context.Cause(g.ctx), ErrStalled) {
		return err
	}
	return fmt.Errorf("%w: no progress for %s", ErrStalled, g.d)
}

// stallReader reports each read that brings bytes to its guard.
type stallReader struct {
	r io.Reader
	g *stallGuard
}

func (s stallReader) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	if n > 0 {
		s.g.progress()
	}
	return n, err
}

// DownloadOptions tune Download.
type DownloadOptions struct {
	// Offset is how many bytes of the file the writer already has: the
	// download resumes there with a Range request. A server that ignores
	// Range sends everything; the first Offset bytes are then skipped.
	Offset int64
	// IfRange is the validator (a strong ETag, or else the Last-Modified
	// date) the server gave when the writer's first Offset bytes were
	// fetched. With it the server sends the rest only if the file is still
	// that one, and Download fails with ErrRemoteChanged, writing nothing,
	// if it is not. Without it the caller vouches for the file.
	IfRange string
	// Progress receives the last element of the URL's path, the bytes of
	// the file held so far (Offset included) and the file's total size (-1
	// if unknown).
	Progress Progress
}

// Download streams the file at rawURL (absolute, such as a data file's
// "file" URL, or relative to the base URL) into w and returns how many bytes
// it wrote. Credentials are sent only if the URL is on the API's own origin;
// there is no retry layer and no buffering, and the context bounds the whole
// transfer. A resume (Offset > 0) of a file the server says ends exactly at
// Offset (416 with "bytes */Offset") writes nothing and succeeds; a 416
// that does not say so is ErrRemoteChanged. A body shorter than announced
// is io.ErrUnexpectedEOF; a longer one or a Content-Range other than the
// one asked is ErrDownloadMismatch.
func (c *Client) Download(ctx context.Context, rawURL string, w io.Writer, opts *DownloadOptions) (int64, error) {
	var o DownloadOptions
	if opts != nil {
		o = *opts
	}
	if o.Offset < 0 {
		return 0, errors.New("arcsecond: negative download offset")
	}
	cw := &countWriter{w: w}
	_, err := c.fetch(ctx, rawURL, "", o.Offset, o.IfRange, o.Progress, func(h dlHead) (io.Writer, error) {
		if h.start == o.Offset {
			if o.Offset > 0 && !sameValidator(o.IfRange, h) {
				return nil, fmt.Errorf("%w: validator %s, not %s", ErrRemoteChanged, h.validator, o.IfRange)
			}
			return cw, nil
		}
		// The whole file came back: the server ignores Range, or (with
		// IfRange) the file changed.
		if o.IfRange != "" && h.validator != o.IfRange {
			return nil, fmt.Errorf("%w: the server sent the whole file (validator %q, not %q)", ErrRemoteChanged, h.validator, o.IfRange)
		}
		if h.total >= 0 && h.total < o.Offset {
			return nil, fmt.Errorf("%w: it has %d bytes, fewer than the %d already held", ErrRemoteChanged, h.total, o.Offset)
		}
		return &skipWriter{w: cw, skip: o.Offset}, nil
	})
	if errors.Is(err, errRangeComplete) {
		return 0, nil
	}
	return cw.n, err
}

// dlHead is what a download's answer announces, checked before its body is
// read.
type dlHead struct {
	start     int64  // offset in the file of the body's first byte
	length    int64  // bytes in the body; -1 if unknown
	total     int64  // size of the file; -1 if unknown
	validator string // strong ETag, else Last-Modified, else ""
	etag      string // ETag as sent
	modified  string // Last-Modified as sent
}

// errRangeComplete is fetch's answer to a 416 proving that the file ends
// exactly at the offset asked.
var errRangeComplete = errors.New("arcsecond: nothing after the offset")

// fetch sends the GET (with Range and If-Range when offset > 0), checks the
// answer's framing, asks open for the writer of the body and copies exactly
// the announced bytes into it. It returns the body bytes written.
func (c *Client) fetch(ctx context.Context, rawURL, name string, offset int64, ifRange string, progress Progress, open func(dlHead) (io.Writer, error)) (int64, error) {
	u, err := c.base.Parse(rawURL)
	if err != nil {
		return 0, fmt.Errorf("arcsecond: invalid download URL: %w", err)
	}
	if name == "" {
		name = path.Base(u.Path)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return 0, fmt.Errorf("arcsecond: cannot download %s URLs", u.Scheme)
	}
	gctx, guard := c.guardStall(ctx)
	defer guard.release()
	req, err := http.NewRequestWithContext(gctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	if offset > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(offset, 10)+"-")
		if ifRange != "" {
			req.Header.Set("If-Range", ifRange)
		}
	}
	resp, _, err := c.send(c.stream, req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		return 0, guard.err(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		if resp.StatusCode == http.StatusRequestedRangeNotSatisfiable && offset > 0 {
			_, _, size, ok := parseContentRange(resp.Header.Get("Content-Range"))
			if ok && size == offset {
				return 0, errRangeComplete
			}
			return 0, fmt.Errorf("%w: the server has no byte at offset %d (Content-Range %q)", ErrRemoteChanged, offset, excerpt([]byte(resp.Header.Get("Content-Range")), 80))
		}
		return 0, c.checkResponse(resp, 1)
	}
	h := dlHead{length: -1, total: -1, etag: resp.Header.Get("ETag"), modified: resp.Header.Get("Last-Modified")}
	h.validator = validatorOf(resp.Header)
	if resp.StatusCode == http.StatusPartialContent {
		cr := resp.Header.Get("Content-Range")
		start, end, total, ok := parseContentRange(cr)
		switch {
		case !ok || end < 0:
			return 0, fmt.Errorf("%w: 206 with Content-Range %q", ErrDownloadMismatch, excerpt([]byte(cr), 80))
		case start != offset || total < 0 || end != total-1:
			return 0, fmt.Errorf("%w: asked bytes %d- of the file, got Content-Range %q", ErrDownloadMismatch, offset, excerpt([]byte(cr), 80))
		case resp.ContentLength >= 0 && resp.ContentLength != end-start+1:
			return 0, fmt.Errorf("%w: Content-Range %q but Content-Length %d", ErrDownloadMismatch, cr, resp.ContentLength)
		}
		h.start, h.length, h.total = start, end-start+1, total
	} else if resp.ContentLength >= 0 {
		h.length, h.total = resp.ContentLength, resp.ContentLength
	}
	w, err := open(h)
	if err != nil {
		return 0, err
	}
	pw := &progressWriter{w: w, name: name, done: h.start, total: h.total, progress: progress}
	n, err := copyExact(pw, stallReader{resp.Body, guard}, h.length)
	if err != nil && ctx.Err() != nil {
		return n, ctx.Err()
	}
	return n, guard.err(err)
}

// copyExact copies length bytes (all of r if length < 0) and fails if r
// holds fewer (io.ErrUnexpectedEOF) or more (ErrDownloadMismatch).
func copyExact(w io.Writer, r io.Reader, length int64) (int64, error) {
	if length < 0 {
		return io.Copy(w, r)
	}
	n, err := io.CopyN(w, r, length)
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return n, fmt.Errorf("%w: the body ended after %d of the %d bytes announced", io.ErrUnexpectedEOF, n, length)
	}
	if err != nil {
		return n, err
	}
	var probe [1]byte
	if m, _ := io.ReadFull(r, probe[:]); m > 0 {
		return n, fmt.Errorf("%w: the body is longer than the %d bytes announced", ErrDownloadMismatch, length)
	}
	return n, nil
}

// validatorOf returns what may go in If-Range: a strong ETag, or else the
// Last-Modified date; "" when the answer has neither.
func validatorOf(h http.Header) string {
	if e := h.Get("ETag"); len(e) >= 2 && e[0] == '"' && e[len(e)-1] == '"' && !strings.ContainsAny(e, "\r\n") {
		return e
	}
	if lm := h.Get("Last-Modified"); lm != "" {
		if _, err := http.ParseTime(lm); err == nil {
			return lm
		}
	}
	return ""
}

// sameValidator reports whether a resumed answer may belong to the file
// validator v came from: it does unless it names another ETag (when v is
// one) or another Last-Modified date (when v is a date).
func sameValidator(v string, h dlHead) bool {
	switch {
	case v == "":
		return true
	case strings.HasPrefix(v, `"`):
		return h.etag == "" || h.etag == v
	default:
		return h.modified == "" || h.modified == v
	}
}

// parseContentRange reads "bytes start-end/size" or "bytes */size"
// (start and end are then -1); size is -1 for "*".
func parseContentRange(v string) (start, end, size int64, ok bool) {
	rest, found := strings.CutPrefix(v, "bytes ")
	if !found {
		return 0, 0, 0, false
	}
	rng, sz, found := strings.Cut(rest, "/")
	if !found {
		return 0, 0, 0, false
	}
	size = -1
	if sz != "*" {
		if size, ok = parseDigits(sz); !ok {
			return 0, 0, 0, false
		}
	}
	if rng == "*" {
		return -1, -1, size, size >= 0
	}
	first, last, found := strings.Cut(rng, "-")
	if !found {
		return 0, 0, 0, false
	}
	if start, ok = parseDigits(first); !ok {
		return 0, 0, 0, false
	}
	if end, ok = parseDigits(last); !ok || end < start || (size >= 0 && end >= size) {
		return 0, 0, 0, false
	}
	return start, end, size, true
}

// parseDigits parses a non-negative decimal without sign or spaces.
func parseDigits(s string) (int64, bool) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

type progressWriter struct {
	w        io.Writer
	name     string
	done     int64
	total    int64
	progress Progress
}

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.done += int64(n)
	if n > 0 && p.progress != nil {
		p.progress(p.name, p.done, p.total)
	}
	return n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// skipWriter drops the first skip bytes written to it.
type skipWriter struct {
	w    io.Writer
	skip int64
}

func (s *skipWriter) Write(b []byte) (int, error) {
	drop := min(int64(len(b)), s.skip)
	s.skip -= drop
	if int(drop) == len(b) {
		return len(b), nil
	}
	n, err := s.w.Write(b[drop:])
	return int(drop) + n, err
}

// maxResumes is how many times DownloadFile resumes or restarts after a
// dropped connection or a changed file.
const maxResumes = 3

// partInfo is what DownloadFile keeps beside path+".part", in
// path+".part.json", so that a later call resumes only the same file.
type partInfo struct {
	Validator string `json:"validator"` // strong ETag or Last-Modified of the answer the .part started from
	Size      int64  `json:"size"`      // the file's announced size; -1 if unknown
}

// DownloadFile downloads rawURL to path, which it replaces. It writes to
// path+".part" and records the file's validator and size in
// path+".part.json"; a later call (or a resume after a dropped connection,
// up to 3 in a call) asks only for the missing bytes and sends the
// validator in If-Range, so that the server sends the whole file again if
// it changed. A .part without a validator (the server sent no strong ETag
// nor Last-Modified) is never resumed: it starts again from zero. When the
// announced size is reached it syncs the .part, renames it to path and
// returns the size; a file whose size is not the announced one is
// ErrDownloadMismatch and is not kept. When ctx ends it returns ctx.Err()
// and keeps the .part, a prefix of the file, for the next call. Run one
// DownloadFile per path at a time.
func (c *Client) DownloadFile(ctx context.Context, rawURL, path string, progress Progress) (int64, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return 0, fmt.Errorf("arcsecond: cannot download to %s: it is a directory", path)
	}
	part, meta := path+".part", path+".part.json"
	f, err := os.OpenFile(part, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	defer f.Close()
	info, ok := readPartInfo(meta)
	if !ok || info.Validator == "" {
		// Bytes nobody can vouch for: start again.
		if err := f.Truncate(0); err != nil {
			return 0, fmt.Errorf("arcsecond: %w", err)
		}
	}
	restart := func() error {
		info = partInfo{}
		_ = os.Remove(meta)
		return f.Truncate(0)
	}
	for attempt := 0; ; attempt++ {
		st, err := f.Stat()
		if err != nil {
			return 0, fmt.Errorf("arcsecond: %w", err)
		}
		offset := st.Size()
		if _, err := f.Seek(offset, io.SeekStart); err != nil {
			return 0, fmt.Errorf("arcsecond: %w", err)
		}
		_, err = c.fetch(ctx, rawURL, path, offset, info.Validator, progress, func(h dlHead) (io.Writer, error) {
			if offset > 0 && h.start == offset {
				if (info.Size >= 0 && h.total != info.Size) || !sameValidator(info.Validator, h) {
					return nil, fmt.Errorf("%w: resumed answer has size %d and validator %q, the .part was for %d and %q",
						ErrRemoteChanged, h.total, h.validator, info.Size, info.Validator)
				}
				return f, nil
			}
			// The whole file: record what it is before writing a byte.
			if err := f.Truncate(0); err != nil {
				return nil, err
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, err
			}
			info = partInfo{Validator: h.validator, Size: h.total}
			b, _ := json.Marshal(info)
			if err := os.WriteFile(meta, b, 0o644); err != nil {
				return nil, err
			}
			return f, nil
		})
		if errors.Is(err, errRangeComplete) {
			if info.Size >= 0 && info.Size != offset {
				err = fmt.Errorf("%w: the server says the file has %d bytes, the .part was for %d", ErrRemoteChanged, offset, info.Size)
			} else {
				err = nil
			}
		}
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		changed := errors.Is(err, ErrRemoteChanged) || errors.Is(err, ErrDownloadMismatch)
		if (!changed && !resumable(err)) || attempt >= maxResumes {
			return 0, err
		}
		if changed || info.Validator == "" {
			if err := restart(); err != nil {
				return 0, fmt.Errorf("arcsecond: %w", err)
			}
		}
		c.logger.DebugContext(ctx, "arcsecond: download interrupted, resuming", "url", redactURL(mustParse(rawURL)), "restart", changed, "error", err.Error())
	}
	st, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	if info.Size >= 0 && st.Size() != info.Size {
		_ = restart()
		return 0, fmt.Errorf("%w: downloaded %d bytes of a file announced as %d", ErrDownloadMismatch, st.Size(), info.Size)
	}
	if err := f.Sync(); err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	if err := os.Rename(part, path); err != nil {
		return 0, fmt.Errorf("arcsecond: %w", err)
	}
	_ = os.Remove(meta)
	return st.Size(), nil
}

func readPartInfo(path string) (partInfo, bool) {
	b, err := os.ReadFile(path)
	if err != nil || len(b) > 4096 {
		return partInfo{}, false
	}
	var info partInfo
	if json.Unmarshal(b, &info) != nil {
		return partInfo{}, false
	}
	return info, true
}

// resumable reports a failure of the connection rather than of the server.
func resumable(err error) bool {
	if errors.As(err, new(*ErrorResponse)) {
		return false
	}
	var ne net.Error
	return errors.Is(err, ErrStalled) || errors.As(err, new(*RequestError)) || errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &ne) || isConnReset(err)
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
