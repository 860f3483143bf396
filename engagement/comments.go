package engagement

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CommentClass sorts a comment by how much it says. Audit tools
// (HypeAuditor's audience quality score, Modash, Tagger) read a high share
// of emoji-only, generic or repeated comments as a sign of bots and
// engagement pods. The zero value is Blank.
//
// Its text form is "blank", "substantive", "emoji-only", "generic" or
// "repeated"; parsing ignores case.
//
//enumgen:names blank, substantive, emoji-only, generic, repeated
type CommentClass uint8

// The comment classes.
const (
	Blank       CommentClass = iota // empty or only white space; not counted
	Substantive                     // has words and is not a stock phrase
	EmojiOnly                       // no letters or digits: "🔥🔥🔥", "😍 !!"
	Generic                         // a stock phrase: "Nice! 🔥", "love it", "great post"
	Repeated                        // the same words as an earlier comment in the batch
)

// ErrUnknownCommentClass is wrapped by errors for text or values that name
// no comment class.
var ErrUnknownCommentClass = errors.New("engagement: unknown comment class")

// genericComments are stock phrases after normalization (lower case, words
// only, letter runs of three or more squashed), sorted for binary search.
// Examples from the audit tools (hypeauditor-aqs, modash-fake, tagger-fake:
// "Nice! 🔥") and stryde-greg's "I love you!" on macro posts.
var genericComments = []string{
	"amazing", "amazing post", "awesome", "awesome post", "beautiful", "beautiful pic",
	"check dm", "check your dm", "cool", "cool pic", "cool post", "cute", "dm me",
	"fire", "follow back", "follow me", "good job", "gorgeous", "great", "great content",
	"great job", "great pic", "great post", "great shot", "great work", "i love it",
	"i love this", "i love you", "incredible", "keep it up", "love", "love it",
	"love this", "love your feed", "lovely", "nice", "nice feed", "nice one",
	"nice photo", "nice pic", "nice post", "nice shot", "nice work", "omg", "perfect",
	"so beautiful", "so cute", "so good", "so nice", "stunning", "super", "wonderful",
	"wow", "wow amazing", "yes",
}

// ClassifyComment returns the class of one comment on its own: Blank,
// [EmojiOnly], Generic or Substantive (Repeated needs the other comments; see
// [CommentQuality]). It never fails; any string, invalid UTF-8 included, has
// a class.
func ClassifyComment(text string) CommentClass {
	class, _ := classify(text)
	return class
}

func classify(text string) (CommentClass, string) {
	if strings.TrimSpace(text) == "" {
		return Blank, ""
	}
	words := normalizeComment(text)
	switch {
	case words == "":
		return EmojiOnly, ""
	case isGeneric(words):
		return Generic, words
	}
	return Substantive, words
}

func isGeneric(words string) bool {
	_, found := slices.BinarySearch(genericComments, words)
	return found
}

// normalizeComment lower-cases text, keeps letters and digits, turns every
// other run into one space, trims, and squashes runs of three or more of the
// same letter to one ("niceee" is "nice", "sooo" is "so"). Digits are never
// squashed: "1000" and "10" stay different words.
func normalizeComment(text string) string {
	var buf [128]byte
	out := buf[:0]
	space, squashing := false, false
	var last, beforeLast rune // the last two letters written in the current word
	lastSize := 0             // bytes of last in out
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space, squashing = len(out) > 0, false
			last, beforeLast = 0, 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		if !unicode.IsLetter(r) { // a digit: kept as is, and it ends any letter run
			out = utf8.AppendRune(out, r)
			last, beforeLast, squashing = 0, 0, false
			continue
		}
		r = unicode.ToLower(r)
		switch {
		case squashing && r == last:
			continue
		case r == last && r == beforeLast:
			out = out[:len(out)-lastSize] // third of a run: keep one
			last, beforeLast = r, 0
			squashing = true
			continue
		}
		squashing = false
		n := len(out)
		out = utf8.AppendRune(out, r)
		beforeLast, last, lastSize = last, r, len(out)-n
	}
	return string(out)
}

// CommentStats counts a batch of comments by class. Blank comments are not
// counted.
type CommentStats struct {
	Total     int `json:"total"` // comments that are not Blank
	EmojiOnly int `json:"emoji_only"`
	Generic   int `json:"generic"`
	Repeated  int `json:"repeated"` // comments with the same words as an earlier one, other than emoji-only or generic
}

// LowQuality returns [EmojiOnly] + Generic + Repeated.
func (s CommentStats) LowQuality() int { return s.EmojiOnly + s.Generic + s.Repeated }

// LowQualityShare returns LowQuality / Total as a fraction, or 0 when there
// are no comments.
func (s CommentStats) LowQualityShare() float64 {
	if s.Total == 0 {
		return 0
	}
	return float64(s.LowQuality()) / float64(s.Total)
}

// CommentQuality classifies a batch of comments. Each counts once, in the
// first class that fits: [EmojiOnly], Generic, then Repeated (the same words,
// after normalization, as an earlier comment in the batch). It never fails.
func CommentQuality(comments []string) CommentStats {
	var s CommentStats
	seen := make(map[string]struct{}, len(comments))
	for _, c := range comments {
		class, words := classify(c)
		if class == Blank {
			continue
		}
		s.Total++
		switch class {
		case EmojiOnly:
			s.EmojiOnly++
			continue
		case Generic:
			s.Generic++
			continue
		}
		if _, dup := seen[words]; dup {
			s.Repeated++
			continue
		}
		seen[words] = struct{}{}
	}
	return s
}

// String describes s in one line for logs: "4 of 6 comments are low
// quality (66.67%): 2 emoji-only, 1 generic, 1 repeated".
func (s CommentStats) String() string {
	return fmt.Sprintf("%d of %d comments are low quality (%s): %d emoji-only, %d generic, %d repeated",
		s.LowQuality(), s.Total, Rate(s.LowQualityShare()), s.EmojiOnly, s.Generic, s.Repeated)
}
