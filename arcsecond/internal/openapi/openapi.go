// Package openapi reads the Arcsecond API's OpenAPI 3.0.3 document, the one
// the server itself answered at GET https://api.arcsecond.io/schema/ on
// 2023-01-26 (drf-spectacular), which the package embeds (see README.md for
// its provenance), and validates JSON values against its schemas.
//
// The SDK's type generator (internal/genapi), the fake server's route
// generator (arcsecondtest/internal/gen) and the fake's conformance test read
// the document through this package only.
package openapi

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// DocumentName is the file name of the embedded document, as the generated
// files cite it.
const DocumentName = "schema_openapi-3.0.3_api.arcsecond.io_2023-01-26.yaml"

//go:embed schema_openapi-3.0.3_api.arcsecond.io_2023-01-26.yaml
var embedded []byte

// Methods are the HTTP methods of the document's operations, in the order
// the generators list them.
var Methods = []string{"get", "post", "put", "patch", "delete"}

// Document is the part of an OpenAPI 3.0 document the generators and the
// validator use.
type Document struct {
	Paths      map[string]map[string]*Operation `yaml:"paths"` // path → lower-case method → operation
	Components struct {
		Schemas map[string]*Schema `yaml:"schemas"`
	} `yaml:"components"`
}

// Operation is one method of a path.
type Operation struct {
	OperationID string                `yaml:"operationId"`
	Security    []map[string][]string `yaml:"security"`
	Parameters  []Parameter           `yaml:"parameters"`
	RequestBody *Body                 `yaml:"requestBody"`
	Responses   map[string]*Body      `yaml:"responses"` // by status code ("200")
}

// Parameter is a path or query parameter of an operation.
type Parameter struct {
	Name     string  `yaml:"name"`
	In       string  `yaml:"in"`
	Required bool    `yaml:"required"`
	Schema   *Schema `yaml:"schema"`
}

// Body is a request body or a response: its schema by media type.
type Body struct {
	Content map[string]struct {
		Schema *Schema `yaml:"schema"`
	} `yaml:"content"`
}

// Schema is an OpenAPI 3.0 schema object (the keywords the document uses).
type Schema struct {
	Ref         string     `yaml:"$ref"`
	Type        string     `yaml:"type"`
	Format      string     `yaml:"format"`
	Pattern     string     `yaml:"pattern"`
	Items       *Schema    `yaml:"items"`
	Properties  Properties `yaml:"properties"`
	Required    []string   `yaml:"required"`
	ReadOnly    bool       `yaml:"readOnly"`
	WriteOnly   bool       `yaml:"writeOnly"`
	Nullable    bool       `yaml:"nullable"`
	MaxLength   int        `yaml:"maxLength"`
	MinLength   int        `yaml:"minLength"`
	Minimum     *float64   `yaml:"minimum"`
	Maximum     *float64   `yaml:"maximum"`
	Enum        []any      `yaml:"enum"`
	AllOf       []*Schema  `yaml:"allOf"`
	OneOf       []*Schema  `yaml:"oneOf"`
	AnyOf       []*Schema  `yaml:"anyOf"`
	Extra       any        `yaml:"additionalProperties"`
	Description string     `yaml:"description"`
}

// Property is one member of an object schema.
type Property struct {
	Name   string
	Schema *Schema
}

// Properties are an object schema's members in the document's order.
type Properties []Property

// UnmarshalYAML keeps the document's member order.
func (p *Properties) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("openapi: line %d: properties is not a mapping", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		var s Schema
		if err := n.Content[i+1].Decode(&s); err != nil {
			return err
		}
		*p = append(*p, Property{n.Content[i].Value, &s})
	}
	return nil
}

// Get returns the schema of the member called name.
func (p Properties) Get(name string) (*Schema, bool) {
	for _, q := range p {
		if q.Name == name {
			return q.Schema, true
		}
	}
	return nil, false
}

// Names returns the member names in the document's order.
func (p Properties) Names() []string {
	out := make([]string, len(p))
	for i, q := range p {
		out[i] = q.Name
	}
	return out
}

// Load parses the embedded 2023-01-26 document.
func Load() (*Document, error) { return Parse(embedded) }

// Raw returns a copy of the embedded document's bytes.
func Raw() []byte { return slices.Clone(embedded) }

// Parse reads an OpenAPI 3.0 document in YAML (or JSON).
func Parse(raw []byte) (*Document, error) {
	var doc Document
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("openapi: %w", err)
	}
	if len(doc.Paths) == 0 {
		return nil, fmt.Errorf("openapi: the document has no paths")
	}
	return &doc, nil
}

// RefName is the component name a "#/components/schemas/X" reference points to.
func RefName(ref string) string { return strings.TrimPrefix(ref, "#/components/schemas/") }

// Resolve follows s's reference, if any, to the component schema; nil when
// the component does not exist.
func (d *Document) Resolve(s *Schema) *Schema {
	for s != nil && s.Ref != "" {
		s = d.Components.Schemas[RefName(s.Ref)]
	}
	return s
}

// IsFormatTwin reports whether a path is one of drf-spectacular's format
// suffix twins ("/datasets{format}"), which the generators leave out.
func IsFormatTwin(path string) bool { return strings.Contains(path, "{format}") }

// Anonymous reports whether the operation accepts unauthenticated callers
// (an empty security requirement).
func (op *Operation) Anonymous() bool {
	for _, sec := range op.Security {
		if len(sec) == 0 {
			return true
		}
	}
	return false
}

// SuccessSchema returns the JSON schema of the operation's first 2xx
// response (200, 201, then 202) and its status; nil when it documents no
// JSON body ("200: No response body").
func (op *Operation) SuccessSchema() (*Schema, string) {
	for _, code := range []string{"200", "201", "202"} {
		r, ok := op.Responses[code]
		if !ok {
			continue
		}
		if c, ok := r.Content["application/json"]; ok {
			return c.Schema, code
		}
		return nil, code
	}
	return nil, ""
}
