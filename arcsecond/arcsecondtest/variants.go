package arcsecondtest

// The answers of the API that deliberately differ from the 2023 OpenAPI
// document, each with its evidence, in one place. The server renders these
// variants (newAPI patches its copy of the schemas) and the conformance test
// validates answers against them instead of the document: nothing else is
// exempted.

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

// routeVariant replaces the response schema of a GET operation.
type routeVariant struct {
	path     string
	arrayOf  string // the answer is a bare array of this schema
	evidence string
}

var routeVariants = []routeVariant{
	{path: "/{organisation}/observedtargets/", arrayOf: "ObservedTarget",
		evidence: "the operation lists the organisation's observed targets, one ObservedTarget (name and counts) each; drf-spectacular, given a plain APIView, documented one object (operationId organisation_targets_retrieve) and the SDK's ObservedTargetsService reads a list"},
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
