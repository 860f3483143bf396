package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// TestAffiliateStatements tells a clear explanation ("I receive a small
// commission if you buy through these links") from a bare "affiliate
// link" or "support the channel" (ambiguous), and both from text that
// only looks like them. The sentences are written for this test in the
// shapes of YouTube descriptions, not taken from the corpus.
func TestAffiliateStatements(t *testing.T) {
	rows := []struct {
		why, text string
		want      string // "clarity connection label" of the first label, "" for none
	}{
		{why: "the issue's explanation", text: "I receive a small commission if you buy through these links.", want: "clear affiliate I receive a small commission"},
		{why: "a contraction as the subject", text: "If you order through my link I'll get a small commission.", want: "clear affiliate I'll get a small commission"},
		{why: "a modal verb", text: "We might earn a commission on purchases made below.", want: "clear affiliate We might earn a commission"},
		{why: "no subject: the verb and its object", text: "Shopping here helps me earn commission :)", want: "clear affiliate earn commission"},
		{why: "paid a commission in the passive", text: "I will be paid a small commission on every sale.", want: "clear affiliate paid a small commission"},
		{why: "a common misspelling", text: "Book shop link (I get a small commision)", want: "clear affiliate get a small commision"},
		{why: "money in other words", text: "This means I make a little bit of money when you buy.", want: "clear affiliate I make a little bit of money"},
		{why: "at no extra cost to you explains the connection", text: "Buying through these links supports me at no extra cost to you.", want: "ambiguous affiliate links supports me"},
		{why: "at no extra cost about shipping, with no purchase or link in the sentence, is a shop's offer (issue 12)", text: "Everything below ships at no extra cost to you.", want: ""},
		{why: "at no extra cost after a purchase in the sentence explains the connection", text: "If you buy through these, it comes at no extra cost to you.", want: "clear affiliate no extra cost to you"},
		{why: "the associates program statement", text: "We are a participant in an associates program designed to provide a means for sites to earn advertising fees.", want: "ambiguous affiliate participant in an associates program"},
		{why: "advertising fees alone", text: "Sites earn advertising fees by linking.", want: "clear affiliate earn advertising fees"},
		{why: "a bare affiliate link", text: "Affiliate link: https://example.com/x", want: "ambiguous affiliate Affiliate link"},
		{why: "links said to be affiliate", text: "Some links above may be affiliate.", want: "ambiguous affiliate affiliate."},
		{why: "no extra charge that is not about links", text: "There was no extra charge for that.", want: ""},
		{why: "affiliate in parentheses after a link", text: "Tripod https://example.com/t (affiliate)", want: "ambiguous affiliate (affiliate)"},
		{why: "a word between affiliate and links", text: "Our filming gear via our store affiliate shopping links", want: "ambiguous affiliate affiliate shopping links"},
		{why: "support the channel by buying", text: "Support the channel by shopping through my links!", want: "ambiguous affiliate Support the channel by shopping"},
		{why: "support with a name and for free", text: "Support Tess Tech for free by using this link", want: "ambiguous affiliate Support Tess Tech for free by using this link"},
		{why: "support when you shop", text: "Support my channel when you shop online through this link", want: "ambiguous affiliate Support my channel when you shop"},
		{why: "a link that supports the show", text: "Bookmark this link to support the show", want: "ambiguous affiliate link to support"},
		// Channel support tied to buying or a link earlier in the sentence.
		{why: "buying from the links helps out the channel", text: "Please order online from the links above as it does help out the channel.", want: "ambiguous affiliate help out the channel"},
		{why: "shop somewhere to support my channel", text: "Shop my desk setup at the store to support my channel: https://example.com/s", want: "ambiguous affiliate support my channel"},
		{why: "shopping supports the channel at the same time", text: "If you shop online you also support the channel at the same time, just use my link.", want: "ambiguous affiliate support the channel"},
		{why: "support a named creator after shopping", text: "Shop at the corner store & support Tess!", want: "ambiguous affiliate support Tess"},
		{why: "support after a link", text: "Grab it through this link and help support me!", want: "ambiguous affiliate help support me"},
		{why: "several words between support and using a link", text: "Support the editor of this cooking page by using this shop link every time.", want: "ambiguous affiliate Support the editor of this cooking page by using this shop link"},
		{why: "several words between support and shopping", text: "Support my video editing efforts and channel by shopping online.", want: "ambiguous affiliate Support my video editing efforts and channel by shopping"},
		// Plain support talk, even beside a purchase or a link.
		{why: "tech support is no channel support", text: "Call tech support if the link breaks.", want: ""},
		{why: "supporting a team after buying tickets is not supporting the creator", text: "Buy tickets to support the team!", want: ""},
		{why: "the same in Title Case: The is no name", text: "Buy Tickets To Support The Team", want: ""},
		{why: "supporting a cause is no disclosure", text: "I support this cause with all my heart.", want: ""},
		{why: "helping the channel by liking is about likes", text: "Please like and subscribe as it helps the channel.", want: ""},
		{why: "a purchase in an earlier sentence does not carry over", text: "I bought this in a shop. Please subscribe to support the channel.", want: ""},
		{why: "a link on an earlier line does not carry over", text: "Playlist link below\nsupport my channel by subscribing", want: ""},
		{why: "in order to is no purchase", text: "In order to help the channel grow, subscribe!", want: ""},
		{why: "a bare support the channel is about likes, not links", text: "Liking the video helps support the channel.", want: ""},
		{why: "support by subscribing is no affiliate disclosure", text: "Support us by subscribing!", want: ""},
		{why: "not affiliated denies a connection", text: "This video is not affiliated with any brand.", want: ""},
		{why: "not endorsed by or affiliated with denies one too", text: "It is not endorsed by or affiliated with the publisher.", want: ""},
		{why: "no commission is a denial", text: "I don't get a commission from these links.", want: ""},
		{why: "affiliate marketing as a topic is no disclosure", text: "How to start affiliate marketing in 2017", want: ""},
		{why: "an affiliate program as a topic is no disclosure", text: "How to make money with an affiliate program", want: ""},
		{why: "thanks for watching is not thanks to a brand", text: "Thanks for watching and see you next week", want: ""},
		{why: "a commission of inquiry is no commission from links", text: "The state appointed a special commission to investigate.", want: ""},
		{why: "making money as a topic is no disclosure", text: "Ways to make a little bit of money on the side", want: ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := disclosure.Check(disclosure.Post{Caption: row.text, Platform: influencekit.YouTube})
			got := ""
			if len(r.Disclosures) > 0 {
				got = labelStrings(r)[0]
			}
			assert.Equal(t, row.want, got, "%q", row.text)
		})
	}
}

// TestAffiliateByJurisdiction: the UK calls "affiliate" alone inadequate,
// the FTC ambiguous; an explanation is clear in both.
func TestAffiliateByJurisdiction(t *testing.T) {
	bare := "Affiliate links below"
	assert.Equal(t, []disclosure.Rule{ambiguous}, ruleList(disclosure.Check(disclosure.Post{Caption: bare})))
	assert.Equal(t, []disclosure.Rule{vague}, ruleList(disclosure.Check(disclosure.Post{Caption: bare, Jurisdiction: disclosure.UK})))
	explained := "I earn a commission if you buy through these links"
	for _, j := range []disclosure.Jurisdiction{disclosure.US, disclosure.UK, disclosure.IE} {
		r := disclosure.Check(disclosure.Post{Caption: explained, Jurisdiction: j})
		assert.True(t, r.Compliant(), "%s", j)
		assert.Equal(t, "clear affiliate I earn a commission", labelStrings(r)[0], "%s", j)
	}
}
