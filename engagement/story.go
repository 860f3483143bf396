package engagement

import "strconv"

// Story is the completion of a multi-frame story (Instagram, Facebook,
// Snapchat): how many of the first frame's viewers reached the last frame,
// and where they left.
type Story struct {
	// Completion is the last frame's views over the first frame's, a
	// fraction from 0 to 1.
	Completion Rate `json:"completion"`
	// Strong reports Completion >= [StrongCompletion] (70%, per mighty-micro
	// ("The mighty micro-influencer", a small-business guide)).
	Strong bool `json:"strong"`
	// Retention holds, per frame, its views over the previous frame's, a
	// fraction from 0 to 1. Frame 0 is 1. A frame after a frame with no
	// views has retention 0: no one was left to keep.
	Retention []Rate `json:"retention"`
	// WorstFrame is the index of the frame with the largest drop from its
	// predecessor, that is the lowest Retention below 1; the earliest such
	// frame on a tie. It is 0 when no frame loses viewers. As mighty-micro
	// ("The mighty micro-influencer", a small-business guide) says, "look for
	// drops in viewership to identify content issues".
	WorstFrame int `json:"worst_frame"`
}

// StoryCompletion measures a story from the views of each frame, first to
// last.
//
// Viewers only leave a story, so views may not grow: a frame with more views
// than the frame before it is an error wrapping [ErrFrameGrowth]. No frames is
// an error wrapping [ErrNoFrames], a negative count one wrapping
// [ErrNegativeCount], and a first frame of zero one wrapping
// [ErrNonPositiveBase]. The exactness of [GradeERR] applies to Strong too: it is
// the integer comparison for first frames up to 10^14 views.
//
// StoryCompletion allocates the Retention slice and nothing else.
func StoryCompletion(frameViews ...int64) (Story, error) {
	if len(frameViews) == 0 {
		return Story{}, inputError("StoryCompletion", "len(frameViews)", 0, ErrNoFrames)
	}
	for i, v := range frameViews {
		if v < 0 {
			return Story{}, inputError("StoryCompletion", frameInput(i), v, ErrNegativeCount)
		}
		if i == 0 {
			if v == 0 {
				return Story{}, inputError("StoryCompletion", frameInput(0), v, ErrNonPositiveBase)
			}
			continue
		}
		if prev := frameViews[i-1]; v > prev {
			return Story{}, &InputError{Func: "StoryCompletion", Input: frameInput(i), Value: v,
				Detail: "above " + frameInput(i-1) + " = " + strconv.FormatInt(prev, 10), Err: ErrFrameGrowth}
		}
	}
	first, last := frameViews[0], frameViews[len(frameViews)-1]
	s := Story{
		Completion: Rate(float64(last) / float64(first)),
		Retention:  make([]Rate, len(frameViews)),
	}
	s.Strong = s.Completion >= StrongCompletion
	s.Retention[0] = 1
	worst := Rate(1)
	for i := 1; i < len(frameViews); i++ {
		var r Rate
		if prev := frameViews[i-1]; prev > 0 {
			r = Rate(float64(frameViews[i]) / float64(prev))
		}
		s.Retention[i] = r
		// A frame after an empty one (prev == 0, r == 0) loses no one, so
		// it cannot be the worst: the frame that emptied the story came
		// first and wins the tie.
		if r < worst {
			worst, s.WorstFrame = r, i
		}
	}
	return s, nil
}

func frameInput(i int) string { return "frameViews[" + strconv.Itoa(i) + "]" }

// Frames returns the number of frames s was measured on.
func (s Story) Frames() int { return len(s.Retention) }

// String describes s in one line for logs: "completion 72.00% (strong)
// over 3 frames; worst frame 2 keeps 80.00%". A story without frames is
// "no frames".
func (s Story) String() string {
	if len(s.Retention) == 0 {
		return "no frames"
	}
	strength := "weak"
	if s.Strong {
		strength = "strong"
	}
	out := "completion " + s.Completion.String() + " (" + strength + ") over " + strconv.Itoa(len(s.Retention)) + " frames"
	if s.WorstFrame > 0 && s.WorstFrame < len(s.Retention) {
		out += "; worst frame " + strconv.Itoa(s.WorstFrame) + " keeps " + s.Retention[s.WorstFrame].String()
	}
	return out
}
