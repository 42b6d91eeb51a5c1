package arcsecond

import (
	"context"
	"fmt"
	"io"
)

// DataPackage is a published bundle of datasets (2023 schema DataPackage /
// OrganisationDataPackage). ZipFile (personal) or ZipFileURL (organisation)
// is the archive to download once the API has built it.
type DataPackage struct {
	UUID            string    `json:"uuid"`
	Name            string    `json:"name"`
	Description     string    `json:"description"`
	Datasets        []string  `json:"datasets"`
	IsPublic        bool      `json:"is_public"`
	CoverImage      *string   `json:"cover_image"`
	ZipFile         *string   `json:"zip_file"`
	ZipFileURL      string    `json:"zip_file_url"`
	Size            int64     `json:"size"`
	CreationDate    Timestamp `json:"creation_date"`
	LastUpdate      Timestamp `json:"last_update"`
	TagArray        []string  `json:"tag_array"`
	DatasetsCount   int       `json:"datasets_count"`
	DataFilesCount  int       `json:"data_files_count"`
	DataFilesVolume int64     `json:"data_files_volume"`
	Profile         string    `json:"profile"`
	// Organisation is the owner: a primary key on personal routes, a
	// subdomain on organisation routes.
	Organisation         *Organisation `json:"organisation"`
	Collaborations       []int         `json:"collaborations"`
	PartnerOrganisations []int         `json:"partner_organisations"`
}

// DataPackageCreate is the body of a new data package.
type DataPackageCreate struct {
	Name        string   `json:"name"`
	Datasets    []string `json:"datasets,omitempty"`
	Description string   `json:"description,omitempty"`
	IsPublic    *bool    `json:"is_public,omitempty"`
	TagArray    []string `json:"tag_array,omitempty"`
}

// DataPackageUpdate changes a data package; nil fields are left as they are.
type DataPackageUpdate struct {
	Name        *string   `json:"name,omitempty"`
	Datasets    *[]string `json:"datasets,omitempty"`
	Description *string   `json:"description,omitempty"`
	IsPublic    *bool     `json:"is_public,omitempty"`
	TagArray    *[]string `json:"tag_array,omitempty"`
}

// DataPackagesService manages data packages: /datapackages/, or
// /{org}/datapackages/ (paginated) for an organisation, by uuid.
type DataPackagesService struct{ ep endpoint }

// Download streams the zip archive of the package uuid into w, resuming at
// opts.Offset with a Range request; ErrNoDownload when the API has no archive
// for it yet.
//
// GET /[{org}/]datapackages/{uuid}/, then GET on its archive URL.
func (s *DataPackagesService) Download(ctx context.Context, uuid string, w io.Writer, opts *DownloadOptions) (int64, error) {
	p, _, err := s.Get(ctx, uuid)
	if err != nil {
		return 0, err
	}
	u := p.ZipFileURL
	if u == "" && p.ZipFile != nil {
		u = *p.ZipFile
	}
	if u == "" {
		return 0, fmt.Errorf("%w: data package %s has no archive yet", ErrNoDownload, uuid)
	}
	return s.ep.client.Download(ctx, u, w, opts)
}

// UploadCover sends the cover image of the organisation's package uuid
// (POST /{org}/datapackages/{uuid}/, multipart part "cover_image"),
// streamed (retried as RetryPolicy says for uploads); ErrNoOrganisation
// without an organisation.
func (s *DataPackagesService) UploadCover(ctx context.Context, uuid string, f File, progress Progress) (*DataPackage, *Response, error) {
	return uploadAs[DataPackage](ctx, scopedTo(s.ep, OrgOnly), uuid, nil, "cover_image", f, progress)
}
