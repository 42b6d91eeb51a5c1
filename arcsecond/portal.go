package arcsecond

import (
	"context"
	"encoding/json"
	"net/http"
)

// The back-office resources of an organisation's portal exist only under
// /{org}/; without an organisation every call returns ErrNoOrganisation
// before anything is sent.

// DetectorsService reads and edits the organisation's detectors (CCDs):
// GET /{org}/detectors/[{id}/], PUT, PATCH /{org}/detectors/{id}/.
type DetectorsService struct{ ep endpoint }

// EventsService manages the organisation's schedule: /{org}/events/[{id}/]
// (all methods).
type EventsService struct{ ep endpoint }

// RemindersService manages the reminders of schedule events:
// /{org}/reminders/[{id}/] (all methods).
type RemindersService struct{ ep endpoint }

// PeriodsService lists and opens the organisation's observing periods (calls
// for proposals): GET, POST /{org}/periods/.
type PeriodsService struct{ ep endpoint }

// TelescopeActivationsService manages which telescopes the organisation has
// activated: GET, POST /{org}/telescopeactivations/, GET, PUT, PATCH
// /{org}/telescopeactivations/{id}/.
type TelescopeActivationsService struct{ ep endpoint }

// TelescopeOwnershipsService manages which telescopes the organisation owns:
// GET, POST /{org}/telescopeownerships/, GET, PUT, PATCH
// /{org}/telescopeownerships/{id}/.
type TelescopeOwnershipsService struct{ ep endpoint }

// DatasetCountsService lists the organisation's number of datasets per
// date: GET /{org}/datasetcounts/.
type DatasetCountsService struct{ ep endpoint }

// ObservedTargetsService lists the targets the organisation observed, with
// their observation and night-log counts: GET /{org}/observedtargets/.
type ObservedTargetsService struct{ ep endpoint }

// OrganisationStatsService lists the organisation's usage statistics: GET
// /{org}/stats/.
type OrganisationStatsService struct{ ep endpoint }

// DataFoldersService reads the organisation's data folders: GET
// /{org}/datafolders/. The 2023 schema leaves the answer undocumented; it is
// returned as the API sends it.
type DataFoldersService struct{ ep endpoint }

// List returns the organisation's data folders as raw JSON.
//
// GET /{org}/datafolders/ (ErrNoOrganisation without an organisation).
func (s *DataFoldersService) List(ctx context.Context) (json.RawMessage, *Response, error) {
	return fetchValue[json.RawMessage](ctx, s.ep, http.MethodGet, nil, nil, nil)
}
