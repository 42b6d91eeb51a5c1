package arcsecond

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File is the content of an upload. The SDK reads Content as the request
// is sent, and again from the same start when a refused attempt is retried
// and Content is an io.Seeker with a known Size; it never closes it.
type File struct {
	Name        string    // file name sent to the API (a base name)
	Content     io.Reader // the bytes
	Size        int64     // length of Content; -1 if unknown (the body is then sent chunked)
	ContentType string    // default application/octet-stream
}

// OpenFile opens the regular file at path (a symbolic link is followed)
// for an upload; close it when the upload is done. Anything else, such as
// a named pipe that would block the open, is refused before it is opened.
func OpenFile(path string) (File, *os.File, error) {
	pre, err := os.Stat(path)
	if err != nil {
		return File{}, nil, err
	}
	if !pre.Mode().IsRegular() {
		return File{}, nil, fmt.Errorf("arcsecond: %s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return File{}, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return File{}, nil, err
	}
	if !st.Mode().IsRegular() || !os.SameFile(pre, st) {
		f.Close()
		return File{}, nil, fmt.Errorf("arcsecond: %s was replaced while it was opened", path)
	}
	return File{Name: filepath.Base(path), Content: f, Size: st.Size()}, f, nil
}

// Progress receives the name of the file being transferred (the uploaded
// File's Name, UploadDir's path, DownloadFile's path, the last element of
// Download's URL), the bytes transferred so far and the total (-1 when
// unknown). It is the one progress callback of uploads, downloads and
// UploadDir, called from the goroutine doing the transfer, often: keep it
// quick.
type Progress func(name string, done, total int64)

// formField is a plain field of a multipart form.
type formField struct{ name, value string }

// upload sends fields and file as multipart/form-data to the route, streaming
// the file: memory stays bounded whatever its size. A refused attempt is
// sent again under the retry policy when the content can be read again
// from its start (an io.Seeker of known size, such as a file); progress then
// starts again from 0.
func (e endpoint) upload(ctx context.Context, method string, key any, fields []formField, fileField string, f File, progress Progress, out any) (*Response, error) {
	if f.Content == nil {
		return nil, errors.New("arcsecond: upload without content")
	}
	name := filepath.Base(strings.ReplaceAll(f.Name, "\\", "/"))
	if name == "." || name == "/" || name == "" {
		return nil, fmt.Errorf("arcsecond: upload needs a file name (got %q)", f.Name)
	}
	u, err := e.url(key, nil)
	if err != nil {
		return nil, err
	}
	var before fs.FileInfo
	st, isFile := f.Content.(interface{ Stat() (fs.FileInfo, error) })
	if isFile {
		if before, err = st.Stat(); err != nil {
			return nil, fmt.Errorf("arcsecond: %w", err)
		}
	}
	// Content that can be read again from where it starts now (a file) is
	// sent again under the retry policy; anything else is sent once.
	seeker, rewindable := f.Content.(io.Seeker)
	var origin int64
	if rewindable {
		if origin, err = seeker.Seek(0, io.SeekCurrent); err != nil || f.Size < 0 {
			rewindable = false
		}
	}
	var resp *Response
	for attempt := 1; ; attempt++ {
		resp, err = e.sendUpload(ctx, method, u.String(), fields, fileField, name, f, progress, out)
		wait, again := e.client.retryUpload(ctx, method, attempt, resp, err)
		if !rewindable || !again {
			setAttempts(err, attempt)
			break
		}
		if werr := sleepCtx(ctx, wait); werr != nil {
			return nil, werr
		}
		if _, serr := seeker.Seek(origin, io.SeekStart); serr != nil {
			return resp, fmt.Errorf("arcsecond: rewinding %s for another attempt: %w (the last one failed: %w)", name, serr, err)
		}
	}
	if err != nil || before == nil {
		return resp, err
	}
	after, err := st.Stat()
	if err != nil {
		return resp, fmt.Errorf("arcsecond: %w", err)
	}
	if after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) {
		return resp, fmt.Errorf("%w: %s went from %d bytes modified %s to %d bytes modified %s; the server accepted the upload, and its copy may mix both versions",
			ErrContentChanged, name, before.Size(), before.ModTime().Format(time.RFC3339Nano), after.Size(), after.ModTime().Format(time.RFC3339Nano))
	}
	return resp, nil
}

// sendUpload sends the form once, streaming the file from where its
// content stands, under the stall check.
func (e endpoint) sendUpload(ctx context.Context, method, u string, fields []formField, fileField, name string, f File, progress Progress, out any) (*Response, error) {
	body, contentType, length, err := multipartBody(ctx, fields, fileField, name, f, progress)
	if err != nil {
		return nil, err
	}
	gctx, guard := e.client.guardStall(ctx)
	defer guard.release()
	req, err := http.NewRequestWithContext(gctx, method, u, sentBody{body, guard})
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	req.ContentLength = length // -1: chunked
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Accept", "application/json")
	resp, err := e.client.Do(req, out)
	if err != nil && ctx.Err() == nil {
		err = guard.err(err)
	}
	return resp, err
}

// sentBody is an upload's body under the stall check, which ends with the
// body: the server may then take its time to answer.
type sentBody struct {
	r io.Reader
	g *stallGuard
}

func (b sentBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if n > 0 {
		b.g.progress()
	}
	if err != nil {
		b.g.stop()
	}
	return n, err
}

// uploadAs is endpoint.upload (POST) decoding the answer into a fresh *T;
// the item is nil on error, except ErrContentChanged: the server then has
// it.
func uploadAs[T any](ctx context.Context, ep endpoint, key any, fields []formField, fileField string, f File, progress Progress) (*T, *Response, error) {
	return sendUploadAs[T](ctx, ep, http.MethodPost, key, fields, fileField, f, progress)
}

// sendUploadAs is uploadAs with another method (PUT replaces an item).
func sendUploadAs[T any](ctx context.Context, ep endpoint, method string, key any, fields []formField, fileField string, f File, progress Progress) (*T, *Response, error) {
	out := new(T)
	resp, err := ep.upload(ctx, method, key, fields, fileField, f, progress, out)
	if errors.Is(err, ErrContentChanged) {
		return out, resp, err
	}
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

// multipartBody lays out the form as head (fields and the file part's
// header), the file, and the closing boundary, so that the length is known
// in advance when the file's size is.
func multipartBody(ctx context.Context, fields []formField, fileField, name string, f File, progress Progress) (io.Reader, string, int64, error) {
	var head, tail bytes.Buffer
	sw := &switchWriter{w: &head}
	mw := multipart.NewWriter(sw)
	for _, fd := range fields {
		if err := mw.WriteField(fd.name, fd.value); err != nil {
			return nil, "", 0, err
		}
	}
	ct := f.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteEscaper.Replace(fileField), quoteEscaper.Replace(name)))
	h.Set("Content-Type", ct)
	if _, err := mw.CreatePart(h); err != nil {
		return nil, "", 0, err
	}
	sw.w = &tail
	if err := mw.Close(); err != nil {
		return nil, "", 0, err
	}
	content := &progressReader{ctx: ctx, r: f.Content, name: f.Name, total: f.Size, progress: progress}
	length := int64(-1)
	if f.Size >= 0 {
		length = int64(head.Len()) + f.Size + int64(tail.Len())
	}
	return io.MultiReader(&head, content, &tail), mw.FormDataContentType(), length, nil
}

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "", "\n", "")

type switchWriter struct{ w io.Writer }

func (s *switchWriter) Write(p []byte) (int, error) { return s.w.Write(p) }

// ErrShortContent is returned when an upload's Content ends before its Size.
var ErrShortContent = errors.New("arcsecond: upload content shorter than its declared size")

// ErrLongContent is returned when an upload's Content goes on after its
// Size, as a file that grows while it is sent does. The request is cut
// before the form is complete, so the server keeps nothing.
var ErrLongContent = errors.New("arcsecond: upload content longer than its declared size")

// ErrContentChanged is returned when an upload's Content is a file (it has
// a Stat method, as *os.File) whose size or modification time changed
// while it was sent although its length matched: the server accepted a copy
// that may mix two versions. Modification times coarser than the upload
// (some file systems keep seconds) can hide a change.
var ErrContentChanged = errors.New("arcsecond: the file changed while it was uploaded")

// progressReader reports progress, stops when ctx ends, and checks that a
// sized content has exactly its size.
type progressReader struct {
	ctx      context.Context
	r        io.Reader
	name     string
	done     int64
	total    int64
	progress Progress
}

func (p *progressReader) Read(b []byte) (int, error) {
	if err := p.ctx.Err(); err != nil {
		return 0, err
	}
	if p.total >= 0 {
		if p.done >= p.total {
			return 0, p.end()
		}
		b = b[:min(int64(len(b)), p.total-p.done)]
	}
	n, err := p.r.Read(b)
	p.done += int64(n)
	if n > 0 && p.progress != nil {
		p.progress(p.name, p.done, p.total)
	}
	if err == io.EOF && p.total >= 0 && p.done < p.total {
		return n, fmt.Errorf("%w: %d of %d bytes", ErrShortContent, p.done, p.total)
	}
	return n, err
}

// end is called once Size bytes were read: the content must end there.
func (p *progressReader) end() error {
	var probe [1]byte
	n, err := p.r.Read(probe[:])
	switch {
	case n > 0:
		return fmt.Errorf("%w: more than %d bytes", ErrLongContent, p.total)
	case err == nil || err == io.EOF:
		return io.EOF
	}
	return err
}
