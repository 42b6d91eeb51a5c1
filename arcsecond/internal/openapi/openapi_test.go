package openapi

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// The embedded document is the 2023-01-26 snapshot, whole.
func TestEmbeddedDocument(t *testing.T) {
	sum := sha256.Sum256(Raw())
	if got := hex.EncodeToString(sum[:]); got != "3af452e56a5266fd0e774a358016839d3c2aa49dc57d497dff1e7e9876448634" {
		t.Errorf("document sha256 %s: not the 2023-01-26 snapshot README.md describes", got)
	}
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	paths, ops := 0, 0
	for p, item := range doc.Paths {
		if IsFormatTwin(p) {
			continue
		}
		paths++
		ops += len(item)
	}
	if paths != 187 || ops != 372 || len(doc.Components.Schemas) != 238 {
		t.Errorf("%d paths, %d operations, %d schemas; want 187, 372, 238", paths, ops, len(doc.Components.Schemas))
	}
	s := doc.Components.Schemas["Exoplanet"]
	if s == nil || s.Properties.Names()[0] == "" {
		t.Fatal("no Exoplanet schema")
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "paths: [", "paths: {}", "components: {schemas: {X: {properties: [1]}}}\npaths: {/a/: {}}"} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
}

const testDoc = `
paths:
  /x/:
    get:
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    KindEnum: {enum: [a, b], type: string}
    BlankEnum: {enum: ['']}
    NullEnum: {enum: [null]}
    Inner:
      type: object
      properties:
        id: {type: integer, readOnly: true}
      required: [id]
    Thing:
      type: object
      properties:
        pk: {type: integer, readOnly: true}
        name: {type: string, maxLength: 5}
        when: {type: string, format: date-time}
        day: {type: string, format: date, nullable: true}
        uuid: {type: string, format: uuid}
        link: {type: string, format: uri}
        mail: {type: string, format: email}
        bibcode: {type: string, pattern: '^[0-9]{4}[A-Za-z&0-9\.]{15}$'}
        kind: {oneOf: [{$ref: '#/components/schemas/KindEnum'}, {$ref: '#/components/schemas/BlankEnum'}, {$ref: '#/components/schemas/NullEnum'}]}
        inner: {allOf: [{$ref: '#/components/schemas/Inner'}], nullable: true}
        list: {type: array, items: {$ref: '#/components/schemas/Inner'}}
        ratio: {type: number, minimum: 0, maximum: 1}
        secret: {type: string, writeOnly: true}
        count: {type: integer}
      required: [pk, name, secret, when]
`

func TestValidator(t *testing.T) {
	doc, err := Parse([]byte(testDoc))
	if err != nil {
		t.Fatal(err)
	}
	sch, code := doc.Paths["/x/"]["get"].SuccessSchema()
	if code != "200" || sch == nil {
		t.Fatalf("SuccessSchema: %v %q", sch, code)
	}
	good := `{"pk": 1, "name": "Vega", "when": "2023-01-26T10:11:12.345678Z", "day": null,
		"uuid": "5c2d3a8e-4b1f-4d1a-9a57-0c6c7a1d2e3f", "link": "https://example.org/x", "mail": "a@example.org",
		"bibcode": "1995Natur.378..355M", "kind": "", "inner": null, "list": [{"id": 2}], "ratio": 0.5, "count": 3, "extra": null}`
	cases := []struct {
		name, patch, want string
	}{
		{"good", ``, ``},
		{"kind enum", `"kind": "a"`, ``},
		{"kind null", `"kind": null`, ``},
		{"kind other", `"kind": "c"`, `$.kind: "c" matches 0 of the 3 oneOf schemas`},
		{"missing required", `"pk": "drop"`, `required member "pk" missing`},
		{"null not nullable", `"name": null`, `$.name: null in a non-nullable string`},
		{"nullable allOf", `"inner": {"id": 1}`, ``},
		{"allOf required", `"inner": {}`, `$.inner: required member "id" missing`},
		{"empty date-time", `"when": ""`, `$.when: "" is not an RFC 3339 date-time`},
		{"date as date-time", `"when": "2023-01-26"`, `is not an RFC 3339 date-time`},
		{"date-time as date", `"day": "2023-01-26T00:00:00Z"`, `$.day: "2023-01-26T00:00:00Z" is not a date`},
		{"bad uuid", `"uuid": "VLT"`, `$.uuid: "VLT" is not a uuid`},
		{"relative uri", `"link": "/x/"`, `is not an absolute URI`},
		{"bad email", `"mail": "nobody"`, `is not an e-mail address`},
		{"empty bibcode", `"bibcode": ""`, `does not match the pattern`},
		{"object for id", `"list": [{"id": {"pk": 1}}]`, `$.list[0].id: an object where the schema has an integer`},
		{"float for integer", `"count": 1.5`, `where the schema has an integer`},
		{"bounds", `"ratio": 2`, `above the maximum`},
		{"length", `"name": "Betelgeuse"`, `more than maxLength 5`},
		{"write-only", `"secret": "x"`, `write-only member "secret" in an answer`},
		{"array for object", ``, `an array of 0 where the schema has an object`},
	}
	vr := &Validator{Doc: doc, Response: true}
	for _, c := range cases {
		var v any
		if err := json.Unmarshal([]byte(good), &v); err != nil {
			t.Fatal(err)
		}
		obj := v.(map[string]any)
		if c.patch != "" {
			var p map[string]any
			if err := json.Unmarshal([]byte("{"+c.patch+"}"), &p); err != nil {
				t.Fatal(err)
			}
			for k, x := range p {
				if x == "drop" {
					delete(obj, k)
				} else {
					obj[k] = x
				}
			}
		}
		if c.name == "array for object" {
			v = []any{}
		}
		got := vr.Validate(v, sch)
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s: violations %v", c.name, got)
		case c.want != "" && (len(got) != 1 || !strings.Contains(got[0].String(), c.want)):
			t.Errorf("%s: violations %v, want one containing %q", c.name, got, c.want)
		}
	}
	// In request mode read-only members are not required, write-only ones are.
	req := &Validator{Doc: doc}
	got := req.Validate(map[string]any{"name": "x", "when": "2023-01-26T10:11:12Z"}, sch)
	if len(got) != 1 || !strings.Contains(got[0].Message, `"secret"`) {
		t.Errorf("request mode: %v", got)
	}
}
