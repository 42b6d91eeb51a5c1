package aa

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// loadJSON reads a testdata file into v and fails the test if it is
// missing, malformed or empty.
func loadJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if rv := reflect.ValueOf(v).Elem(); rv.Kind() == reflect.Slice && rv.Len() == 0 {
		t.Fatalf("%s: no vectors", path)
	}
}
