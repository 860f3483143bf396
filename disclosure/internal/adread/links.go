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

// IsAffiliateURL reports whether raw, a URL as written in a caption, is an
// affiliate link. Trailing punctuation of the sentence is ignored.
func IsAffiliateURL(raw string) bool {
	raw = strings.TrimRight(raw, ".,;:!?)]}\"'")
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range affiliateHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	q := u.Query()
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

// trackingParams are the campaign parameters of Google Analytics' UTM
// scheme (per ga-utm): a link that carries them was made to measure a
// campaign.
var trackingParams = [...]string{"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}

// isTrackingURL reports whether raw, a URL as written in a caption,
// carries campaign tracking parameters.
func isTrackingURL(raw string) bool {
	_, query, ok := strings.Cut(raw, "?")
	if !ok {
		return false
	}
	q, err := url.ParseQuery(strings.TrimRight(query, ".,;:!?)]}\"'"))
	if err != nil && len(q) == 0 {
		return false
	}
	for _, p := range trackingParams {
		if q.Has(p) {
			return true
		}
	}
	return false
}
