package aa

// Coordinate types shared by the whole package. The transformations between
// them (Meeus chapter 13) follow in this file.

// Equatorial coordinates: right ascension and declination. The equinox
// (J2000, of date, B1950) is that of the function that produced them.
type Equatorial struct {
	RA  Angle // right ascension α
	Dec Angle // declination δ
}

// Ecliptic coordinates: celestial longitude λ and latitude β.
type Ecliptic struct {
	Lon Angle // longitude λ, from the vernal equinox
	Lat Angle // latitude β
}

// Horizontal coordinates. Azimuth is measured from the North towards the
// East (N = 0°, E = 90°, S = 180°, W = 270°); Meeus measures it westward from
// the South (see [Horizontal.MeeusAzimuth]). Altitude is above the horizon.
type Horizontal struct {
	Az  Angle // azimuth A, from North through East
	Alt Angle // altitude h
}

// MeeusAzimuth returns the azimuth counted westward from the South, as in
// Meeus eq. 13.5 and aa-js, reduced to [0, 2π).
func (h Horizontal) MeeusAzimuth() Angle { return (h.Az - Angle(pi)).Norm() }

// Galactic coordinates l, b (IAU 1958 system, Meeus p. 94).
type Galactic struct {
	Lon Angle // galactic longitude l
	Lat Angle // galactic latitude b
}

// Geographic is an observing site on the Earth.
type Geographic struct {
	Lat    Angle   // geographic (geodetic) latitude φ, north positive
	Lon    Angle   // longitude, EAST positive (Meeus uses west positive)
	Height float64 // height above sea level in metres
}
