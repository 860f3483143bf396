package lex

// maxBrandBytes bounds the normalized brand kept for matching; longer
// brands only match as @mentions and words of their first 64 bytes.
const maxBrandBytes = 64

// Brand is a post's Brand, normalized once per Check on the stack.
type Brand struct {
	set    bool
	squash [maxBrandBytes]byte // folded letters and digits only: "glowco"
	sn     int
	words  [maxBrandBytes]byte // folded words, back to back
	ends   [8]uint8            // end of each word in words
	nwords int
	// accented: squash holds a non-ASCII letter, which TagRole compares
	// with its accents taken off.
	accented bool
	alt      *Brand // the brand's next name, or nil
}

// NewBrand normalizes brand as the Tokenizer reads it.
func NewBrand(brand string) (b Brand) {
	b.Read(brand)
	return b
}

// Read normalizes brand into b, which must be zero. It fills b in place:
// a Brand is a few hundred bytes, and a check reads one per post.
func (b *Brand) Read(brand string) {
	switch {
	case brand == "":
	case plainASCIIName(brand):
		b.readPlain(brand)
	default:
		b.readTokenized(brand)
	}
}

// readTokenized is read for any name, read by the caption Tokenizer.
func (b *Brand) readTokenized(brand string) {
	tz := Tokenizer{s: brand}
	var nb Key
	wn := 0
	for {
		tok, ok := tz.Next(&nb)
		if !ok {
			break
		}
		text := nb.Bytes()
		switch tok.Kind {
		case Mention, Hashtag:
			text = text[1:]
		case Word:
			if b.nwords < len(b.ends) && wn+len(text) <= len(b.words) {
				wn += copy(b.words[wn:], text)
				b.ends[b.nwords] = uint8(wn)
				b.nwords++
			}
		default:
			continue
		}
		for _, c := range text {
			if isSquashed(c) && b.sn < len(b.squash) {
				b.squash[b.sn] = c
				b.sn++
				b.accented = b.accented || c >= 0x80
			}
		}
	}
	b.set = b.sn > 0
}

// plainASCIIName reports a name of ASCII letters, digits and spaces only
// ("Glow Co"), the common case, which readPlain reads without the
// Tokenizer.
func plainASCIIName(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b != ' ' && (b == '_' || asciiWordLower[b] == 0) {
			return false
		}
	}
	return true
}

// readPlain is read for a plainASCIIName: its words are the runs
// between spaces, lower-cased, exactly as the Tokenizer reads them.
func (b *Brand) readPlain(brand string) {
	wn := 0
	for i := 0; i < len(brand); {
		if brand[i] == ' ' {
			i++
			continue
		}
		start := i
		for i < len(brand) && brand[i] != ' ' {
			i++
		}
		fits := b.nwords < len(b.ends) && wn+i-start <= len(b.words)
		for j := start; j < i; j++ {
			c := asciiWordLower[brand[j]]
			if fits {
				b.words[wn] = c
				wn++
			}
			if b.sn < len(b.squash) {
				b.squash[b.sn] = c
				b.sn++
			}
		}
		if fits {
			b.ends[b.nwords] = uint8(wn)
			b.nwords++
		}
	}
	b.set = b.sn > 0
}

// isSquashed reports the bytes a squashed brand keeps: everything but ASCII
// punctuation ("glow-co", "glow_co" and "glow.co" squash to "glowco").
func isSquashed(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// Set reports whether b names a brand.
func (b *Brand) Set() bool { return b.set }

// Link makes next the name after b: the brand's other names hang off the
// first one.
func (b *Brand) Link(next *Brand) { b.alt = next }

// Next returns the brand's name after b, or nil.
func (b *Brand) Next() *Brand { return b.alt }

// Squashed returns b's name folded to its letters and digits: "glowco".
func (b *Brand) Squashed() []byte { return b.squash[:b.sn] }

func (b *Brand) word(i int) []byte {
	start := 0
	if i > 0 {
		start = int(b.ends[i-1])
	}
	return b.words[start:b.ends[i]]
}

// handleSuffixes may follow a brand's name in its own handle:
// "@glowcoofficial", "@glowco_us". Anything else after the name makes
// another account: "@glowcosmetics" is not Glow Co.
var handleSuffixes = [...]string{"official", "hq", "us", "usa", "uk", "global", "shop", "store", "inc"}

// MatchesHandle reports whether a mention's body ("glowco_us") names the
// brand under any of its names: the squashed name, ignoring ASCII
// punctuation, then nothing, a '_' or '.', or one of handleSuffixes.
func (b *Brand) MatchesHandle(body []byte) bool {
	for n := b; n != nil; n = n.alt {
		if n.matchesHandleName(body) {
			return true
		}
	}
	return false
}

func (b *Brand) matchesHandleName(body []byte) bool {
	j := 0
	for i, c := range body {
		if j == b.sn {
			rest := body[i:]
			if c == '_' || c == '.' {
				return true
			}
			for _, s := range handleSuffixes {
				if string(rest) == s {
					return true
				}
			}
			return false
		}
		if !isSquashed(c) {
			continue
		}
		if c != b.squash[j] {
			return false
		}
		j++
	}
	return j == b.sn
}

// matchesSquashed reports whether a word is the squashed brand ("glowco")
// under any of its names.
func (b *Brand) matchesSquashed(w []byte) bool {
	for n := b; n != nil; n = n.alt {
		if string(w) == string(n.squash[:n.sn]) {
			return true
		}
	}
	return false
}

// TagRole returns the index in roles of the role a hashtag key names
// after one of the brand's squashed names ("#glowcopartner" with role
// "partner"; "#chase_partner", per ftc-faqs, reads "#chasepartner"), or -1
// for none, and for a b that names no brand. The key is a Hashtag's, read
// as TagKey folds it; roles must be folded so too; the brand's names are
// compared folded the same way ("Glöw Co" is "#glowcopartner").
func (b *Brand) TagRole(key []byte, roles []string) int {
	if !b.set || len(key) < 2 || key[0] != '#' {
		return -1
	}
	body := key[1:]
	var folded [maxBrandBytes]byte
	for name := b; name != nil; name = name.alt {
		sq := name.squash[:name.sn]
		if name.accented {
			sq = folded[:copy(folded[:], sq)]
			sq = sq[:foldMarks(sq)]
		}
		if len(body) <= len(sq) || string(body[:len(sq)]) != string(sq) {
			continue
		}
		rest := body[len(sq):]
		for i, r := range roles {
			if string(rest) == r {
				return i
			}
		}
	}
	return -1
}
