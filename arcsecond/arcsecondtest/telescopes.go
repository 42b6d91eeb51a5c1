package arcsecondtest

import "fmt"

// Telescopes and their instruments. Sources: the operators' pages (ESO,
// W. M. Keck Observatory, NAOJ Subaru, NOIRLab/Gemini, IAC/GTC, ING, OHP,
// Caltech Palomar, …) and their Wikipedia articles, for the site, the
// primary-mirror diameter (metres) and the mount. Attributes not known with
// confidence are left "unk"/"unknown".
type telescopeFact struct {
	site, name, alias, mounting, design string
	diameter                            float64
	activeOptics, adaptiveOptics, lgs   string
	instruments                         []string
}

var telescopes = []telescopeFact{
	{"paranal", "VLT UT1 (Antu)", "UT1", "aaz", "rc", 8.2, "yes", "yes", "no", []string{"FORS2", "KMOS"}},
	{"paranal", "VLT UT2 (Kueyen)", "UT2", "aaz", "rc", 8.2, "yes", "yes", "no", []string{"UVES", "FLAMES"}},
	{"paranal", "VLT UT3 (Melipal)", "UT3", "aaz", "rc", 8.2, "yes", "yes", "no", []string{"SPHERE", "X-shooter"}},
	{"paranal", "VLT UT4 (Yepun)", "UT4", "aaz", "rc", 8.2, "yes", "yes", "yes", []string{"MUSE", "HAWK-I"}},
	{"paranal", "VISTA", "VISTA", "aaz", "unk", 4.1, "yes", "no", "no", []string{"VIRCAM"}},
	{"paranal", "VLT Survey Telescope", "VST", "aaz", "unk", 2.6, "yes", "no", "no", []string{"OmegaCAM"}},
	{"lasilla", "New Technology Telescope", "NTT", "aaz", "rc", 3.58, "yes", "no", "no", []string{"SOFI", "EFOSC2"}},
	{"lasilla", "ESO 3.6 m Telescope", "ESO3.6", "equ", "unk", 3.57, "unknown", "no", "no", []string{"HARPS"}},
	{"lasilla", "MPG/ESO 2.2 m Telescope", "MPG2.2", "equ", "unk", 2.2, "unknown", "no", "no", []string{"FEROS", "WFI"}},
	{"maunakea", "Keck I", "KeckI", "aaz", "rc", 10.0, "yes", "yes", "yes", []string{"HIRES", "MOSFIRE"}},
	{"maunakea", "Keck II", "KeckII", "aaz", "rc", 10.0, "yes", "yes", "yes", []string{"DEIMOS", "NIRC2"}},
	{"maunakea", "Subaru Telescope", "Subaru", "aaz", "rc", 8.2, "yes", "yes", "yes", []string{"Hyper Suprime-Cam", "FOCAS"}},
	{"maunakea", "Gemini North", "GeminiN", "aaz", "rc", 8.1, "yes", "yes", "yes", []string{"GMOS-N", "NIRI"}},
	{"maunakea", "Canada-France-Hawaii Telescope", "CFHT", "equ", "unk", 3.58, "unknown", "unknown", "no", []string{"MegaCam", "ESPaDOnS"}},
	{"maunakea", "NASA Infrared Telescope Facility", "IRTF", "equ", "unk", 3.0, "unknown", "unknown", "no", []string{"SpeX"}},
	{"orm", "Gran Telescopio Canarias", "GTC", "aaz", "rc", 10.4, "yes", "unknown", "no", []string{"OSIRIS", "EMIR"}},
	{"orm", "William Herschel Telescope", "WHT", "aaz", "unk", 4.2, "unknown", "unknown", "no", []string{"ISIS", "WEAVE"}},
	{"orm", "Isaac Newton Telescope", "INT", "equ", "unk", 2.54, "unknown", "no", "no", []string{"WFC"}},
	{"orm", "Nordic Optical Telescope", "NOT", "aaz", "unk", 2.56, "unknown", "no", "no", []string{"ALFOSC", "FIES"}},
	{"orm", "Telescopio Nazionale Galileo", "TNG", "aaz", "unk", 3.58, "yes", "no", "no", []string{"HARPS-N"}},
	{"kittpeak", "Nicholas U. Mayall 4-meter Telescope", "Mayall", "equ", "rc", 4.0, "unknown", "no", "no", []string{"DESI"}},
	{"kittpeak", "WIYN 3.5 m Telescope", "WIYN", "aaz", "unk", 3.5, "yes", "no", "no", []string{"NEID"}},
	{"ctio", "Víctor M. Blanco 4-meter Telescope", "Blanco", "equ", "rc", 4.0, "unknown", "no", "no", []string{"DECam"}},
	{"pachon", "Gemini South", "GeminiS", "aaz", "rc", 8.1, "yes", "yes", "yes", []string{"GMOS-S", "FLAMINGOS-2"}},
	{"pachon", "Southern Astrophysical Research Telescope", "SOAR", "aaz", "rc", 4.1, "yes", "unknown", "no", []string{"Goodman"}},
	{"pachon", "Vera C. Rubin Observatory Simonyi Survey Telescope", "Rubin", "aaz", "unk", 8.4, "yes", "no", "no", []string{"LSSTCam"}},
	{"lascampanas", "Magellan I (Walter Baade)", "Baade", "aaz", "unk", 6.5, "yes", "unknown", "no", []string{"IMACS", "FIRE"}},
	{"lascampanas", "Magellan II (Landon Clay)", "Clay", "aaz", "unk", 6.5, "yes", "unknown", "no", []string{"MIKE"}},
	{"lascampanas", "Irénée du Pont Telescope", "duPont", "equ", "rc", 2.5, "unknown", "no", "no", []string{}},
	{"sidingspring", "Anglo-Australian Telescope", "AAT", "equ", "unk", 3.9, "unknown", "no", "no", []string{"2dF", "HERMES"}},
	{"sidingspring", "UK Schmidt Telescope", "UKST", "equ", "unk", 1.2, "no", "no", "no", []string{}},
	{"sutherland", "Southern African Large Telescope", "SALT", "unk", "unk", 11.0, "yes", "no", "no", []string{"RSS", "HRS"}},
	{"calaralto", "Calar Alto 3.5 m Telescope", "CAHA3.5", "equ", "unk", 3.5, "unknown", "no", "no", []string{"CARMENES", "PMAS"}},
	{"calaralto", "Calar Alto 2.2 m Telescope", "CAHA2.2", "equ", "unk", 2.2, "unknown", "no", "no", []string{"CAFOS"}},
	{"ohp", "OHP 1.93 m Telescope", "T193", "equ", "unk", 1.93, "no", "no", "no", []string{"SOPHIE"}},
	{"ohp", "OHP 1.20 m Telescope", "T120", "equ", "unk", 1.20, "no", "no", "no", []string{}},
	{"picdumidi", "Bernard Lyot Telescope", "TBL", "equ", "unk", 2.0, "no", "no", "no", []string{"NARVAL", "NeoNARVAL"}},
	{"palomar", "Hale Telescope", "Hale", "equ", "unk", 5.08, "unknown", "yes", "no", []string{"DBSP"}},
	{"palomar", "Samuel Oschin Telescope", "Oschin", "equ", "unk", 1.22, "no", "no", "no", []string{"ZTF camera"}},
	{"mcdonald", "Hobby-Eberly Telescope", "HET", "unk", "unk", 10.0, "unknown", "no", "no", []string{"HPF", "VIRUS"}},
	{"mcdonald", "Harlan J. Smith Telescope", "Smith2.7", "equ", "unk", 2.7, "unknown", "no", "no", []string{}},
	{"lick", "Shane Telescope", "Shane", "equ", "unk", 3.0, "unknown", "yes", "yes", []string{"Kast"}},
	{"apachepoint", "ARC 3.5 m Telescope", "ARC3.5", "aaz", "unk", 3.5, "unknown", "no", "no", []string{"DIS"}},
	{"apachepoint", "Sloan Foundation 2.5 m Telescope", "SDSS", "aaz", "unk", 2.5, "unknown", "no", "no", []string{"BOSS", "APOGEE"}},
	{"mountwilson", "Hooker Telescope", "Hooker", "equ", "unk", 2.54, "no", "unknown", "no", []string{}},
}

// instrumentArchive names the archive that serves a telescope's
// instruments, by site key or telescope alias (ESO's for Paranal and La
// Silla, Gemini's for Gemini North and South); other instruments have none.
func instrumentArchive(siteOrAlias string) string {
	switch siteOrAlias {
	case "paranal", "lasilla":
		return "ESO"
	case "GeminiN", "GeminiS":
		return "Gemini"
	}
	return ""
}

// seedTelescopes loads the telescopes with their primary mirrors and
// position (the site's), their instruments, and the VLT Interferometer.
func (s *Server) seedTelescopes(siteUUID map[string]string) {
	aliases := map[string]string{}
	for _, t := range telescopes {
		site, _ := s.db.coll("observingsites").first(func(r record) bool { return r["uuid"] == siteUUID[t.site] })
		mirror := s.db.coll("mirrors").insert(record{"mirror_index": 1, "diameter": t.diameter, "thickness": nil, "coating": "",
			"central_obscuration": nil, "material": "", "telescope": nil}, idPK)
		rec := record{
			"uuid": s.ids.uuid(), "name": t.name, "acronym": t.alias, "alias": t.alias, "observing_site": siteUUID[t.site],
			"mounting": t.mounting, "optical_design": t.design,
			"has_active_optics": t.activeOptics, "has_adaptative_optics": t.adaptiveOptics, "has_laser_guide_star": t.lgs, "is_relocatable": "no",
			"mirrors":       []any{mirror},
			"coordinates":   site["coordinates"],
			"horizon_masks": []any{},
			"images":        []any{},
		}
		if t.site == "ohp" {
			rec["organisation"] = SeedOrganisation
		}
		s.db.coll("telescopes").insert(rec, nil)
		aliases[t.alias] = str(rec["uuid"])
		s.db.coll("mirrors").update(func(r record) bool { return r["pk"] == mirror["pk"] }, func(r record) error {
			r["telescope"] = rec["uuid"]
			return nil
		})
		archive := instrumentArchive(t.site)
		if a := instrumentArchive(t.alias); a != "" {
			archive = a
		}
		for _, name := range t.instruments {
			s.seedInstrument(name, rec["uuid"], archive, str(rec["organisation"]))
		}
	}
	s.seedInstrument("APICAM", nil, "ESO", "") // Paranal's all-sky camera
	s.seedInterferometer(siteUUID["paranal"], aliases)
}

func (s *Server) seedInstrument(name string, telescope any, archive, org string) {
	rec := record{"uuid": s.ids.uuid(), "name": name, "acronym": name, "archive_key": "", "focus": "",
		"telescope": telescope, "interferometer": nil, "satellite": nil, "archive": nil}
	for _, a := range archives {
		if a.name == archive {
			rec["archive"] = map[string]any{"name": a.name, "portal_url": a.portal}
		}
	}
	if org != "" {
		rec["organisation"] = org
	}
	s.db.coll("instruments").insert(rec, nil)
}

// seedInterferometer loads the VLT Interferometer: the four Unit Telescopes
// on their fixed stations U1–U4 (ESO, "VLTI configuration": the UTs do not
// move; the 1.8 m Auxiliary Telescopes do).
func (s *Server) seedInterferometer(paranal string, aliases map[string]string) {
	vlti := s.ids.uuid()
	stations := []any{}
	for i, ut := range []string{"UT1", "UT2", "UT3", "UT4"} {
		st := s.db.coll("telescopestations").insert(record{"name": fmt.Sprintf("U%d", i+1), "telescopes": []any{aliases[ut]}, "horizon_masks": []any{}}, pkID)
		delete(st, "pk")
		stations = append(stations, st)
	}
	s.db.coll("interferometers").insert(record{
		"uuid": vlti, "name": "Very Large Telescope Interferometer", "observing_site": paranal,
		"configurations": []any{map[string]any{"uuid": s.ids.uuid(), "name": "UT1-UT2-UT3-UT4", "interferometer": vlti, "telescope_stations": stations}},
	}, nil)
}
