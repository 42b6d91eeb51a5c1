package arcsecond

// CalibrationType is the kind of a calibration series.
type CalibrationType string

// Calibration types of the 2023 schema.
const (
	CalibrationBiases CalibrationType = "Biases"
	CalibrationDarks  CalibrationType = "Darks"
	CalibrationFlats  CalibrationType = "Flats"
)

// Calibration is a calibration series of a night log (2023 schema
// Calibration / OrganisationCalibration).
type Calibration struct {
	NightLogEntry
	Type CalibrationType `json:"type"`
}

// CalibrationCreate is the body of a new calibration.
type CalibrationCreate struct {
	NightLog string          `json:"night_log"`
	Type     CalibrationType `json:"type,omitempty"`
	Name     string          `json:"name,omitempty"`
	Notes    string          `json:"notes,omitempty"`
	TagArray []string        `json:"tag_array,omitempty"`
	Start    *Timestamp      `json:"start,omitempty"`
	Duration string          `json:"duration,omitempty"`
	DataFile *int            `json:"data_file,omitempty"`
}

// CalibrationUpdate changes a calibration; nil fields are left as they are.
type CalibrationUpdate struct {
	Type     *CalibrationType `json:"type,omitempty"`
	Name     *string          `json:"name,omitempty"`
	Notes    *string          `json:"notes,omitempty"`
	TagArray *[]string        `json:"tag_array,omitempty"`
	Start    *Timestamp       `json:"start,omitempty"`
	Duration *string          `json:"duration,omitempty"`
	NightLog *string          `json:"night_log,omitempty"`
}

// CalibrationsService manages calibrations: /calibrations/, or
// /{org}/calibrations/ (list and read only) for an organisation, by uuid.
type CalibrationsService struct{ ep endpoint }
