package arcsecondtest

import (
	"math"
	"time"
)

// Data archives and a few of their rows.
//
// ESO rows: the APICAM all-sky camera frames of 2019-04-26/27 at Paranal
// (programme 60.A-9008(A), filter LUMINANCE, airmass 1.0) and the MIDI
// (VLTI) observations of NGC 4151 on 2007-02-07, as the ESO archive lists
// them in the astroquery.eso documentation (astropy/astroquery
// docs/eso/eso.rst). Gemini rows: GMOS-N biases of the calibration programme
// GN-CAL20191122, listed in the astroquery.gemini documentation
// (docs/gemini/gemini.rst). Fields not given by those listings are left empty.
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
	{"MIDI.2007-02-07T07:01:51.000", "NGC 4151", "MIDI", "", "", "INTERFEROMETRY", "", 182.635969, 39.405833, 0, 0, 0},
	{"MIDI.2007-02-07T07:02:49.000", "NGC 4151", "MIDI", "", "", "INTERFEROMETRY", "", 182.635969, 39.405833, 0, 0, 0},
	{"MIDI.2007-02-07T08:06:11.013", "NGC 4151", "MIDI", "", "", "IMAGE,WINDOW,CHOPNOD", "", 182.635969, 39.405833, 0, 0, 0},
}

// mjdTime converts a Modified Julian Date (UTC) to a time.
func mjdTime(mjd float64) time.Time {
	epoch := time.Date(1858, 11, 17, 0, 0, 0, 0, time.UTC)
	return epoch.Add(time.Duration(math.Round(mjd*86400e3) * float64(time.Millisecond)))
}

func (s *Server) seedArchives() {
	now := s.now().Format(dateTimeLayout)
	for _, a := range archives {
		s.db.coll("archives").insert(record{"name": a.name, "portal_url": a.portal, "organisation": nil}, nil)
	}
	eso := map[string]any{"name": "ESO", "portal_url": archives[0].portal}
	for _, r := range esoRows {
		date := any(nil)
		mjd := any(nil)
		if r.mjd != 0 {
			date, mjd = mjdTime(r.mjd).Format(dateTimeLayout), r.mjd
		} else if t, err := time.Parse("2006-01-02T15:04:05.000", r.datasetID[len("MIDI."):]); err == nil {
			date = t.UTC().Format(dateTimeLayout)
		}
		airmass := any(nil)
		if r.airmass != 0 {
			airmass = r.airmass
		}
		s.db.coll("archives/ESO/data").insert(record{
			"archive": eso, "programme": nil, "programme_identifier": r.programme, "instrument": r.instrument, "target_name": r.target,
			"coordinates":   map[string]any{"right_ascension": r.ra, "declination": r.dec, "epoch": 2000.0},
			"exposure_time": r.exposure, "date": date, "mjd_obs": mjd, "dataset_id": r.datasetID, "filtername": r.filter,
			"technique_type": r.technique, "category": r.category, "airmass_at_start": airmass, "creation_date": now,
		}, idID)
	}
	gemini := map[string]any{"name": "Gemini", "portal_url": archives[1].portal}
	for range 3 {
		s.db.coll("archives/Gemini/data").insert(record{
			"archive": gemini, "programme": nil, "programme_identifier": "GN-CAL20191122", "instrument": "GMOS-N",
			"observation_type": "BIAS", "exposure_time": 0.0, "date": "2019-11-22", "target_name": "Bias",
			"coordinates": nil, "creation_date": now,
		}, idID)
	}
}
