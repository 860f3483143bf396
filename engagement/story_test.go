package engagement

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStoryCompletion(t *testing.T) {
	tests := []struct {
		why        string
		frames     []int64
		completion Rate
		strong     bool
		retention  []Rate
		worst      int
	}{
		{"a single frame is complete and has no drop", []int64{500}, 1, true, []Rate{1}, 0},
		{"no one leaves: complete, no worst frame", []int64{100, 100, 100}, 1, true, []Rate{1, 1, 1}, 0},
		{"exactly 70% is Strong (mighty-micro, inclusive)", []int64{1000, 900, 700}, 0.7, true, []Rate{1, 0.9, 700.0 / 900}, 2},
		{"699 of 1,000 is just under Strong", []int64{1000, 699}, 0.699, false, []Rate{1, 0.699}, 1},
		{"the worst frame is the largest relative drop, not the largest count lost",
			[]int64{1000, 800, 400, 380}, 0.38, false, []Rate{1, 0.8, 0.5, 0.95}, 2},
		{"the earliest of equal drops is the worst", []int64{1000, 500, 250}, 0.25, false, []Rate{1, 0.5, 0.5}, 1},
		{"everyone leaves: frames after an empty one retain 0 and the emptying frame is worst",
			[]int64{100, 0, 0}, 0, false, []Rate{1, 0, 0}, 1},
		{"campaign sample, a weak story losing most viewers after frame 0", []int64{5000, 2100, 1900, 1850}, 0.37, false,
			[]Rate{1, 0.42, 1900.0 / 2100, 1850.0 / 1900}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s, err := StoryCompletion(tt.frames...)
			require.NoError(t, err)
			assert.InDelta(t, float64(tt.completion), float64(s.Completion), 1e-15)
			assert.Equal(t, tt.strong, s.Strong)
			require.Len(t, s.Retention, len(tt.frames))
			assert.Equal(t, len(tt.frames), s.Frames())
			for i := range tt.retention {
				assert.InDelta(t, float64(tt.retention[i]), float64(s.Retention[i]), 1e-15, "frame %d", i)
			}
			assert.Equal(t, tt.worst, s.WorstFrame)
		})
	}
}

func TestStoryCompletionErrors(t *testing.T) {
	tests := []struct {
		why    string
		frames []int64
		want   error
		input  string
	}{
		{"no frames", nil, ErrNoFrames, "len(frameViews)"},
		{"a first frame of zero has no audience to complete", []int64{0, 0}, ErrNonPositiveBase, "frameViews[0]"},
		{"a negative first frame", []int64{-1}, ErrNegativeCount, "frameViews[0]"},
		{"a negative later frame", []int64{10, -1}, ErrNegativeCount, "frameViews[1]"},
		{"views may not grow: viewers cannot join midway", []int64{100, 90, 95}, ErrFrameGrowth, "frameViews[2]"},
		{"growth after an empty frame", []int64{100, 0, 1}, ErrFrameGrowth, "frameViews[2]"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s, err := StoryCompletion(tt.frames...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Zero(t, s)
			var ie *InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.input, ie.Input)
		})
	}
	_, err := StoryCompletion(100, 90, 95)
	assert.EqualError(t, err, "engagement: story frame has more views than the frame before it: StoryCompletion frameViews[2] = 95 (above frameViews[1] = 90)")
}

func TestStoryCompletionDoesNotAliasInput(t *testing.T) {
	frames := []int64{10, 5}
	s, err := StoryCompletion(frames...)
	require.NoError(t, err)
	frames[1] = 10
	assert.Equal(t, Rate(0.5), s.Completion, "the result is computed, not a view of the caller's slice")
}
