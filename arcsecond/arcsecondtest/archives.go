package arcsecondtest

import (
	"math"
	"time"
)

// Data archives and a few of their rows.
//
// ESO rows: the APICAM all-sky camera frames of 2019-04-26/27 at Paranal
// (programme 60.A-9008(A), filter LUMINANCE, airmass 1.0), as the ESO
// archive lists them in the astroquery.eso documentation (astropy/astroquery
// docs/eso/eso.rst). Gemini rows: GMOS-N biases of the calibration programme
// GN-CAL20191122, listed in the astroquery.gemini documentation
// (docs/gemini/gemini.rst). Fields not given by those listings are left out.
type archiveFact struct {
	name, portal string
}

var archives = []archiveFact{
	{"ESO", "http://archive.eso.org"},
	{"Gemini", "https://archive.gemini.edu"},
	{"HST", "https://archive.stsci.edu/hst/"},
}

type esoRowFact struct {
	datasetID, target, instrument, programme, category, technique, filter string
	ra, dec, mjd, exposure, airmass                                       float64
}

var esoRows = []esoRowFact{
	{"", "ALL SKY", "APICAM", "60.A-9008(A)", "", "", "LUMINANCE", 139.655792, -24.542417, 58599.987766, 0, 1.0},
	{"", "ALL SKY", "APICAM", "60.A-9008(A)", "", "", "LUMINANCE", 140.282000, -24.541694, 58599.989502, 0, 1.0},
	{"", "ALL SKY", "APICAM", "60.A-9008(A)", "", "", "LUMINANCE", 140.912417, -24.540972, 58599.991250, 0, 1.0},
	{"", "ALL SKY", "APICAM", "60.A-9008(A)", "", "", "LUMINANCE", 292.718958, -24.669833, 58600.411991, 0, 1.0},
}

// mjdTime converts a Modified Julian Date (UTC) to a time.
func mjdTime(mjd float64) time.Time {
	epoch := time.Date(1858, 11, 17, 0, 0, 0, 0, time.UTC)
	return epoch.Add(time.Duration(math.Round(mjd*86400e3) * float64(time.Millisecond)))
}

// The programmes of those rows. ESO's 60.A-9008(A) is its all-sky camera
// monitoring programme at Paranal; Gemini's GN-CAL… programmes hold each
// night's calibrations, named after the date. Titles are descriptive.
var programmes = []struct{ archive, identifier, title, telescope, instrument string }{
	{"ESO", "60.A-9008(A)", "APICAM all-sky camera monitoring", "VLT", "APICAM"},
	{"Gemini", "GN-CAL20191122", "Gemini North calibrations of 2019-11-22", "Gemini North", "GMOS-N"},
}

func (s *Server) seedArchives() {
	now := s.now().Format(dateTimeLayout)
	for _, a := range archives {
		s.db.coll("archives").insert(record{"name": a.name, "portal_url": a.portal}, nil)
	}
	programme := map[string]any{}
	for _, p := range programmes {
		rec := record{"identifier": p.identifier, "title": p.title, "investigators": []any{}, "investigators_list": "", "abstract": ""}
		if p.archive == "ESO" {
			rec["telescope_name"], rec["instrument_name"], rec["period"] = p.telescope, p.instrument, "60"
		}
		programme[p.identifier] = s.db.coll("archives/"+p.archive+"/programmes").insert(rec, idID)["id"]
	}
	instrument := func(name string) any {
		r, _ := s.db.coll("instruments").first(func(r record) bool { return r["name"] == name })
		return r["uuid"]
	}
	eso := map[string]any{"name": "ESO", "portal_url": archives[0].portal}
	for _, r := range esoRows {
		date, mjd := mjdTime(r.mjd).Format(dateTimeLayout), r.mjd
		airmass := any(nil)
		if r.airmass != 0 {
			airmass = r.airmass
		}
		s.db.coll("archives/ESO/data").insert(record{
			"archive": eso, "programme": programme[r.programme], "programme_identifier": r.programme, "instrument": instrument(r.instrument), "target_name": r.target,
			"coordinates":   map[string]any{"right_ascension": r.ra, "declination": r.dec, "epoch": 2000.0},
			"exposure_time": r.exposure, "date": date, "mjd_obs": mjd, "dataset_id": r.datasetID, "filtername": r.filter,
			"technique_type": r.technique, "category": r.category, "airmass_at_start": airmass, "creation_date": now,
		}, idID)
	}
	gemini := map[string]any{"name": "Gemini", "portal_url": archives[1].portal}
	for range 3 {
		s.db.coll("archives/Gemini/data").insert(record{
			"archive": gemini, "programme": programme["GN-CAL20191122"], "programme_identifier": "GN-CAL20191122", "instrument": instrument("GMOS-N"),
			"observation_type": "BIAS", "exposure_time": 0.0, "date": nil, "target_name": "Bias", // a bias has no pointing nor listed time
			"coordinates": map[string]any{"right_ascension": nil, "declination": nil, "epoch": 2000.0}, "creation_date": now,
		}, idID)
	}
}
