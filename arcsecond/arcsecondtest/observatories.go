package arcsecondtest

// Observatories with their published positions. Sources: the IAU/MPC list of
// observatory codes (https://minorplanetcenter.net/iau/lists/ObsCodesF.html)
// for the codes, and each observatory's own pages or Wikipedia article for
// latitude, longitude (east positive, degrees) and altitude (metres), rounded
// to about a kilometre. Time zones are IANA names; UTC offsets are the
// standard (winter) ones in seconds, DST offsets 3600 where the zone keeps
// daylight saving time.
type siteFact struct {
	key, name, acronym, iau   string
	lat, lon, height          float64
	country, state, continent string
	tz                        string
	utcOffset, dstOffset      int
	homepage                  string
	org                       bool // also owned by the seed organisation
}

var observatories = []siteFact{
	{"paranal", "Paranal Observatory", "", "309", -24.6275, -70.4044, 2635, "Chile", "Antofagasta", "South America", "America/Santiago", -14400, 3600, "https://www.eso.org/public/teles-instr/paranal-observatory/", false},
	{"lasilla", "La Silla Observatory", "", "809", -29.2567, -70.7300, 2400, "Chile", "Coquimbo", "South America", "America/Santiago", -14400, 3600, "https://www.eso.org/public/teles-instr/lasilla/", false},
	{"maunakea", "Maunakea Observatories", "", "568", 19.8206, -155.4681, 4205, "United States", "Hawaii", "North America", "Pacific/Honolulu", -36000, 0, "https://www.maunakeaobservatories.org/", false},
	{"orm", "Roque de los Muchachos Observatory", "ORM", "950", 28.7569, -17.8925, 2396, "Spain", "Canary Islands", "Europe", "Atlantic/Canary", 0, 3600, "https://www.iac.es/en/observatorios-de-canarias/roque-de-los-muchachos-observatory", false},
	{"teide", "Teide Observatory", "OT", "954", 28.3003, -16.5122, 2390, "Spain", "Canary Islands", "Europe", "Atlantic/Canary", 0, 3600, "https://www.iac.es/en/observatorios-de-canarias/teide-observatory", false},
	{"kittpeak", "Kitt Peak National Observatory", "KPNO", "695", 31.9583, -111.5967, 2096, "United States", "Arizona", "North America", "America/Phoenix", -25200, 0, "https://noirlab.edu/public/programs/kitt-peak-national-observatory/", false},
	{"ctio", "Cerro Tololo Inter-American Observatory", "CTIO", "807", -30.1690, -70.8063, 2207, "Chile", "Coquimbo", "South America", "America/Santiago", -14400, 3600, "https://noirlab.edu/public/programs/ctio/", false},
	{"pachon", "Cerro Pachón", "", "", -30.2407, -70.7366, 2715, "Chile", "Coquimbo", "South America", "America/Santiago", -14400, 3600, "", false},
	{"lascampanas", "Las Campanas Observatory", "LCO", "304", -29.0146, -70.6926, 2380, "Chile", "Atacama", "South America", "America/Santiago", -14400, 3600, "https://www.lco.cl/", false},
	{"sidingspring", "Siding Spring Observatory", "SSO", "413", -31.2733, 149.0617, 1165, "Australia", "New South Wales", "Oceania", "Australia/Sydney", 36000, 3600, "https://www.sidingspringobservatory.com.au/", false},
	{"sutherland", "South African Astronomical Observatory, Sutherland", "SAAO", "", -32.3794, 20.8108, 1798, "South Africa", "Northern Cape", "Africa", "Africa/Johannesburg", 7200, 0, "https://www.saao.ac.za/", false},
	{"calaralto", "Calar Alto Observatory", "CAHA", "493", 37.2236, -2.5463, 2168, "Spain", "Andalusia", "Europe", "Europe/Madrid", 3600, 3600, "https://www.caha.es/", false},
	{"ohp", "Observatoire de Haute-Provence", "OHP", "511", 43.9317, 5.7122, 650, "France", "Provence-Alpes-Côte d'Azur", "Europe", "Europe/Paris", 3600, 3600, "https://www.obs-hp.fr/", true},
	{"picdumidi", "Pic du Midi Observatory", "", "586", 42.9364, 0.1425, 2877, "France", "Occitanie", "Europe", "Europe/Paris", 3600, 3600, "https://picdumidi.com/", false},
	{"palomar", "Palomar Observatory", "", "675", 33.3564, -116.8650, 1712, "United States", "California", "North America", "America/Los_Angeles", -28800, 3600, "https://sites.astro.caltech.edu/palomar/", false},
	{"mcdonald", "McDonald Observatory", "", "711", 30.6797, -104.0247, 2070, "United States", "Texas", "North America", "America/Chicago", -21600, 3600, "https://mcdonaldobservatory.org/", false},
	{"lick", "Lick Observatory", "", "662", 37.3414, -121.6429, 1283, "United States", "California", "North America", "America/Los_Angeles", -28800, 3600, "https://www.lickobservatory.org/", false},
	{"apachepoint", "Apache Point Observatory", "APO", "705", 32.7803, -105.8203, 2788, "United States", "New Mexico", "North America", "America/Denver", -25200, 3600, "https://www.apo.nmsu.edu/", false},
	{"mountwilson", "Mount Wilson Observatory", "", "672", 34.2247, -118.0572, 1742, "United States", "California", "North America", "America/Los_Angeles", -28800, 3600, "https://www.mtwilson.edu/", false},
}

// seedObservatories loads the sites, then their telescopes and instruments.
func (s *Server) seedObservatories() {
	siteUUID := map[string]string{}
	for _, o := range observatories {
		rec := record{
			"uuid": s.ids.uuid(), "name": o.name, "nickname": "", "alternate_names": "", "IAUCode": o.iau, "acronym": o.acronym,
			"coordinates": map[string]any{"latitude": o.lat, "longitude": o.lon, "height": o.height},
			"address": map[string]any{"line_1": "", "line_2": "", "zip_code": nil, "state_province": o.state, "country": o.country,
				"continent": o.continent, "time_zone_id": o.tz, "time_zone_name": o.tz, "time_zone_utc_offset": o.utcOffset, "time_zone_dst_offset": o.dstOffset},
			"images": []any{},
		}
		if o.homepage != "" {
			rec["homepage_url"] = o.homepage
		}
		// The API keeps site positions as Coordinates records of their own
		// (GET /coordinates/{id}/).
		s.db.coll("coordinates").insert(record{"longitude": o.lon, "latitude": o.lat, "height": o.height}, idID)
		if o.org {
			rec["organisation"] = SeedOrganisation
		}
		siteUUID[o.key] = str(rec["uuid"])
		s.db.coll("observingsites").insert(rec, nil)
	}
	s.seedTelescopes(siteUUID)
}

// viewSite lists the telescopes of a site (read-only "telescopes" field).
func viewSite(c *call, rec record) {
	rec["telescopes"], _ = c.s.children("telescopes", "observing_site", rec["uuid"], "uuid")
}

// viewTelescope lists the instruments of a telescope (read-only
// "instruments" field); organisation routes give its mirrors by id
// (OrganisationTelescopeListRetrieve).
func viewTelescope(c *call, rec record) {
	rec["instruments"], _ = c.s.children("instruments", "telescope", rec["uuid"], "uuid")
	if c.op.resp != "OrganisationTelescopeListRetrieve" {
		return
	}
	mirrors, _ := rec["mirrors"].([]any)
	ids := make([]any, 0, len(mirrors))
	for _, m := range mirrors {
		if obj, ok := m.(map[string]any); ok {
			ids = append(ids, obj["pk"])
		} else {
			ids = append(ids, m)
		}
	}
	rec["mirrors"] = ids
}

// children returns the key field of the records of coll whose field points
// to parent, and those records.
func (s *Server) children(coll, field string, parent any, key string) ([]any, []record) {
	items := s.db.coll(coll).snapshot(func(r record) bool { return str(r[field]) == str(parent) })
	keys := make([]any, 0, len(items))
	for _, it := range items {
		keys = append(keys, it[key])
	}
	return keys, items
}
