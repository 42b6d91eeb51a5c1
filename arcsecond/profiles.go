package arcsecond

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Profile is an Arcsecond user (2023 schema UserProfile). The own profile
// also carries Email and Memberships; other users' profiles only the public
// fields.
type Profile struct {
	PK                    int          `json:"pk"`
	Username              string       `json:"username"`
	Title                 string       `json:"title"`
	FirstName             string       `json:"first_name"`
	LastName              string       `json:"last_name"`
	Email                 string       `json:"email"`
	MembershipDate        Timestamp    `json:"membership_date"`
	LastUpdate            Timestamp    `json:"last_update"`
	IsStaff               bool         `json:"is_staff"`
	HasWildCard           bool         `json:"has_wild_card"`
	Avatar                string       `json:"avatar"`
	Bio                   string       `json:"bio"`
	MainInterests         string       `json:"main_interests"`
	PersonalWebsite       string       `json:"personal_website"`
	PhDUniversity         string       `json:"phd_university"`
	CurrentUniversity     string       `json:"current_university"`
	OriginCountry         string       `json:"origin_country"`
	HomeCountry           string       `json:"home_country"`
	Cameras               string       `json:"cameras"`
	VisitedTelescopes     []string     `json:"visited_telescopes"`
	VisitedObservingSites []string     `json:"visited_observing_sites"`
	Memberships           []Membership `json:"memberships"`
}

// Membership is a profile's role in an organisation.
type Membership struct {
	PK           int          `json:"pk"`
	DateJoined   Timestamp    `json:"date_joined"`
	Role         Role         `json:"role"`
	Organisation Organisation `json:"organisation"`
}

// ProfileUpdate is the body of a profile update; nil fields are left as they
// are.
type ProfileUpdate struct {
	Title             *string `json:"title,omitempty"`
	FirstName         *string `json:"first_name,omitempty"`
	LastName          *string `json:"last_name,omitempty"`
	Bio               *string `json:"bio,omitempty"`
	MainInterests     *string `json:"main_interests,omitempty"`
	PersonalWebsite   *string `json:"personal_website,omitempty"`
	PhDUniversity     *string `json:"phd_university,omitempty"`
	CurrentUniversity *string `json:"current_university,omitempty"`
	OriginCountry     *string `json:"origin_country,omitempty"`
	HomeCountry       *string `json:"home_country,omitempty"`
	Cameras           *string `json:"cameras,omitempty"`
}

// ProfileListOptions filter GET /profiles/ (paginated).
type ProfileListOptions struct {
	ListOptions
	// Search matches username, first and last names, ignoring case.
	Search string `url:"search,omitempty"`
}

// APIKey is a profile's access key (/profiles/{username}/apikey/).
type APIKey struct {
	APIKey string `json:"api_key"`
}

// UploadKey is a profile's upload key (/profiles/{username}/uploadkey/ and
// the answer of …/secretkey/).
type UploadKey struct {
	UploadKey string `json:"upload_key"`
}

// SharedKey is an upload key a profile shares with an organisation
// (2023 schema UserProfileOrganisationUploadKey).
type SharedKey struct {
	PK           int       `json:"pk"`
	Profile      string    `json:"profile"`
	Key          string    `json:"key"`
	Organisation string    `json:"organisation"`
	CreationDate Timestamp `json:"creation_date"`
}

// SharedKeyCreate asks for a new upload key shared with an organisation.
type SharedKeyCreate struct {
	Organisation string `json:"organisation"` // subdomain
}

// DataStorageType is where an external data storage lives.
type DataStorageType string

// Data storage types of the 2023 schema.
const (
	DataStorageS3        DataStorageType = "aws_s3"
	DataStorageDropbox   DataStorageType = "dropbox"
	DataStorageDiskLocal DataStorageType = "disk_local"
)

// DataStorage is an external storage for data files (2023 schema DataStorage).
type DataStorage struct {
	UUID        string          `json:"uuid"`
	Name        string          `json:"name"`
	Country     string          `json:"country"`
	Region      string          `json:"region"`
	Description string          `json:"description"`
	IsReadOnly  bool            `json:"is_read_only"`
	Type        DataStorageType `json:"type"`
	CostModel   string          `json:"cost_model"`
	Role        string          `json:"role"`
	Owner       string          `json:"owner"`
	Credentials string          `json:"credentials,omitempty"` // write-only; never in answers
}

// DataStorageCreate is the body of a new data storage; Credentials are
// write-only.
type DataStorageCreate struct {
	Name        string          `json:"name,omitempty"`
	Type        DataStorageType `json:"type"`
	Country     string          `json:"country,omitempty"`
	Region      string          `json:"region,omitempty"`
	Description string          `json:"description,omitempty"`
	IsReadOnly  *bool           `json:"is_read_only,omitempty"`
	CostModel   string          `json:"cost_model,omitempty"`
	Credentials string          `json:"credentials,omitempty"`
}

// DataStoragePoint is a measure of the volume held in a storage
// (2023 schema DirectDataStoragePoint).
type DataStoragePoint struct {
	ID           int       `json:"id"`
	CreationDate Timestamp `json:"creation_date"`
	TotalBytes   int64     `json:"total_bytes"`
	FilesCount   int       `json:"files_count"`
	Parent       *int      `json:"parent"`
}

// Subscription is a billing subscription of a profile (2023 schema
// DJSubscriptions); only the commonly read fields are typed.
type Subscription struct {
	ID       string `json:"id"`
	StripeID string `json:"stripe_id"`
	Status   string `json:"status"`
}

// SubscriptionUpdate changes a subscription (PATCH, 2023 schema
// PatchedDJSubscriptions): nil fields are left as they are.
type SubscriptionUpdate struct {
	Status *string `json:"status,omitempty"`
}

// SubscriptionReplace is the whole subscription PUT sends (2023 schema
// DJSubscriptions): the fields the document requires, then optional ones.
type SubscriptionReplace struct {
	ID                 string    `json:"id"`     // the Stripe id
	Status             string    `json:"status"` // active, canceled, incomplete, past_due, trialing, unpaid…
	Customer           int       `json:"customer"`
	CollectionMethod   string    `json:"collection_method"` // charge_automatically or send_invoice
	CurrentPeriodStart Timestamp `json:"current_period_start"`
	CurrentPeriodEnd   Timestamp `json:"current_period_end"`

	Description       *string `json:"description,omitempty"`
	CancelAtPeriodEnd *bool   `json:"cancel_at_period_end,omitempty"`
	Quantity          *int    `json:"quantity,omitempty"`
}

// ProfilesService reads profiles (/profiles/, never organisation-scoped):
// List/All (paginated, Search), Get by username, Update (PATCH) and Replace
// (PUT) of one's own profile (403 for another user's), and the profile's
// keys, storages, stats and subscriptions.
type ProfilesService struct{ ep endpoint }

func (s *ProfilesService) sub(username, name string) endpoint {
	return s.ep.child(username, name)
}

// APIKey reads the access key of username (GET /profiles/{username}/apikey/;
// 403 for another user, or with an upload key).
func (s *ProfilesService) APIKey(ctx context.Context, username string) (*APIKey, *Response, error) {
	return fetch[APIKey](ctx, s.sub(username, "apikey"), http.MethodGet, nil, nil, nil)
}

// UploadKey reads the upload key of username
// (GET /profiles/{username}/uploadkey/; 403 for another user).
func (s *ProfilesService) UploadKey(ctx context.Context, username string) (*UploadKey, *Response, error) {
	return fetch[UploadKey](ctx, s.sub(username, "uploadkey"), http.MethodGet, nil, nil, nil)
}

// CreateUploadKey asks for an upload key (POST /profiles/{username}/uploadkey/).
func (s *ProfilesService) CreateUploadKey(ctx context.Context, username string) (*UploadKey, *Response, error) {
	return fetch[UploadKey](ctx, s.sub(username, "uploadkey"), http.MethodPost, nil, nil, struct{}{})
}

// UpdateAPIKey sets the access key of username
// (PATCH /profiles/{username}/apikey/); ReplaceAPIKey does the same with PUT.
func (s *ProfilesService) UpdateAPIKey(ctx context.Context, username string, body *APIKey) (*APIKey, *Response, error) {
	return writeSingle[APIKey](ctx, s.sub(username, "apikey"), http.MethodPatch, body)
}

// ReplaceAPIKey sets the access key of username (PUT /profiles/{username}/apikey/).
func (s *ProfilesService) ReplaceAPIKey(ctx context.Context, username string, body *APIKey) (*APIKey, *Response, error) {
	return writeSingle[APIKey](ctx, s.sub(username, "apikey"), http.MethodPut, body)
}

// UpdateUploadKey sets the upload key of username
// (PATCH /profiles/{username}/uploadkey/).
func (s *ProfilesService) UpdateUploadKey(ctx context.Context, username string, body *UploadKey) (*UploadKey, *Response, error) {
	return writeSingle[UploadKey](ctx, s.sub(username, "uploadkey"), http.MethodPatch, body)
}

// ReplaceUploadKey sets the upload key of username
// (PUT /profiles/{username}/uploadkey/).
func (s *ProfilesService) ReplaceUploadKey(ctx context.Context, username string, body *UploadKey) (*UploadKey, *Response, error) {
	return writeSingle[UploadKey](ctx, s.sub(username, "uploadkey"), http.MethodPut, body)
}

// writeSingle sends body to a route that is one object, not a collection.
func writeSingle[T any](ctx context.Context, ep endpoint, method string, body *T) (*T, *Response, error) {
	if body == nil {
		return nil, nil, fmt.Errorf("arcsecond: %s with a nil body", method)
	}
	return fetch[T](ctx, ep, method, nil, nil, body)
}

// SecretKey asks for a new secret upload key
// (POST /profiles/{username}/secretkey/).
func (s *ProfilesService) SecretKey(ctx context.Context, username string) (*UploadKey, *Response, error) {
	return fetch[UploadKey](ctx, s.sub(username, "secretkey"), http.MethodPost, nil, nil, struct{}{})
}

// SharedKeysService lists, creates and deletes (by integer id) the upload
// keys a profile shares with organisations: /profiles/{username}/sharedkeys/.
type SharedKeysService struct{ ep endpoint }

// SharedKeys returns the shared upload keys of username.
//
// Route: /profiles/{username}/sharedkeys/[{id}/].
func (s *ProfilesService) SharedKeys(username string) *SharedKeysService {
	return bound[SharedKeysService](s.sub(username, "sharedkeys"))
}

// ProfileDataStoragesService lists and creates a profile's external
// storages: /profiles/{username}/datastorages/.
type ProfileDataStoragesService struct{ ep endpoint }

// DataStorages returns the external storages of username.
//
// Route: /profiles/{username}/datastorages/.
func (s *ProfilesService) DataStorages(username string) *ProfileDataStoragesService {
	return bound[ProfileDataStoragesService](s.sub(username, "datastorages"))
}

// DataStoragePoints lists the storage volume points of username
// (GET /profiles/{username}/datastoragepoints/).
func (s *ProfilesService) DataStoragePoints(ctx context.Context, username string) ([]*DataStoragePoint, *Response, error) {
	return fetchPage[DataStoragePoint](ctx, s.sub(username, "datastoragepoints"), nil)
}

// Stats reads the usage counters of username (GET /profiles/{username}/stats/),
// whose shape the API does not document: each member is kept undecoded.
func (s *ProfilesService) Stats(ctx context.Context, username string) (map[string]json.RawMessage, *Response, error) {
	m, resp, err := fetch[map[string]json.RawMessage](ctx, s.sub(username, "stats"), http.MethodGet, nil, nil, nil)
	if err != nil {
		return nil, resp, err
	}
	return *m, resp, nil
}

// ProfileSubscriptionsService reads and changes a profile's billing
// subscriptions by Stripe id: /profiles/{username}/subscriptions/[{stripe_id}/].
type ProfileSubscriptionsService struct{ ep endpoint }

// Subscriptions returns the billing subscriptions of username.
//
// Route: /profiles/{username}/subscriptions/[{stripe_id}/].
func (s *ProfilesService) Subscriptions(username string) *ProfileSubscriptionsService {
	return bound[ProfileSubscriptionsService](s.sub(username, "subscriptions"))
}
