// Command vsopgen writes the VSOP87 coefficient tables of package aa.
//
// It reads two npm packages, pinned by version and integrity, which it
// downloads from registry.npmjs.org into the user's cache directory (never
// into this repository) unless -astronomia and -aajs name unpacked copies,
// and writes gofmt'ed Go files into the output directory:
//
//   - vsop87full_<planet>_data.go: the complete VSOP87D series (heliocentric
//     ecliptic spherical coordinates, ecliptic and equinox of date) of
//     Bretagnon & Francou (1988), from the data files of the npm package
//     astronomia (data/vsop87D<planet>.js, a transcription of the
//     VSOP87D.<pla> files of the VSOP87 distribution).
//   - vsop87_<planet>_data.go: the truncated series of Meeus, Astronomical
//     Algorithms, 2nd ed., Appendix III (VSOP87D, amplitudes in units of
//     1e-8 rad or AU), from the coefficient arrays of the npm package aa-js
//     (dist/aa-js.js), which prints them in the book's units.
//
// Usage (from package aa, see the go:generate line in vsop87.go):
//
//	go generate ./aa     # needs network access to registry.npmjs.org once
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var planets = []string{"mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"}

// truncatedLayout gives, per planet, the first amplitude of L0 in Meeus'
// Appendix III (in 1e-8 rad) and the number of L, B and R series printed
// there; the aa-js arrays follow one another in that order.
var truncatedLayout = map[string]struct {
	anchor     string
	nL, nB, nR int
}{
	"mercury": {"440250710", 6, 5, 4},
	"venus":   {"317614667", 6, 5, 5},
	"earth":   {"175347046", 6, 2, 5},
	"mars":    {"620347712", 6, 5, 5},
	"jupiter": {"59954691", 6, 5, 6},
	"saturn":  {"87401354", 6, 5, 6},
	"uranus":  {"548129294", 5, 5, 5},
	"neptune": {"531188633", 5, 5, 4},
}

type term [3]string

func main() {
	astro := flag.String("astronomia", "", "path of an unpacked astronomia "+astronomiaPackage.version+" (default: downloaded)")
	aajs := flag.String("aajs", "", "path of an unpacked aa-js "+aajsPackage.version+" (default: downloaded)")
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	for _, pkg := range []struct {
		dir *string
		npm npmPackage
	}{{astro, astronomiaPackage}, {aajs, aajsPackage}} {
		if *pkg.dir != "" {
			continue
		}
		dir, err := pkg.npm.fetch()
		if err != nil {
			log.Fatal(err)
		}
		*pkg.dir = dir
	}
	astroVer := version(*astro)
	aajsVer := version(*aajs)
	for _, p := range planets {
		full, err := parseFull(filepath.Join(*astro, "data", "vsop87D"+p+".js"))
		if err != nil {
			log.Fatal(err)
		}
		src := fmt.Sprintf("astronomia %s data/vsop87D%s.js (VSOP87D, Bretagnon & Francou 1988)", astroVer, p)
		writeModel(filepath.Join(*out, "vsop87full_"+p+"_data.go"), "vsopFull"+title(p), src, []part{{"", full}})
	}
	fullB, err := parseFull(filepath.Join(*astro, "data", "vsop87Bearth.js"))
	if err != nil {
		log.Fatal(err)
	}
	writeModel(filepath.Join(*out, "vsop87full_earthj2000_data.go"), "vsopFullEarthJ2000",
		fmt.Sprintf("astronomia %s data/vsop87Bearth.js (VSOP87B, ecliptic and equinox J2000.0)", astroVer), []part{{"", fullB}})
	dist, err := os.ReadFile(filepath.Join(*aajs, "dist", "aa-js.js"))
	if err != nil {
		log.Fatal(err)
	}
	arrays := parseArrays(string(dist))
	for _, p := range planets {
		lay := truncatedLayout[p]
		start := -1
		for i, a := range arrays {
			if len(a) > 0 && a[0][0] == lay.anchor && a[0][1] == "0" {
				start = i
				break
			}
		}
		if start < 0 || start+lay.nL+lay.nB+lay.nR > len(arrays) {
			log.Fatalf("vsopgen: Appendix III tables of %s not found in aa-js", p)
		}
		var m [3][][]term
		k := start
		for s, n := range []int{lay.nL, lay.nB, lay.nR} {
			for range n {
				m[s] = append(m[s], scale(arrays[k]))
				k++
			}
		}
		src := fmt.Sprintf("Meeus, Astronomical Algorithms 2nd ed., Appendix III, as printed in aa-js %s dist/aa-js.js", aajsVer)
		if p != "earth" {
			writeModel(filepath.Join(*out, "vsop87_"+p+"_data.go"), "vsopMeeus"+title(p), src, []part{{"", m}})
		} else {
			// Appendix III also gives, for the Earth, the series L1…L4 and
			// B1…B4 referred to the ecliptic and equinox J2000.0 (L0, B0 and
			// R are those of the date); aa-js prints them right after R.
			// The Earth's model of the date is split in two parts: L0, B0
			// and R, which the J2000 model shares, and the rest.
			var core, rest, j2000 [3][][]term
			core[0], core[1], core[2] = [][]term{m[0][0]}, [][]term{m[1][0]}, m[2]
			rest[0], rest[1] = append([][]term{nil}, m[0][1:]...), append([][]term{nil}, m[1][1:]...)
			j2000[0], j2000[1] = [][]term{nil}, [][]term{nil}
			for s, n := range []int{4, 4} {
				for range n {
					j2000[s] = append(j2000[s], scale(arrays[k]))
					k++
				}
			}
			if j2000[0][1][0][0] != "6283.07584999" || j2000[1][1][0][0] != "0.00227778" {
				log.Fatalf("vsopgen: J2000 Earth series not where expected: %v %v", j2000[0][1][0], j2000[1][1][0])
			}
			writeModel(filepath.Join(*out, "vsop87_earth_data.go"), "vsopMeeusEarth", src,
				[]part{{"Core", core}, {"Rest", rest}})
			writeModel(filepath.Join(*out, "vsop87_earthj2000_data.go"), "vsopMeeusEarthJ2000",
				src+" (Earth, J2000.0 series L1…L4, B1…B4; L0, B0 and R are those of the date)",
				[]part{{"=vsopMeeusEarthCore", core}, {"", j2000}})
		}
	}
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func version(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		log.Fatal(err)
	}
	var pj struct{ Name, Version string }
	if err := json.Unmarshal(b, &pj); err != nil {
		log.Fatal(err)
	}
	return pj.Version
}

var (
	reSeries = regexp.MustCompile(`(?m)^\s*([LBR]):\s*\{|^\s*"([0-9])":\s*\[|\[\s*([-+0-9.eE]+),\s*([-+0-9.eE]+),\s*([-+0-9.eE]+)\s*\]`)
)

// parseFull reads an astronomia VSOP87 data module: {L: {"0": [[A, B, C], …], …}, B: …, R: …}.
func parseFull(path string) ([3][][]term, error) {
	var m [3][][]term
	b, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	coord, n := -1, -1
	for _, g := range reSeries.FindAllStringSubmatch(string(b), -1) {
		switch {
		case g[1] != "":
			coord = strings.Index("LBR", g[1])
			n = -1
		case g[2] != "":
			n, _ = strconv.Atoi(g[2])
			if coord < 0 || n != len(m[coord]) {
				return m, fmt.Errorf("%s: unexpected series %s", path, g[0])
			}
			m[coord] = append(m[coord], nil)
		default:
			if coord < 0 || n < 0 {
				return m, fmt.Errorf("%s: term outside a series", path)
			}
			t := term{g[3], g[4], g[5]}
			for _, x := range t {
				if _, err := strconv.ParseFloat(x, 64); err != nil {
					return m, fmt.Errorf("%s: %v", path, err)
				}
			}
			m[coord][n] = append(m[coord][n], t)
		}
	}
	for c := range m {
		if len(m[c]) == 0 {
			return m, fmt.Errorf("%s: no %c series", path, "LBR"[c])
		}
	}
	return m, nil
}

var (
	reArray = regexp.MustCompile(`\[\n(?:\s+\[[-0-9.e, ]+\],?\n)+\s*\]`)
	reRow   = regexp.MustCompile(`\[([-0-9.e]+), ([-0-9.e]+), ([-0-9.e]+)\]`)
)

// parseArrays returns every multi-line array of [A, B, C] rows of the aa-js
// bundle, in order of appearance.
func parseArrays(s string) [][]term {
	var out [][]term
	for _, a := range reArray.FindAllString(s, -1) {
		var rows []term
		for _, r := range reRow.FindAllStringSubmatch(a, -1) {
			rows = append(rows, term{r[1], r[2], r[3]})
		}
		out = append(out, rows)
	}
	return out
}

// scale converts an Appendix III amplitude from 1e-8 units to radians or AU.
func scale(rows []term) []term {
	out := make([]term, len(rows))
	for i, r := range rows {
		v, err := strconv.ParseFloat(r[0], 64)
		if err != nil {
			log.Fatal(err)
		}
		a, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', -1, 64)+"e-8", 64)
		if err != nil {
			log.Fatal(err)
		}
		out[i] = term{strconv.FormatFloat(a, 'g', -1, 64), r[1], r[2]}
	}
	return out
}

// part is one block of a model: its name suffix (or "=var" to reference
// a part written elsewhere) and its series L, B, R by power of τ (nil for
// an absent power).
type part struct {
	suffix string
	m      [3][][]term
}

// writeModel writes the model name as a list of parts. In each part the
// terms are grouped by frequency: A cos(B + Cτ) = (A cos B) cos Cτ +
// (−A sin B) sin Cτ, so that one sine/cosine pair serves every term of
// the planet (any coordinate, any power of τ) with the same C.
func writeModel(path, name, source string, parts []part) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by aa/internal/vsopgen from %s. DO NOT EDIT.\n\npackage aa\n\n", source)
	var refs []string
	n := 0
	for _, p := range parts {
		if strings.HasPrefix(p.suffix, "=") {
			refs = append(refs, "&"+p.suffix[1:])
			continue
		}
		pname := name + p.suffix
		if p.suffix == "" {
			pname += "Part"
		}
		refs = append(refs, "&"+pname)
		var order []string
		groups := map[string][]string{}
		for c, series := range p.m {
			for k, ts := range series {
				for _, t := range ts {
					a, _ := strconv.ParseFloat(t[0], 64)
					ph, _ := strconv.ParseFloat(t[1], 64)
					if _, ok := groups[t[2]]; !ok {
						order = append(order, t[2])
					}
					sa, ca := math.Sincos(ph)
					groups[t[2]] = append(groups[t[2]], fmt.Sprintf("{%s, %s, %d},", ff(a*ca), ff(-a*sa), 6*c+k))
					n++
				}
			}
		}
		fmt.Fprintf(&b, "var %s = vsopPart{\nfreqs: []vsopFreq{\n", pname)
		for _, f := range order {
			fmt.Fprintf(&b, "{%s, %d},\n", f, len(groups[f]))
		}
		b.WriteString("},\nterms: []vsopTerm{\n")
		for _, f := range order {
			for _, t := range groups[f] {
				b.WriteString(t + "\n")
			}
		}
		b.WriteString("},\n}\n\n")
	}
	fmt.Fprintf(&b, "// %s: %d terms in this file; amplitudes in rad or AU, frequencies in rad per Julian millennium.\n", name, n)
	fmt.Fprintf(&b, "var %s = vsopModel{parts: []*vsopPart{%s}}\n", name, strings.Join(refs, ", "))
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

func ff(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
