package adread

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestReadLink(t *testing.T) {
	rows := []struct {
		why  string
		raw  string
		want linkKind
	}{
		{why: "an affiliate host", raw: "https://amzn.to/3xYz", want: affiliateLink},
		{why: "a subdomain of an affiliate host, without a scheme", raw: "www.click.linksynergy.com/x", want: affiliateLink},
		{why: "a host that only ends like one is not it", raw: "https://notamzn.to/x", want: plainLink},
		{why: "an Amazon link with a tag", raw: "https://www.amazon.de/dp/B0?tag=glow-21", want: affiliateLink},
		{why: "a tag on another shop is no affiliate mark", raw: "https://glow.co/p?tag=serum", want: plainLink},
		{why: "an affiliate parameter", raw: "https://glow.co/p?affid=12", want: affiliateLink},
		{why: "utm_medium=affiliate is affiliate, not only tracking", raw: "https://glow.co/p?utm_source=ig&utm_medium=Affiliate", want: affiliateLink},
		{why: "campaign parameters are tracking", raw: "https://glow.co/p?utm_campaign=spring", want: trackingLink},
		{why: "the sentence's punctuation after the link is ignored", raw: "https://glow.co/p?utm_source=ig).", want: trackingLink},
		{why: "a link url.Parse rejects is still read for tracking", raw: "https://gl ow.co/%zz?utm_source=ig", want: trackingLink},
		{why: "a link url.Parse rejects is no affiliate link", raw: "https://gl ow.co/%zz?affid=1", want: plainLink},
		{why: "a plain link", raw: "https://glow.co/serum", want: plainLink},
		{why: "a fragment is not a query", raw: "https://glow.co/p#utm_source=ig", want: plainLink},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, readLink(row.raw))
		})
	}
}

// BenchmarkReadLink reads a tracking link: one url.Parse and one query
// parse.
func BenchmarkReadLink(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		readLink("https://glow.co/serum?utm_source=ig&utm_campaign=spring")
	}
}
