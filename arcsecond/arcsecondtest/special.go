package arcsecondtest

import (
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// declareSpecials declares the routes that are not plain CRUD: logins and
// keys, cone searches, coordinates, catalogue tables, agent enrolment.
func declareSpecials(a *api) {
	for path, h := range map[string]handlerFunc{
		"/auth/token/":                                handleTokenObtain,
		"/auth/token/refresh/":                        handleTokenRefresh,
		"/auth/login/":                                handleLogin,
		"/auth/key/verify/":                           handleKeyVerify,
		"/auth/key/verify-organisation/":              handleKeyVerifyOrganisation,
		"/auth/registration/":                         handleRegistration,
		"/profiles/{username}/apikey/":                handleAPIKey,
		"/profiles/{username}/uploadkey/":             handleUploadKey,
		"/{organisation}/uploadkeys/":                 handleOrgUploadKeys,
		"/standardstars/":                             handleStandardStars,
		"/objects/{name}/coordinates/":                coordinatesOf("objects"),
		"/exoplanets/{name}/coordinates/":             coordinatesOf("exoplanets"),
		"/healthcheck/":                               handleHealth,
		"/catalogues/{id}/tables/":                    handleCatalogueTables,
		"/catalogues/{id}/tables/{table_index}/":      handleCatalogueTable,
		"/catalogues/{id}/tables/{table_index}/rows/": handleCatalogueRows,
		"/{organisation}/datasetcounts/":              handleDatasetCounts,
		"/agent/enroll/":                              handleAgentEnroll,
		"/{organisation}/agent/enroll/":               handleAgentEnroll,
		"/agent/mint/":                                handleAgentMint,
		"/{organisation}/agent/mint/":                 handleAgentMint,
	} {
		a.handle(path, h)
	}
}

// GET /healthcheck/ (Arcsecond.local): 200 when up.
func handleHealth(*call) (int, any, *apiError) {
	return http.StatusOK, map[string]any{"status": "ok"}, nil
}

// GET /objects/{name}/coordinates/ and /exoplanets/{name}/coordinates/: the
// equatorial coordinates of the named object (AstronomicalCoordinates), or
// for an exoplanet its name beside them (ExoplanetCoordinates).
func coordinatesOf(name string) handlerFunc {
	return func(c *call) (int, any, *apiError) {
		res := c.s.resource(name)
		v := c.params["name"]
		rec, ok := c.s.db.coll(name).first(func(r record) bool { return c.matches(res, r, "name", v) })
		if !ok {
			return 0, nil, errNotFound()
		}
		if name == "exoplanets" {
			return http.StatusOK, map[string]any{"name": rec["name"], "equatorial_coordinates": rec["equatorial_coordinates"]}, nil
		}
		return http.StatusOK, rec["equatorial_coordinates"], nil
	}
}

// POST /auth/registration/ (2018–2023): {username, email, password1,
// password2} → 201 {"key": token}; the new user gets access and upload keys.
func handleRegistration(c *call) (int, any, *apiError) {
	f, e := c.requireFields("username", "email", "password1", "password2")
	if e != nil {
		return 0, nil, e
	}
	if f["password1"] != f["password2"] {
		return 0, nil, &apiError{status: http.StatusBadRequest, body: map[string]any{"non_field_errors": []string{"The two password fields didn't match."}}}
	}
	if len(f["password1"]) < 8 {
		return 0, nil, errField("password1", "This password is too short. It must contain at least 8 characters.")
	}
	a := c.s.register(f["username"], f["email"], f["password1"], "", "")
	if a == nil {
		return 0, nil, errField("username", "A user with that username already exists.")
	}
	return http.StatusCreated, map[string]any{"key": a.token}, nil
}

// GET /standardstars/?around=<ra>,<dec>&catalogue=<id>[&count=<n>]: the
// catalogue's standard stars nearest to a position (ICRS degrees), count 5
// by default and 20 at most; around and catalogue are required (400), as the
// 2023 schema describes.
func handleStandardStars(c *call) (int, any, *apiError) {
	q := c.r.URL.Query()
	errs := fieldErrors{}
	var ra, dec float64
	around := strings.Split(q.Get("around"), ",")
	if q.Get("around") == "" {
		errs.add("around", "This parameter is required, as ?around=<ra_deg>,<dec_deg>.")
	} else {
		var err1, err2 error
		if len(around) == 2 {
			ra, err1 = strconv.ParseFloat(strings.TrimSpace(around[0]), 64)
			dec, err2 = strconv.ParseFloat(strings.TrimSpace(around[1]), 64)
		}
		if len(around) != 2 || err1 != nil || err2 != nil || dec < -90 || dec > 90 {
			errs.add("around", "Must be two decimal degrees, R.A. and Dec., separated by a comma.")
		}
	}
	cat, err := strconv.Atoi(q.Get("catalogue"))
	if err != nil {
		errs.add("catalogue", "This parameter is required and must be a catalogue id.")
	}
	count := 5
	if s := q.Get("count"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			errs.add("count", "A valid positive integer is required.")
		}
		count = min(n, 20)
	}
	if e := errs.err(); e != nil {
		return 0, nil, e
	}
	stars := c.s.db.coll("standardstars").snapshot(func(r record) bool {
		n, _ := intOf(r["_catalogue"])
		return n == cat
	})
	dist := func(r record) float64 {
		eq, _ := r["equatorial_coordinates"].(map[string]any)
		ra2, _ := eq["right_ascension"].(float64)
		dec2, _ := eq["declination"].(float64)
		return angularSeparation(ra, dec, ra2, dec2)
	}
	sort.SliceStable(stars, func(i, j int) bool { return dist(stars[i]) < dist(stars[j]) })
	out := make([]any, 0, count)
	for _, s := range stars[:min(count, len(stars))] {
		out = append(out, c.renderAs(standardStarResource(), s, "StandardStar"))
	}
	return http.StatusOK, out, nil
}

// GET /{organisation}/datasetcounts/: how many of the organisation's
// datasets were created each day, [{date, count}] in date order.
func handleDatasetCounts(c *call) (int, any, *apiError) {
	counts := map[string]int{}
	for _, d := range c.s.db.coll("datasets").snapshot(func(r record) bool { return str(r["organisation"]) == c.org }) {
		if day := str(d["creation_date"]); len(day) >= 10 {
			counts[day[:10]]++
		}
	}
	days := make([]string, 0, len(counts))
	for d := range counts {
		days = append(days, d)
	}
	sort.Strings(days)
	out := make([]any, 0, len(days))
	for _, d := range days {
		out = append(out, map[string]any{"date": d, "count": counts[d]})
	}
	return http.StatusOK, out, nil
}

// angularSeparation in degrees between two ICRS positions given in degrees
// (Vincenty's formula, stable at all separations).
func angularSeparation(ra1, dec1, ra2, dec2 float64) float64 {
	r := math.Pi / 180
	dra := (ra2 - ra1) * r
	s1, c1 := math.Sincos(dec1 * r)
	s2, c2 := math.Sincos(dec2 * r)
	num := math.Hypot(c2*math.Sin(dra), c1*s2-s1*c2*math.Cos(dra))
	den := s1*s2 + c1*c2*math.Cos(dra)
	return math.Atan2(num, den) / r
}
