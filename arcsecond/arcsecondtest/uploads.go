package arcsecondtest

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// fitsExtensions are the FITS file name extensions the API accepts
// (arcsecond-io/cli cloud/uploader/constants.py).
var fitsExtensions = []string{"fits", "fit", "fts", "ft", "mt", "imfits", "imfit", "uvfits", "uvfit", "pha", "rmf", "arf", "rsp", "pi"}

func fileKind(name string) (isFITS, isXISF bool) {
	n := strings.ToLower(name)
	for _, z := range []string{".gz", ".bz2", ".zip"} {
		n = strings.TrimSuffix(n, z)
	}
	ext := strings.TrimPrefix(path.Ext(n), ".")
	return containsStr(fitsExtensions, ext), ext == "xisf"
}

// storeUpload keeps the bytes of an uploaded file and describes them on rec.
func (s *Server) storeUpload(rec record, up *upload) {
	key := s.ids.uuid() + "/" + up.filename
	s.blobMu.Lock()
	sum := md5.Sum(up.data)
	s.blobs[key] = storedBlob{data: up.data, modified: s.now(), etag: `"` + hex.EncodeToString(sum[:]) + `"`}
	s.blobMu.Unlock()
	rec["_blob"] = key
	rec["size"] = len(up.data)
	if str(rec["name"]) == "" || rec["name"] == up.filename {
		rec["name"] = up.filename
	}
	isFITS, isXISF := fileKind(up.filename)
	rec["is_fits"], rec["is_xisf"] = isFITS, isXISF
}

// blob returns the stored bytes of a storage key (nil if none).
func (s *Server) blob(key string) []byte {
	s.blobMu.Lock()
	defer s.blobMu.Unlock()
	return s.blobs[key].data
}

// storedBlob is an uploaded file as a storage bucket keeps it: its bytes,
// its upload time (Last-Modified) and its strong ETag, the hex MD5 of the
// bytes as S3 gives a single-part upload.
type storedBlob struct {
	data     []byte
	modified time.Time
	etag     string
}

func (s *Server) dropBlob(rec record) {
	if k := str(rec["_blob"]); k != "" {
		s.blobMu.Lock()
		delete(s.blobs, k)
		s.blobMu.Unlock()
	}
}

func (s *Server) blobSignature(key string) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte("download:" + key))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// downloadURL is a pre-signed URL of a stored file, in the manner of the S3
// URLs the real DataFile.file holds (historically S3 URLs, as oort's uploader checks).
func (s *Server) downloadURL(r *http.Request, key string) string {
	return s.baseURL(r) + "/_storage/" + (&url.URL{Path: key}).EscapedPath() + "?signature=" + s.blobSignature(key)
}

// serveDownload serves GET /_storage/<key>?signature=…, like a storage bucket:
// no API credentials, a valid signature instead; S3-style XML errors.
func (s *Server) serveDownload(w http.ResponseWriter, r *http.Request) {
	key := strings.TrimPrefix(r.URL.Path, "/_storage/")
	s.blobMu.Lock()
	b, ok := s.blobs[key]
	s.blobMu.Unlock()
	xmlErr := func(status int, code string) {
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%s</Code></Error>\n", code)
	}
	switch {
	case r.Method != http.MethodGet && r.Method != http.MethodHead:
		xmlErr(http.StatusMethodNotAllowed, "MethodNotAllowed")
	case !hmac.Equal([]byte(r.URL.Query().Get("signature")), []byte(s.blobSignature(key))):
		xmlErr(http.StatusForbidden, "AccessDenied")
	case !ok:
		xmlErr(http.StatusNotFound, "NoSuchKey")
	case !s.mayDownload(r, key):
		xmlErr(http.StatusForbidden, "AccessDenied")
	default:
		// ServeContent answers Range, If-Range, If-None-Match and
		// If-Modified-Since as S3 does, given the ETag set here.
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", path.Base(key)))
		w.Header().Set("ETag", b.etag)
		http.ServeContent(w, r, "", b.modified, bytes.NewReader(b.data))
	}
}

// mayDownload applies the read rule of the record a stored file belongs to:
// a file of a private dataset is downloaded with the credentials of someone
// who may read it (the API's own, sent to its own host), as the 2023
// document's download token checks do; a public one by anyone.
func (s *Server) mayDownload(r *http.Request, key string) bool {
	for _, res := range s.api.resources {
		if !res.file {
			continue
		}
		rec, found := s.db.coll(res.name).first(func(x record) bool { return str(x["_blob"]) == key })
		if !found {
			continue
		}
		c := &call{s: s, r: r}
		if c.authenticate() != nil {
			return false
		}
		if c.upload {
			c.who = nil // an upload key reads as an anonymous caller
		}
		return s.allowed(c.who, actRead, res, rec)
	}
	return false
}

// viewDataset adds the dataset's file count and volume, and its telescope,
// null when it has none as the Cloud-era API sends it (the CLI's datasets
// command reads the member).
func viewDataset(c *call, rec record) {
	if str(rec["telescope"]) == "" {
		rec["telescope"] = nil
	}
	ids, files := c.s.children("datafiles", "dataset", rec["uuid"], "pk")
	volume := 0
	for _, f := range files {
		n, _ := intOf(f["size"])
		volume += n
	}
	rec["data_files"], rec["data_files_count"], rec["data_files_volume"] = ids, len(files), volume
}

// checkDataFile validates a data file (POST /[{org}/]datafiles/, multipart
// file, dataset, is_raw, tags — arcsecond-io/cli cloud/uploader/datafiles): the dataset must be
// one the caller sees in the same scope, a file part is needed, tags come
// as CSV and is_raw as "True"/"False".
func checkDataFile(c *call, rec, old record) *apiError {
	ds := str(rec["dataset"])
	dsRes := c.s.resource("datasets")
	_, found := c.s.db.coll("datasets").first(func(r record) bool {
		return str(r["uuid"]) == ds && c.ownsOrShares(dsRes, r)
	})
	if !found {
		return errField("dataset", fmt.Sprintf("Invalid pk %q - object does not exist.", ds))
	}
	if old == nil && str(rec["_blob"]) == "" {
		return errField("file", "No file was submitted.")
	}
	if b := str(rec["_blob"]); b != "" && (old == nil || b != str(old["_blob"])) {
		c.s.describeHeader(rec, path.Base(b), c.s.blob(b))
	}
	if t, ok := rec["tags"].(string); ok {
		rec["tags"] = csvList(t)
	}
	if v, ok := rec["is_raw"]; ok {
		b, msg := coerce(fieldSpec{typ: "boolean", nullable: true}, v)
		if msg != "" {
			return errField("is_raw", msg)
		}
		rec["is_raw"] = b
	}
	return nil
}

// ownsOrShares is visibility for writing: the record is in the route's
// organisation, or is the caller's own personal record.
func (c *call) ownsOrShares(res *resource, rec record) bool {
	if c.rt.org {
		return str(rec["organisation"]) == c.org
	}
	return c.who != nil && str(rec["profile"]) == c.who.username && str(rec["organisation"]) == ""
}

// dupDataFile is the duplicate-upload refusal the CLI and Oort match on:
// a 400 whose text contains "already exists in dataset" (arcsecond-io/cli cloud/uploader/uploader.py).
func dupDataFile(stored, rec record) *apiError {
	if str(stored["dataset"]) == str(rec["dataset"]) && str(stored["name"]) == str(rec["name"]) {
		return detailError(http.StatusBadRequest, fmt.Sprintf("File %s already exists in dataset %s.", str(rec["name"]), str(rec["dataset"])))
	}
	return nil
}
