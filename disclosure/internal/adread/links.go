package adread

import (
	"net/url"
	"strings"
)

// LooksLikeCode reports whether a word, as written, reads as a discount
// code: 3 to 24 ASCII letters, digits, '_' or '-', with a digit, or 4 or
// more letters all capitals.
func LooksLikeCode(w string) bool {
	if len(w) < 3 || len(w) > 24 {
		return false
	}
	digit, lower, letters := false, false, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z':
			lower = true
			letters++
		case 'A' <= c && c <= 'Z':
			letters++
		case c == '_' || c == '-':
		default:
			return false
		}
	}
	return digit || (!lower && letters >= 4)
}

// affiliateHosts are link hosts that exist to track affiliate sales; a
// host matches itself and its subdomains.
var affiliateHosts = [...]string{
	"amzn.to", "liketk.it", "shopltk.com", "rstyle.me", "shopstyle.it", "shopmy.us",
	"click.linksynergy.com", "awin1.com", "shareasale.com", "go.skimresources.com",
	"anrdoezrs.net", "jdoqocy.com", "tkqlhce.com", "dpbolvw.net", "kqzyfj.com",
}

// affiliateParams are query parameters that mark a link as an affiliate's.
var affiliateParams = [...]string{"aff", "affid", "aff_id", "affiliate", "affiliate_id"}

// trackingParams are the campaign parameters of Google Analytics' UTM
// scheme (per ga-utm): a link that carries them was made to measure a
// campaign.
var trackingParams = [...]string{"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}

// linkKind is what a link in a caption reads as.
type linkKind uint8

const (
	plainLink     linkKind = iota
	affiliateLink          // made to track an affiliate's sales
	trackingLink           // carries campaign tracking parameters
)

// isAffiliateQuery reports a query that marks a link on host as an
// affiliate's.
func isAffiliateQuery(host string, q url.Values) bool {
	if q.Get("tag") != "" && (strings.HasPrefix(host, "amazon.") || strings.Contains(host, ".amazon.")) {
		return true
	}
	for _, p := range affiliateParams {
		if q.Has(p) {
			return true
		}
	}
	return strings.EqualFold(q.Get("utm_medium"), "affiliate")
}

// readLink reads raw, a URL as written in a caption, once: an affiliate
// link (a host of affiliateHosts or its subdomain, an Amazon link with a
// "tag", an affiliate parameter, or utm_medium=affiliate) wins over a
// tracking link (one of trackingParams). Trailing punctuation of the
// sentence is ignored; a link without a scheme is read as https, and one
// url.Parse rejects is no affiliate link but still read for tracking
// parameters.
func readLink(raw string) linkKind {
	raw = strings.TrimRight(raw, ".,;:!?)]}\"'")
	withScheme := raw
	if !strings.Contains(raw, "://") {
		withScheme = "https://" + raw
	}
	u, err := url.Parse(withScheme)
	parsed := err == nil
	var host, query string
	if parsed {
		host, query = strings.ToLower(u.Hostname()), u.RawQuery
		for _, h := range affiliateHosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				return affiliateLink
			}
		}
	} else {
		_, query, _ = strings.Cut(raw, "?")
	}
	if query == "" {
		return plainLink
	}
	q, _ := url.ParseQuery(query) // what parses of a malformed query counts
	if parsed && isAffiliateQuery(host, q) {
		return affiliateLink
	}
	for _, p := range trackingParams {
		if q.Has(p) {
			return trackingLink
		}
	}
	return plainLink
}
