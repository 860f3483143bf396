//go:build !race

package disclosure

// raceDetector is false in a normal build (see race_test.go).
const raceDetector = false
