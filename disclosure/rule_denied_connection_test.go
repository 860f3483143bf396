package disclosure

import (
	"testing"
	"time"
)

// TestRuleDeniedConnection: a sponsored post that says it is not
// sponsored, in the caption or the transcript, in any pack's language.
func TestRuleDeniedConnection(t *testing.T) {
	runRuleCases(t, RuleDeniedConnection, []ruleCase{
		{why: "a denial row on a paid post", post: Post{Caption: "Not sponsored, I just love this serum", Connection: Paid}, want: []string{"Not sponsored"}},
		{why: "a negated label on a gift", post: Post{Caption: "Glow Co serum, no #ad, just love", Connection: Gift}, want: []string{"no #ad"}},
		{why: "a label answered by a denial on an affiliate post", post: Post{Caption: "Sponsored? Nope! Link in bio", Connection: Affiliate}, want: []string{"Sponsored? Nope"}},
		{why: "a question answered \"Never\" and the creator's own money", post: Post{Caption: "Paid partnership? Never. I bought this myself"}, want: []string{"Paid partnership? Never"}},
		{why: "bought with the creator's own money, connection not declared", post: Post{Caption: "I bought this myself and love it"}, want: []string{"I bought this myself"}},
		{why: "only the first denial is reported", post: Post{Caption: "not sponsored. not an ad either", Connection: Paid}, want: []string{"not sponsored"}},
		{why: "a French negated statement label", post: Post{Caption: "Ce n'est pas une collaboration commerciale, j'adore", Jurisdiction: FR, Connection: Paid}, want: []string{"pas une collaboration commerciale"}},
		{why: "a Dutch negated brand phrase", post: Post{Caption: "Niet in samenwerking met @glowco, zelf gekocht", Jurisdiction: NL, Connection: Paid}, want: []string{"Niet in samenwerking met @glowco"}},
		{why: "a German denial row", post: Post{Caption: "Keine Werbung, selbst gekauft", Jurisdiction: DE, Connection: Gift}, want: []string{"Keine Werbung"}},
		{why: "a denial beside a real label still misleads", post: Post{Caption: "#ad Glow Co serum, not sponsored by them though", Connection: Paid}, want: []string{"not sponsored"}},
		{why: "a transcript denial is a transcript finding", post: Post{Caption: "#ad Glow Co serum", Connection: Paid, Transcript: []Segment{{Text: "Ad? No way, I bought it"}}}, want: []string{""}},
		{why: "an overlay's denial is a finding for the whole caption", post: Post{Caption: "#ad Glow Co serum", Connection: Paid, Overlays: []Overlay{{Start: 0, End: 3 * time.Second, Text: "not sponsored!"}}}, want: []string{""}},
		{why: "an overlay's label stands", post: Post{Caption: "#ad Glow Co serum", Connection: Paid, Overlays: []Overlay{{Start: 0, End: 3 * time.Second, Text: "#ad"}}}},
		{why: "an organic post may say it is not sponsored", post: Post{Caption: "Not sponsored, I just love this serum", Connection: NoConnection}},
		{why: "an organic post's transcript may too", post: Post{Caption: "Loving this serum", Connection: NoConnection, Transcript: []Segment{{Text: "this is not sponsored"}}}},
		{why: "a label answered yes is no denial", post: Post{Caption: "Sponsored? Yes! Thanks Glow Co", Connection: Paid}},
		{why: "an answer that goes on is no denial", post: Post{Caption: "Ad? No idea what this serum costs, #ad", Connection: Paid}},
		{why: "a disclosed post without denial", post: Post{Caption: "#ad Loving this serum", Connection: Paid}},
	})
}
