package engagement

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClassifyComment(t *testing.T) {
	tests := []struct {
		why  string
		text string
		want CommentClass
	}{
		{"the audit tools' example of a generic comment (modash-fake)", "Nice! 🔥", Generic},
		{"the issue's other example", "love it", Generic},
		{"case and punctuation do not matter", "LOVE IT!!!", Generic},
		{"stretched letters are squashed", "niceeee", Generic},
		{"a stretched word inside a phrase", "sooo cute", Generic},
		{"a double letter is kept: cool is not col", "cool", Generic},
		{"stryde-greg's macro comment", "I love you!", Generic},
		{"fire emojis only", "🔥🔥🔥", EmojiOnly},
		{"emojis and spaces", "😍 😍", EmojiOnly},
		{"punctuation only has no words either", "!!!", EmojiOnly},
		{"empty", "", Blank},
		{"white space only", " \t\n", Blank},
		{"a question about the product", "Which brush did you use for the wing?", Substantive},
		{"a generic phrase inside a real sentence is not generic", "love it, does it smudge on oily lids?", Substantive},
		{"digits are words", "10/10", Substantive},
		{"non-Latin letters are words", "Очень красиво, где купить?", Substantive},
		{"invalid UTF-8 does not panic", "\xff\xfe", EmojiOnly},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, ClassifyComment(tt.text))
		})
	}
}

func TestNormalizeComment(t *testing.T) {
	tests := []struct {
		why, in, want string
	}{
		{"punctuation runs become one space", "Nice!!! ...post", "nice post"},
		{"leading and trailing non-words are trimmed", "  🔥 wow 🔥  ", "wow"},
		{"a run of three or more of one letter is squashed to one", "loooove", "love"},
		{"a run of two is kept", "good", "good"},
		{"runs do not span words", "aa aa", "aa aa"},
		{"digits are not squashed: 1000 is not 10", "won 1000", "won 1000"},
		{"a letter run after digits is still squashed", "10000 yesss", "10000 yes"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, normalizeComment(tt.in))
		})
	}
}

func TestGenericCommentsAreSortedAndNormalized(t *testing.T) {
	assert.True(t, slices.IsSorted(genericComments), "binary search needs sorted phrases")
	for _, p := range genericComments {
		assert.Equal(t, p, normalizeComment(p), "phrase %q must be stored normalized", p)
	}
}

func TestCommentQuality(t *testing.T) {
	tests := []struct {
		why      string
		comments []string
		want     CommentStats
		share    float64
	}{
		{"no comments", nil, CommentStats{}, 0},
		{"blank comments are not counted", []string{"", "  "}, CommentStats{}, 0},
		{"campaign sample: an engaged audience", []string{
			"Which brush did you use for the wing?",
			"Tried it this morning and it stayed put all day",
		}, CommentStats{Total: 2}, 0},
		{"campaign sample: a bought audience", []string{
			"Nice! 🔥", "🔥🔥🔥", "love it", "Nice! 🔥", "😍😍", "great post", "love it", "👏👏👏", "Nice! 🔥", "amazing",
		}, CommentStats{Total: 10, EmojiOnly: 3, Generic: 7}, 1},
		{"repeated substantive text counts from its second time", []string{
			"Where can I buy this serum?", "where can i buy this serum", "Where can I buy this serum?!", "Is it vegan?",
		}, CommentStats{Total: 4, Repeated: 2}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got := CommentQuality(tt.comments)
			assert.Equal(t, tt.want, got)
			assert.InDelta(t, tt.share, got.LowQualityShare(), 1e-12)
			assert.Equal(t, tt.want.EmojiOnly+tt.want.Generic+tt.want.Repeated, got.LowQuality())
		})
	}
}
