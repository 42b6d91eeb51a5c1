package arcsecond_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The facts the code and docs rely on live in the repository, with their
// public sources named: nothing may point at the development notes the
// project started from, which are not in it.
func TestNoReferenceOutsideRepository(t *testing.T) {
	outside := []string{
		"arcsecond-api" + ".md", "../" + "shared", "aa-" + "reference", "go-sdk" + "-notes", "/work/" + "shared",
	}
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == ".git" || name == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".sh", ".js", ".py", ".yaml", ".yml", ".txt", ".mod":
		default:
			if filepath.Base(path) != "run" {
				return nil
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, p := range outside {
			if i := strings.Index(string(b), p); i >= 0 {
				line := strings.Count(string(b[:i]), "\n") + 1
				t.Errorf("%s:%d refers to %q, outside the repository", path, line, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
