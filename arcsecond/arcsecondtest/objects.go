package arcsecondtest

import "github.com/arcsecond-go/arcsecond/aa"

// Astronomical objects as the /objects/ route resolves them (the real server
// asks SIMBAD). Positions are ICRS J2000 in degrees and types are SIMBAD's,
// rounded from the SIMBAD basic data of each object
// (https://simbad.cds.unistra.fr/); distances are the usual literature values.
type objectFact struct {
	name     string
	aliases  []string
	ra, dec  float64
	types    []string
	spectral string
	morph    string
	distance float64 // parsec, 0 when not given
}

var objects = []objectFact{
	{"M 31", []string{"NGC 224", "Andromeda Galaxy"}, 10.6847, 41.2690, []string{"Galaxy"}, "", "SA(s)b", 765000},
	{"M 42", []string{"NGC 1976", "Orion Nebula"}, 83.8221, -5.3911, []string{"HII region"}, "", "", 414},
	{"M 1", []string{"NGC 1952", "Crab Nebula"}, 83.6331, 22.0145, []string{"Supernova remnant"}, "", "", 2000},
	{"M 13", []string{"NGC 6205", "Hercules Globular Cluster"}, 250.4218, 36.4599, []string{"Globular cluster"}, "", "", 6800},
	{"M 45", []string{"Pleiades", "Mel 22"}, 56.75, 24.1167, []string{"Open cluster"}, "", "", 136},
	{"M 51", []string{"NGC 5194", "Whirlpool Galaxy"}, 202.4696, 47.1952, []string{"Seyfert 2 galaxy"}, "", "SA(s)bc pec", 8600000},
	{"M 57", []string{"NGC 6720", "Ring Nebula"}, 283.3962, 33.0292, []string{"Planetary nebula"}, "", "", 790},
	{"M 87", []string{"NGC 4486", "Virgo A"}, 187.7059, 12.3911, []string{"Galaxy", "Radio galaxy"}, "", "E+0-1 pec", 16400000},
	{"NGC 253", []string{"Sculptor Galaxy"}, 11.8880, -25.2883, []string{"Starburst galaxy"}, "", "SAB(s)c", 3500000},
	{"NGC 4151", []string{}, 182.6360, 39.4058, []string{"Seyfert 1 galaxy"}, "", "(R')SAB(rs)ab", 15800000},
	{"NGC 5139", []string{"omega Cen"}, 201.6970, -47.4795, []string{"Globular cluster"}, "", "", 5200},
	{"LMC", []string{"Large Magellanic Cloud"}, 80.8938, -69.7561, []string{"Galaxy"}, "", "SB(s)m", 50000},
	{"Sgr A*", []string{}, 266.4168, -29.0078, []string{"Radio source"}, "", "", 8200},
	{"Sirius", []string{"alf CMa", "HD 48915"}, 101.2872, -16.7161, []string{"Star", "Double star"}, "A1V", "", 2.64},
	{"Vega", []string{"alf Lyr", "HD 172167"}, 279.2347, 38.7837, []string{"Star"}, "A0V", "", 7.68},
	{"Betelgeuse", []string{"alf Ori", "HD 39801"}, 88.7929, 7.4071, []string{"Red supergiant star"}, "M1-M2Ia-Iab", "", 168},
	{"Rigel", []string{"bet Ori", "HD 34085"}, 78.6345, -8.2016, []string{"Blue supergiant star"}, "B8Ia", "", 260},
	{"Polaris", []string{"alf UMi", "HD 8890"}, 37.9545, 89.2641, []string{"Classical Cepheid"}, "F7Ib", "", 133},
	{"Arcturus", []string{"alf Boo", "HD 124897"}, 213.9153, 19.1824, []string{"Red giant branch star"}, "K1.5III", "", 11.3},
	{"Aldebaran", []string{"alf Tau", "HD 29139"}, 68.9802, 16.5093, []string{"Red giant branch star"}, "K5III", "", 20},
	{"Antares", []string{"alf Sco", "HD 148478"}, 247.3519, -26.4320, []string{"Red supergiant star"}, "M1.5Iab-Ib", "", 170},
	{"Canopus", []string{"alf Car", "HD 45348"}, 95.9880, -52.6957, []string{"Star"}, "A9II", "", 95},
	{"Proxima Centauri", []string{"alf Cen C", "Proxima Cen", "GJ 551"}, 217.4289, -62.6795, []string{"Flare star"}, "M5.5Ve", "", 1.30},
	{"Altair", []string{"alf Aql", "HD 187642"}, 297.6958, 8.8683, []string{"Delta Scuti variable"}, "A7V", "", 5.13},
}

func (s *Server) seedObjects() {
	for i, o := range objects {
		aliases := make([]any, 0, len(o.aliases))
		for _, a := range o.aliases {
			aliases = append(aliases, map[string]any{"name": a, "catalogue_url": ""})
		}
		types := make([]any, 0, len(o.types))
		for _, t := range o.types {
			types = append(types, t)
		}
		rec := record{
			"name": o.name, "source": "Simbad", "aliases": aliases, "object_types": types,
			"equatorial_coordinates": map[string]any{"right_ascension": o.ra, "declination": o.dec, "epoch": 2000.0},
			"spectral_type":          nil, "morphological_type": nil, "distance": quantity(o.distance, "pc", ""),
			"fluxes": []any{}, "classifications": []any{}, "planets": []any{},
		}
		// Ecliptic (mean equinox J2000.0, Meeus 13.1) and galactic (IAU 1958
		// pole, via FK5) positions, computed from the equatorial one.
		eq := aa.Equatorial{RA: aa.Deg(o.ra), Dec: aa.Deg(o.dec)}
		ecl := eq.Ecliptic(aa.MeanObliquity(aa.J2000))
		gal := eq.Galactic()
		rec["ecliptic_coordinates"] = map[string]any{"longitude": round6(ecl.Lon.Norm().Deg()), "latitude": round6(ecl.Lat.Deg()), "epoch": 2000.0}
		rec["galactic_coordinates"] = map[string]any{"longitude": round6(gal.Lon.Norm().Deg()), "latitude": round6(gal.Lat.Deg()), "epoch": 2000.0}
		if o.spectral != "" {
			rec["spectral_type"] = map[string]any{"id": i + 1, "value": o.spectral}
		}
		if o.morph != "" {
			rec["morphological_type"] = map[string]any{"id": i + 1, "value": o.morph}
		}
		s.db.coll("objects").insert(dropUnknown(rec), nil)
	}
}
