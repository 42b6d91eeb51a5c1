package arcsecondtest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The committed route table must be what the generator makes of the OpenAPI
// document; the test runs where ../shared sits beside the repository (CI).
func TestGeneratedTableIsCurrent(t *testing.T) {
	doc := filepath.Join("..", "..", "..", "shared", "arcsecond-api-fixtures", "schema_openapi-3.0.3_api.arcsecond.io_2023-01-26.yaml")
	if _, err := os.Stat(doc); err != nil {
		t.Skip("the OpenAPI document is not beside the repository")
	}
	if testing.Short() {
		t.Skip("builds the generator")
	}
	out := filepath.Join(t.TempDir(), "openapi_gen.go")
	cmd := exec.Command("go", "run", "./internal/gen", "-in", doc, "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generator: %v\n%s", err, b)
	}
	want, _ := os.ReadFile(out)
	got, _ := os.ReadFile("openapi_gen.go")
	if !bytes.Equal(got, want) {
		t.Error("openapi_gen.go is stale: run go generate ./arcsecond/arcsecondtest")
	}
}
