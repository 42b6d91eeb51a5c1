package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// npmPackage is a published npm package pinned by the integrity string the
// registry gives for its tarball (npm view NAME@VERSION dist.integrity), so
// that a fresh clone regenerates the same tables from the same bytes.
type npmPackage struct {
	name, version, integrity string
}

var (
	astronomiaPackage = npmPackage{"astronomia", "4.2.0", "sha512-mTvpBGyXB80aSsDhAAiuwza5VqAyqmj5yzhjBrFhRy17DcWDzJrb8Vdl4Sm+g276S+mY7bk/5hi6akZ5RQFeHg=="}
	aajsPackage       = npmPackage{"aa-js", "4.2.4", "sha512-/oy8o7JC8sEuwv4SovGhzsBar52bFP+7V7q80Tfj3A0yFLBhmYzSymwzFCvP1aTMMsOy9RUzTjuB0ZcstbiHGA=="}
)

// maxTarball bounds a download: both packages are a few MiB.
const maxTarball = 64 << 20

// fetch returns the directory of the unpacked package in the user's cache,
// downloading and checking its tarball from registry.npmjs.org when it is
// not there yet.
func (p npmPackage) fetch() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "arcsecond-go", "npm", p.name+"-"+p.version)
	if _, err := os.Stat(filepath.Join(dir, "package.json")); err == nil {
		return dir, nil
	}
	url := fmt.Sprintf("https://registry.npmjs.org/%s/-/%s-%s.tgz", p.name, p.name, p.version)
	client := &http.Client{Timeout: 5 * time.Minute}
	resp, err := client.Get(url)
	if err != nil {
		return "", fmt.Errorf("vsopgen: fetching %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("vsopgen: fetching %s: %s", url, resp.Status)
	}
	tgz, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return "", fmt.Errorf("vsopgen: fetching %s: %w", url, err)
	}
	if len(tgz) > maxTarball {
		return "", fmt.Errorf("vsopgen: %s is larger than %d bytes", url, maxTarball)
	}
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != p.integrity {
		return "", fmt.Errorf("vsopgen: %s has integrity %s, want %s", url, got, p.integrity)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".unpack-")
	if err != nil {
		if err = os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			return "", err
		}
		if tmp, err = os.MkdirTemp(filepath.Dir(dir), ".unpack-"); err != nil {
			return "", err
		}
	}
	defer os.RemoveAll(tmp)
	if err := untar(tgz, tmp); err != nil {
		return "", fmt.Errorf("vsopgen: unpacking %s: %w", url, err)
	}
	if err := os.Rename(tmp, dir); err != nil && !os.IsExist(err) {
		if _, serr := os.Stat(filepath.Join(dir, "package.json")); serr != nil {
			return "", err
		}
	}
	return dir, nil
}

// untar writes the regular files under package/ of an npm tarball into dir.
func untar(tgz []byte, dir string) error {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		name := path.Clean(h.Name)
		rel, ok := strings.CutPrefix(name, "package/")
		if !ok || rel == "" || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
			continue
		}
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		data, err := io.ReadAll(io.LimitReader(tr, maxTarball))
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
}
