package arcsecondtest

// Fuzz target for the fake's multipart parser, which reads what SDK users
// and other clients upload. `go test` runs the seeds; explore with
// `go test -fuzz FuzzMultipartUpload -parallel 1 ./arcsecond/arcsecondtest/`.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// multipartSeed builds a well-formed body with the fields and one file part
// per name in files (a "" name is a part without a file name).
func multipartSeed(boundary string, fields map[string]string, files map[string][]byte) []byte {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.SetBoundary(boundary)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	for name, data := range files {
		fw, _ := mw.CreateFormFile("file", name)
		_, _ = fw.Write(data)
	}
	_ = mw.Close()
	return buf.Bytes()
}

// refPart is what mime/multipart, read on its own, finds in a body.
type refMultipart struct {
	err  error
	file []byte // the last "file" part with a file name
	name string
	has  bool
}

func readMultipart(body []byte, boundary string) refMultipart {
	var ref refMultipart
	mr := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return ref
		}
		if err != nil {
			ref.err = err
			return ref
		}
		data, err := io.ReadAll(p)
		if err != nil {
			ref.err = err
			return ref
		}
		if p.FileName() != "" && p.FormName() == "file" {
			ref.file, ref.name, ref.has = data, p.FileName(), true
		}
	}
}

// FuzzMultipartUpload posts arbitrary multipart bodies (DATASET in the body
// is replaced by a real dataset) to the data-file route. The server always
// answers (a panic would drop the connection) with 201, 400 or 413; it
// calls a body malformed exactly when mime/multipart does; and a created
// file has a plain name and downloads as the bytes of the file part.
func FuzzMultipartUpload(f *testing.F) {
	fits := []byte("SIMPLE  =                    T / FITS" + strings.Repeat(" ", 43) + "END" + strings.Repeat(" ", 77))
	for _, s := range []struct {
		boundary string
		body     []byte
	}{
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET", "tags": "a,b"}, map[string][]byte{"a.fits": fits})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET"}, map[string][]byte{"C:\\night\\b.fits": []byte("x")})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET"}, map[string][]byte{"..": []byte("x")})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET"}, map[string][]byte{"/": []byte("x")})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET"}, map[string][]byte{"empty.fits": nil})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET"}, nil)},
		{"B0UNDARY", multipartSeed("B0UNDARY", nil, map[string][]byte{"c.fits": fits})},
		{"B0UNDARY", multipartSeed("B0UNDARY", map[string]string{"dataset": "DATASET", "name": "n\x00"}, map[string][]byte{"d.fits": fits, "e.fits": []byte("y")})},
		{"B0UNDARY", []byte("--B0UNDARY\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\nDATASET\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.fits\"\r\n\r\nunterminated")},
		{"B0UNDARY", []byte("--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"g.fits\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\na=3Db=\r\n--B0UNDARY--\r\n")},
		{"B0UNDARY", []byte("--B0UNDARY\r\nContent-Disposition: form-data; name=\"dataset\"\r\n" + strings.Repeat("X-Long: "+strings.Repeat("h", 100)+"\r\n", 50) + "\r\nDATASET\r\n--B0UNDARY--\r\n")},
		{"", []byte("--\r\n")},
		{"a b\"c", []byte("--a b\"c\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\nDATASET\r\n--a b\"c--")},
		{"B0UNDARY", []byte("not multipart at all")},
		{"B0UNDARY", []byte("--B0UNDARY\r\nContent-Disposition: form-data; name*=utf-8''file; filename*=utf-8''%C3%A9.fits\r\n\r\nz\r\n--B0UNDARY--\r\n")},
	} {
		f.Add(s.boundary, s.body)
	}
	s := NewServer(WithSeed(7), WithClock(newTestClock().now))
	f.Cleanup(s.Close)
	c, err := s.ClientAs("vera", noRetry)
	if err != nil {
		f.Fatal(err)
	}
	ctx := context.Background()
	req, _ := c.NewRequest(ctx, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "fuzz"})
	ds := do(c, req)
	dataset := str(ds.object()["uuid"])
	if dataset == "" {
		f.Fatalf("no dataset: %v", ds.body)
	}
	f.Fuzz(func(t *testing.T, boundary string, body []byte) {
		ct := mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": boundary})
		if ct == "" {
			if strings.ContainsAny(boundary, "\"\\\r\n\x00") {
				return // not expressible in a header
			}
			ct = "multipart/form-data; boundary=" + boundary
		}
		mt, params, perr := mime.ParseMediaType(ct)
		if perr != nil || mt != "multipart/form-data" {
			return
		}
		body = bytes.ReplaceAll(body, []byte("DATASET"), []byte(dataset))
		rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		req, err := c.NewRequest(rctx, http.MethodPost, SeedOrganisation+"/datafiles/", io.Reader(bytes.NewReader(body)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", ct)
		r := do(c, req)
		var er *arcsecond.ErrorResponse
		if r.err != nil && !errors.As(r.err, &er) {
			t.Fatalf("no answer: %v", r.err)
		}
		ref := readMultipart(body, params["boundary"])
		switch r.status {
		case http.StatusCreated, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("status %d: %v", r.status, r.body)
		}
		malformed := strings.HasPrefix(detail(r), "Multipart form parse error") || detail(r) == "Could not read the request body."
		if params["boundary"] != "" && malformed != (ref.err != nil) {
			t.Fatalf("server says %d %q, mime/multipart says %v", r.status, detail(r), ref.err)
		}
		if r.status != http.StatusCreated {
			return
		}
		if ref.err != nil || !ref.has {
			t.Fatalf("created a file from a body without a file part (%v)", ref.err)
		}
		obj := r.object()
		name := str(obj["name"])
		if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
			t.Fatalf("file part %q stored as %q", ref.name, name)
		}
		if size, _ := obj["size"].(float64); int(size) != len(ref.file) {
			t.Fatalf("size %v, file part has %d bytes", obj["size"], len(ref.file))
		}
		// The dataset is private: the member downloads with credentials.
		var got bytes.Buffer
		if _, err := c.Download(rctx, str(obj["file"]), &got, nil); err != nil || !bytes.Equal(got.Bytes(), ref.file) {
			t.Fatalf("download: %v, %d bytes, want the %d bytes uploaded", err, got.Len(), len(ref.file))
		}
	})
}
