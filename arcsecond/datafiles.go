package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// HDU is one header-data unit of a FITS file.
type HDU struct {
	PK               int     `json:"pk"`
	Name             string  `json:"name"`
	Index            int     `json:"index"`
	DimensionX       int     `json:"dimension_x"`
	DimensionY       int     `json:"dimension_y"`
	DimensionZ       int     `json:"dimension_z"`
	DataType         string  `json:"data_type"` // any, img, ascitab, bintab, undef
	HeaderString     string  `json:"header_string"`
	SmallPreviewSize int     `json:"small_preview_size"`
	SmallPreview     *string `json:"small_preview"`
}

// DataFile is a file of a dataset (2023 schema DataFile /
// OrganisationDataFile, and the Cloud era's id, is_raw and tags). File is
// its download URL.
type DataFile struct {
	ID           int         `json:"id"`
	PK           int         `json:"pk"`
	Name         string      `json:"name"`
	Dataset      string      `json:"dataset"`
	File         string      `json:"file"`
	Size         int64       `json:"size"`
	IsFITS       bool        `json:"is_fits"`
	IsXISF       bool        `json:"is_xisf"`
	IsRaw        *bool       `json:"is_raw"`
	TargetName   string      `json:"target_name"`
	Header       string      `json:"header"`
	HDUs         []HDU       `json:"hdus"`
	DataBlocks   []DataBlock `json:"data_blocks"`
	TagArray     []string    `json:"tag_array"`
	Tags         []string    `json:"tags"`
	Organisation string      `json:"organisation"`
}

// DataBlock is a data block of a data file (2023 schema DataBlock).
type DataBlock struct {
	PK               int     `json:"pk"`
	Name             string  `json:"name"`
	Index            int     `json:"index"`
	DimensionX       int     `json:"dimension_x"`
	DimensionY       int     `json:"dimension_y"`
	DimensionZ       int     `json:"dimension_z"`
	SmallPreviewSize int     `json:"small_preview_size"`
	SmallPreview     *string `json:"small_preview"`
}

// UnmarshalJSON reads the data file, or the bare id that personal
// observations and calibrations answer (organisation ones embed the file).
// ID is the file's id whichever of id and pk the API sent.
func (f *DataFile) UnmarshalJSON(b []byte) error {
	type plain DataFile
	if err := decodeObjectOrID(b, (*plain)(f), &f.ID); err != nil {
		return err
	}
	if f.ID == 0 {
		f.ID = f.PK
	}
	return nil
}

// DataFileUpdate changes a data file's metadata; nil fields are left as they are.
type DataFileUpdate struct {
	TargetName *string   `json:"target_name,omitempty"`
	Tags       *[]string `json:"tags,omitempty"`
	TagArray   *[]string `json:"tag_array,omitempty"`
	IsRaw      *bool     `json:"is_raw,omitempty"`
}

// DataFileListOptions filter data files.
type DataFileListOptions struct {
	ListOptions
	Dataset string `url:"dataset,omitempty"` // uuid
	Name    string `url:"name,omitempty"`
}

// UploadOptions are the optional parts of a data-file upload.
type UploadOptions struct {
	IsRaw    bool     // sent as is_raw "True" or "False"
	Tags     []string // sent as one CSV field; none may contain a comma or start with "arcsecond"
	Progress Progress // bytes of the file sent so far, and its size
}

// DataFilesService manages data files: /datafiles/, or /{org}/datafiles/ for
// an organisation (paginated there), by integer id (…ByName by name); uploads
// and downloads.
type DataFilesService struct{ ep endpoint }

// Upload sends f to the dataset datasetUUID as the current API takes it:
// POST /[{org}/]datafiles/, multipart/form-data with "dataset", "is_raw",
// "tags" (CSV) and the "file" part. The file is streamed (memory stays
// bounded whatever its size), sent again as RetryPolicy says for uploads
// (a file is; progress then restarts from 0), and cancelling ctx stops it. A file of that name already in the dataset is an error
// matching ErrAlreadyExists.
func (s *DataFilesService) Upload(ctx context.Context, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	return sendDataFile(ctx, s.ep, http.MethodPost, nil, datasetUUID, f, opts)
}

// Replace replaces the data file id as a whole: the document's PUT takes
// the file itself, so f is uploaded again into the dataset datasetUUID,
// with the fields and streaming of Upload (metadata alone changes with
// Update).
//
// PUT /[{org}/]datafiles/{id}/ (multipart/form-data)
func (s *DataFilesService) Replace(ctx context.Context, id int, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	return sendDataFile(ctx, s.ep, http.MethodPut, id, datasetUUID, f, opts)
}

// ReplaceByName is Replace for the data file named name.
//
// PUT /[{org}/]datafiles/{name}/ (multipart/form-data)
func (s *DataFilesService) ReplaceByName(ctx context.Context, name, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	return sendDataFile(ctx, s.ep, http.MethodPut, name, datasetUUID, f, opts)
}

// Replace replaces the file named name of the dataset datasetUUID (the one
// this service is bound to) as a whole, as DataFilesService.Replace does.
//
// PUT /[{org}/]datasets/{uuid}/datafiles/{name}/ (multipart/form-data)
func (s *DatasetFilesService) Replace(ctx context.Context, name, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	return sendDataFile(ctx, s.ep, http.MethodPut, name, datasetUUID, f, opts)
}

// ReplaceByID is Replace for the file whose id is id.
//
// PUT /[{org}/]datasets/{uuid}/datafiles/{id}/ (multipart/form-data)
func (s *DatasetFilesService) ReplaceByID(ctx context.Context, id int, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	return sendDataFile(ctx, s.ep, http.MethodPut, id, datasetUUID, f, opts)
}

// sendDataFile sends f as the multipart body of a data file: "dataset",
// "is_raw", "tags" (CSV) and the "file" part, by POST (new) or PUT (at key).
func sendDataFile(ctx context.Context, ep endpoint, method string, key any, datasetUUID string, f File, opts *UploadOptions) (*DataFile, *Response, error) {
	var o UploadOptions
	if opts != nil {
		o = *opts
	}
	if err := checkSegment(datasetUUID); err != nil {
		return nil, nil, fmt.Errorf("arcsecond: invalid dataset: %w", err)
	}
	fields := []formField{{"dataset", datasetUUID}, {"is_raw", pyBool(o.IsRaw)}}
	if len(o.Tags) > 0 {
		for _, t := range o.Tags {
			if t == "" || strings.Contains(t, ",") || strings.HasPrefix(t, "arcsecond") {
				return nil, nil, fmt.Errorf("arcsecond: invalid tag %q (empty, with a comma, or starting with \"arcsecond\")", t)
			}
		}
		fields = append(fields, formField{"tags", strings.Join(o.Tags, ",")})
	}
	return sendUploadAs[DataFile](ctx, ep, method, key, fields, "file", f, o.Progress)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// ErrNoDownload is returned when an item has no file to download yet.
var ErrNoDownload = errors.New("arcsecond: nothing to download")

// Download streams the content of the data file id into w (its "file" URL,
// credentials only sent to the API's own host), resuming at opts.Offset with a
// Range request. It returns the bytes written.
//
// GET /[{org}/]datafiles/{id}/, then GET on its file URL.
func (s *DataFilesService) Download(ctx context.Context, id int, w io.Writer, opts *DownloadOptions) (int64, error) {
	f, _, err := s.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	if f.File == "" {
		return 0, fmt.Errorf("%w: data file %d has no file URL", ErrNoDownload, id)
	}
	return s.ep.client.Download(ctx, f.File, w, opts)
}
