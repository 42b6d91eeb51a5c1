package aa

// EarthTheory names the Earth's heliocentric orbit and the theory used for
// it: the constant [Earth] uses Meeus' truncated VSOP87 (Appendix III),
// Earth.Full() the complete VSOP87D series. It has the routines of a
// [Planet] that concern the orbit itself; those of a body seen from the
// Earth (Apparent, RiseTransitSet, Phase, Magnitude …) it has not.
type EarthTheory uint8

// Earth is the Earth's orbit from the truncated VSOP87 series.
const Earth EarthTheory = 0

// planet is the Earth as a Planet value, for the shared routines.
func (e EarthTheory) planet() Planet { return earthPlanet | Planet(e)&planetFullBit }

// Full returns the Earth with the complete VSOP87D series.
func (e EarthTheory) Full() EarthTheory { return e | EarthTheory(planetFullBit) }

// IsFull reports whether e uses the complete VSOP87D series.
func (e EarthTheory) IsFull() bool { return e.planet().IsFull() }

// Theory returns the series e uses.
func (e EarthTheory) Theory() PlanetTheory { return e.planet().Theory() }

// String returns "Earth", followed by " (full VSOP87)" if e.IsFull().
func (e EarthTheory) String() string { return e.planet().String() }

// Heliocentric is [Planet.Heliocentric] for the Earth: its heliocentric
// ecliptic longitude, latitude (mean equinox of the date) and radius vector
// in AU at jde (TT); NaN outside the ephemeris span.
func (e EarthTheory) Heliocentric(jde TT) (pos Ecliptic, r float64) {
	return e.planet().Heliocentric(jde)
}

// Perihelion is [Planet.Perihelion] for the Earth (Meeus Example 38.b).
func (e EarthTheory) Perihelion(year Year) (TT, float64, error) { return e.planet().Perihelion(year) }

// Aphelion is [Planet.Aphelion] for the Earth.
func (e EarthTheory) Aphelion(year Year) (TT, float64, error) { return e.planet().Aphelion(year) }

// PerihelionApprox is [Planet.PerihelionApprox] for the Earth, with the
// corrections of Meeus p. 273 for the Moon's perturbation.
func (e EarthTheory) PerihelionApprox(year Year) (TT, error) {
	return e.planet().PerihelionApprox(year)
}

// AphelionApprox is [Planet.AphelionApprox] for the Earth.
func (e EarthTheory) AphelionApprox(year Year) (TT, error) { return e.planet().AphelionApprox(year) }

// MeanElements is [Planet.MeanElements] for the Earth (Meeus Table 31.A).
func (e EarthTheory) MeanElements(jde TT) (Elements, error) { return e.planet().MeanElements(jde) }

// MeanElementsJ2000 is [Planet.MeanElementsJ2000] for the Earth (Table 31.B).
func (e EarthTheory) MeanElementsJ2000(jde TT) (Elements, error) {
	return e.planet().MeanElementsJ2000(jde)
}

// InstantaneousVelocity is [Planet.InstantaneousVelocity] for the Earth.
func (e EarthTheory) InstantaneousVelocity(jde TT) (kmPerSecond float64, err error) {
	return e.planet().InstantaneousVelocity(jde)
}

// VelocityAtPerihelion is [Planet.VelocityAtPerihelion] for the Earth.
func (e EarthTheory) VelocityAtPerihelion(jde TT) (kmPerSecond float64, err error) {
	return e.planet().VelocityAtPerihelion(jde)
}

// VelocityAtAphelion is [Planet.VelocityAtAphelion] for the Earth.
func (e EarthTheory) VelocityAtAphelion(jde TT) (kmPerSecond float64, err error) {
	return e.planet().VelocityAtAphelion(jde)
}

// Constants is [Planet.Constants] for the Earth.
func (e EarthTheory) Constants() (PlanetConstants, error) { return e.planet().Constants() }
