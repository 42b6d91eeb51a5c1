package arcsecond_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// operationRoute is an HTTP method and a route in a doc comment:
// "GET /[{org}/]datasets/", "GET, POST /betas/", "PATCH …/{id}/".
var operationRoute = regexp.MustCompile(`\b(GET|POST|PUT|PATCH|DELETE)(, (GET|POST|PUT|PATCH|DELETE))* /\S*/`)

// routePath is a route without a method, for accessors of nested services.
var routePath = regexp.MustCompile(`/\S+/`)

// servicePackage parses the package's non-test files as go doc does.
func servicePackage(t *testing.T) (*doc.Package, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	ents, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/arcsecond-go/arcsecond/arcsecond")
	if err != nil {
		t.Fatal(err)
	}
	return p, fset
}

// TestServiceMethodsDocumented checks, as go doc and pkg.go.dev read the
// package, that every service is a plain struct (no embedded type whose
// methods would be promoted, and so hidden from go doc), and that every
// exported method of every service has a doc comment naming its route: an
// HTTP method and a path for an operation (first parameter a context), a
// path for an accessor of a nested service. Receivers are pointers
// throughout.
func TestServiceMethodsDocumented(t *testing.T) {
	p, fset := servicePackage(t)
	services, methods := 0, 0
	for _, typ := range p.Types {
		if !strings.HasSuffix(typ.Name, "Service") {
			continue
		}
		services++
		st, ok := typ.Decl.Specs[0].(*ast.TypeSpec).Type.(*ast.StructType)
		if !ok {
			t.Errorf("%s is not a struct", typ.Name)
			continue
		}
		for _, f := range st.Fields.List {
			if len(f.Names) == 0 {
				t.Errorf("%s embeds %s: its methods would not be listed by go doc", typ.Name, types(fset, f.Type))
			}
		}
		if len(typ.Methods) == 0 && len(st.Fields.List) == 1 {
			t.Errorf("%s has no method", typ.Name)
		}
		for _, m := range typ.Methods {
			if !ast.IsExported(m.Name) {
				continue
			}
			methods++
			name := typ.Name + "." + m.Name
			if _, ptr := m.Decl.Recv.List[0].Type.(*ast.StarExpr); !ptr {
				t.Errorf("%s has a value receiver; every service method has a pointer receiver", name)
			}
			if m.Doc == "" {
				t.Errorf("%s has no doc comment", name)
				continue
			}
			params := m.Decl.Type.Params.List
			isOp := len(params) > 0 && types(fset, params[0].Type) == "context.Context"
			switch {
			case isOp && !operationRoute.MatchString(m.Doc):
				t.Errorf("%s: the doc names no route (METHOD /path/):\n%s", name, m.Doc)
			case !isOp && !routePath.MatchString(m.Doc):
				t.Errorf("%s: the doc names no route (/path/):\n%s", name, m.Doc)
			}
		}
	}
	t.Logf("%d services, %d exported methods", services, methods)
	if services < 80 || methods < 350 {
		t.Errorf("only %d services and %d methods found", services, methods)
	}
}

func types(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	switch e := e.(type) {
	case *ast.SelectorExpr:
		b.WriteString(types(fset, e.X) + "." + e.Sel.Name)
	case *ast.Ident:
		b.WriteString(e.Name)
	case *ast.StarExpr:
		b.WriteString("*" + types(fset, e.X))
	default:
		b.WriteString(fset.Position(e.Pos()).String())
	}
	return b.String()
}

// TestGoDocListsServiceMethods asks the go command itself, as a reader
// would, for generated operations: each must be found, with its route.
func TestGoDocListsServiceMethods(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go doc")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	for sym, route := range map[string]string{
		"DatasetsService.List":        "GET /[{org}/]datasets/",
		"DatasetFilesService.Delete":  "DELETE /[{org}/]datasets/{uuid}/datafiles/{name}/",
		"MembersService.Create":       "POST /{org}/members/",
		"CatalogueRowsService.All":    "GET /catalogues/{id}/tables/{table_index}/rows/",
		"ActivitiesService.Update":    "PATCH /{org}/activities/{id}/",
		"ESOProgrammesService.Get":    "GET /archives/ESO/programmes/{identifier}/",
		"ObjectsService.Coordinates":  "GET /objects/{name}/coordinates/",
		"TargetTreeService.DeleteAll": "DELETE",
	} {
		out, err := exec.Command(gotool, "doc", ".", sym).CombinedOutput()
		if err != nil {
			t.Errorf("go doc %s: %v\n%s", sym, err, out)
			continue
		}
		// go doc reflows paragraphs: compare with the white space folded.
		if !strings.Contains(strings.Join(strings.Fields(string(out)), " "), route) {
			t.Errorf("go doc %s does not name %s:\n%s", sym, route, out)
		}
	}
}
