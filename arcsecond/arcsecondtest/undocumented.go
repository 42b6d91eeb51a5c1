package arcsecondtest

import (
	"maps"
	"math"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/arcsecond-go/arcsecond/aa"
)

// declareUndocumented declares the routes whose answers the 2023 schema
// leaves undocumented ("200: None"). Their shapes follow the API's earlier
// documented answers (v1 converters, IPAC finding charts) or are the
// smallest useful ones.
func declareUndocumented(a *api) {
	// storage volume measures, by organisation (none are seeded)
	a.declare(&resource{name: "datastoragepoints", ids: idID})
	// comments of a vote session (/votessessions/{id}/comments/)
	a.declare(&resource{name: "votessessioncomments", ids: idID})
	a.nested["votessessions/comments"] = "votessessioncomments"
	a.handle("/converters/coordinates/supergalactic/sgl/{sgl}/sgb/{sgb}/", handleConvert("supergalactic"))
	a.handle("/satellites/{norad_catalog_number}/ephemeris/", handleSatelliteEphemeris)
	for _, frame := range []string{"icrs", "fk5", "fk4", "fk4noeterms", "galactic"} {
		a.handle("/converters/coordinates/"+frame+"/ra/{ra}/dec/{dec}/", handleConvert(frame))
	}
	a.handle("/converters/coordinates/icrs/ra/{ra}/dec/{dec}/distance/{distance}/", handleConvert("icrs"))
	a.handle("/findingcharts/{input}/", handleFindingCharts)
	a.handle("/satellitecounts/", handleSatelliteCounts)
	a.handle("/{organisation}/observedtargets/", handleObservedTargets)
	a.handle("/schema/", handleSchema)
	a.handle("/smallbodies/{primary_spk_id}/ephemerides/", handleSmallBodyEphemerides)
	for _, p := range []string{"billing-portal", "new-subscription", "payment-setup"} {
		a.handle("/stripe/"+p+"/", handleStripe(p))
	}
}

// GET /converters/coordinates/{frame}/ra/{ra}/dec/{dec}/[distance/{d}/]:
// the position in ICRS (FK5 J2000 taken as ICRS), FK4 B1950 and galactic
// frames, in the v1 converter's shape; 400 for values that are not angles.
func handleConvert(frame string) handlerFunc {
	return func(c *call) (int, any, *apiError) {
		first, second := "ra", "dec"
		if frame == "supergalactic" {
			first, second = "sgl", "sgb"
		}
		ra, err1 := strconv.ParseFloat(c.params[first], 64)
		dec, err2 := strconv.ParseFloat(c.params[second], 64)
		if err1 != nil || err2 != nil || math.IsNaN(ra) || math.IsNaN(dec) || dec < -90 || dec > 90 {
			return 0, nil, detailError(http.StatusBadRequest, "ra and dec must be decimal degrees.")
		}
		var gal aa.Galactic
		switch frame {
		case "galactic":
			gal = aa.Galactic{Lon: aa.Deg(ra), Lat: aa.Deg(dec)}
		case "supergalactic":
			gal = galacticFromSupergalactic(ra, dec)
		case "fk4", "fk4noeterms":
			gal = aa.Equatorial{RA: aa.Deg(ra), Dec: aa.Deg(dec)}.GalacticB1950()
		default:
			gal = aa.Equatorial{RA: aa.Deg(ra), Dec: aa.Deg(dec)}.Galactic()
		}
		j2000, b1950 := gal.Equatorial(), gal.EquatorialB1950()
		radec := func(q aa.Equatorial) map[string]any {
			return map[string]any{"right_ascension": round6(q.RA.Norm().Deg()), "declination": round6(q.Dec.Deg())}
		}
		out := map[string]any{
			"input_first_value": ra, "input_second_value": dec, "input_frame": strings.ToUpper(frame),
			"ICRS": radec(j2000), "FK5": radec(j2000), "FK4": radec(b1950),
			"Galactic": map[string]any{"longitude": round6(gal.Lon.Norm().Deg()), "latitude": round6(gal.Lat.Deg())},
		}
		if d, ok := c.params["distance"]; ok {
			v, err := strconv.ParseFloat(d, 64)
			if err != nil || v < 0 {
				return 0, nil, detailError(http.StatusBadRequest, "distance must be a positive number.")
			}
			out["distance"] = v
		}
		return http.StatusOK, out, nil
	}
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// galacticFromSupergalactic rotates supergalactic (SGL, SGB) degrees into
// galactic coordinates: the supergalactic north pole is at l = 47.37°,
// b = +6.32°, and SGL = 0 at l = 137.37°, b = 0 (de Vaucouleurs 1991).
func galacticFromSupergalactic(sgl, sgb float64) aa.Galactic {
	unit := func(lon, lat float64) [3]float64 {
		sl, cl := math.Sincos(lon * math.Pi / 180)
		sb, cb := math.Sincos(lat * math.Pi / 180)
		return [3]float64{cb * cl, cb * sl, sb}
	}
	x, z := unit(137.37, 0), unit(47.37, 6.32)
	y := [3]float64{z[1]*x[2] - z[2]*x[1], z[2]*x[0] - z[0]*x[2], z[0]*x[1] - z[1]*x[0]}
	v := unit(sgl, sgb)
	var g [3]float64
	for i := range g {
		g[i] = x[i]*v[0] + y[i]*v[1] + z[i]*v[2]
	}
	return aa.Galactic{Lon: aa.Angle(math.Atan2(g[1], g[0])), Lat: aa.Angle(math.Asin(max(-1, min(1, g[2]))))}
}

// GET /satellites/{norad_catalog_number}/ephemeris/: the geocentric position
// of the satellite now, propagated from its TLE mean elements as a Kepler
// orbit (no drag nor J2: a test double, not SGP4).
func handleSatelliteEphemeris(c *call) (int, any, *apiError) {
	norad := c.params["norad_catalog_number"]
	sat, ok := c.s.db.coll("satellites").first(func(r record) bool { return str(r["norad_catalog_number"]) == norad })
	if !ok {
		return 0, nil, errNotFound()
	}
	l1, l2 := str(sat["line_1"]), str(sat["line_2"])
	num := func(s string) float64 { v, _ := strconv.ParseFloat(strings.TrimSpace(s), 64); return v }
	year := int(num(l1[18:20]))
	if year < 57 {
		year += 2000
	} else {
		year += 1900
	}
	epoch := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration((num(l1[20:32]) - 1) * 24 * float64(time.Hour)))
	incl, raan := num(l2[8:16])*math.Pi/180, num(l2[17:25])*math.Pi/180
	ecc, argp := num("0."+strings.TrimSpace(l2[26:33])), num(l2[34:42])*math.Pi/180
	m0, n := num(l2[43:51])*math.Pi/180, num(l2[52:63])*2*math.Pi/86400 // rad, rad/s
	now := c.s.now()
	const mu = 398600.4418 // km³/s², Earth
	a := math.Cbrt(mu / (n * n))
	m := math.Mod(m0+n*now.Sub(epoch).Seconds(), 2*math.Pi)
	e := m
	for range 20 {
		e -= (e - ecc*math.Sin(e) - m) / (1 - ecc*math.Cos(e))
	}
	nu := 2 * math.Atan2(math.Sqrt(1+ecc)*math.Sin(e/2), math.Sqrt(1-ecc)*math.Cos(e/2))
	r := a * (1 - ecc*math.Cos(e))
	u := argp + nu
	x := r * (math.Cos(raan)*math.Cos(u) - math.Sin(raan)*math.Sin(u)*math.Cos(incl))
	y := r * (math.Sin(raan)*math.Cos(u) + math.Cos(raan)*math.Sin(u)*math.Cos(incl))
	z := r * math.Sin(u) * math.Sin(incl)
	ra := math.Mod(math.Atan2(y, x)*180/math.Pi+360, 360)
	return http.StatusOK, map[string]any{
		"norad_catalog_number": norad, "date": now.Format(dateTimeLayout), "epoch": epoch.Format(dateTimeLayout),
		"right_ascension": round6(ra), "declination": round6(math.Asin(z/r) * 180 / math.Pi),
		"distance": round6(r), "distance_unit": "km", "method": "two-body Kepler orbit from the TLE mean elements",
	}, nil
}

// GET /findingcharts/{input}/: the IPAC finding charts of a known object (2MASS J
// and DSS2 red, 300″), 404 for an unknown one.
func handleFindingCharts(c *call) (int, any, *apiError) {
	name := c.params["input"]
	rec, ok := c.s.db.coll("objects").first(func(r record) bool { return c.matches(c.s.resource("objects"), r, "name", name) })
	if !ok {
		return 0, nil, errNotFound()
	}
	target := str(rec["name"])
	var charts []any
	for i, sv := range [][2]string{{"2MASS", "J"}, {"DSS2", "red"}} {
		base := "https://irsa.ipac.caltech.edu/data/finding_charts/" + strings.ReplaceAll(target, " ", "_") + "_" + strings.ToLower(sv[0])
		charts = append(charts, map[string]any{
			"pk": i + 1, "input": name, "target": target, "survey_name": sv[0], "band_name": sv[1],
			"width": 300.0, "height": 300.0, "size_unit": "arcsec", "orientation": "North up, East left",
			"observing_date": nil, "fits_url": base + ".fits", "image_url": base + ".jpg",
		})
	}
	return http.StatusOK, charts, nil
}

// GET /{organisation}/observedtargets/: the targets of the organisation's
// observations with their observation and night-log counts and total
// duration (seconds), by name.
func handleObservedTargets(c *call) (int, any, *apiError) {
	type agg struct {
		obs, secs int
		logs      map[string]bool
	}
	byName := map[string]*agg{}
	for _, o := range c.s.db.coll("observations").snapshot(func(r record) bool { return str(r["organisation"]) == c.org }) {
		name := str(o["target_name"])
		if name == "" {
			continue
		}
		a := byName[name]
		if a == nil {
			a = &agg{logs: map[string]bool{}}
			byName[name] = a
		}
		a.obs++
		a.logs[str(o["night_log"])] = true
		if d, err := strconv.ParseFloat(str(o["duration"]), 64); err == nil {
			a.secs += int(d)
		}
	}
	names := slices.Sorted(maps.Keys(byName))
	out := make([]any, 0, len(names))
	for _, n := range names {
		a := byName[n]
		out = append(out, map[string]any{"name": n, "observation_count": a.obs, "night_log_count": len(a.logs), "total_duration": a.secs})
	}
	return http.StatusOK, out, nil
}

// GET /satellitecounts/: the number of satellites by type.
func handleSatelliteCounts(c *call) (int, any, *apiError) {
	counts := map[string]int{}
	for _, r := range c.s.db.coll("satellites").snapshot(func(record) bool { return true }) {
		counts[str(r["type"])]++
	}
	return http.StatusOK, counts, nil
}

// GET /schema/[?format=json|yaml]: an OpenAPI 3.0.3 outline of the routes
// served (paths and methods), YAML by default as the API answers.
func handleSchema(c *call) (int, any, *apiError) {
	paths := map[string]any{}
	for _, rs := range openAPIRoutes() {
		ops := map[string]any{}
		for _, op := range rs.ops {
			ops[strings.ToLower(op.method)] = map[string]any{"responses": map[string]any{}}
		}
		paths[rs.path] = ops
	}
	doc := map[string]any{"openapi": "3.0.3", "info": map[string]any{"title": "Arcsecond.io OpenAPI", "version": "1"}, "paths": paths}
	switch c.r.URL.Query().Get("format") {
	case "json":
		return http.StatusOK, doc, nil
	case "", "yaml":
		b, err := yaml.Marshal(doc)
		if err != nil {
			return 0, nil, detailError(http.StatusInternalServerError, err.Error())
		}
		c.w.Header().Set("Content-Type", "application/vnd.oai.openapi")
		c.w.WriteHeader(http.StatusOK)
		_, _ = c.w.Write(b)
		return 0, nil, nil
	}
	return 0, nil, detailError(http.StatusBadRequest, `format must be "json" or "yaml".`)
}

// POST /stripe/{billing-portal,new-subscription,payment-setup}/ (authenticated):
// a Stripe session URL on a fictional host.
func handleStripe(kind string) handlerFunc {
	return func(c *call) (int, any, *apiError) {
		if c.who == nil {
			return 0, nil, detailError(http.StatusUnauthorized, "Authentication credentials were not provided.")
		}
		return http.StatusOK, map[string]any{"url": "https://stripe.invalid/" + kind + "/" + c.s.ids.key()}, nil
	}
}
