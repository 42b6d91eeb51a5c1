package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// TestGeneratedFilesUpToDate regenerates the files from the embedded
// document and compares them with the committed ones.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Errorf("generate made %d files, want 5", len(files))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate in arcsecond/", name)
		}
	}
}

func TestExported(t *testing.T) {
	for in, want := range map[string]string{
		"norad_catalog_number": "NoradCatalogNumber",
		"uuid":                 "UUID",
		"raw_html_page":        "RawHTMLPage",
		"count_api_users":      "CountAPIUsers",
		"ned_homogenized":      "NEDHomogenized",
		"2mass":                "X2mass",
	} {
		if got := exported(in); got != want {
			t.Errorf("exported(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestServiceTable checks that a table line that cannot make sound methods is
// refused, and what one line generates.
func TestServiceTable(t *testing.T) {
	for _, bad := range []service{
		{Type: "XService", Route: "/x/", Item: "X", Ops: "List Frobnicate"},
		{Type: "XService", Route: "x/", Item: "X", Ops: "List"},
		{Type: "XService", Route: "/x/", Ops: "List"},
		{Type: "XService", Route: "/x/", Item: "X", Ops: "Get"},
		{Type: "XService", Route: "/x/", Item: "X", Ops: "Create"},
		{Type: "XService", Route: "/x/", Key: "id", Item: "X", Ops: "Update"},
		{Type: "XService", Route: "/x/", Key: "id", Item: "X", Ops: "Get", AltOps: "Get"},
		{Type: "XService", Route: "/x/", Key: "id", Item: "X", Ops: "Get", AltOps: "List", AltKey: "name", AltSuffix: "ByName"},
		{Type: "XService", Route: "/x/", Key: "id", Item: "X", Ops: "Get", AltOps: "Update", AltKey: "name", AltSuffix: "ByName"},
	} {
		if _, err := serviceMethods([]service{bad}); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
	if _, err := serviceMethods([]service{{Type: "XService", Route: "/x/"}, {Type: "XService", Route: "/y/"}}); err == nil {
		t.Error("a service listed twice accepted")
	}
	src, err := serviceMethods([]service{{Type: "ThingsService", Route: "/[{org}/]things/", Key: "uuid_or_alias", Item: "Thing",
		Noun: "thing", Ops: "Get Delete", OrgOnlyWrites: true, AltOps: "Delete", AltKey: "id", AltKeyType: "int", AltSuffix: "ByID"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"func (s *ThingsService) bind(ep endpoint) { s.ep = ep }",
		"// Get reads the thing whose uuid_or_alias is uuidOrAlias.\n//\n// GET /[{org}/]things/{uuid_or_alias}/\n//\n// Personal, or the organisation's",
		"func (s *ThingsService) Get(ctx context.Context, uuidOrAlias string) (*Thing, *Response, error) {\n\treturn fetch[Thing](ctx, s.ep, http.MethodGet, uuidOrAlias, nil, nil)",
		"// DELETE /{org}/things/{uuid_or_alias}/\n//\n// Organisation only: without WithOrganisation it returns ErrNoOrganisation\n// before sending.",
		"return scopedTo(s.ep, OrgOnly).call(ctx, http.MethodDelete, uuidOrAlias, nil, nil, nil)",
		"// DeleteByID deletes the thing whose id is id.\n//\n// DELETE /{org}/things/{id}/",
		"func (s *ThingsService) DeleteByID(ctx context.Context, id int) (*Response, error) {",
	} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("generated source lacks %q:\n%s", want, src)
		}
	}
}
