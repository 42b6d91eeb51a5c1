package arcsecondtest

import (
	"strings"
)

// Satellites with two-line element sets. These are HISTORICAL epoch
// examples, not current elements: the ISS set of 2008-09-20 is the one the
// Wikipedia article "Two-line element set" and many SGP4 libraries use; the
// Hubble set (epoch 2019-11-17) is printed in the Skyfield/astropy
// documentation; Vanguard 1 (epoch 2000-06-27) is the first case of the SGP4
// verification set of Vallado et al. 2006, "Revisiting Spacetrack Report #3"
// (AIAA 2006-6753). The original source of all of them is CelesTrak /
// Space-Track, as for the real /satellites/ route.
type satelliteFact struct {
	name, acronym, kind, line1, line2 string
}

var satellites = []satelliteFact{
	{"ISS (ZARYA)", "ISS", "station",
		"1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927",
		"2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"},
	{"HST", "HST", "science",
		"1 20580U 90037B   19321.38711875  .00000471  00000-0  17700-4 0  9991",
		"2 20580  28.4699 288.8102 0002495 321.7771 171.5855 15.09299865423838"},
	{"VANGUARD 1", "", "science",
		"1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753",
		"2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667"},
}

// tleChecksum is the modulo-10 checksum of the first 68 columns of a TLE
// line: digits count their value, minus signs count 1.
func tleChecksum(line string) int {
	sum := 0
	for _, r := range line[:min(68, len(line))] {
		switch {
		case r >= '0' && r <= '9':
			sum += int(r - '0')
		case r == '-':
			sum++
		}
	}
	return sum % 10
}

// tleElements splits a two-line element set into the API's TwoLineElements
// object: the fixed columns of the NORAD format, as strings (the 2023 schema
// declares every element a string).
func tleElements(l1, l2 string) map[string]any {
	col := func(l string, from, to int) string { return strings.TrimSpace(l[from:to]) }
	return map[string]any{
		"satellite_number":                      col(l1, 2, 7),
		"classification":                        col(l1, 7, 8),
		"launch_year":                           col(l1, 9, 11),
		"launch_number_of_the_year":             col(l1, 11, 14),
		"piece_of_the_launch":                   col(l1, 14, 17),
		"epoch_year":                            col(l1, 18, 20),
		"epoch":                                 col(l1, 20, 32),
		"first_time_derivative_of_mean_motion":  col(l1, 33, 43),
		"second_time_derivative_of_mean_motion": col(l1, 44, 52),
		"drag_term":                             col(l1, 53, 61),
		"ephemeris_type":                        col(l1, 62, 63),
		"element_number":                        col(l1, 64, 68),
		"inclination":                           col(l2, 8, 16),
		"right_ascension_of_ascending_node":     col(l2, 17, 25),
		"eccentricity":                          col(l2, 26, 33),
		"argument_of_perigee":                   col(l2, 34, 42),
		"mean_anomaly":                          col(l2, 43, 51),
		"mean_motion":                           col(l2, 52, 63),
		"revolution_number_at_epoch":            col(l2, 63, 68),
		"check_sum_line1":                       col(l1, 68, 69),
		"check_sum_line2":                       col(l2, 68, 69),
	}
}

func (s *Server) seedSatellites() {
	for _, sat := range satellites {
		s.db.coll("satellites").insert(record{
			"name": sat.name, "acronym": sat.acronym, "norad_catalog_number": strings.TrimLeft(sat.line1[2:7], "0"), "type": sat.kind,
			"date_updated": s.now().Format(dateTimeLayout), "elements": tleElements(sat.line1, sat.line2),
			"line_1": sat.line1, "line_2": sat.line2, "two_lines": sat.line1 + "\n" + sat.line2,
			"full_element_set": sat.name + "\n" + sat.line1 + "\n" + sat.line2,
		}, nil)
	}
}
