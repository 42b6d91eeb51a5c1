package aa

import "math"

// Chapter 53 (p. 376): the Sun seen from a point of the Moon.

// colongitudeRate is the mean daily motion of the Sun's selenographic
// colongitude, 360° per synodic month, in degrees per day.
const colongitudeRate = 360 / 29.530588861

// SunAltitude returns the altitude of the Sun's centre above the lunar
// horizon at the point of selenographic longitude lon (east positive, η)
// and latitude lat (θ) at jde (TT), from the selenographic latitude b0 and
// colongitude c0 of the Sun of [MoonTheory.Physical] (Meeus p. 376):
// sin h = sin b0 sin θ + cos b0 cos θ sin(c0 + η). No refraction (the Moon
// has no atmosphere); the upper limb rises about 16′ earlier. Outside the
// ephemeris span, or for a latitude outside ±90° or a longitude outside
// ±360°, it is NaN.
func (m MoonTheory) SunAltitude(jde TT, lon, lat Angle) Angle {
	if !validPoint(lon, lat) {
		return Angle(math.NaN())
	}
	d := m.Physical(jde)
	return sunAltitudeOnMoon(d.SunLat, d.Colongitude, lon, lat)
}

func sunAltitudeOnMoon(b0, c0, lon, lat Angle) Angle {
	sb, cb := b0.SinCos()
	st, ct := lat.SinCos()
	return Angle(math.Asin(clamp1(sb*st + cb*ct*(c0+lon).Sin())))
}

// Sunrise returns the first instant (TT) at or after jde when the Sun's
// centre rises at the lunar point of selenographic longitude lon and
// latitude lat, that is when c0 + η = arcsin(−tan b0 tan θ) with
// c0 + η increasing ([MoonTheory.SunAltitude] is then 0 and rising; about
// when the colongitude c0 reaches 360° − η). It iterates on the
// colongitude of [MoonTheory.Physical] (mean rate 12.19°/day) to 1e-7 day.
// Near the poles, where the Sun can stay above or below the horizon
// (|θ| ≥ 90° − |b0|), it returns ErrNoEvent; outside the ephemeris span
// ErrTime; for a latitude outside ±90° or a longitude outside ±360° ErrSite.
func (m MoonTheory) Sunrise(jde TT, lon, lat Angle) (TT, error) {
	return m.moonSunEvent(jde, lon, lat, true)
}

// Sunset is like [MoonTheory.Sunrise] for the setting of the Sun's centre
// (c0 + η = 180° − arcsin(−tan b0 tan θ), about when c0 reaches 180° − η).
func (m MoonTheory) Sunset(jde TT, lon, lat Angle) (TT, error) {
	return m.moonSunEvent(jde, lon, lat, false)
}

func (m MoonTheory) moonSunEvent(jde TT, lon, lat Angle, rise bool) (TT, error) {
	if !inSpan(jde) || !inSpan(jde+31) {
		return 0, ErrTime
	}
	if !validPoint(lon, lat) {
		return 0, ErrSite
	}
	// target returns the required c0 in degrees for b0, or false.
	target := func(b0 Angle) (float64, bool) {
		x := -b0.Tan() * lat.Tan()
		if !(math.Abs(x) < 1) {
			return 0, false
		}
		a := math.Asin(x) * degPerRad
		if !rise {
			a = 180 - a
		}
		return a - lon.Deg(), true
	}
	d := m.Physical(jde)
	c, ok := target(d.SunLat)
	if !ok {
		return 0, ErrNoEvent
	}
	// First guess: the next time the colongitude reaches c at the mean rate.
	t := jde + TT(normDeg(c-d.Colongitude.Deg())/colongitudeRate)
	for range 20 {
		d = m.Physical(t)
		c, ok = target(d.SunLat)
		if !ok {
			return 0, ErrNoEvent
		}
		dt := (normDeg(c-d.Colongitude.Deg()+180) - 180) / colongitudeRate
		t += TT(dt)
		if math.Abs(dt) < 1e-7 {
			if t < jde-1e-6 { // converged onto the previous event
				t += TT(360 / colongitudeRate)
				continue
			}
			return t, nil
		}
	}
	return 0, ErrNoConvergence
}
