package arcsecond

// Quantity is a measured value as the API gives it for objects and
// exoplanets (2023 schemas Age, Angle, Distance, EllipseAxis, Mass, Radius,
// Temperature, Velocity, Gravity, JulianDay, Albedo, Eccentricity,
// Metallicity…): the
// value (nil when unknown), its unit (empty for dimensionless quantities),
// the error bars and the bibcode of the reference.
type Quantity struct {
	Value    *float64 `json:"value"`
	Unit     string   `json:"unit,omitempty"`
	Error    *float64 `json:"error,omitempty"` // symmetric error (Metallicity)
	ErrorMax *float64 `json:"error_max,omitempty"`
	ErrorMin *float64 `json:"error_min,omitempty"`
	Bibcode  string   `json:"bibcode,omitempty"`
}

// Known reports whether the quantity has a value.
func (q Quantity) Known() bool { return q.Value != nil }
