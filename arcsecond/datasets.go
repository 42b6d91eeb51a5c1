package arcsecond

import (
	"context"
	"errors"
	"fmt"
)

// Dataset is a set of data files (2023 schema Dataset / OrganisationDataset,
// plus the Cloud era's telescope).
type Dataset struct {
	UUID            string    `json:"uuid"`
	Name            string    `json:"name"`
	Description     string    `json:"description"`
	IsPublic        bool      `json:"is_public"`
	Telescope       string    `json:"telescope"`
	CreationDate    Timestamp `json:"creation_date"`
	LastUpdate      Timestamp `json:"last_update"`
	DirectNightLog  *string   `json:"direct_night_log"`
	Observation     *string   `json:"observation"`
	Calibration     *string   `json:"calibration"`
	TagArray        []string  `json:"tag_array"`
	DataFiles       []int     `json:"data_files"`
	DataFilesCount  int       `json:"data_files_count"`
	DataFilesVolume int64     `json:"data_files_volume"`
	Storage         *string   `json:"storage"`
	Profile         string    `json:"profile"`
	Organisation    string    `json:"organisation"`
}

// DatasetCreate is the body of a new dataset. The Cloud API wants a
// telescope (uuid) for organisation datasets.
type DatasetCreate struct {
	Name        string   `json:"name"`
	Telescope   string   `json:"telescope,omitempty"`
	Description string   `json:"description,omitempty"`
	IsPublic    *bool    `json:"is_public,omitempty"`
	TagArray    []string `json:"tag_array,omitempty"`
	Observation string   `json:"observation,omitempty"`
	Calibration string   `json:"calibration,omitempty"`
}

// DatasetUpdate changes a dataset; nil fields are left as they are.
type DatasetUpdate struct {
	Name        *string   `json:"name,omitempty"`
	Telescope   *string   `json:"telescope,omitempty"`
	Description *string   `json:"description,omitempty"`
	IsPublic    *bool     `json:"is_public,omitempty"`
	TagArray    *[]string `json:"tag_array,omitempty"`
}

// DatasetListOptions filter datasets.
type DatasetListOptions struct {
	ListOptions
	Name        string   `url:"name,omitempty"` // exact name
	Tags        []string `url:"tags,omitempty,comma"`
	Date        string   `url:"date,omitempty"` // creation date, "2006-01-02" (organisation lists)
	Observation string   `url:"observation,omitempty"`
	Calibration string   `url:"calibration,omitempty"`
}

// DatasetsService manages datasets: /datasets/, or /{org}/datasets/ for an
// organisation, by uuid; their files; find-or-create by name; uploads of a
// directory (UploadDir).
type DatasetsService struct{ ep endpoint }

// DatasetFilesService reads and changes the files of one dataset:
// /[{org}/]datasets/{uuid}/datafiles/, by file name (…ByID by integer id).
type DatasetFilesService struct{ ep endpoint }

// Upload sends a file to the dataset through the nested route of the 2020–2023
// API (POST …/datasets/{uuid}/datafiles/, single part "file"), streaming it. A
// duplicate name is an error matching ErrAlreadyExists. Current clients use
// DataFilesService.Upload.
//
// POST /[{org}/]datasets/{uuid}/datafiles/
func (s *DatasetFilesService) Upload(ctx context.Context, f File, progress Progress) (*DataFile, *Response, error) {
	return uploadAs[DataFile](ctx, s.ep, nil, nil, "file", f, progress)
}

// DataFiles returns the files of the dataset uuid.
//
// Route: /[{org}/]datasets/{uuid}/datafiles/.
func (s *DatasetsService) DataFiles(uuid string) *DatasetFilesService {
	return bound[DatasetFilesService](s.ep.child(uuid, "datafiles"))
}

// ErrTelescopeMismatch is returned by FindOrCreate when the dataset found is
// attached to another telescope than the one asked for.
var ErrTelescopeMismatch = errors.New("arcsecond: the dataset belongs to another telescope")

// FindOrCreate returns the dataset named body.Name, creating it from body when
// there is none, as the CLI does before an upload (GET ?name=: 0 → POST, 1 →
// use it, more → ErrAmbiguousName). A dataset found with another telescope than
// body.Telescope is ErrTelescopeMismatch.
//
// GET /[{org}/]datasets/?name=…, then POST /[{org}/]datasets/ when there is none.
func (s *DatasetsService) FindOrCreate(ctx context.Context, body *DatasetCreate) (ds *Dataset, created bool, err error) {
	if body == nil || body.Name == "" {
		return nil, false, errors.New("arcsecond: FindOrCreate needs a dataset name")
	}
	ds, err = findByName(ctx, s.ep, body.Name, func(d *Dataset) string { return d.Name })
	switch {
	case err != nil:
		return nil, false, err
	case ds == nil:
		ds, _, err = s.Create(ctx, body)
		return ds, err == nil, err
	case body.Telescope != "" && ds.Telescope != "" && ds.Telescope != body.Telescope:
		return nil, false, fmt.Errorf("%w: %q is on telescope %s, not %s", ErrTelescopeMismatch, ds.Name, ds.Telescope, body.Telescope)
	}
	return ds, false, nil
}
