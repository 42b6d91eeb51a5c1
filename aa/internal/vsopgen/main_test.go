package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests if any goroutine outlives them: a
// leaked server, connection, body or retry loop shows up here.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestParseFull(t *testing.T) {
	src := `const m = {
  L: {
    "0": [
      [1.75347045673, 0, 0],
      [0.03341656456, 4.66925680417, 6283.0758499914]
    ],
    "1": [
      [6283.31966747491, 0, 0]
    ]
  },
  B: {
    "0": [
      [2.7962e-06, 3.19870156017, 84334.6615813083]
    ]
  },
  R: {
    "0": [
      [1.00013988784, 0, 0]
    ]
  },
  name: "earth",
  type: "D"
};
export default m;
`
	path := filepath.Join(t.TempDir(), "vsop87Dearth.js")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := parseFull(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(m[0]) != 2 || len(m[0][0]) != 2 || len(m[1]) != 1 || len(m[2]) != 1 {
		t.Fatalf("shape %v", m)
	}
	if m[0][0][1] != (term{"0.03341656456", "4.66925680417", "6283.0758499914"}) || m[1][0][0][0] != "2.7962e-06" {
		t.Errorf("terms %v", m)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(src, `"1": [`, `"2": [`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := parseFull(path); err == nil {
		t.Error("a skipped series number was accepted")
	}
}

func TestParseArraysAndScale(t *testing.T) {
	bundle := "x = function() {\n  return [\n    [175347046, 0, 0],\n    [3341656, 4.6692568, 6283.07585]\n  ].map(f);\n}"
	a := parseArrays(bundle)
	if len(a) != 1 || len(a[0]) != 2 {
		t.Fatalf("arrays %v", a)
	}
	s := scale(a[0])
	if s[0][0] != "1.75347046" || s[1][0] != "0.03341656" || s[1][2] != "6283.07585" {
		t.Errorf("scaled %v", s)
	}
}
