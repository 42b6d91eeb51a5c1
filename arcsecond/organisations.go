package arcsecond

import "encoding/json"

// OrganisationType is the kind of an organisation.
type OrganisationType string

// Organisation types of the 2023 schema (OrgTypeEnum).
const (
	OrganisationUnknown OrganisationType = "Unknown"
	OrganisationPublic  OrganisationType = "Public"
	OrganisationPrivate OrganisationType = "Private"
	OrganisationMixed   OrganisationType = "Mixed"
)

// Organisation is an observatory portal (2023 schema OrganisationDetails /
// OrganisationList).
type Organisation struct {
	PK                  int              `json:"pk"`
	Name                string           `json:"name"`
	Subdomain           string           `json:"subdomain"`
	Acronym             string           `json:"acronym"`
	InstituteName1      string           `json:"institute_name_1"`
	InstituteName2      string           `json:"institute_name_2"`
	DateCreated         Timestamp        `json:"date_created"`
	WebsiteURL          string           `json:"website_url"`
	OrgType             OrganisationType `json:"org_type"`
	Icon                *string          `json:"icon"`
	Banner              *string          `json:"banner"`
	Cover               *string          `json:"cover"`
	ObservingSites      []string         `json:"observing_sites"`
	Telescopes          []string         `json:"telescopes"`
	TelescopeActivation []map[string]any `json:"telescope_activations"`
}

// OrganisationCreate is the body of a new organisation; the creator becomes
// its superadmin.
type OrganisationCreate struct {
	Name           string           `json:"name"`
	Subdomain      string           `json:"subdomain"`
	Acronym        string           `json:"acronym,omitempty"`
	InstituteName1 string           `json:"institute_name_1,omitempty"`
	InstituteName2 string           `json:"institute_name_2,omitempty"`
	WebsiteURL     string           `json:"website_url,omitempty"`
	OrgType        OrganisationType `json:"org_type,omitempty"`
}

// OrganisationUpdate changes an organisation; nil fields are left as they are.
type OrganisationUpdate struct {
	Name           *string           `json:"name,omitempty"`
	Acronym        *string           `json:"acronym,omitempty"`
	InstituteName1 *string           `json:"institute_name_1,omitempty"`
	InstituteName2 *string           `json:"institute_name_2,omitempty"`
	WebsiteURL     *string           `json:"website_url,omitempty"`
	OrgType        *OrganisationType `json:"org_type,omitempty"`
}

// OrganisationsService reads and edits organisations: /organisations/ (never
// scoped). List (a bare array), Create, Get by subdomain, Update (PATCH) and
// Replace (PUT), for admins of the organisation (403 otherwise). There is
// no delete route.
type OrganisationsService struct{ ep endpoint }

// OrganisationUploadKey is the upload key of a member, as the organisation's
// admins see it (2023 schema OrganisationUploadKey).
type OrganisationUploadKey struct {
	FirstName    string    `json:"first_name"`
	LastName     string    `json:"last_name"`
	Username     string    `json:"username"`
	Email        string    `json:"email"`
	Key          string    `json:"key"`
	CreationDate Timestamp `json:"creation_date"`
}

// UploadKeysService lists the upload keys of an organisation's members:
// /{org}/uploadkeys/ (organisation only: ErrNoOrganisation without one).
type UploadKeysService struct{ ep endpoint }

// UnmarshalJSON reads the organisation, or the bare subdomain or primary key
// that memberships and some routes answer with instead.
func (o *Organisation) UnmarshalJSON(b []byte) error {
	type plain Organisation
	switch {
	case len(b) > 0 && b[0] == '"':
		return json.Unmarshal(b, &o.Subdomain)
	case isJSONNumber(b):
		return json.Unmarshal(b, &o.PK)
	case string(b) == "null":
		return nil
	}
	return json.Unmarshal(b, (*plain)(o))
}
