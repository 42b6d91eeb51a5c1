package main

import (
	"bytes"
	"os"
	"testing"

	"go.uber.org/goleak"

	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// TestMain fails the package's tests if any goroutine outlives them.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// TestGeneratedTableIsCurrent: the committed route table is what the
// generator makes of the embedded OpenAPI document.
func TestGeneratedTableIsCurrent(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	want, err := render(doc, openapi.DocumentName)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../openapi_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("openapi_gen.go is stale: run go generate ./arcsecond/arcsecondtest")
	}
}
