package aa

import "math"

// Chapter 53, Ephemeris for physical observations of the Moon.

// moonInclination is the inclination I of the mean lunar equator to the
// ecliptic (IAU, Meeus p. 372).
const moonInclination = 1.54242 * radPerDeg

// MoonDisk holds the geocentric physical ephemeris of the Moon.
type MoonDisk struct {
	// OpticalLon and OpticalLat are the optical librations l′, b′.
	OpticalLon, OpticalLat Angle
	// PhysicalLon and PhysicalLat are the physical librations l″, b″.
	PhysicalLon, PhysicalLat Angle
	// Lon and Lat are the total librations l = l′ + l″, b = b′ + b″: the
	// selenographic longitude and latitude of the Earth.
	Lon, Lat Angle
	// PositionAngle is the position angle P of the Moon's axis of
	// rotation, from the North Point of the disk towards the East.
	PositionAngle Angle
	// SunLon and SunLat are the selenographic longitude l0 and latitude b0
	// of the Sun (the subsolar point).
	SunLon, SunLat Angle
	// Colongitude is the selenographic colongitude of the Sun, c0 = 90° − l0,
	// in [0, 2π): 270° at New Moon, 0° at First Quarter, 90° at Full Moon.
	Colongitude Angle
}

// librationTerms returns the physical-libration quantities ρ, σ, τ of Meeus
// p. 373 in degrees.
func librationTerms(a moonArgs, om float64) (rho, sigma, tau float64) {
	d, m, mp, f, e := a.d, a.m, a.mp, a.f, a.e
	const r = radPerDeg
	k1 := r * (119.75 + 131.849*a.t)
	k2 := r * (72.56 + 20.186*a.t)
	rho = -0.02752*math.Cos(mp) - 0.02245*math.Sin(f) + 0.00684*math.Cos(mp-2*f) -
		0.00293*math.Cos(2*f) - 0.00085*math.Cos(2*f-2*d) - 0.00054*math.Cos(mp-2*d) -
		0.00020*math.Sin(mp+f) - 0.00020*math.Cos(mp+2*f) - 0.00020*math.Cos(mp-f) +
		0.00014*math.Cos(mp+2*f-2*d)
	sigma = -0.02816*math.Sin(mp) + 0.02244*math.Cos(f) - 0.00682*math.Sin(mp-2*f) -
		0.00279*math.Sin(2*f) - 0.00083*math.Sin(2*f-2*d) + 0.00069*math.Sin(mp-2*d) +
		0.00040*math.Cos(mp+f) - 0.00025*math.Sin(2*mp) - 0.00023*math.Sin(mp+2*f) +
		0.00020*math.Cos(mp-f) + 0.00019*math.Sin(mp-f) + 0.00013*math.Sin(mp+2*f-2*d) -
		0.00010*math.Cos(mp-3*f)
	tau = 0.02520*e*math.Sin(m) + 0.00473*math.Sin(2*mp-2*f) - 0.00467*math.Sin(mp) +
		0.00396*math.Sin(k1) + 0.00276*math.Sin(2*mp-2*d) + 0.00196*math.Sin(om) -
		0.00183*math.Cos(mp-f) + 0.00115*math.Sin(mp-2*d) - 0.00096*math.Sin(mp-d) +
		0.00046*math.Sin(2*f-2*d) - 0.00039*math.Sin(mp-f) - 0.00032*math.Sin(mp-m-d) +
		0.00027*math.Sin(2*mp-m-2*d) + 0.00023*math.Sin(k2) - 0.00014*math.Sin(2*d) +
		0.00014*math.Cos(2*mp-2*f) - 0.00012*math.Sin(mp-2*f) - 0.00012*math.Sin(2*mp) +
		0.00011*math.Sin(2*mp-2*m-2*d)
	return
}

// opticalLibration returns l′ and b′ (radians) and the angle A for a body
// direction of geometric ecliptic longitude lon and latitude lat (Meeus
// eq. 53.1), with Ω the mean node and F the argument of latitude.
func opticalLibration(lon, lat, om, f float64) (l, b, aa float64) {
	w := lon - om
	sw, cw := math.Sincos(w)
	sb, cb := math.Sincos(lat)
	si, ci := math.Sincos(moonInclination)
	aa = math.Atan2(sw*cb*ci-sb*si, cw*cb)
	l = normRad(aa-f+math.Pi) - math.Pi
	b = math.Asin(clamp1(-sw*cb*si - sb*ci))
	return
}

// Physical returns the optical and physical librations of the Moon, the
// position angle of its axis and the selenographic position and colongitude of
// the Sun at jde (TT), from [Moon.Geocentric], the nutation and the apparent
// Sun (truncated VSOP87), by Meeus eq. 53.1–53.3 and p. 373–376 (Example
// 53.a). Geocentric values; the topocentric corrections of p. 376 are not
// applied. It does not allocate.
func (m MoonTheory) Physical(jde TT) MoonDisk {
	a := newMoonArgs(jde)
	pos := m.Geocentric(jde)
	om := m.MeanAscendingNode(jde).Rad()
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	lon, lat := float64(pos.Lon), float64(pos.Lat)
	rho, sigma, tau := librationTerms(a, om)
	const r = radPerDeg

	var res MoonDisk
	l1, b1, aa := opticalLibration(lon, lat, om, a.f)
	sa, ca := math.Sincos(aa)
	l2 := -tau + (rho*ca+sigma*sa)*math.Tan(b1)
	b2 := sigma*ca - rho*sa
	res.OpticalLon, res.OpticalLat = Angle(l1), Angle(b1)
	res.PhysicalLon, res.PhysicalLat = Deg(l2), Deg(b2)
	res.Lon, res.Lat = Angle(l1+l2*r), Angle(b1+b2*r)

	// Position angle of the axis, Meeus p. 374.
	v := om + float64(dpsi) + sigma*r/math.Sin(moonInclination)
	sv, cv := math.Sincos(v)
	sir, cir := math.Sincos(moonInclination + rho*r)
	se, ce := eps.SinCos()
	x := sir * sv
	y := sir*cv*ce - cir*se
	omega := math.Atan2(x, y)
	q := Ecliptic{Lon: Angle(lon) + dpsi, Lat: Angle(lat)}.Equatorial(eps)
	res.PositionAngle = Angle(math.Asin(clamp1(math.Hypot(x, y) * math.Cos(float64(q.RA)-omega) / math.Cos(float64(res.Lat)))))

	// Selenographic position of the Sun, Meeus p. 374–375: the heliocentric
	// direction of the Moon replaces its geocentric one.
	sun, rs := Sun.apparent(jde)
	ratio := pos.DistanceKilometres / (rs * AUKilometres)
	lh := float64(sun.Lon) + math.Pi + ratio*math.Cos(lat)*math.Sin(float64(sun.Lon)-lon)
	bh := ratio * lat
	l01, b01, a0 := opticalLibration(lh, bh, om, a.f)
	s0, c0 := math.Sincos(a0)
	l02 := -tau + (rho*c0+sigma*s0)*math.Tan(b01)
	b02 := sigma*c0 - rho*s0
	res.SunLon = Angle(normRad(l01+l02*r+math.Pi) - math.Pi)
	res.SunLat = Angle(b01 + b02*r)
	res.Colongitude = (Angle(math.Pi/2) - res.SunLon).Norm()
	return res
}
