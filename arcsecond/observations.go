package arcsecond

// TargetClass is the kind of object a target or an observation points at.
type TargetClass string

// Target classes (2023 schema TargetClass enums and the 2026 CLI).
const (
	TargetAstronomicalObject TargetClass = "AstronomicalObject"
	TargetExoplanet          TargetClass = "Exoplanet"
	TargetStandardStar       TargetClass = "StandardStar"
	TargetSolarSystemPlanet  TargetClass = "SolarSystemPlanet"
	TargetSmallBody          TargetClass = "SmallBody"
	TargetMicrolensing       TargetClass = "Microlensing"
	TargetTransient          TargetClass = "Transient"
)

// NightLogEntry are the fields observations and calibrations share.
type NightLogEntry struct {
	UUID     string    `json:"uuid"`
	Index    int       `json:"index"`
	Name     string    `json:"name"`
	Notes    string    `json:"notes"`
	TagArray []string  `json:"tag_array"`
	Start    Timestamp `json:"start"`
	Duration string    `json:"duration"`
	NightLog string    `json:"night_log"`
	DataFile *DataFile `json:"data_file"` // only its ID on personal routes
	// Organisation routes add the configurations of the instrument and detector.
	InstrumentConfiguration *InstrumentConfiguration `json:"instrument_configuration,omitempty"`
	DetectorConfiguration   *CCDConfiguration        `json:"detector_configuration,omitempty"`
	Organisation            string                   `json:"organisation"`
}

// Observation is an observation of a night log (2023 schema Observation /
// OrganisationObservation).
type Observation struct {
	NightLogEntry
	Dataset           string                 `json:"dataset"`
	TargetName        string                 `json:"target_name"`
	TargetCoordinates *EquatorialCoordinates `json:"target_coordinates"`
	TargetClass       TargetClass            `json:"target_class"`
}

// ObservationCreate is the body of a new observation.
type ObservationCreate struct {
	NightLog          string                 `json:"night_log"`
	Name              string                 `json:"name,omitempty"`
	Notes             string                 `json:"notes,omitempty"`
	TagArray          []string               `json:"tag_array,omitempty"`
	Start             *Timestamp             `json:"start,omitempty"`
	Duration          string                 `json:"duration,omitempty"`
	DataFile          *int                   `json:"data_file,omitempty"`
	TargetName        string                 `json:"target_name,omitempty"`
	TargetCoordinates *EquatorialCoordinates `json:"target_coordinates,omitempty"`
	TargetClass       TargetClass            `json:"target_class,omitempty"`
}

// ObservationUpdate changes an observation; nil fields are left as they are.
type ObservationUpdate struct {
	Name              *string                `json:"name,omitempty"`
	Notes             *string                `json:"notes,omitempty"`
	TagArray          *[]string              `json:"tag_array,omitempty"`
	Start             *Timestamp             `json:"start,omitempty"`
	Duration          *string                `json:"duration,omitempty"`
	NightLog          *string                `json:"night_log,omitempty"`
	TargetName        *string                `json:"target_name,omitempty"`
	TargetCoordinates *EquatorialCoordinates `json:"target_coordinates,omitempty"`
	TargetClass       *TargetClass           `json:"target_class,omitempty"`
}

// ObservationListOptions filter observations and calibrations.
type ObservationListOptions struct {
	ListOptions
	NightLog   string `url:"night_log,omitempty"` // uuid
	Name       string `url:"name,omitempty"`
	TargetName string `url:"target_name,omitempty"`
}

// ObservationsService manages observations: /observations/, or
// /{org}/observations/ for an organisation, by uuid. Under an organisation
// the API only lists and reads them (405 for writes).
type ObservationsService struct{ ep endpoint }
