package arcsecond

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
)

// File is the content of an upload. The SDK reads Content once, as the
// request is sent, and never closes it.
type File struct {
	Name        string    // file name sent to the API (a base name)
	Content     io.Reader // the bytes
	Size        int64     // length of Content; -1 if unknown (the body is then sent chunked)
	ContentType string    // default application/octet-stream
}

// OpenFile opens the file at path for an upload; close it when the upload is
// done.
func OpenFile(path string) (File, *os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return File{}, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return File{}, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return File{}, nil, fmt.Errorf("arcsecond: %s is not a regular file", path)
	}
	return File{Name: filepath.Base(path), Content: f, Size: st.Size()}, f, nil
}

// Progress receives the bytes transferred so far and the total (-1 when
// unknown). It is called from the goroutine doing the transfer, often: keep
// it quick.
type Progress func(done, total int64)

// formField is a plain field of a multipart form.
type formField struct{ name, value string }

// upload sends fields and file as multipart/form-data to the route, streaming
// the file: memory stays bounded whatever its size, and the request takes
// the non-retrying path (a retry would need the whole body again).
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
	body, contentType, length, err := multipartBody(ctx, fields, fileField, name, f, progress)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	req.ContentLength = length // -1: chunked
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Accept", "application/json")
	return e.client.Do(req, out)
}

// uploadAs is endpoint.upload (POST) decoding the answer into a fresh *T;
// the item is nil on error.
func uploadAs[T any](ctx context.Context, ep endpoint, key any, fields []formField, fileField string, f File, progress Progress) (*T, *Response, error) {
	out := new(T)
	resp, err := ep.upload(ctx, http.MethodPost, key, fields, fileField, f, progress, out)
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
	content := &progressReader{ctx: ctx, r: f.Content, total: f.Size, progress: progress}
	length := int64(-1)
	if f.Size >= 0 {
		content.r = io.LimitReader(f.Content, f.Size)
		length = int64(head.Len()) + f.Size + int64(tail.Len())
	}
	return io.MultiReader(&head, content, &tail), mw.FormDataContentType(), length, nil
}

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "", "\n", "")

type switchWriter struct{ w io.Writer }

func (s *switchWriter) Write(p []byte) (int, error) { return s.w.Write(p) }

// ErrShortContent is returned when an upload's Content ends before its Size.
var ErrShortContent = errors.New("arcsecond: upload content shorter than its declared size")

// progressReader reports progress, stops when ctx ends, and checks that a
// sized content really has its size.
type progressReader struct {
	ctx      context.Context
	r        io.Reader
	done     int64
	total    int64
	progress Progress
}

func (p *progressReader) Read(b []byte) (int, error) {
	if err := p.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := p.r.Read(b)
	p.done += int64(n)
	if n > 0 && p.progress != nil {
		p.progress(p.done, p.total)
	}
	if err == io.EOF && p.total >= 0 && p.done < p.total {
		return n, ErrShortContent
	}
	return n, err
}
