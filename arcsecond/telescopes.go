package arcsecond

import (
	"bytes"
	"context"
	"encoding/json"
)

// Mounting is a telescope mount type.
type Mounting string

// Mountings of the 2023 schema (MountingEnum).
const (
	MountingUnknown      Mounting = "unk"
	MountingEquatorial   Mounting = "equ"
	MountingCassegrain   Mounting = "cas"
	MountingAltAzimuthal Mounting = "aaz"
	MountingOffAxis      Mounting = "off"
)

// Tristate is the API's "unknown" / "yes" / "no" for telescope features.
type Tristate string

// Tristate values (TelescopeIsRelocatableEnum).
const (
	TristateUnknown Tristate = "unknown"
	TristateYes     Tristate = "yes"
	TristateNo      Tristate = "no"
)

// Dome is the enclosure of a telescope; organisation routes give only its
// id.
type Dome struct {
	ID    int    `json:"-"`
	Name  string `json:"name,omitempty"`
	Shape string `json:"shape,omitempty"`
	Image string `json:"image,omitempty"`
}

// Mirror is one mirror of a telescope.
type Mirror struct {
	PK                 int      `json:"pk,omitempty"`
	MirrorIndex        int      `json:"mirror_index,omitempty"`
	Diameter           *float64 `json:"diameter,omitempty"`
	Thickness          *float64 `json:"thickness,omitempty"`
	Coating            string   `json:"coating,omitempty"`
	CentralObscuration *float64 `json:"central_obscuration,omitempty"`
	Material           string   `json:"material,omitempty"`
	Telescope          string   `json:"telescope,omitempty"`
}

// UnmarshalJSON reads the dome, or the bare id organisation routes answer.
func (d *Dome) UnmarshalJSON(b []byte) error {
	type plain Dome
	return decodeObjectOrID(b, (*plain)(d), &d.ID)
}

// UnmarshalJSON reads the mirror, or the bare primary key organisation
// routes answer.
func (m *Mirror) UnmarshalJSON(b []byte) error {
	type plain Mirror
	return decodeObjectOrID(b, (*plain)(m), &m.PK)
}

// UnmarshalJSON reads the horizon mask, or the bare primary key
// organisation routes answer.
func (h *HorizonMask) UnmarshalJSON(b []byte) error {
	type plain HorizonMask
	return decodeObjectOrID(b, (*plain)(h), &h.PK)
}

// decodeObjectOrID decodes b into obj or, when b is a bare number (the
// primary key some routes answer instead of the nested object), clears obj
// and stores the number in id, a field of obj.
func decodeObjectOrID[T any](b []byte, obj *T, id *int) error {
	if isJSONNumber(b) {
		var zero T
		*obj = zero
		return json.Unmarshal(b, id)
	}
	return json.Unmarshal(b, obj)
}

func isJSONNumber(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9')
}

// Telescope is a telescope of an observing site (2023 schema
// TelescopeListCreate, OrganisationTelescopeListRetrieve). Device is the
// Alpaca device id of the Hub era, nil when none.
type Telescope struct {
	UUID                string           `json:"uuid,omitempty"`
	Name                string           `json:"name"`
	Acronym             string           `json:"acronym,omitempty"`
	Alias               string           `json:"alias,omitempty"`
	Coordinates         *GeoCoordinates  `json:"coordinates,omitempty"`
	ObservingSite       string           `json:"observing_site"` // uuid
	Instruments         []string         `json:"instruments,omitempty"`
	Mounting            Mounting         `json:"mounting,omitempty"`
	OpticalDesign       string           `json:"optical_design,omitempty"`
	Dome                *Dome            `json:"dome,omitempty"`
	Mirrors             []Mirror         `json:"mirrors,omitempty"`
	HasActiveOptics     Tristate         `json:"has_active_optics,omitempty"`
	HasAdaptativeOptics Tristate         `json:"has_adaptative_optics,omitempty"`
	HasLaserGuideStar   Tristate         `json:"has_laser_guide_star,omitempty"`
	IsRelocatable       Tristate         `json:"is_relocatable,omitempty"`
	Device              *int             `json:"device,omitempty"`
	HorizonMasks        []HorizonMask    `json:"horizon_masks,omitempty"`
	Images              []TelescopeImage `json:"images,omitempty"` // read-only
	// Ownerships and OwnershipMode come with organisation telescopes.
	Ownerships    []TelescopeOwnership `json:"ownerships,omitempty"`
	OwnershipMode *string              `json:"ownership_mode,omitempty"`
}

// TelescopeCreate is the body of a new telescope.
type TelescopeCreate struct {
	Name          string          `json:"name"`
	ObservingSite string          `json:"observing_site"` // uuid
	Acronym       string          `json:"acronym,omitempty"`
	Alias         string          `json:"alias,omitempty"`
	Coordinates   *GeoCoordinates `json:"coordinates,omitempty"`
	Mounting      Mounting        `json:"mounting,omitempty"`
	OpticalDesign string          `json:"optical_design,omitempty"`
	Dome          *Dome           `json:"dome,omitempty"`
	Mirrors       []Mirror        `json:"mirrors,omitempty"`
	Device        *int            `json:"device,omitempty"`
	// OwnershipMode is required by organisation telescopes (/{org}/telescopes/).
	OwnershipMode string `json:"ownership_mode,omitempty"`
}

// TelescopeUpdate changes a telescope; nil fields are left as they are.
type TelescopeUpdate struct {
	Name          *string         `json:"name,omitempty"`
	ObservingSite *string         `json:"observing_site,omitempty"`
	Acronym       *string         `json:"acronym,omitempty"`
	Alias         *string         `json:"alias,omitempty"`
	Coordinates   *GeoCoordinates `json:"coordinates,omitempty"`
	Mounting      *Mounting       `json:"mounting,omitempty"`
	OpticalDesign *string         `json:"optical_design,omitempty"`
	Dome          *Dome           `json:"dome,omitempty"`
	Device        *int            `json:"device,omitempty"`
}

// TelescopeImage is a picture of a telescope (2023 schema TelescopeImageList).
type TelescopeImage struct {
	PK        int       `json:"pk"`
	Date      Timestamp `json:"date"`
	File      string    `json:"file"`
	Telescope string    `json:"telescope"`
	Uploader  string    `json:"uploader"`
}

// TelescopesService reads and edits telescopes: /telescopes/ (paginated), or
// /{org}/telescopes/ for an organisation. Get, Update, Replace and Delete
// take a uuid or an alias. Writes need an admin in an organisation.
type TelescopesService struct{ ep endpoint }

// Images returns the pictures of the telescope (uuid or alias):
// /[{org}/]telescopes/{uuid_or_alias}/images/ (list and upload).
func (s *TelescopesService) Images(uuidOrAlias string) *TelescopeImagesService {
	return bound[TelescopeImagesService](s.ep.child(uuidOrAlias, "images"))
}

// TelescopeImagesService lists and uploads the pictures of one telescope.
type TelescopeImagesService struct{ ep endpoint }

// Upload sends a picture of the telescope
// (POST /[{org}/]telescopes/{uuid_or_alias}/images/) as multipart/form-data,
// part "file", streaming it; progress may be nil. Retried as RetryPolicy says
// for uploads.
func (s *TelescopeImagesService) Upload(ctx context.Context, f File, progress Progress) (*TelescopeImage, *Response, error) {
	return uploadAs[TelescopeImage](ctx, s.ep, nil, nil, "file", f, progress)
}

// TelescopeUpdatesService lists the change log of all telescopes.
type TelescopeUpdatesService struct{ ep endpoint }

// Updates returns the change log of all telescopes: /telescopes/updates/
// (paginated).
func (s *TelescopesService) Updates() *TelescopeUpdatesService {
	return bound[TelescopeUpdatesService](sibling(s.ep, "updates", Global))
}
