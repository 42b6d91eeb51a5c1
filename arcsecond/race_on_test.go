//go:build race

package arcsecond_test

// raceDetector reports a build with -race, where floods are scaled down
// (the detector makes each frame about ten times slower).
const raceDetector = true
