package arcsecondtest

import (
	"net/http"
	"net/url"
	"strings"
)

// Spectrophotometric standard stars of ESO's list (Oke 1990, AJ 99, 1621;
// Hamuy et al. 1992, PASP 104, 533 and 1994, PASP 106, 566), as published
// on https://www.eso.org/sci/observing/tools/standards/spectra.html.
// Positions ICRS J2000 (degrees), V magnitudes and spectral types rounded
// from SIMBAD.
type standardStarFact struct {
	name     string
	ra, dec  float64
	v        float64
	spectral string
}

var standardStars = []standardStarFact{
	{"Feige 110", 349.9934, -5.1656, 11.83, "sdOB"},
	{"Feige 34", 159.9030, 43.1026, 11.18, "sdO"},
	{"GD 71", 88.1150, 15.8872, 13.03, "DA1"},
	{"GD 153", 194.2596, 22.0313, 13.35, "DA1"},
	{"HZ 44", 200.8971, 36.1331, 11.66, "sdO"},
	{"BD+28 4211", 327.7958, 28.8639, 10.51, "sdO"},
	{"G191-B2B", 76.3775, 52.8311, 11.78, "DA0"},
	{"LTT 3218", 130.3850, -32.9425, 11.86, "DA5"},
	{"LTT 7987", 302.7367, -30.2186, 12.23, "DA4"},
	{"EG 274", 245.8908, -39.2294, 11.03, "DA"},
	{"LTT 9491", 349.8954, -17.0917, 14.11, "DB"},
	{"Hiltner 600", 101.3057, 2.1374, 10.44, "B1"},
}

// standardStarsCatalogue is the id of the seeded catalogue; it is always 1.
const standardStarsCatalogue = 1

func (s *Server) seedStandardStars() {
	s.db.coll("catalogues").insert(record{
		"key": "eso-spectrophotometric", "name": "ESO spectrophotometric standards",
		"secondary_name": "Oke 1990; Hamuy et al. 1992, 1994", "bibcode": "1990AJ.....99.1621O",
		"source_url":  "https://www.eso.org/sci/observing/tools/standards/spectra.html",
		"description": "Optical and UV spectrophotometric standard stars.", "notes": "",
		"tables": []any{map[string]any{"index": 0, "name": "Standards"}},
	}, idID)
	for i, st := range standardStars {
		s.db.coll("standardstars").insert(record{
			"_catalogue": standardStarsCatalogue, "name": st.name, "astronomical_object": st.name, "spectral_type": st.spectral,
			"equatorial_coordinates": map[string]any{"right_ascension": st.ra, "declination": st.dec, "epoch": 2000.0},
			"magnitudes":             []any{map[string]any{"name": "V", "value": st.v, "error": nil}},
			"colors":                 []any{}, "polarizations": []any{},
			"catalogue_row": map[string]any{"index": i, "table": map[string]any{"index": 0, "name": "Standards", "catalogue": standardStarsCatalogue}},
		}, nil)
	}
}

// catalogueTables returns the tables of the catalogue named by the {id}
// parameter, each with its row count, or DRF's 404.
func (c *call) catalogueTables() ([]record, []record, *apiError) {
	id := c.params["id"]
	cat, ok := c.s.db.coll("catalogues").first(func(r record) bool { return str(r["id"]) == id })
	if !ok {
		return nil, nil, errNotFound()
	}
	stars := c.s.db.coll("standardstars").snapshot(func(r record) bool { return str(r["_catalogue"]) == id })
	return c.tablesOf(cat, stars), stars, nil
}

// viewCatalogue gives a catalogue its tables, whole (CatalogueTable).
func viewCatalogue(c *call, rec record) {
	stars := c.s.db.coll("standardstars").snapshot(func(r record) bool { return str(r["_catalogue"]) == str(rec["id"]) })
	tables := make([]any, 0)
	for _, t := range c.tablesOf(rec, stars) {
		tables = append(tables, t)
	}
	rec["tables"] = tables
}

// tablesOf renders the tables of a catalogue with their rows.
func (c *call) tablesOf(cat record, stars []record) []record {
	var tables []record
	for _, t := range cat["tables"].([]any) {
		tab := clone(t.(map[string]any))
		rows := []any{}
		for _, st := range stars {
			if row := st["catalogue_row"].(map[string]any); rowTable(row) == str(tab["index"]) {
				rows = append(rows, map[string]any{"index": row["index"], "table": tab["index"],
					"standard_star": c.renderAs(standardStarResource(), st, "StandardStar")})
			}
		}
		tab["catalogue"], tab["rows"], tab["rows_count"] = cat["id"], rows, len(rows)
		tables = append(tables, tab)
	}
	return tables
}

// rowTable is the index of a catalogue row's table, given as a number or as
// the nested table object.
func rowTable(row map[string]any) string {
	if t, ok := row["table"].(map[string]any); ok {
		return str(t["index"])
	}
	return str(row["table"])
}

// GET /catalogues/{id}/tables/: the catalogue's tables (bare array).
func handleCatalogueTables(c *call) (int, any, *apiError) {
	tables, _, e := c.catalogueTables()
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, tables, nil
}

// GET /catalogues/{id}/tables/{table_index}/: one table.
func handleCatalogueTable(c *call) (int, any, *apiError) {
	tables, _, e := c.catalogueTables()
	if e != nil {
		return 0, nil, e
	}
	for _, t := range tables {
		if str(t["index"]) == c.params["table_index"] {
			return http.StatusOK, t, nil
		}
	}
	return 0, nil, errNotFound()
}

// GET /catalogues/{id}/tables/{table_index}/rows/: the table's rows, each
// with its standard star (paginated).
func handleCatalogueRows(c *call) (int, any, *apiError) {
	if _, _, e := handleCatalogueTable(c); e != nil {
		return 0, nil, e
	}
	_, stars, _ := c.catalogueTables()
	var rows []record
	for _, st := range stars {
		row := st["catalogue_row"].(map[string]any)
		if t := rowTable(row); t == c.params["table_index"] {
			n, _ := intOf(t)
			rows = append(rows, record{"index": row["index"], "table": n, "standard_star": st})
		}
	}
	star := standardStarResource()
	return c.paginate(rows, func(r record) any {
		r["standard_star"] = c.renderAs(star, r["standard_star"].(record), "StandardStar")
		return r
	})
}

// standardStarResource renders standard stars (they are no REST collection).
func standardStarResource() *resource {
	return &resource{name: "standardstars", view: viewStandardStar}
}

// viewStandardStar links a standard star to its astronomical object, as an
// absolute URL of this server's /objects/{name}/ (the document's format: uri).
func viewStandardStar(c *call, rec record) {
	if name := str(rec["astronomical_object"]); name != "" && !strings.Contains(name, "://") {
		rec["astronomical_object"] = c.s.baseURL(c.r) + "/objects/" + url.PathEscape(name) + "/"
	}
}
