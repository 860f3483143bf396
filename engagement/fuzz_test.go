package engagement

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// validRate fails t unless r is finite and non-negative.
func validRate(t *testing.T, what string, r Rate) {
	t.Helper()
	f := float64(r)
	if math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
		t.Fatalf("%s returned %v with a nil error", what, f)
	}
}

// knownSentinel fails t unless err wraps one of the package's sentinels.
func knownSentinel(t *testing.T, err error) {
	t.Helper()
	for _, s := range []error{ErrNonPositiveBase, ErrNegativeCount, ErrOverflow, ErrCountAboveBase, ErrFrameGrowth, ErrNoFrames} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

func FuzzERR(f *testing.F) {
	f.Add(int64(554), int64(40), int64(31), int64(9), int64(3650))
	f.Add(int64(20), int64(0), int64(0), int64(0), int64(1000))
	f.Add(int64(50), int64(0), int64(0), int64(0), int64(1000))
	f.Add(int64(math.MaxInt64), int64(1), int64(0), int64(0), int64(1))
	f.Add(int64(-1), int64(0), int64(0), int64(0), int64(0))
	f.Fuzz(func(t *testing.T, likes, comments, saves, shares, base int64) {
		in := Interactions{Likes: likes, Comments: comments, Saves: saves, Shares: shares}
		for name, rate := range map[string]func(Interactions, int64) (Rate, error){"ERR": ERR, "ByFollowers": ByFollowers, "ByViews": ByViews} {
			r, err := rate(in, base)
			if err != nil {
				knownSentinel(t, err)
				if r != 0 {
					t.Fatalf("%s returned %v with an error", name, r)
				}
				continue
			}
			validRate(t, name, r)
		}
		// Where the counts fit the exactness claim, GradeERR agrees with
		// integer arithmetic: n/base >= 1/50 iff 50n >= base.
		r, err := ERR(in, base)
		if err == nil && base <= 100_000_000_000_000 {
			n := likes + comments + saves
			want := Low
			switch {
			case n >= math.MaxInt64/50 || 20*n >= base:
				want = Exceptional
			case 50*n >= base:
				want = Solid
			}
			if got := GradeERR(r); got != want {
				t.Fatalf("GradeERR(%d/%d) = %s, integer comparison says %s", n, base, got, want)
			}
		}
	})
}

func FuzzCTR(f *testing.F) {
	f.Add(int64(96), int64(5200))
	f.Add(int64(0), int64(0))
	f.Add(int64(11), int64(10))
	f.Fuzz(func(t *testing.T, clicks, impressions int64) {
		r, err := CTR(clicks, impressions)
		if err != nil {
			knownSentinel(t, err)
			return
		}
		validRate(t, "CTR", r)
		if r > 1 {
			t.Fatalf("CTR(%d, %d) = %v, above 100%%", clicks, impressions, r)
		}
	})
}

// framesFrom reads frame views from data: 8 bytes per frame when wide,
// otherwise 2 bytes per frame (small counts, so non-growing stories are
// common).
func framesFrom(data []byte, wide bool) []int64 {
	var frames []int64
	if wide {
		for len(data) >= 8 {
			frames = append(frames, int64(binary.LittleEndian.Uint64(data)))
			data = data[8:]
		}
		return frames
	}
	for len(data) >= 2 {
		frames = append(frames, int64(binary.LittleEndian.Uint16(data)))
		data = data[2:]
	}
	return frames
}

func FuzzStoryCompletion(f *testing.F) {
	f.Add([]byte{0x88, 0x13, 0x34, 0x08, 0x6c, 0x07, 0x3a, 0x07}, false) // 5000, 2100, 1900, 1850
	f.Add([]byte{}, false)
	f.Add([]byte{0, 0, 1, 0}, false)
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0x80, 1, 0, 0, 0, 0, 0, 0, 0}, true)
	f.Fuzz(func(t *testing.T, data []byte, wide bool) {
		frames := framesFrom(data, wide)
		s, err := StoryCompletion(frames...)
		if err != nil {
			knownSentinel(t, err)
			return
		}
		validRate(t, "Completion", s.Completion)
		if s.Completion > 1 {
			t.Fatalf("completion %v above 1 for %v", s.Completion, frames)
		}
		if s.Strong != (s.Completion >= StrongCompletion) {
			t.Fatalf("Strong %v disagrees with completion %v", s.Strong, s.Completion)
		}
		if len(s.Retention) != len(frames) || s.Retention[0] != 1 {
			t.Fatalf("retention %v for %d frames", s.Retention, len(frames))
		}
		for i, r := range s.Retention {
			validRate(t, "Retention", r)
			if r > 1 {
				t.Fatalf("frame %d retains %v", i, r)
			}
			if r < s.Retention[s.WorstFrame] {
				t.Fatalf("frame %d retains %v, less than worst frame %d", i, r, s.WorstFrame)
			}
		}
		if s.WorstFrame < 0 || s.WorstFrame >= len(frames) {
			t.Fatalf("worst frame %d of %d", s.WorstFrame, len(frames))
		}
	})
}

func FuzzCommentQuality(f *testing.F) {
	for _, s := range []string{"Nice! 🔥", "🔥🔥🔥", "love it", "Which brush?", "", " ", "\xff", "sooo cute", "ÀÀÀ"} {
		f.Add(s, s+" ")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		class := ClassifyComment(a)
		if class > Generic || class == Repeated {
			t.Fatalf("ClassifyComment(%q) = %s, a class only batches have", a, class)
		}
		n := normalizeComment(a)
		if n2 := normalizeComment(n); n2 != n {
			t.Fatalf("normalize not idempotent: %q -> %q -> %q", a, n, n2)
		}
		if !utf8.ValidString(n) {
			t.Fatalf("normalize(%q) = %q, invalid UTF-8", a, n)
		}
		s := CommentQuality([]string{a, b, a})
		if s.LowQuality() > s.Total || s.Total > 3 {
			t.Fatalf("inconsistent stats %+v", s)
		}
		if share := s.LowQualityShare(); share < 0 || share > 1 || math.IsNaN(share) {
			t.Fatalf("share %v", share)
		}
	})
}

func FuzzPlatformJSON(f *testing.F) {
	f.Add([]byte(`{"likes":554,"comments":40,"saved":31,"shares":9,"reach":3650,"views":5200}`))
	f.Add([]byte(`{"like_count":3900,"comment_count":210,"share_count":450,"view_count":61000}`))
	f.Add([]byte(`{"viewCount":"95000","likeCount":"5200","commentCount":"640"}`))
	f.Add([]byte(`{"retweet_count":12,"reply_count":30,"like_count":400,"quote_count":3,"bookmark_count":25,"impression_count":20000}`))
	f.Add([]byte(`{"retweet_count":9223372036854775807,"quote_count":1,"impression_count":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(name string, r Rate, err error) {
			if err != nil {
				knownSentinel(t, err)
				return
			}
			validRate(t, name, r)
		}
		var ig InstagramInsights
		if json.Unmarshal(data, &ig) == nil {
			r, err := ig.ERR()
			check("InstagramInsights.ERR", r, err)
			r, err = ig.ByViews()
			check("InstagramInsights.ByViews", r, err)
		}
		var tt TikTokVideo
		if json.Unmarshal(data, &tt) == nil {
			r, err := tt.ByViews()
			check("TikTokVideo.ByViews", r, err)
		}
		var yt YouTubeStatistics
		if json.Unmarshal(data, &yt) == nil {
			r, err := yt.ByViews()
			check("YouTubeStatistics.ByViews", r, err)
		}
		var x XPublicMetrics
		if json.Unmarshal(data, &x) == nil {
			r, err := x.ByImpressions()
			check("XPublicMetrics.ByImpressions", r, err)
		}
		var r Rate
		if json.Unmarshal(data, &r) == nil {
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("a decoded Rate %v does not marshal: %v", r, err)
			}
		}
	})
}

func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"beauty", "Food & Beverage", "TECH", "", "low", "exceptional", "within", "by-views", "emoji-only", "follower-spike", "code-uses", "Discount-Code-Uses", "on-track"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if i, err := ParseIndustry(s); err == nil {
			if back, err := ParseIndustry(i.String()); err != nil || back != i {
				t.Fatalf("industry %q -> %s does not round-trip", s, i)
			}
		} else if !errors.Is(err, ErrUnknownIndustry) {
			t.Fatalf("ParseIndustry(%q): %v", s, err)
		}
		if g, err := ParseGrade(s); err == nil && !strings.EqualFold(g.String(), s) {
			t.Fatalf("grade %q parsed as %s", s, g)
		}
		if st, err := ParseStanding(s); err == nil && !strings.EqualFold(st.String(), s) {
			t.Fatalf("standing %q parsed as %s", s, st)
		}
		if fm, err := ParseFormula(s); err == nil && !strings.EqualFold(fm.String(), s) {
			t.Fatalf("formula %q parsed as %s", s, fm)
		}
		if c, err := ParseCommentClass(s); err == nil && !strings.EqualFold(c.String(), s) {
			t.Fatalf("comment class %q parsed as %s", s, c)
		}
		if k, err := ParseSignalKind(s); err == nil && !strings.EqualFold(k.String(), s) {
			t.Fatalf("signal kind %q parsed as %s", s, k)
		}
		if k, err := ParseKPI(s); err == nil {
			if back, err := ParseKPI(k.String()); err != nil || back != k {
				t.Fatalf("KPI %q -> %s does not round-trip", s, k)
			}
		} else if !errors.Is(err, ErrUnknownKPI) {
			t.Fatalf("ParseKPI(%q): %v", s, err)
		}
		if st, err := ParseGoalStatus(s); err == nil && !strings.EqualFold(st.String(), s) {
			t.Fatalf("goal status %q parsed as %s", s, st)
		}
	})
}

func FuzzFollowerSpikes(f *testing.F) {
	f.Add([]byte{1, 10, 1, 11, 1, 200, 1, 201}) // (days after previous, followers/10) pairs
	f.Add([]byte{0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var history []FollowerSample
		date := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for ; len(data) >= 2; data = data[2:] {
			date = date.AddDate(0, 0, int(data[0]))
			history = append(history, FollowerSample{Date: date, Followers: int64(data[1]) * 10})
		}
		spikes, err := FollowerSpikes(history)
		if err != nil {
			if !errors.Is(err, ErrUnsortedHistory) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, s := range spikes {
			if s.Gain <= 0 || s.Jump < DefaultSpikeRule().MinJump || math.IsNaN(s.PerDay) || math.IsInf(s.PerDay, 0) || math.IsNaN(s.TypicalPerDay) {
				t.Fatalf("bad spike %+v", s)
			}
		}
		if len(history) >= 2 {
			g, err := FollowerGrowth(history)
			if err != nil {
				t.Fatalf("FollowerGrowth: %v", err)
			}
			if len(g.Spikes) != len(spikes) || g.Gain != history[len(history)-1].Followers-history[0].Followers || math.IsNaN(g.PerDay) || math.IsInf(g.Fraction, 0) {
				t.Fatalf("growth %+v disagrees with %d spikes", g, len(spikes))
			}
		}
		signals, err := AudienceSignals(Profile{Followers: 1000, History: history})
		if err != nil {
			t.Fatalf("AudienceSignals: %v", err)
		}
		if len(signals) != len(spikes) {
			t.Fatalf("%d spikes but %d signals", len(spikes), len(signals))
		}
	})
}

func FuzzGoalEvaluate(f *testing.F) {
	f.Add(uint8(1), 0.3, []byte{0, 100, 30, 130}, uint8(40)) // KPI, target, (days after previous, value) pairs, now in days
	f.Add(uint8(4), 500.0, []byte{10, 0, 5, 200}, uint8(200))
	f.Add(uint8(3), 1e-320, []byte{1, 200}, uint8(40)) // 200 / 1e-320 overflowed Progress to +Inf
	f.Fuzz(func(t *testing.T, kpi uint8, target float64, data []byte, nowDays uint8) {
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		g := Goal{KPI: KPI(kpi), Target: target, Start: start, Deadline: start.AddDate(0, 0, 90)}
		var measurements []Measurement
		date := start
		for ; len(data) >= 2; data = data[2:] {
			date = date.AddDate(0, 0, int(data[0]))
			measurements = append(measurements, Measurement{Date: date, Value: float64(data[1])})
		}
		r, err := g.Evaluate(measurements, start.AddDate(0, 0, int(nowDays)))
		if err != nil {
			for _, sentinel := range []error{ErrUnknownKPI, ErrInvalidTarget, ErrDateOrder, ErrNoMeasurements, ErrInvalidMeasurement} {
				if errors.Is(err, sentinel) {
					return
				}
			}
			t.Fatalf("unexpected error %v", err)
		}
		if r.Status < Met || r.Status > Missed || r.Arithmetic == "" {
			t.Fatalf("bad report %+v", r)
		}
		for _, v := range []float64{r.Progress, r.Trend, r.Projected, r.DaysLeft, r.PaceNeeded} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("non-finite figure in %+v", r)
			}
		}
	})
}

// FuzzResultJSON: any text either fails to read as a result or reads as a
// value whose JSON reads back to the same value.
func FuzzResultJSON(f *testing.F) {
	for _, s := range []string{
		`{"name":"x","source":"y","scale":{"name":"standard"},"rows":[{"tier":"micro","expected":{"low":0.07,"high":0.2}}]}`,
		`{"name":"g","kpi":"reach","target":1000,"start":"2026-01-01","deadline":"2026-02-01"}`,
		`{"date":"2026-01-04","followers":3710}`,
		`{"kind":"follower-spike","measured":0.5,"threshold":0.1,"at":"2026-01-25","evidence":"e"}`,
		`{"completion":0.72,"strong":true,"retention":[1,0.9,0.8],"worst_frame":2}`,
		`null`, `{}`, `[]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []any{&BenchmarkTable{}, &Goal{}, &FollowerSample{}, &Signal{}, &Story{}, &Growth{}} {
			if json.Unmarshal([]byte(s), v) != nil {
				continue
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%T read from %q does not marshal: %v", v, s, err)
			}
			again := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if err := json.Unmarshal(b, again); err != nil {
				t.Fatalf("%T read from %q writes %s, which does not read back: %v", v, s, b, err)
			}
			b2, err := json.Marshal(again)
			if err != nil || string(b2) != string(b) {
				t.Fatalf("%T: %s then %s (%v)", v, b, b2, err)
			}
		}
	})
}
