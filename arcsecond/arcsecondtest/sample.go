package arcsecondtest

import (
	"fmt"
	"strings"
	"time"
)

// The sample night: the data an astronomer of the seed organisation and the
// organisation itself hold, so that every collection of the API has a record
// to read (issue: every GET operation answers 2xx on the seeded server).
// The night is fictional but plausible: the seed organisation's 1.93 m
// telescope at the Observatoire de Haute-Provence observing 51 Peg, the
// star around which Mayor & Queloz found the first exoplanet of a solar-type
// star with that telescope's ELODIE spectrograph (1995Natur.378..355M), with
// its successor SOPHIE; annie's personal data is one frame of M 31.

// sampleProgramme is the identifier of the seed organisation's programme.
const sampleProgramme = "LYRA-2026A-01"

// nightFITS is a minimal FITS file: a primary header without data whose
// OBJECT and DATE-OBS cards name the target and the time (FITS Standard
// 4.0, §4.4.1: 80-character cards in 2880-byte blocks).
func nightFITS(object, dateObs, telescope, instrument string) []byte {
	cards := []string{
		fmt.Sprintf("%-8s= %20s", "SIMPLE", "T"),
		fmt.Sprintf("%-8s= %20d", "BITPIX", 16),
		fmt.Sprintf("%-8s= %20d", "NAXIS", 0),
		fmt.Sprintf("%-8s= %-20s", "OBJECT", "'"+object+"'"),
		fmt.Sprintf("%-8s= %-20s", "DATE-OBS", "'"+dateObs+"'"),
		fmt.Sprintf("%-8s= %-20s", "TELESCOP", "'"+telescope+"'"),
		fmt.Sprintf("%-8s= %-20s", "INSTRUME", "'"+instrument+"'"),
		"END",
	}
	var b strings.Builder
	for _, c := range cards {
		fmt.Fprintf(&b, "%-80s", c)
	}
	out := []byte(b.String())
	for len(out)%2880 != 0 {
		out = append(out, ' ')
	}
	return out
}

// seedSample loads the organisation's and annie's sample data.
func (s *Server) seedSample() {
	now := s.now()
	stamp := now.Add(-30 * time.Hour).Format(dateTimeLayout)
	night := now.Add(-24 * time.Hour).Format(time.DateOnly)
	obsTime := now.Add(-22 * time.Hour).Format("2006-01-02T15:04:05.000")

	t193, _ := s.db.coll("telescopes").first(func(r record) bool { return r["alias"] == "T193" })
	ohp, _ := s.db.coll("observingsites").first(func(r record) bool { return r["IAUCode"] == "511" })
	sophie, _ := s.db.coll("instruments").first(func(r record) bool { return r["name"] == "SOPHIE" })

	for _, scope := range []struct {
		org, profile, target, telescope, instrument string
		ra, dec                                     float64
	}{
		{SeedOrganisation, "annie", "51 Peg", "T193", "SOPHIE", 344.3666, 20.7689},
		{"", "annie", "M 31", "T120", "", 10.6847, 41.2688},
	} {
		base := record{"profile": scope.profile, "creation_date": stamp, "last_update": stamp}
		if scope.org != "" {
			base["organisation"] = scope.org
		}
		with := func(m record) record {
			out := clone(base)
			for k, v := range m {
				out[k] = v
			}
			return out
		}
		tel, _ := s.db.coll("telescopes").first(func(r record) bool { return r["alias"] == scope.telescope })
		run := s.db.coll("observingruns").insert(with(record{"uuid": s.ids.uuid(), "name": "Spring run", "night_logs": []any{}}), nil)
		log := s.db.coll("nightlogs").insert(with(record{
			"uuid": s.ids.uuid(), "date": night, "observing_run": run["uuid"], "telescope": tel["uuid"],
			"observations": []any{}, "calibrations": []any{},
		}), nil)
		s.db.coll("observingruns").update(func(r record) bool { return r["uuid"] == run["uuid"] }, func(r record) error {
			r["night_logs"] = []any{log["uuid"]}
			return nil
		})
		ds := s.db.coll("datasets").insert(with(record{
			"uuid": s.ids.uuid(), "name": scope.target + " " + night, "is_public": false, "telescope": tel["uuid"], "tags": []any{},
		}), nil)
		fits := nightFITS(scope.target, obsTime, scope.telescope, scope.instrument)
		name := strings.ReplaceAll(scope.target, " ", "") + "_0001.fits"
		file := with(record{"dataset": ds["uuid"], "tags": []any{}, "tag_array": []any{}, "data_blocks": []any{}})
		s.storeUpload(file, &upload{filename: name, data: fits})
		s.describeHeader(file, name, fits)
		df := s.db.coll("datafiles").insert(file, idPK)
		for _, kind := range []string{"observations", "calibrations"} {
			rec := with(record{"uuid": s.ids.uuid(), "night_log": log["uuid"], "name": kind + " 1", "index": 0, "data_file": nil})
			if kind == "observations" {
				rec["target_name"] = scope.target
				rec["target_coordinates"] = map[string]any{"right_ascension": scope.ra, "declination": scope.dec, "epoch": 2000.0}
			}
			s.db.coll(kind).insert(rec, nil)
		}
		s.db.coll("datapackages").insert(with(record{"uuid": s.ids.uuid(), "name": scope.target + " package", "datasets": []any{ds["uuid"]},
			"is_public": false, "zip_file_url": ""}), nil)
		tgt := s.db.coll("targets").insert(with(record{"name": scope.target, "target_class": "Star", "notes": "", "tags": []any{}}), idPK)
		s.db.coll("targetlists").insert(with(record{"uuid": s.ids.uuid(), "name": "Tonight", "targets": []any{tgt}}), nil)
		if scope.org == "" {
			s.db.coll("nodes/iobserve").insert(with(record{"name": scope.target, "is_folder": false, "is_open": false, "parent": nil,
				"before": nil, "after": nil, "children": []any{}, "index": 0, "target_name": scope.target}), pkID)
			s.db.coll("nodes/data").insert(with(record{"name": "Frames", "dataset": ds["uuid"], "is_folder": true, "is_open": true,
				"parent": nil, "before": nil, "after": nil, "children": []any{}, "index": 0}), pkID)
			s.db.coll("datastorages").insert(with(record{"uuid": s.ids.uuid(), "name": "Observatory disk", "type": "disk_local",
				"owner": scope.profile, "role": "owner"}), nil)
			coll := s.db.coll("collaborations").insert(with(record{"name": "Hot Jupiters", "members": []any{}, "invitations": []any{}}), pkID)
			s.db.coll("invitations").insert(with(record{"collaboration": coll["pk"], "email": "vera@example.org", "token": s.ids.token(),
				"date_created": stamp, "date_accepted": stamp, "duration": "7 00:00:00"}), pkID)
			s.db.coll("subscriptions").insert(with(record{"owner": scope.profile, "name": "Paranal news", "observing_site": ohp["uuid"],
				"is_active": true, "date_created": stamp, "emails_sent": 0}), pkID)
			continue
		}
		_ = df
		s.db.coll("invitations").insert(with(record{"email": "williamina@example.org", "role": "member", "token": s.ids.token(),
			"date_created": stamp, "date_accepted": stamp, "duration": "7 00:00:00"}), pkID)
		ev := s.db.coll("events").insert(with(record{"title": "Maintenance of the 1.93 m", "observing_site": []any{ohp["uuid"]},
			"telescope": []any{t193["uuid"]}, "start_date": stamp, "end_date": stamp}), idID)
		s.db.coll("reminders").insert(with(record{"event": ev["id"], "notified": []any{}}), idID)
		s.db.coll("telescopeactivations").insert(with(record{"telescope": t193["uuid"]}), idID)
		s.db.coll("telescopeownerships").insert(with(record{"telescope": t193["uuid"], "date_joined": night, "mode": "owner"}), pkID)
		s.db.coll("detectors").insert(with(record{"name": "SOPHIE CCD", "instrument": sophie["uuid"],
			"physical_pixel_number_x": 4096, "physical_pixel_number_y": 2048, "physical_pixel_size_x": 15, "physical_pixel_size_y": 15}), idID)
		// The organisation's observing programme on the 1.93 m (public
		// /programmes/; LiveNight's OHP activities belong to it).
		s.db.coll("programmes").insert(record{"identifier": sampleProgramme, "title": "Radial velocities of 51 Peg with SOPHIE",
			"abstract": "", "investigators": []any{}, "investigators_list": "A. Cannon, V. Rubin",
			"full_details_url": "https://lyra.example.org/programmes/" + sampleProgramme + "/"}, idID)
		s.db.coll("activities").insert(with(record{"title": "Observation of 51 Peg", "content": "SOPHIE spectrum of 51 Peg",
			"label": "observation", "observing_site": ohp["uuid"], "telescope": t193["uuid"], "target_name": scope.target, "links": []any{}}), idID)
	}
}
