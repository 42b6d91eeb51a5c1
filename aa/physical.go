package aa

// Physical constants of the Sun and the planets, as exposed by aa-js
// (Planet.constants), plus the astronomical constants used in chapters 25–46.

// Astronomical constants.
const (
	SpeedOfLightKilometresPerSecond = 299792.458 // km/s
	// AUKilometres is the astronomical unit in km (aa-js ONE_UA_IN_KILOMETERS,
	// IAU 1976 value; IAU 2012 fixed it at 149597870.700 km).
	AUKilometres = 149597870.691
	// LightTimePerAU is the light time for 1 AU, in days (Meeus eq. 33.3).
	LightTimePerAU = lightTimePerAU
	// SunRadiusKilometres is the Sun's equatorial radius in km (aa-js Sun.constants).
	SunRadiusKilometres = 695990.0
	// SunMassKilograms is the Sun's mass in kg (aa-js MSUN).
	SunMassKilograms = 1.98855e30
	// GaussianGravitationalConstant is k, radians per day (Meeus ch. 33).
	GaussianGravitationalConstant = gaussK
	// TropicalYear, SiderealYear, AnomalisticYear and EclipseYear are mean
	// lengths in days (aa-js AVERAGE_*_YEAR).
	TropicalYear    = 365.24219
	SiderealYear    = 365.256363
	AnomalisticYear = 365.259635
	EclipseYear     = 346.620075
)

// PlanetConstants are physical data of a planet.
type PlanetConstants struct {
	EquatorialRadius  float64 // km
	MeanRadius        float64 // km
	Mass              float64 // 1e24 kg
	BulkDensity       float64 // g/cm³
	SiderealRotation  float64 // sidereal rotation period, days (negative: retrograde)
	SiderealOrbit     float64 // sidereal orbital period, Julian years
	VisualMagnitude   float64 // V(1,0), magnitude at 1 AU from Sun and Earth at phase 0
	GeometricAlbedo   float64
	EquatorialGravity float64 // m/s²
	EscapeVelocity    float64 // km/s
}

// planetConstants: JPL planetary physical parameters as printed in aa-js 4.2.4
// (Mercury … Neptune, Pluto last); the Earth's from the same JPL table.
var planetConstants = [9]PlanetConstants{
	{2440.53, 2439.4, 0.330114, 5.4291, 58.6462, 0.2408467, -0.6, 0.106, 3.7, 4.25},
	{6051.8, 6051.8, 4.86747, 5.243, -243.018, 0.61519726, -4.47, 0.65, 8.87, 10.36},
	{6378.137, 6371.0084, 5.97237, 5.5136, 0.99726968, 1.0000174, -3.86, 0.367, 9.80, 11.19},
	{3396.19, 3389.5, 0.641712, 3.9341, 1.02595676, 1.8808476, -1.52, 0.15, 3.71, 5.03},
	{71492, 69911, 1898.187, 1.3262, 0.41354, 11.862615, -9.4, 0.52, 24.79, 60.2},
	{60268, 58232, 568.3174, 0.6871, 0.44401, 29.447498, -8.88, 0.47, 10.44, 36.09},
	{25559, 25362, 86.8127, 1.27, -0.71833, 84.016846, -7.19, 0.51, 8.87, 21.38},
	{24764, 24622, 102.4126, 1.638, 0.67125, 164.79132, -6.87, 0.41, 11.15, 23.56},
	{1188.3, 1188.3, 0.01303, 1.89, -6.3872, 247.92065, -1, 0.3, 0.62, 1.21},
}

// Constants returns the planet's physical constants. Invalid planets give
// ErrInvalidPlanet.
func (p Planet) Constants() (PlanetConstants, error) {
	if !p.Valid() {
		return PlanetConstants{}, ErrInvalidPlanet
	}
	return planetConstants[p.index()], nil
}

// PlutoConstants returns Pluto's physical constants.
func PlutoConstants() PlanetConstants { return planetConstants[8] }
