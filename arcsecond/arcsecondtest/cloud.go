package arcsecondtest

import (
	"encoding/base64"
	"net/http"
	"slices"
)

// Routes of the Cloud (2024–2026) and Hub (2026) eras, absent from the 2023
// OpenAPI document, declared from the official clients: the Arcsecond CLI
// (arcsecond-io/cli @ 1f36c6d, arcsecond/api/main.py and cloud/uploader) and
// focale (arcsecond-io/focale @ 36a5129, src/focale/arcsecond_client.py and
// services.py). The routes of the document that changed (/auth/token/, the
// organisation's writable observations…) are variants (variants.go).

// cloudSchemas are the field lists of those routes' bodies, from the same
// sources, a fresh table for each server.
func cloudSchemas() map[string]schemaSpec {
	return map[string]schemaSpec{
		"AllSkyCamera": {fields: []fieldSpec{{name: "uuid", typ: "string", readOnly: true}, {name: "name", typ: "string", required: true, maxLength: 200},
			{name: "observing_site", typ: "string", nullable: true}, {name: "organisation", typ: "string", readOnly: true}}},
		"AllSkyCameraImage": {fields: []fieldSpec{{name: "id", typ: "integer", readOnly: true}, {name: "camera", typ: "string", required: true},
			{name: "utc_timestamp", typ: "number", required: true}, {name: "file", typ: "string", required: true}, {name: "size", typ: "integer", readOnly: true}}},
		"AlpacaServer": {fields: []fieldSpec{{name: "uuid", typ: "string", readOnly: true}, {name: "name", typ: "string", required: true},
			{name: "address", typ: "string", required: true}, {name: "manufacturer", typ: "string"}, {name: "profile", typ: "string", readOnly: true},
			{name: "organisation", typ: "string", readOnly: true}}},
		"AlpacaDevice": {fields: []fieldSpec{{name: "id", typ: "integer", readOnly: true}, {name: "uuid", typ: "string", readOnly: true},
			{name: "server", typ: "string", required: true}, {name: "name", typ: "string", required: true}, {name: "number", typ: "integer", required: true},
			{name: "unique_id", typ: "string"}, {name: "type", typ: "string", required: true}}},
		"SiteEquipment": {fields: []fieldSpec{{name: "uuid", typ: "string", readOnly: true}, {name: "name", typ: "string", required: true},
			{name: "observing_site", typ: "string", required: true}, {name: "device", typ: "integer", nullable: true}}},
		// POST /auth/token/ since 2026 (routeVariants): focale's
		// login_with_password sends username and password, needs access and
		// refresh, and reads access_exp, refresh_exp and username if present.
		"TokenPair": {fields: []fieldSpec{{name: "username", typ: "string", required: true}, {name: "password", typ: "string", required: true, writeOnly: true},
			{name: "access", typ: "string", readOnly: true, required: true}, {name: "refresh", typ: "string", readOnly: true, required: true},
			{name: "access_exp", typ: "integer", readOnly: true}, {name: "refresh_exp", typ: "integer", readOnly: true}}},
		"TelescopeEquipment": {fields: []fieldSpec{{name: "uuid", typ: "string", readOnly: true}, {name: "name", typ: "string", required: true},
			{name: "telescope", typ: "string", required: true}, {name: "device", typ: "integer", nullable: true}}},
	}
}

const (
	srcCLI    = "arcsecond-io/cli @ 1f36c6d: arcsecond/api/main.py, cloud/uploader"
	srcFocale = "arcsecond-io/focale @ 36a5129: src/focale/arcsecond_client.py, services.py"
	srcAuth   = "arcsecond-io/cli @ 1f36c6d: arcsecond/api/constants.py, api/main.py; focale arcsecond_client.py"
)

// both returns a route declared personally and under /{organisation}/.
func both(path, lookup string, paginated bool, source string, ops ...opSpec) []routeSpec {
	return []routeSpec{
		{path: path, lookup: lookup, paginated: paginated, ops: ops, source: source},
		{path: "/{organisation}" + path, lookup: lookup, org: true, paginated: paginated, ops: ops, source: source}}
}

func get(resp string) opSpec         { return opSpec{method: http.MethodGet, resp: resp} }
func post(body, resp string) opSpec  { return opSpec{method: http.MethodPost, body: body, resp: resp} }
func patch(body, resp string) opSpec { return opSpec{method: http.MethodPatch, body: body, resp: resp} }
func put(body, resp string) opSpec   { return opSpec{method: http.MethodPut, body: body, resp: resp} }
func anonPost() opSpec               { return opSpec{method: http.MethodPost, anon: true} }

// cloudRoutes are the Cloud and Hub routes.
func cloudRoutes() []routeSpec {
	routes := []routeSpec{
		{path: "/auth/token/refresh/", ops: []opSpec{anonPost()}, source: srcAuth + " (2026 JWT rotation)"},
		{path: "/auth/login/", ops: []opSpec{anonPost()}, source: srcAuth + " (django-rest-auth, 2018–2021)"},
		{path: "/auth/key/verify/", ops: []opSpec{anonPost()}, source: srcAuth + " (2024→)"},
		{path: "/auth/key/verify-organisation/", ops: []opSpec{anonPost()}, source: srcAuth + " (2024→)"},
		{path: "/healthcheck/", ops: []opSpec{{method: http.MethodGet, anon: true}}, source: "arcsecond-io/cli @ 1f36c6d: arcsecond/hosting/docker/docker-compose.yml (Arcsecond.local)"},
	}
	routes = slices.Concat(routes,
		both("/allskycameras/", "", false, srcCLI, get("AllSkyCamera"), post("AllSkyCamera", "AllSkyCamera")),
		both("/allskycameras/{uuid}/", "uuid", false, srcCLI, get("AllSkyCamera")),
		both("/allskycameras/{uuid}/images/", "", false, srcCLI+"/allskycameraimages", get("AllSkyCameraImage"), post("AllSkyCameraImage", "AllSkyCameraImage")),
		both("/agent/enroll/", "", false, srcFocale, post("", "")),
		both("/agent/mint/", "", false, srcFocale, post("", "")),
		both("/alpacaservers/", "", false, srcFocale, get("AlpacaServer"), post("AlpacaServer", "AlpacaServer")),
		both("/alpacadevices/", "", false, srcFocale, get("AlpacaDevice"), post("AlpacaDevice", "AlpacaDevice")),
	)
	for _, p := range siteEquipment {
		routes = slices.Concat(routes,
			both("/"+p+"/", "", false, srcFocale+" SITE_SCOPED_DEVICE_PATHS", get("SiteEquipment"), post("SiteEquipment", "SiteEquipment")),
			both("/"+p+"/{uuid}/", "uuid", false, srcFocale, get("SiteEquipment"), put("SiteEquipment", "SiteEquipment"), patch("SiteEquipment", "SiteEquipment")))
	}
	for _, p := range telescopeEquipment {
		routes = slices.Concat(routes,
			both("/"+p+"/", "", false, srcFocale+" TELESCOPE_SCOPED_DEVICE_PATHS", get("TelescopeEquipment"), post("TelescopeEquipment", "TelescopeEquipment")),
			both("/"+p+"/{uuid}/", "uuid", false, srcFocale, get("TelescopeEquipment"), put("TelescopeEquipment", "TelescopeEquipment"), patch("TelescopeEquipment", "TelescopeEquipment")))
	}
	return routes
}

// The equipment kinds focale scopes to a site and to a telescope
// (services.py SITE_SCOPED_DEVICE_PATHS, TELESCOPE_SCOPED_DEVICE_PATHS).
var (
	siteEquipment      = []string{"enclosures", "safetymonitors", "observingconditions"}
	telescopeEquipment = []string{"cameras", "filterwheels", "rotators", "focusers", "switches", "covercalibrators"}
)

// declareCloud declares the collections of the Cloud and Hub routes.
func declareCloud(a *api) {
	for _, p := range slices.Concat(siteEquipment, telescopeEquipment) {
		a.declare(&resource{name: p, uuid: true, personal: true, write: roleAdmin})
	}
	a.declare(
		&resource{name: "allskycameras", uuid: true, personal: true, write: roleAdmin},
		&resource{name: "allskycameraimages", ids: idID, personal: true, file: true},
		&resource{name: "alpacaservers", uuid: true, personal: true, write: roleAdmin},
		&resource{name: "alpacadevices", uuid: true, ids: idID, key: "uuid", personal: true, write: roleAdmin},
	)
}

// POST /[{org}/]agent/enroll/: {public_key_b64 (raw 32-byte Ed25519 key,
// base64)} → 201 {uuid} of the enrolled agent.
func handleAgentEnroll(c *call) (int, any, *apiError) {
	f, e := c.requireFields("public_key_b64")
	if e != nil {
		return 0, nil, e
	}
	key, err := base64.StdEncoding.DecodeString(f["public_key_b64"])
	if err != nil || len(key) != 32 {
		return 0, nil, errField("public_key_b64", "Must be a base64-encoded raw 32-byte Ed25519 public key.")
	}
	rec := record{"uuid": c.s.ids.uuid(), "public_key_b64": f["public_key_b64"], "_owner": c.who.username}
	c.own(rec)
	rec["profile"] = c.who.username
	c.s.db.coll("agents").insert(rec, nil)
	return http.StatusCreated, map[string]any{"uuid": rec["uuid"]}, nil
}

// POST /[{org}/]agent/mint/: {agent_uuid} → {jwt, exp}, a short-lived Hub
// token; 403 when the agent is not enrolled by the caller in this scope.
func handleAgentMint(c *call) (int, any, *apiError) {
	f, e := c.requireFields("agent_uuid")
	if e != nil {
		return 0, nil, e
	}
	_, ok := c.s.db.coll("agents").first(func(r record) bool {
		return str(r["uuid"]) == f["agent_uuid"] && str(r["_owner"]) == c.who.username && str(r["organisation"]) == c.org
	})
	if !ok {
		return 0, nil, detailError(http.StatusForbidden, "This agent is not enrolled.")
	}
	now := c.s.now()
	cl := jwtClaims{TokenType: "agent", Iat: now.Unix(), Exp: now.Add(c.s.cfg.accessTTL).Unix(), JTI: c.s.ids.key(), Username: c.who.username}
	return http.StatusCreated, map[string]any{"jwt": c.s.signJWT(cl), "exp": cl.Exp}, nil
}
