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
type DetectorsService struct {
	ReadOnly[Detector, int, ListOptions]
	Updater[Detector, DetectorRequest, int]
}

func (s *DetectorsService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Getter, &s.Updater) }

// EventsService manages the organisation's schedule: /{org}/events/[{id}/]
// (all methods).
type EventsService struct {
	CRUD[ScheduleEvent, ScheduleEventRequest, ScheduleEventRequest, int, ListOptions]
}

// RemindersService manages the reminders of schedule events:
// /{org}/reminders/[{id}/] (all methods).
type RemindersService struct {
	CRUD[ScheduleEventReminder, ScheduleEventReminderRequest, ScheduleEventReminderRequest, int, ListOptions]
}

// PeriodsService lists and opens the organisation's observing periods (calls
// for proposals): GET, POST /{org}/periods/.
type PeriodsService struct {
	Lister[Period, ListOptions]
	Creator[Period, PeriodRequest]
}

func (s *PeriodsService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Creator) }

// TelescopeActivationsService manages which telescopes the organisation has
// activated: GET, POST /{org}/telescopeactivations/, GET, PUT, PATCH
// /{org}/telescopeactivations/{id}/.
type TelescopeActivationsService struct {
	ReadOnly[TelescopeActivation, int, ListOptions]
	Creator[TelescopeActivation, TelescopeActivationRequest]
	Updater[TelescopeActivation, TelescopeActivationRequest, int]
}

func (s *TelescopeActivationsService) bind(ep endpoint) {
	bindAll(ep, &s.Lister, &s.Getter, &s.Creator, &s.Updater)
}

// TelescopeOwnershipsService manages which telescopes the organisation owns:
// GET, POST /{org}/telescopeownerships/, GET, PUT, PATCH
// /{org}/telescopeownerships/{id}/.
type TelescopeOwnershipsService struct {
	ReadOnly[TelescopeOwnership, int, ListOptions]
	Creator[TelescopeOwnership, TelescopeOwnershipRequest]
	Updater[TelescopeOwnership, TelescopeOwnershipRequest, int]
}

func (s *TelescopeOwnershipsService) bind(ep endpoint) {
	bindAll(ep, &s.Lister, &s.Getter, &s.Creator, &s.Updater)
}

// DatasetCountsService lists the organisation's number of datasets per
// date: GET /{org}/datasetcounts/.
type DatasetCountsService struct {
	Lister[DatasetCount, ListOptions]
}

// ObservedTargetsService lists the targets the organisation observed, with
// their observation and night-log counts: GET /{org}/observedtargets/.
type ObservedTargetsService struct {
	Lister[ObservedTarget, ListOptions]
}

// OrganisationStatsService lists the organisation's usage statistics: GET
// /{org}/stats/.
type OrganisationStatsService struct {
	Lister[OrganisationStats, ListOptions]
}

// DataFoldersService reads the organisation's data folders: GET
// /{org}/datafolders/. The 2023 schema leaves the answer undocumented; it is
// returned as the API sends it.
type DataFoldersService struct{ endpoint }

// List returns the organisation's data folders as raw JSON.
func (s *DataFoldersService) List(ctx context.Context) (json.RawMessage, *Response, error) {
	return fetchValue[json.RawMessage](ctx, s.endpoint, http.MethodGet, nil, nil, nil)
}
