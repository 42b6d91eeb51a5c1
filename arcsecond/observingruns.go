package arcsecond

// ObservingRun groups the night logs of an observing campaign (2023 schema
// ObservingRun).
type ObservingRun struct {
	UUID          string   `json:"uuid"`
	Name          string   `json:"name"`
	Profile       string   `json:"profile"`
	ObservingSite string   `json:"observing_site"`
	NightLogs     []string `json:"night_logs"`
	Journal       string   `json:"journal"`
	TagArray      []string `json:"tag_array"`
}

// ObservingRunCreate is the body of a new observing run.
type ObservingRunCreate struct {
	Name          string   `json:"name"`
	ObservingSite string   `json:"observing_site,omitempty"`
	Journal       string   `json:"journal,omitempty"`
	TagArray      []string `json:"tag_array,omitempty"`
}

// ObservingRunUpdate changes an observing run; nil fields are left as they are.
type ObservingRunUpdate struct {
	Name          *string   `json:"name,omitempty"`
	ObservingSite *string   `json:"observing_site,omitempty"`
	Journal       *string   `json:"journal,omitempty"`
	TagArray      *[]string `json:"tag_array,omitempty"`
}

// ObservingRunsService manages one's observing runs: /observingruns/ by uuid
// (personal only, never organisation-scoped).
type ObservingRunsService struct{ ep endpoint }

// RunNightLogsService lists and creates the night logs of one run.
type RunNightLogsService struct{ ep endpoint }

// NightLogs returns the night logs of the run uuid:
// /observingruns/{uuid}/nightlogs/.
func (s *ObservingRunsService) NightLogs(uuid string) *RunNightLogsService {
	return bound[RunNightLogsService](s.ep.child(uuid, "nightlogs"))
}
