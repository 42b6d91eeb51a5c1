package arcsecond

// NightLog is the log of one observing night of a telescope (2023 schema
// NightLog / OrganisationNightLog). Date is the night's date ("2006-01-02",
// noon to noon).
type NightLog struct {
	UUID            string   `json:"uuid"`
	Date            Date     `json:"date"`
	Journal         string   `json:"journal"`
	AverageOverhead *int     `json:"average_overhead"`
	Telescope       string   `json:"telescope"`
	ObservingRun    string   `json:"observing_run"`
	Observations    []string `json:"observations"`
	Calibrations    []string `json:"calibrations"`
	TagArray        []string `json:"tag_array"`
	Profile         string   `json:"profile"`
	Organisation    string   `json:"organisation"`
}

// NightLogCreate is the body of a new night log; Date is "2006-01-02".
type NightLogCreate struct {
	Date            string   `json:"date"`
	Telescope       string   `json:"telescope,omitempty"`
	Journal         string   `json:"journal,omitempty"`
	AverageOverhead *int     `json:"average_overhead,omitempty"`
	ObservingRun    string   `json:"observing_run,omitempty"`
	TagArray        []string `json:"tag_array,omitempty"`
}

// NightLogUpdate changes a night log; nil fields are left as they are.
type NightLogUpdate struct {
	Date            *string   `json:"date,omitempty"`
	Telescope       *string   `json:"telescope,omitempty"`
	Journal         *string   `json:"journal,omitempty"`
	AverageOverhead *int      `json:"average_overhead,omitempty"`
	TagArray        *[]string `json:"tag_array,omitempty"`
}

// NightLogListOptions filter the night logs.
type NightLogListOptions struct {
	ListOptions
	Date      string `url:"date,omitempty"`      // "2006-01-02"
	Telescope string `url:"telescope,omitempty"` // uuid
}

// NightLogsService manages night logs: /nightlogs/, or /{org}/nightlogs/ for
// an organisation; every operation by uuid.
type NightLogsService struct{ ep endpoint }

// NightObservationsService lists and creates the observations of one night
// log.
type NightObservationsService struct{ ep endpoint }

// NightCalibrationsService lists and creates the calibrations of one night
// log.
type NightCalibrationsService struct{ ep endpoint }

// Observations returns the observations of the night log uuid:
// /[{org}/]nightlogs/{uuid}/observations/.
func (s *NightLogsService) Observations(uuid string) *NightObservationsService {
	return bound[NightObservationsService](s.ep.child(uuid, "observations"))
}

// Calibrations returns the calibrations of the night log uuid:
// /[{org}/]nightlogs/{uuid}/calibrations/.
func (s *NightLogsService) Calibrations(uuid string) *NightCalibrationsService {
	return bound[NightCalibrationsService](s.ep.child(uuid, "calibrations"))
}
