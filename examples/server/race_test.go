//go:build race

package main

// raceDetector is true when the tests run with -race, which slows every
// request several times over: TestLoad then sends less and bounds latency
// loosely.
const raceDetector = true
