package arcsecondtest

import (
	"math"
	"net/http"

	"github.com/arcsecond-go/arcsecond/aa"
)

// Small bodies with published osculating elements: 2P/Encke with the
// elements of Meeus' Astronomical Algorithms (2nd ed.), Example 33.a
// (equinox J2000.0, T = 1990 Oct 28.54502 TT), and 1P/Halley with its 1986
// return (T = 1986 Feb 9.45891 TT, a, e and ω of Meeus Example 39.a; i and
// Ω from the JPL Small-Body Database). Designations and SPK-IDs as the JPL
// Small-Body Database (https://ssd.jpl.nasa.gov/tools/sbdb_lookup.html)
// gives them. Magnitude parameters (M1, K1 total; M2, K2 nuclear) are
// rounded published comet values.
type smallBodyFact struct {
	designation, spkID, name, fullName string
	a, e, i, node, peri                float64 // AU; degrees
	perihelion                         [3]float64
	m1, k1, m2, k2                     float64
}

var smallBodies = []smallBodyFact{
	{"2P", "1000025", "Encke", "2P/Encke", 2.2091404, 0.8502196, 11.94524, 334.75006, 186.23352, [3]float64{1990, 10, 28.54502}, 11.5, 15, 15.6, 5},
	{"1P", "1000036", "Halley", "1P/Halley", 17.9400782, 0.96727426, 162.26, 58.42, 111.84644, [3]float64{1986, 2, 9.45891}, 5.5, 8, 13.6, 5},
}

func (sb smallBodyFact) orbit() aa.OrbitalElements {
	tp, _ := aa.JDFromGregorian(int(sb.perihelion[0]), int(sb.perihelion[1]), sb.perihelion[2]) // a TDB date, taken as TT
	return aa.EllipticOrbit(sb.a, sb.e, aa.Deg(sb.i), aa.Deg(sb.node), aa.Deg(sb.peri), aa.TT(tp))
}

func (s *Server) seedSmallBodies() {
	for _, sb := range smallBodies {
		id := s.db.coll("smallbodies").count() + 1
		tp, _ := aa.JDFromGregorian(int(sb.perihelion[0]), int(sb.perihelion[1]), sb.perihelion[2])
		elements := []any{}
		for j, el := range []struct {
			name, title, units string
			value              float64
		}{
			{"e", "eccentricity", "", sb.e}, {"a", "semi-major axis", "au", sb.a}, {"q", "perihelion distance", "au", sb.a * (1 - sb.e)},
			{"i", "inclination; angle with respect to x-y ecliptic plane", "deg", sb.i},
			{"om", "longitude of the ascending node", "deg", sb.node}, {"w", "argument of perihelion", "deg", sb.peri},
			{"tp", "time of perihelion passage", "TDB", float64(tp)},
		} {
			elements = append(elements, map[string]any{"id": id*10 + j, "name": el.name, "title": el.title, "label": el.name,
				"units": el.units, "value": el.value, "sigma": 0.0, "orbit": id})
		}
		s.db.coll("smallbodies").insert(record{
			"id": id, "primary_designation": sb.designation, "primary_spk_id": sb.spkID, "short_name": sb.name, "full_name": sb.fullName,
			"alternate_designations": nil, "neo_flag": true, "pha_flag": false, // q < 1.3 au
			"prefix": "P", "object_kind_code": "cn",
			"orbit_class": map[string]any{"code": "JFc", "name": "Jupiter-family Comet"}, "orbit_solution_identifier": "",
			"orbit": map[string]any{"id": id, "elements": elements, "source": "JPL", "producer": "", "equinox": "J2000",
				"data_arc": 0, "observation_total_number": 0, "radar_delay_observation_number": 0, "radar_doppler_observation_number": 0,
				"not_valid_before": nil, "not_valid_after": nil, "model_pars": nil, "solution_date": nil, "two_body_model": true},
		}, nil)
		if sb.designation == "1P" {
			s.db.coll("smallbodies").update(func(r record) bool { return r["id"] == id }, func(r record) error {
				r["orbit_class"] = map[string]any{"code": "HTC", "name": "Halley-type Comet"}
				return nil
			})
		}
	}
}

// GET /smallbodies/{primary_spk_id}/ephemerides/: the body's geocentric
// astrometric place now (J2000.0), from its osculating elements as a
// two-body orbit (aa.OrbitalElements.Position, Meeus ch. 33), and its total
// and nuclear magnitudes m = M + 5 log Δ + K log r.
func handleSmallBodyEphemerides(c *call) (int, any, *apiError) {
	id := c.params["primary_spk_id"]
	rec, ok := c.s.db.coll("smallbodies").first(func(r record) bool { return str(r["primary_spk_id"]) == id })
	if !ok {
		return 0, nil, errNotFound()
	}
	var sb smallBodyFact
	for _, f := range smallBodies {
		if f.spkID == id {
			sb = f
		}
	}
	now := c.s.now()
	jde := aa.TTFromTime(now)
	pos, err := sb.orbit().Position(jde, aa.Sun)
	if err != nil {
		return 0, nil, detailError(http.StatusInternalServerError, err.Error())
	}
	mag := func(m, k float64) float64 { return round6(m + 5*math.Log10(pos.Distance) + k*math.Log10(pos.R)) }
	return http.StatusOK, map[string]any{
		"id": rec["id"], "small_body": rec["full_name"], "date": now.Format(dateTimeLayout), "epoch": round6(float64(jde)),
		"right_ascension": round6(pos.Equatorial.RA.Norm().Deg()), "declination": round6(pos.Equatorial.Dec.Deg()),
		"total_magnitude": mag(sb.m1, sb.k1), "nuclear_magnitude": mag(sb.m2, sb.k2),
	}, nil
}
