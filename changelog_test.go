package influencekit_test

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trackerNumber matches a reference to the project's tracker ("issue 14",
// "issues 13 and 14", "(#12)"): a reader of the CHANGELOG has no access to
// it, so each entry says what changed in its own words.
var trackerNumber = regexp.MustCompile(`(?i)\bissues?\s+\d|(^|[\s(])#\d+\b`)

func TestTrackerNumberPattern(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
		why  string
	}{
		{"- `contract` (issue 19): the agreements brands sign.", true, "the form the history-ordered CHANGELOG used"},
		{"### Results, names and state (issues 13 and 14)", true, "a plural reference"},
		{"- Fixed: the reader (issue 14.5) measured bytes.", true, "a numbered item of an issue"},
		{"- Fixed the buried label (#12).", true, "a GitHub-style reference"},
		{"- \"#ad\", \"Ad\" and \"#sponsored\" are vague.", false, "hashtags are the library's subject"},
		{"- Issues found by the annotated cases are logged.", false, "the word alone cites nothing"},
		{"- AGCOM's list (IT), RD 444/2024, KG Berlin 5 W 221/17.", false, "legal citations carry numbers"},
	} {
		t.Run(tc.why, func(t *testing.T) {
			assert.Equal(t, tc.want, trackerNumber.MatchString(tc.line), tc.line)
		})
	}
}

// versionHeading matches "## [Unreleased]" and "## [0.1.0] - 2026-11-30".
var versionHeading = regexp.MustCompile(`^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$`)

// changeKinds are Keep a Changelog's kinds of change, the only #### headings.
var changeKinds = []string{"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}

// TestChangelogForm checks that CHANGELOG.md keeps the form a reader and the
// release tooling rely on: [Unreleased] first, then dated versions, newest
// first, each with a link reference at the bottom; within a version, one
// ### section per package (a directory of the module, "influencekit" for the
// root package, or the internal tools), each with Keep a Changelog's kinds;
// and no tracker numbers anywhere.
func TestChangelogForm(t *testing.T) {
	data, err := os.ReadFile("CHANGELOG.md")
	require.NoError(t, err)
	lines := strings.Split(string(data), "\n")

	var versions []string
	links := map[string]string{}
	for i, line := range lines {
		where := "CHANGELOG.md:" + strconv.Itoa(i+1)
		assert.False(t, trackerNumber.MatchString(line), "%s: a tracker number: %s", where, line)
		if ref, url, ok := strings.Cut(line, "]: "); ok && strings.HasPrefix(ref, "[") {
			links[ref[1:]] = url
			continue
		}
		switch {
		case strings.HasPrefix(line, "## "):
			m := versionHeading.FindStringSubmatch(line)
			if !assert.NotNil(t, m, "%s: a version heading is \"## [x.y.z] - YYYY-MM-DD\" or \"## [Unreleased]\": %s", where, line) {
				continue
			}
			if len(versions) == 0 {
				assert.Equal(t, "Unreleased", m[1], "%s: [Unreleased] comes first", where)
			} else {
				assert.Regexp(t, `^\d+\.\d+\.\d+$`, m[1], "%s: a released version is x.y.z", where)
				assert.NotEmpty(t, m[2], "%s: a released version has its date", where)
			}
			versions = append(versions, m[1])
		case strings.HasPrefix(line, "### "):
			for pkg := range strings.SplitSeq(strings.TrimPrefix(line, "### "), ", ") {
				assert.True(t, isPackageSection(pkg), "%s: a ### section names a package of the module: %q", where, pkg)
			}
		case strings.HasPrefix(line, "#### "):
			assert.Contains(t, changeKinds, strings.TrimPrefix(line, "#### "), "%s: a #### section is a kind of change", where)
		}
	}

	require.GreaterOrEqual(t, len(versions), 2, "[Unreleased] and at least one release")
	released := versions[1:]
	assert.True(t, slices.IsSortedFunc(released, func(a, b string) int { return compareVersions(b, a) }),
		"released versions come newest first: %v", released)
	const repo = "https://github.com/influencekit/influencekit/"
	for i, v := range versions {
		url, ok := links[v]
		if !assert.True(t, ok, "[%s] has a link reference at the bottom", v) {
			continue
		}
		switch {
		case v == "Unreleased":
			assert.Equal(t, repo+"compare/v"+released[0]+"...HEAD", url, "[Unreleased] compares the newest tag with HEAD")
		case i == len(versions)-1:
			assert.Equal(t, repo+"releases/tag/v"+v, url, "the first release links to its tag")
		default:
			assert.Equal(t, repo+"compare/v"+versions[i+1]+"...v"+v, url, "[%s] compares with the release before it", v)
		}
	}
}

// isPackageSection reports whether name, a ### heading of the CHANGELOG,
// names a part of the module: the root package, a directory holding Go
// files or a module of its own, or the internal tools.
func isPackageSection(name string) bool {
	switch name {
	case "influencekit", "internal":
		return true
	}
	entries, err := os.ReadDir(name)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(entries, func(e os.DirEntry) bool {
		return strings.HasSuffix(e.Name(), ".go") || e.Name() == "go.mod"
	})
}

// compareVersions compares two x.y.z versions numerically.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range min(len(as), len(bs)) {
		if c := compareNumbers(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return len(as) - len(bs)
}

// compareNumbers compares two decimal numbers without leading zeros.
func compareNumbers(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}
