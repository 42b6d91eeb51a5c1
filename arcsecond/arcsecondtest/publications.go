package arcsecondtest

import "strings"

// Publications: the discovery papers of seeded exoplanets, as the NASA
// Astrophysics Data System lists them (https://ui.adsabs.harvard.edu/abs/<bibcode>):
// bibcode, title, authors, journal, volume, first page, DOI.
type publicationFact struct {
	bibcode, title, journal, acronym, year, month, volume, page, doi string
	authors                                                          [][2]string
}

var publications = []publicationFact{
	{"1995Natur.378..355M", "A Jupiter-mass companion to a solar-type star", "Nature", "Natur", "1995", "11", "378", "355", "10.1038/378355a0",
		[][2]string{{"Michel", "Mayor"}, {"Didier", "Queloz"}}},
	{"2000ApJ...529L..45C", "Detection of Planetary Transits Across a Sun-like Star", "The Astrophysical Journal", "ApJ", "2000", "01", "529", "L45", "10.1086/312457",
		[][2]string{{"David", "Charbonneau"}, {"Timothy", "Brown"}, {"David", "Latham"}, {"Michel", "Mayor"}}},
	{"2016Natur.536..437A", "A terrestrial planet candidate in a temperate orbit around Proxima Centauri", "Nature", "Natur", "2016", "08", "536", "437", "10.1038/nature19106",
		[][2]string{{"Guillem", "Anglada-Escudé"}, {"Pedro", "Amado"}, {"John", "Barnes"}}},
}

func (s *Server) seedPublications() {
	for _, p := range publications {
		authors := make([]any, 0, len(p.authors))
		for _, a := range p.authors {
			authors = append(authors, personShort(a[0], a[1]))
		}
		s.db.coll("publications").insert(record{
			"bibcode": p.bibcode, "eprint_id": "", "title": p.title, "year": p.year, "month": p.month, "publication_date": p.year + "-" + p.month,
			"publication_type": "article", "abstract": "", "subjects": []any{}, "keywords": []any{}, "is_refereed": true,
			"authors": authors, "journal": map[string]any{"name": p.journal, "acronym": p.acronym},
			"doi":           map[string]any{"title": p.doi, "url": "https://doi.org/" + p.doi},
			"volume_number": p.volume, "issue_number": "", "first_page_number": p.page, "number_of_pages": "",
			"references": []any{}, "citations": []any{},
			"url": "https://ui.adsabs.harvard.edu/abs/" + p.bibcode,
		}, idID)
	}
}

// viewPublication renders the short Publication of lists (authors and
// journal as text) or the full one of GET /publications/{bibcode}/.
func viewPublication(c *call, rec record) {
	if c.op.resp != "Publication" {
		return
	}
	var names []string
	authors, _ := rec["authors"].([]any)
	for _, a := range authors {
		m, _ := a.(map[string]any)
		names = append(names, str(m["last_name"])+", "+str(m["first_name"]))
	}
	rec["authors"] = strings.Join(names, "; ")
	j, _ := rec["journal"].(map[string]any)
	rec["journal"] = str(j["name"])
}
