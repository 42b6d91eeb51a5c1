package arcsecondtest

import "net/url"

// Astronomer's Telegrams and GCN Circulars, with their real numbers, titles,
// authors and dates as The Astronomer's Telegram
// (https://www.astronomerstelegram.org/) and the GCN Circulars archive
// (https://gcn.nasa.gov/circulars) publish them (dates exact, times of day
// approximate). The texts are one-line summaries, not the circulars'
// contents.
type telegramFact struct {
	identifier, title, date, summary string
	authors                          [][2]string // first, last name
	subjects, objects                []string
}

var atels = []telegramFact{
	{"10791", "Fermi-LAT detection of increased gamma-ray activity of TXS 0506+056, located inside the IceCube-170922A error region",
		"2017-09-28T10:10:00.000000Z", "The Fermi-LAT sees the blazar TXS 0506+056 flaring inside the error region of the IceCube neutrino.",
		[][2]string{{"Yasuyuki", "Tanaka"}, {"Sara", "Buson"}, {"Daniel", "Kocevski"}}, []string{"Gamma Ray", "Neutrinos", "AGN", "Blazar"}, []string{"TXS 0506+056"}},
	{"10817", "First-time detection of VHE gamma rays by MAGIC from a direction consistent with the recent EHE neutrino event IceCube-170922A",
		"2017-10-04T17:17:00.000000Z", "MAGIC detects very-high-energy gamma rays from the direction of TXS 0506+056.",
		[][2]string{{"Razmik", "Mirzoyan"}}, []string{"Gamma Ray", ">GeV", "Neutrinos", "AGN", "Blazar"}, []string{"TXS 0506+056"}},
	{"13341", "The Fainting of the Nearby Red Supergiant Betelgeuse",
		"2019-12-08T02:50:00.000000Z", "Betelgeuse is fainter than it has been in decades of photometric monitoring.",
		[][2]string{{"Edward", "Guinan"}, {"Richard", "Wasatonic"}, {"Thomas", "Calderwood"}}, []string{"Optical", "Star", "Variables"}, []string{"Betelgeuse"}},
}

var gcnCirculars = []telegramFact{
	{"21505", "LIGO/Virgo G298048: Fermi GBM trigger 170817.529 and LIGO single IFO trigger", "2017-08-17T13:21:42.000000Z",
		"A binary neutron star candidate seen by LIGO Hanford coincident with the Fermi GBM trigger 170817.529.",
		[][2]string{{"", "LIGO Scientific Collaboration and Virgo"}}, nil, []string{"GW170817"}},
	{"21529", "LIGO/Virgo G298048: Swope Telescope optical counterpart candidate", "2017-08-18T01:05:23.000000Z",
		"The Swope Supernova Survey finds SSS17a in NGC 4993, the optical counterpart of GW170817.",
		[][2]string{{"David", "Coulter"}}, nil, []string{"GW170817", "NGC 4993"}},
}

// personShort is the API's PersonShort: names and a link, here the ADS
// author query.
func personShort(first, last string) map[string]any {
	q := "author:\"" + last
	if first != "" {
		q += ", " + first[:1]
	}
	q += "\""
	return map[string]any{"first_name": first, "middle_name": "", "last_name": last, "initials": []any{},
		"url": "https://ui.adsabs.harvard.edu/search/q=" + url.QueryEscape(q)}
}

func (s *Server) seedTelegrams() {
	for _, t := range atels {
		authors := make([]any, 0, len(t.authors))
		for _, a := range t.authors {
			authors = append(authors, personShort(a[0], a[1]))
		}
		s.db.coll("telegrams/ATel").insert(record{
			"identifier": t.identifier, "title": t.title, "publication_date": t.date, "credential_certification": "",
			"subjects": strs(t.subjects), "content": t.summary, "authors": authors, "related_telegrams": []any{},
			"referring_telegrams": []any{}, "detected_objects": strs(t.objects), "external_links": []any{},
			"original_url": "https://www.astronomerstelegram.org/?read=" + t.identifier,
		}, nil)
	}
	for _, t := range gcnCirculars {
		s.db.coll("telegrams/GCN/Circulars").insert(record{
			"identifier": t.identifier, "title": t.title, "publication_date": t.date, "content": t.summary,
			"submitter": personShort(t.authors[0][0], t.authors[0][1]), "related_circulars": []any{},
			"external_links": []any{}, "detected_objects": []any{},
		}, nil)
	}
}

func strs(v []string) []any {
	out := make([]any, len(v))
	for i, s := range v {
		out[i] = s
	}
	return out
}
