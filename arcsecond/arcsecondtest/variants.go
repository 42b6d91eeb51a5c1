package arcsecondtest

import (
	"slices"
	"strings"
)

// The answers of the API that deliberately differ from the 2023 OpenAPI
// document, each with its evidence, in one place: members (schemaVariants)
// and routes (routeVariants). The server serves these variants (newAPI
// patches its copy of the schemas and routes) and the conformance tests
// validate answers against them instead of the document: nothing else is
// exempted. TestDeclaredVariants and TestSchemaVariantsAreNeeded show each
// variant is needed (the document refuses an answer the server gives) and
// holds. The Cloud and Hub routes the document does not have at all are
// declared in cloud.go.

// schemaVariant changes one member of a component schema.
type schemaVariant struct {
	schema, member string
	nullable       bool // the member may be null
	anyValue       bool // the member takes any JSON value
	evidence       string
}

var schemaVariants = []schemaVariant{
	{schema: "OrganisationObservation", member: "data_file", nullable: true,
		evidence: "Cloud-era organisation observations are created through the API before any file exists (arcsecond-io/cli @ 1f36c6d, arcsecond/api/main.py builds POST /{org}/observations/); the 2023 document has them read-only, always with a file"},
	{schema: "OrganisationObservation", member: "instrument_configuration", nullable: true, evidence: "as data_file: no configuration before a file is attached"},
	{schema: "OrganisationObservation", member: "detector_configuration", nullable: true, evidence: "as data_file: no configuration before a file is attached"},
	{schema: "OrganisationObservation", member: "target_coordinates", nullable: true, evidence: "as data_file: the position comes with the file or a resolved target"},
	{schema: "OrganisationCalibration", member: "data_file", nullable: true, evidence: "as OrganisationObservation.data_file (POST /{org}/calibrations/, CLI api/main.py)"},
	{schema: "OrganisationCalibration", member: "instrument_configuration", nullable: true, evidence: "as data_file: no configuration before a file is attached"},
	{schema: "OrganisationCalibration", member: "detector_configuration", nullable: true, evidence: "as data_file: no configuration before a file is attached"},
	{schema: "Instrument", member: "archive", nullable: true,
		evidence: "the relation is optional: the same document gives OrganisationInstrument.archive as a nullable integer; most instruments belong to no data archive"},
	{schema: "Target", member: "object", anyValue: true,
		evidence: "a manual-mode target sends and reads object as {name, equatorial_coordinates} (arcsecond-io/cli @ 1f36c6d, docs/resources.md), a resolved one as a name"},
	{schema: "PatchedTarget", member: "object", anyValue: true, evidence: "as Target.object"},
}

// routeVariant changes one route of the document: the answer of its GET, or
// the methods it allows, or the whole of its POST.
type routeVariant struct {
	path string
	// arrayOf: GET answers a bare array of this component schema.
	arrayOf string
	// methods are added with the request and response schemas the personal
	// twin route (the same path without /{organisation}) has in the document.
	methods []string
	// replacedBy: POST takes and answers this Cloud-era schema of
	// cloudSchemas instead of the document's; the route is anonymous.
	replacedBy string
	evidence   string
}

// twin is the personal route whose methods a methods variant copies.
func (v routeVariant) twin() string { return strings.TrimPrefix(v.path, "/{organisation}") }

const cliWrites = "the CLI (arcsecond-io/cli @ 1f36c6d, arcsecond/api/main.py) builds observations, calibrations, night-log children, data files and telescopes as full CRUD under /{organisation}/, where the 2023 document has them read-only"

var routeVariants = []routeVariant{
	{path: "/{organisation}/observedtargets/", arrayOf: "ObservedTarget",
		evidence: "the operation lists the organisation's observed targets, one ObservedTarget (name and counts) each; drf-spectacular, given a plain APIView, documented one object (operationId organisation_targets_retrieve) and the SDK's ObservedTargetsService reads a list"},
	{path: "/auth/token/", replacedBy: "TokenPair",
		evidence: "since 2026 POST /auth/token/ takes {username, password} and answers a JWT pair {access, refresh, access_exp, refresh_exp, username} (focale @ 36a5129, src/focale/arcsecond_client.py login_with_password; CLI api/constants.py); the 2023 document answers DRF's {token}"},
	{path: "/{organisation}/observations/", methods: []string{"POST"}, evidence: cliWrites},
	{path: "/{organisation}/observations/{uuid}/", methods: []string{"PUT", "PATCH", "DELETE"}, evidence: cliWrites},
	{path: "/{organisation}/calibrations/", methods: []string{"POST"}, evidence: cliWrites},
	{path: "/{organisation}/calibrations/{uuid}/", methods: []string{"PUT", "PATCH", "DELETE"}, evidence: cliWrites},
	{path: "/{organisation}/nightlogs/{uuid}/observations/", methods: []string{"GET", "POST"}, evidence: cliWrites},
	{path: "/{organisation}/nightlogs/{uuid}/calibrations/", methods: []string{"GET", "POST"}, evidence: cliWrites},
	{path: "/{organisation}/datafiles/{id}/", methods: []string{"GET", "PUT", "PATCH", "DELETE"}, evidence: cliWrites},
	{path: "/{organisation}/telescopes/{uuid_or_alias}/", methods: []string{"DELETE"},
		evidence: cliWrites + "; an organisation's DELETE unlinks the telescope from it, the catalogue record stays"},
}

// methodVariantOf returns the variant that adds method to path, if any.
func methodVariantOf(path, method string) (routeVariant, bool) {
	for _, v := range routeVariants {
		if v.path == path && slices.Contains(v.methods, method) {
			return v, true
		}
	}
	return routeVariant{}, false
}

// applyVariants patches the server's schema table with schemaVariants.
func (a *api) applyVariants() {
	for _, v := range schemaVariants {
		a.patchField(v.schema, v.member, func(f *fieldSpec) {
			if v.nullable {
				f.nullable = true
			}
			if v.anyValue {
				f.typ = "any"
			}
		})
	}
}
