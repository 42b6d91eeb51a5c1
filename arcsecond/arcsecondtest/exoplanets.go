package arcsecondtest

// Exoplanets with published parameters, rounded. Sources: the NASA Exoplanet
// Archive (Planetary Systems table, default parameter sets,
// https://exoplanetarchive.ipac.caltech.edu/) and the discovery papers whose
// bibcodes are given where the row cites one; host positions (ICRS J2000,
// degrees) from SIMBAD. A zero value means "not listed here". Masses of
// radial-velocity planets are minimum masses (M sin i).
type planetFact struct {
	name, star    string
	ra, dec       float64
	method        string
	year          int
	period        float64 // days
	semiMajorAxis float64 // au
	eccentricity  float64
	mass          float64
	massUnit      string // "M_jup" or "M_earth"
	radius        float64
	radiusUnit    string // "R_jup" or "R_earth"
	bibcode       string
}

var exoplanets = []planetFact{
	{"51 Peg b", "51 Peg", 344.3666, 20.7689, "Radial Velocity", 1995, 4.2308, 0.0527, 0, 0.46, "M_jup", 0, "", "1995Natur.378..355M"},
	{"HD 209458 b", "HD 209458", 330.7950, 18.8843, "Transit", 1999, 3.5247, 0.0475, 0, 0.69, "M_jup", 1.38, "R_jup", "2000ApJ...529L..45C"},
	{"HD 189733 b", "HD 189733", 300.1821, 22.7097, "Transit", 2005, 2.2186, 0.031, 0, 1.13, "M_jup", 1.13, "R_jup", "2005A&A...444L..15B"},
	{"WASP-12 b", "WASP-12", 97.6366, 29.6723, "Transit", 2008, 1.0914, 0.0234, 0, 1.47, "M_jup", 1.90, "R_jup", "2009ApJ...693.1920H"},
	{"WASP-121 b", "WASP-121", 107.6003, -39.0975, "Transit", 2015, 1.2749, 0.0254, 0, 1.18, "M_jup", 1.75, "R_jup", ""},
	{"KELT-9 b", "KELT-9", 307.8600, 39.9389, "Transit", 2017, 1.4811, 0.0346, 0, 2.88, "M_jup", 1.89, "R_jup", ""},
	{"HD 149026 b", "HD 149026", 247.6233, 38.3473, "Transit", 2005, 2.8759, 0.0429, 0, 0.36, "M_jup", 0.65, "R_jup", ""},
	{"GJ 436 b", "GJ 436", 175.5463, 26.7064, "Radial Velocity", 2004, 2.6439, 0.0291, 0.15, 22.1, "M_earth", 4.2, "R_earth", ""},
	{"GJ 1214 b", "GJ 1214", 258.8289, 4.9639, "Transit", 2009, 1.5804, 0.0149, 0, 8.2, "M_earth", 2.74, "R_earth", ""},
	{"55 Cnc e", "55 Cnc", 133.1492, 28.3308, "Radial Velocity", 2004, 0.7365, 0.0154, 0, 8.0, "M_earth", 1.88, "R_earth", ""},
	{"CoRoT-7 b", "CoRoT-7", 100.9562, -1.0629, "Transit", 2009, 0.8536, 0.0172, 0, 4.8, "M_earth", 1.58, "R_earth", ""},
	{"Kepler-22 b", "Kepler-22", 289.2175, 47.8844, "Transit", 2011, 289.86, 0.85, 0, 0, "", 2.1, "R_earth", ""},
	{"Kepler-16 b", "Kepler-16", 289.0758, 51.7575, "Transit", 2011, 228.78, 0.7048, 0.0069, 0.333, "M_jup", 0.754, "R_jup", ""},
	{"Kepler-186 f", "Kepler-186", 298.6529, 43.9550, "Transit", 2014, 129.94, 0.432, 0, 0, "", 1.17, "R_earth", ""},
	{"Kepler-452 b", "Kepler-452", 296.0037, 44.2775, "Transit", 2015, 384.84, 1.046, 0, 0, "", 1.63, "R_earth", ""},
	{"K2-18 b", "K2-18", 172.5604, 7.5883, "Transit", 2015, 32.94, 0.159, 0, 8.6, "M_earth", 2.61, "R_earth", ""},
	{"LHS 1140 b", "LHS 1140", 11.2471, -15.2717, "Transit", 2017, 24.737, 0.0946, 0, 5.6, "M_earth", 1.73, "R_earth", ""},
	{"TRAPPIST-1 b", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2016, 1.5109, 0.0115, 0, 1.374, "M_earth", 1.116, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 c", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2016, 2.4218, 0.0158, 0, 1.308, "M_earth", 1.097, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 d", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2016, 4.0496, 0.0223, 0, 0.388, "M_earth", 0.788, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 e", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2017, 6.0996, 0.0293, 0, 0.692, "M_earth", 0.920, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 f", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2017, 9.2067, 0.0385, 0, 1.039, "M_earth", 1.045, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 g", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2017, 12.3529, 0.0469, 0, 1.321, "M_earth", 1.129, "R_earth", "2021PSJ.....2....1A"},
	{"TRAPPIST-1 h", "TRAPPIST-1", 346.6224, -5.0414, "Transit", 2017, 18.7729, 0.0619, 0, 0.326, "M_earth", 0.755, "R_earth", "2021PSJ.....2....1A"},
	{"Proxima Cen b", "Proxima Cen", 217.4289, -62.6795, "Radial Velocity", 2016, 11.186, 0.0485, 0, 1.07, "M_earth", 0, "", "2016Natur.536..437A"},
	{"Gliese 581 c", "Gliese 581", 229.8617, -7.7222, "Radial Velocity", 2007, 12.919, 0.0729, 0, 5.5, "M_earth", 0, "", ""},
	{"HD 80606 b", "HD 80606", 140.6567, 50.6036, "Radial Velocity", 2001, 111.44, 0.449, 0.93, 4.1, "M_jup", 1.0, "R_jup", ""},
	{"47 UMa b", "47 UMa", 164.8667, 40.4303, "Radial Velocity", 1996, 1078, 2.1, 0.03, 2.53, "M_jup", 0, "", ""},
	{"tau Boo b", "tau Boo", 206.8155, 17.4569, "Radial Velocity", 1996, 3.3125, 0.046, 0, 4.1, "M_jup", 0, "", ""},
	{"ups And b", "ups And", 24.1993, 41.4055, "Radial Velocity", 1996, 4.6171, 0.059, 0.02, 0.69, "M_jup", 0, "", ""},
	{"70 Vir b", "70 Vir", 202.1075, 13.7789, "Radial Velocity", 1996, 116.7, 0.48, 0.40, 7.4, "M_jup", 0, "", ""},
	{"PSR B1257+12 c", "PSR B1257+12", 195.0149, 12.6822, "Pulsar Timing", 1992, 66.54, 0.36, 0.019, 4.3, "M_earth", 0, "", ""},
	{"PSR B1257+12 d", "PSR B1257+12", 195.0149, 12.6822, "Pulsar Timing", 1992, 98.21, 0.46, 0.025, 3.9, "M_earth", 0, "", ""},
	{"beta Pic b", "beta Pic", 86.8212, -51.0664, "Imaging", 2008, 0, 9.9, 0, 11.9, "M_jup", 0, "", ""},
	{"HR 8799 b", "HR 8799", 346.8696, 21.1342, "Imaging", 2008, 0, 68, 0, 7, "M_jup", 0, "", ""},
	{"HR 8799 c", "HR 8799", 346.8696, 21.1342, "Imaging", 2008, 0, 38, 0, 10, "M_jup", 0, "", ""},
	{"HR 8799 d", "HR 8799", 346.8696, 21.1342, "Imaging", 2008, 0, 24, 0, 10, "M_jup", 0, "", ""},
	{"HR 8799 e", "HR 8799", 346.8696, 21.1342, "Imaging", 2010, 0, 14.5, 0, 10, "M_jup", 0, "", ""},
	{"2MASS J1207 b", "2MASS J12073346-3932539", 181.8896, -39.5483, "Imaging", 2004, 0, 0, 0, 5, "M_jup", 0, "", ""},
	{"OGLE-2005-BLG-390L b", "OGLE-2005-BLG-390L", 268.5800, -30.3772, "Microlensing", 2005, 0, 2.6, 0, 5.5, "M_earth", 0, "", ""},
}

// quantity is the API's {value, unit, error_max, error_min, bibcode} object
// (bibcode left out when none is cited: the document's pattern refuses ""),
// or nil for an unknown value, which dropUnknown then leaves out: the
// document has these members non-nullable.
func quantity(v float64, unit, bibcode string) any {
	if v == 0 {
		return nil
	}
	q := map[string]any{"value": v, "unit": unit, "error_max": nil, "error_min": nil}
	if bibcode != "" {
		q["bibcode"] = bibcode
	}
	return q
}

// dropUnknown leaves out the members of rec that are unknown (nil).
func dropUnknown(rec record) record {
	for k, v := range rec {
		if v == nil {
			delete(rec, k)
		}
	}
	return rec
}

func (s *Server) seedExoplanets() {
	for _, p := range exoplanets {
		method := p.method
		rec := record{
			"name": p.name, "parent_star": p.star, "detection_method": method, "discovery_year": p.year,
			"mass_detection_method": "", "radius_detection_method": "",
			"equatorial_coordinates": map[string]any{"right_ascension": p.ra, "declination": p.dec, "epoch": 2000.0},
			"orbital_period":         quantity(p.period, "day", p.bibcode),
			"semi_major_axis":        quantity(p.semiMajorAxis, "au", p.bibcode),
			"mass":                   quantity(p.mass, p.massUnit, p.bibcode),
			"radius":                 quantity(p.radius, p.radiusUnit, p.bibcode),
			"eccentricity":           quantity(p.eccentricity, "", p.bibcode),
		}
		if p.mass != 0 {
			rec["mass_detection_method"] = method
		}
		if p.radius != 0 && method == "Transit" {
			rec["radius_detection_method"] = method
		}
		s.db.coll("exoplanets").insert(dropUnknown(rec), nil)
	}
}
