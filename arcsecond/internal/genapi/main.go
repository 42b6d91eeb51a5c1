// Command genapi reads the Arcsecond server's OpenAPI document (the
// 2023-01-26 snapshot that internal/openapi embeds) and writes:
//
//   - schema_types_gen.go: the Go types of the public data and of the
//     remaining 2023 routes (the schemas listed in goNames), their enums as
//     typed string constants, and body types named as the
//     hand-written ones (…Create for POST, …Update for PATCH and PUT;
//     writable fields only) for every schema sent as a request body;
//   - services_gen.go: the operations of every service (List, All, Get,
//     Create, Update, Replace, Delete), one thin documented method each over
//     the generic functions of resource.go, from the table in services.go;
//   - testdata/openapi/operations.txt: every (method, path) of the document,
//     {format} twins left out, for the coverage test;
//   - testdata/openapi/instances.json: for every object schema, one instance
//     with every field and one with the required fields only, for the
//     decode test.
//
// Usage (from arcsecond/, see the go:generate line in public_services.go):
//
//	go run ./internal/genapi
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

type (
	document = openapi.Document
	schema   = openapi.Schema
)

// goNames maps the schemas this generator emits to their Go names. Schemas
// that share a Go name (create/update twins) are merged: the union of their
// fields, required only where every twin requires it.
var goNames = map[string]string{
	"ActivitySubscriptionCreate":        "ActivitySubscription",
	"ActivitySubscriptionUpdate":        "ActivitySubscription",
	"Alias":                             "Alias",
	"AppStats":                          "AppStats",
	"AstronomersTelegram":               "AstronomersTelegram",
	"AstronomersTelegramPrivateUpdate":  "AstronomersTelegramPrivate",
	"AstronomicalObject":                "AstronomicalObject",
	"BadgeEnum":                         "ReleaseBadge",
	"BetaInterest":                      "BetaInterest",
	"CCDConfiguration":                  "CCDConfiguration",
	"Catalogue":                         "Catalogue",
	"CatalogueRow":                      "CatalogueRow",
	"CatalogueTable":                    "CatalogueTable",
	"CategoryEnum":                      "VoteCategory",
	"Classification":                    "Classification",
	"CollaborationCreate":               "Collaboration",
	"CollaborationInvitationCreate":     "CollaborationInvitation",
	"CollaborationInvitationUpdate":     "CollaborationInvitation",
	"CollaborationListRetrieve":         "Collaboration",
	"CollaborationUpdate":               "Collaboration",
	"DataArchive":                       "DataArchive",
	"DatasetCount":                      "DatasetCount",
	"ESOArchiveDataRow":                 "ESOArchiveDataRow",
	"ESOProgramme":                      "ESOProgramme",
	"EclipticCoordinates":               "EclipticCoordinates",
	"Exoplanet":                         "Exoplanet",
	"ExoplanetCoordinates":              "ExoplanetCoordinates",
	"Flux":                              "Flux",
	"GCNCircular":                       "GCNCircular",
	"GalacticCoordinates":               "GalacticCoordinates",
	"GeminiArchiveDataRow":              "GeminiArchiveDataRow",
	"GeminiProgramme":                   "GeminiProgramme",
	"HorizonMask":                       "HorizonMask",
	"IPACFindingChart":                  "FindingChart",
	"Instrument":                        "Instrument",
	"InstrumentConfiguration":           "InstrumentConfiguration",
	"InstrumentFilter":                  "InstrumentFilter",
	"Interferometer":                    "Interferometer",
	"InterferometerConfiguration":       "InterferometerConfiguration",
	"Link":                              "Link",
	"Magnitude":                         "Magnitude",
	"MagnitudeColor":                    "Magnitude",
	"Membership":                        "CollaborationMembership",
	"MorphologicalType":                 "MorphologicalType",
	"ObservedTarget":                    "ObservedTarget",
	"ObservingModeEnum":                 "ObservingMode",
	"OrganisationCCD":                   "Detector",
	"OrganisationInstrument":            "OrganisationInstrument",
	"OrganisationInvitationCreate":      "OrganisationInvitation",
	"OrganisationInvitationUpdate":      "OrganisationInvitation",
	"OrganisationScheduleEvent":         "ScheduleEvent",
	"OrganisationScheduleEventReminder": "ScheduleEventReminder",
	"OrganisationStats":                 "OrganisationStats",
	"OrganisationTelescopeActivation":   "TelescopeActivation",
	"OrganisationTelescopeOwnership":    "TelescopeOwnership",
	"Parallax":                          "Parallax",
	"Period":                            "Period",
	"Person":                            "Person",
	"PersonShort":                       "Person",
	"Polarization":                      "Polarization",
	"Programme":                         "Programme",
	"ProgrammeTypeEnum":                 "ProgrammeType",
	"ProperMotion":                      "ProperMotion",
	"Publication":                       "Publication",
	"PublicationFull":                   "PublicationFull",
	"Publisher":                         "Publisher",
	"RadialVelocity":                    "RadialVelocity",
	"Release":                           "Release",
	"ReleasePoint":                      "ReleasePoint",
	"Satellite":                         "Satellite",
	"SatelliteTypeEnum":                 "SatelliteType",
	"SmallBody":                         "SmallBody",
	"SmallBodyEphemeris":                "SmallBodyEphemeris",
	"SmallBodyOrbit":                    "SmallBodyOrbit",
	"SmallBodyOrbitalElement":           "SmallBodyOrbitalElement",
	"SourceEnum":                        "ObjectSource",
	"SpectralType":                      "SpectralType",
	"StandardStar":                      "StandardStar",
	"StandardStarCatalogueRow":          "StandardStarCatalogueRow",
	"StandardStarCatalogueTable":        "StandardStarCatalogueTable",
	"TargetClass816Enum":                "TargetTreeNodeClass",
	"TargetTreeNode":                    "TargetTreeNode",
	"TargetTreeNodeWithTree":            "TargetTreeNodeWithTree",
	"TelescopeStation":                  "TelescopeStation",
	"TwoLineElements":                   "TwoLineElements",
	"Vote":                              "Vote",
	"VoteSession":                       "VoteSession",
	"VoteSessionComment":                "VoteSessionComment",
}

// handWritten maps schemas to Go types declared by hand in the package.
var handWritten = map[string]string{
	"AstronomicalCoordinates": "EquatorialCoordinates",
	"Coordinates":             "GeoCoordinates",
	"Mirror":                  "Mirror",
	"ObservingSiteImagesList": "SiteImage",
}

// handWrittenRequests are hand-written types whose …Create/…Update body
// types are generated here.
var handWrittenRequests = []string{"Mirror"}

// quantityFields are the fields of the API's measured quantities (Age, Mass,
// Angle…), all decoded into Quantity.
var quantityFields = []string{"value", "unit", "error", "error_max", "error_min", "bibcode"}

func main() {
	dir := flag.String("dir", ".", "the arcsecond package directory")
	flag.Parse()
	files, err := generate()
	if err != nil {
		log.Fatal(err)
	}
	for name, b := range files {
		write(filepath.Join(*dir, filepath.FromSlash(name)), b)
	}
}

// generate reads the document (internal/openapi) and returns the generated
// files by their path relative to the arcsecond package.
func generate() (map[string][]byte, error) {
	doc, err := openapi.Load()
	if err != nil {
		return nil, err
	}
	g := &gen{doc: doc}
	src, err := g.types(openapi.DocumentName)
	if err != nil {
		return nil, err
	}
	methods, err := serviceMethods(services)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		"services_gen.go":                 methods,
		"schema_types_gen.go":             src,
		"schema_types_gen_test.go":        g.typeMap(openapi.DocumentName),
		"testdata/openapi/operations.txt": g.operations(),
		"testdata/openapi/instances.json": g.instances(),
	}, nil
}

func write(path string, b []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

type gen struct {
	doc *document
	b   bytes.Buffer
	err error
}

// unwrap resolves allOf [ref] and oneOf [enum, BlankEnum/NullEnum] to the
// meaningful schema, keeping the field's own flags.
func unwrap(s schema) schema {
	var inner *schema
	if len(s.AllOf) == 1 {
		inner = s.AllOf[0]
	}
	for i := range s.OneOf {
		n := openapi.RefName(s.OneOf[i].Ref)
		if n != "BlankEnum" && n != "NullEnum" {
			inner = s.OneOf[i]
			break
		}
	}
	if inner != nil {
		s.Ref = inner.Ref
	}
	return s
}

func (g *gen) isQuantity(name string) bool {
	s := g.doc.Components.Schemas[name]
	if s == nil || len(s.Properties) == 0 {
		return false
	}
	hasValue := false
	for _, p := range s.Properties {
		if !slices.Contains(quantityFields, p.Name) {
			return false
		}
		hasValue = hasValue || p.Name == "value"
	}
	return hasValue
}

func isEnum(s *schema) bool { return s != nil && len(s.Enum) > 0 && len(s.Properties) == 0 }

// goType is the Go type of a field; ptr says whether an optional value is
// held by a pointer (nullable numbers and booleans, where null ≠ 0).
func (g *gen) goType(s schema) string {
	s = unwrap(s)
	if s.Ref != "" {
		n := openapi.RefName(s.Ref)
		if g.isQuantity(n) {
			return "Quantity"
		}
		if t, ok := handWritten[n]; ok {
			return t
		}
		if t, ok := goNames[n]; ok {
			return t
		}
		if t := g.doc.Components.Schemas[n]; isEnum(t) {
			return "string"
		}
		g.err = fmt.Errorf("genapi: schema %s is referenced but has no Go name", n)
		return "any"
	}
	switch s.Type {
	case "string":
		switch s.Format {
		case "date-time":
			return "Timestamp"
		case "date":
			return "Date"
		}
		return "string"
	case "integer":
		if s.Format == "int64" {
			return "int64"
		}
		return "int"
	case "number":
		return "float64"
	case "boolean":
		return "bool"
	case "array":
		if s.Items == nil {
			return "[]any"
		}
		return "[]" + g.goType(*s.Items)
	case "object":
		return "map[string]any"
	}
	return "any"
}

func isScalarPtr(t string) bool {
	switch t {
	case "int", "int64", "float64", "bool":
		return true
	}
	return false
}

func isStruct(t string) bool {
	return !strings.HasPrefix(t, "[]") && !strings.HasPrefix(t, "map[") && !strings.HasPrefix(t, "*") &&
		t != "string" && t != "any" && !isScalarPtr(t)
}

// exported turns a JSON name into a Go identifier (ICRS_coordinates,
// norad_catalog_number → NoradCatalogNumber, uuid → UUID).
func exported(name string) string {
	initialisms := map[string]string{"id": "ID", "uuid": "UUID", "url": "URL", "pk": "PK", "ccd": "CCD", "spk": "SPK",
		"neo": "NEO", "pha": "PHA", "api": "API", "utc": "UTC", "mjd": "MJD", "uv": "UV", "idx": "Idx", "eta": "ETA",
		"tle": "TLE", "iau": "IAU", "html": "HTML", "ned": "NED", "gcn": "GCN", "fits": "FITS", "doi": "DOI", "rms": "RMS", "cli": "CLI"}
	var b strings.Builder
	for part := range strings.SplitSeq(name, "_") {
		if part == "" {
			continue
		}
		if v, ok := initialisms[strings.ToLower(part)]; ok {
			b.WriteString(v)
			continue
		}
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	s := b.String()
	if s == "" || !unicode.IsLetter([]rune(s)[0]) {
		s = "X" + s
	}
	return s
}

type field struct {
	name, typ     string
	ro, wo, req   bool
	nullable      bool
	sourceSchemas []string
}

// merged returns the Go type names in order and, for each, its schemas.
func (g *gen) merged() ([]string, map[string][]string) {
	byGo := map[string][]string{}
	for s, n := range goNames {
		byGo[n] = append(byGo[n], s)
	}
	names := make([]string, 0, len(byGo))
	for n, ss := range byGo {
		sort.Strings(ss)
		names = append(names, n)
	}
	sort.Strings(names)
	return names, byGo
}

func (g *gen) fields(schemas []string) []field {
	var out []field
	index := map[string]int{}
	for _, sn := range schemas {
		s := g.doc.Components.Schemas[sn]
		for _, p := range s.Properties {
			f := unwrap(*p.Schema)
			fl := field{name: p.Name, typ: g.goType(*p.Schema), ro: f.ReadOnly, wo: f.WriteOnly,
				req: slices.Contains(s.Required, p.Name), nullable: f.Nullable, sourceSchemas: []string{sn}}
			if f.Ref != "" {
				if t := g.doc.Components.Schemas[openapi.RefName(f.Ref)]; isEnum(t) {
					if n, ok := goNames[openapi.RefName(f.Ref)]; ok {
						fl.typ = n
					}
				}
			}
			if i, ok := index[p.Name]; ok {
				out[i].req = out[i].req && fl.req
				out[i].sourceSchemas = append(out[i].sourceSchemas, sn)
				continue
			}
			index[p.Name] = len(out)
			out = append(out, fl)
		}
	}
	// a field missing from one twin is optional
	for i := range out {
		if len(out[i].sourceSchemas) < len(schemas) {
			out[i].req = false
		}
	}
	return out
}

func (g *gen) types(source string) ([]byte, error) {
	b := &g.b
	fmt.Fprintf(b, "// Code generated by internal/genapi from %s; DO NOT EDIT.\n\npackage arcsecond\n\n", source)
	names, byGo := g.merged()
	bodies := g.bodySchemas()
	for _, n := range names {
		schemas := byGo[n]
		first := g.doc.Components.Schemas[schemas[0]]
		if first == nil {
			return nil, fmt.Errorf("genapi: no schema %s", schemas[0])
		}
		if isEnum(first) {
			g.enum(n, schemas[0], first)
			continue
		}
		fs := g.fields(schemas)
		fmt.Fprintf(b, "// %s is the API's %s (2023 schema).\ntype %s struct {\n", n, strings.Join(schemas, " / "), n)
		for _, f := range fs {
			if f.wo {
				continue
			}
			t := f.typ
			if f.nullable && isScalarPtr(t) {
				t = "*" + t
			}
			opt := "omitempty"
			if isStruct(t) {
				opt = "omitzero"
			}
			if f.req && !f.ro {
				opt = strings.TrimSuffix(opt, "omitempty")
				opt = strings.TrimSuffix(opt, "omitzero")
			}
			tag := f.name
			if opt != "" {
				tag += "," + opt
			}
			comment := ""
			if f.ro {
				comment = " // read-only"
			}
			fmt.Fprintf(b, "\t%s %s `json:\"%s\"`%s\n", exported(f.name), t, tag, comment)
		}
		b.WriteString("}\n\n")
		g.requests(n, schemas, bodies)
	}
	for _, sn := range handWrittenRequests {
		g.requests(handWritten[sn], []string{sn}, bodies)
	}
	if g.err != nil {
		return nil, g.err
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return b.Bytes(), fmt.Errorf("genapi: gofmt: %w", err)
	}
	return src, nil
}

// requests writes the body types of n, named as the hand-written ones
// are: nCreate for a schema that POST sends (required fields as values,
// optional ones as pointers) and nUpdate for one that PATCH or PUT sends
// (every field optional: nil fields are not sent, so are left as they
// are). Lists are sent unless nil; an empty one clears.
func (g *gen) requests(n string, schemas []string, bodies map[string]bodyUse) {
	var create, update []string
	for _, s := range schemas {
		if bodies[s].create {
			create = append(create, s)
		}
		if bodies[s].update {
			update = append(update, s)
		}
	}
	// Each body has the fields of the schemas its method sends, not those
	// of its twin (CollaborationInvitationUpdate's collaboration_name is
	// not a field of the invitation POST sends).
	if len(create) > 0 {
		g.request(n, g.fields(create), "Create")
	}
	if len(update) > 0 {
		g.request(n, g.fields(update), "Update")
	}
}

func (g *gen) request(n string, fs []field, role string) {
	b := &g.b
	name := n + role
	if role == "Create" {
		fmt.Fprintf(b, "// %s is the body that creates %s %s (POST): nil fields are not sent.\ntype %s struct {\n", name, article(n), n, name)
	} else {
		fmt.Fprintf(b, "// %s is the body that changes %s %s\n// (PATCH, or PUT to replace it): nil fields are not sent, so PATCH leaves\n// them as they are.\ntype %s struct {\n", name, article(n), n, name)
	}
	for _, f := range fs {
		if f.ro {
			continue
		}
		req := f.req && role == "Create"
		t := f.typ
		opt := ",omitempty"
		switch {
		case strings.HasPrefix(t, "[]") || strings.HasPrefix(t, "map["):
			opt = ",omitzero" // nil is not sent, an empty list is (it clears)
		case isStruct(t) && req:
			opt = ",omitzero"
		case !req:
			t = "*" + t
		}
		fmt.Fprintf(b, "\t%s %s `json:\"%s%s\"`\n", exported(f.name), t, f.name, opt)
	}
	b.WriteString("}\n\n")
}

func article(noun string) string {
	if strings.ContainsRune("AEIOU", rune(noun[0])) {
		return "an"
	}
	return "a"
}

func (g *gen) enum(n, sn string, s *schema) {
	b := &g.b
	fmt.Fprintf(b, "// %s is the API's %s.\ntype %s string\n\n// Values of %s.\nconst (\n", n, sn, n, n)
	seen := map[string]bool{}
	for _, v := range s.Enum {
		str := fmt.Sprint(v)
		if v == nil || str == "" {
			continue
		}
		id := n + exported(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return '_'
		}, str))
		for seen[id] {
			id += "X"
		}
		seen[id] = true
		fmt.Fprintf(b, "\t%s %s = %q\n", id, n, str)
	}
	b.WriteString(")\n\n")
}

// bodyUse says which writes send a schema as their body.
type bodyUse struct{ create, update bool }

// bodySchemas are the schemas sent as request bodies (Patched twins folded
// into their base schema): by POST (create) or by PUT and PATCH (update).
func (g *gen) bodySchemas() map[string]bodyUse {
	out := map[string]bodyUse{}
	for p, ops := range g.doc.Paths {
		if openapi.IsFormatTwin(p) {
			continue
		}
		for method, op := range ops {
			if op.RequestBody == nil {
				continue
			}
			for _, c := range op.RequestBody.Content {
				n := strings.TrimPrefix(openapi.RefName(c.Schema.Ref), "Patched")
				u := out[n]
				if strings.EqualFold(method, "post") {
					u.create = true
				} else {
					u.update = true
				}
				out[n] = u
			}
		}
	}
	return out
}

// typeMap writes the schema → Go type map of the decode test: the
// generated types, the hand-written ones and Quantity for the quantities.
func (g *gen) typeMap(source string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/genapi from %s; DO NOT EDIT.\n\npackage arcsecond_test\n\n", source)
	b.WriteString("import \"github.com/arcsecond-go/arcsecond/arcsecond\"\n\n")
	b.WriteString("// generatedSchemaTypes maps the schemas of the document to the Go types that decode them.\nvar generatedSchemaTypes = map[string]any{\n")
	names := make([]string, 0, len(g.doc.Components.Schemas))
	for n := range g.doc.Components.Schemas {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t, ok := goNames[n]
		if h, hok := handWritten[n]; hok {
			t, ok = h, true
		}
		if g.isQuantity(n) {
			t, ok = "Quantity", true
		}
		if !ok || isEnum(g.doc.Components.Schemas[n]) {
			continue
		}
		fmt.Fprintf(&b, "\t%q: arcsecond.%s{},\n", n, t)
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	return src
}

func (g *gen) operations() []byte {
	var lines []string
	for p, ops := range g.doc.Paths {
		if openapi.IsFormatTwin(p) {
			continue
		}
		for m, op := range ops {
			switch m {
			case "get", "post", "put", "patch", "delete":
				line := strings.ToUpper(m) + " " + p
				for _, prm := range op.Parameters {
					if prm.In == "path" {
						line += "\t" + prm.Name + ":" + paramType(prm.Schema)
					}
				}
				lines = append(lines, line)
			}
		}
	}
	sort.Strings(lines)
	return []byte("# Every operation of the 2023 OpenAPI document ({format} twins left out), then the type of each path\n" +
		"# parameter (integer, uuid, pattern:<regexp> or string), tab-separated; generated by internal/genapi.\n" +
		strings.Join(lines, "\n") + "\n")
}

// paramType is how a path parameter's value is checked: an integer, a uuid,
// a pattern, or any string.
func paramType(s *schema) string {
	switch {
	case s == nil:
		return "string"
	case s.Type == "integer":
		return "integer"
	case s.Format == "uuid":
		return "uuid"
	case s.Pattern != "":
		return "pattern:" + s.Pattern
	}
	return "string"
}

// instances builds, for every object schema, an instance with every field and
// one with the required fields only.
func (g *gen) instances() []byte {
	out := map[string]map[string]any{}
	for n, s := range g.doc.Components.Schemas {
		if isEnum(s) || len(s.Properties) == 0 || strings.HasPrefix(n, "Patched") || strings.HasPrefix(n, "Paginated") {
			continue
		}
		out[n] = map[string]any{"full": g.instance(*s, false, 0), "required": g.instance(*s, true, 0)}
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		log.Fatal(err)
	}
	return append(b, '\n')
}

func (g *gen) instance(s schema, requiredOnly bool, depth int) map[string]any {
	obj := map[string]any{}
	for _, p := range s.Properties {
		if requiredOnly && !slices.Contains(s.Required, p.Name) {
			continue
		}
		if p.Schema.WriteOnly {
			continue
		}
		obj[p.Name] = g.sample(*p.Schema, requiredOnly, depth+1)
	}
	return obj
}

func (g *gen) sample(s schema, requiredOnly bool, depth int) any {
	s2 := unwrap(s)
	if s2.Ref != "" {
		t := g.doc.Components.Schemas[openapi.RefName(s2.Ref)]
		if isEnum(t) {
			return fmt.Sprint(t.Enum[0])
		}
		if depth > 3 {
			return nil
		}
		return g.instance(*t, requiredOnly, depth)
	}
	if len(s2.Enum) > 0 {
		return fmt.Sprint(s2.Enum[0])
	}
	switch s2.Type {
	case "string":
		switch s2.Format {
		case "date-time":
			return "2023-01-26T10:11:12.345678Z"
		case "date":
			return "2023-01-26"
		case "uuid":
			return "5c2d3a8e-4b1f-4d1a-9a57-0c6c7a1d2e3f"
		case "uri":
			return "https://example.org/x"
		case "email":
			return "astronomer@example.org"
		case "decimal":
			return "1.50"
		}
		return "x"
	case "integer":
		return 1
	case "number":
		return 1.5
	case "boolean":
		return true
	case "array":
		if s2.Items == nil || depth > 3 {
			return []any{}
		}
		if v := g.sample(*s2.Items, requiredOnly, depth+1); v != nil {
			return []any{v}
		}
		return []any{}
	case "object":
		return map[string]any{"k": "v"}
	}
	return nil
}
