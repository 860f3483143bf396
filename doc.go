// Package influencekit holds the shared vocabulary of the influencekit
// library: the Platform a creator posts on, the Format of a piece of
// content, and the Severity of a finding.
//
// The tour of the whole library is written below as packages land.
package influencekit
