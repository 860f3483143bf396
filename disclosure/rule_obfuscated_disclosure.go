package disclosure

import "github.com/influencekit/influencekit"

// RuleObfuscatedDisclosure (warning): a label is only found after
// normalizing stylized letters or invisible characters.
const RuleObfuscatedDisclosure Rule = "obfuscated-disclosure"

// ruleObfuscatedDisclosure declares obfuscated-disclosure.
var ruleObfuscatedDisclosure = ruleSpec{
	rule:     RuleObfuscatedDisclosure,
	severity: influencekit.SeverityWarning,
}

// checkObfuscatedDisclosure applies [RuleObfuscatedDisclosure]: a label
// (a disclosure, editing or AI label) found only after normalizing stylized letters or
// invisible characters, fixed by writing it plainly.
func checkObfuscatedDisclosure(in *captionFacts, out *findingSet) {
	for _, f := range in.found {
		if !f.altered || f.kind != termLabel && f.kind != termEditing && f.kind != termAI {
			continue
		}
		text := in.post.Caption[f.start:f.end]
		plain := plainText(text)
		msg := out.message("%q is only a label after normalizing stylized or invisible characters, which screen readers and searches miss: write it as %q", text, plain)
		out.add(idObfuscatedDisclosure, f.start, f.end, msg,
			out.fix(out.message("Replace %q with %q", text, plain), pendingEdit{start: f.start, end: f.end, text: static(plain)}))
	}
}
