package disclosure_test

import (
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func ExampleCheck() {
	r := disclosure.Check(disclosure.Post{
		Caption:  "Loving this serum from @glowco ✨ #skincare #glow #ad",
		Platform: influencekit.Instagram,
		Brand:    "Glow Co",
	})
	fmt.Println("compliant:", r.Compliant())
	for _, f := range r.Findings {
		fmt.Printf("%d:%d %s %s: %s\n", f.Start, f.End, f.Severity, f.Rule, f.Fixes[0].Message)
	}
	// Output:
	// compliant: false
	// 51:54 error buried-disclosure: Move "#ad" to the start
	// 51:54 error not-upfront: Move "#ad" to the start
}

func ExampleCheck_brand() {
	for _, caption := range []string{
		"Paid partnership with Glow Co. Morning routine",
		"#glowcoambassador morning routine",
		"thanks @glowco! morning routine",
		"Thanks to Glow Co for the free product! Morning routine",
	} {
		r := disclosure.Check(disclosure.Post{Caption: caption, Brand: "Glow Co"})
		l := r.Disclosures[0]
		fmt.Printf("%q: %s %s, compliant %t\n", l.Text, l.Clarity, l.Connection, r.Compliant())
	}
	// Output:
	// "Paid partnership with Glow Co": clear paid, compliant true
	// "#glowcoambassador": clear paid, compliant true
	// "thanks @glowco": vague unknown, compliant false
	// "Thanks to Glow Co for the free product": clear gift, compliant true
}

func ExampleCheck_stylized() {
	p := disclosure.Post{Caption: "#𝐚𝐝 new drop"}
	r := disclosure.Check(p)
	l := r.Disclosures[0]
	fmt.Printf("label %q at bytes [%d, %d), %s\n", l.Text, l.Start, l.End, l.Clarity)
	fmt.Println(r.Findings[0].Rule, r.Compliant())
	// Output:
	// label "#𝐚𝐝" at bytes [0, 9), clear
	// obfuscated-disclosure true
}

func ExampleAutofix() {
	for _, caption := range []string{
		"Sunday brunch 🥂",
		"new kicks #spon",
		"Love it!#skincare#ad#glow",
	} {
		fmt.Println(disclosure.Autofix(disclosure.Post{Caption: caption}))
	}
	// Output:
	// #ad Sunday brunch 🥂
	// #sponsored new kicks
	// #ad Love it!#skincare#glow
}

func ExampleNewChecker() {
	// This team's policy only needs the label above the fold.
	c, err := disclosure.NewChecker(disclosure.Options{
		Severity: map[disclosure.Rule]influencekit.Severity{disclosure.RuleNotUpfront: influencekit.SeverityInfo},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := c.Check(disclosure.Post{Caption: "Loving this serum #ad", Platform: influencekit.Instagram})
	fmt.Println(r.Findings[0].Severity, r.Findings[0].Rule, r.Compliant())
	// Output:
	// info not-upfront true
}

func ExampleJurisdiction() {
	// The same caption under three jurisdictions' rules.
	caption := "#ad My new favourite serum"
	for _, j := range []disclosure.Jurisdiction{disclosure.US, disclosure.DE, disclosure.FR} {
		r := disclosure.Check(disclosure.Post{Caption: caption, Jurisdiction: j})
		fmt.Printf("%s: %s, compliant %t\n", j, r.Disclosures[0].Clarity, r.Compliant())
		for _, f := range r.Findings {
			fmt.Printf("  %s %s: %s\n", f.Severity, f.Rule, f.Fixes[0].Message)
		}
	}
	// Output:
	// US: clear, compliant true
	// DE: vague, compliant false
	//   error vague-disclosure: Replace "#ad" with "Werbung"
	// FR: clear, compliant true
	//   warning language-mismatch: Replace "#ad" with "#publicité"
}

func ExampleCheck_transcript() {
	r := disclosure.Check(disclosure.Post{
		Caption:  "#ad Live: unboxing the spring kit",
		Platform: influencekit.Twitch,
		Format:   influencekit.Live,
		Duration: 50 * time.Minute,
		Brand:    "Glow Co",
		Transcript: []disclosure.Segment{
			{Start: 0, Text: "Hi chat, welcome in!"},
			{Start: 12 * time.Second, Text: "Quick heads-up: this stream is sponsored by Glow Co."},
			{Start: 20 * time.Minute, Text: "Reminder, this is an ad for Glow Co."},
		},
	})
	for _, f := range r.Findings {
		s := f.Transcript
		fmt.Printf("%s segment %d, %v to %v: %s\n", f.Rule, s.Segment, s.From, s.To, f.Message)
	}
	// Output:
	// live-disclosure-gap segment 2, 12s to 20m0s: no spoken disclosure for 19:48, from 0:12 until "this is an ad" at 20:00: repeat it at least every 15:00 of a live stream
	// live-disclosure-gap segment -1, 20m0s to 50m0s: no spoken disclosure for the last 30:00 of the stream, from 20:00 to its end at 50:00: repeat it at least every 15:00 of a live stream
}

// A reel whose caption names no product shows one on screen: the overlay
// says what the post promotes, and the report says which overlay and
// which bytes of its text.
func ExampleCheck_categoryOnScreen() {
	p := disclosure.Post{
		Caption:      "Pubblicità Il mio venerdì sera con @glowbar",
		Jurisdiction: disclosure.IT,
		Format:       influencekit.Reel,
		Overlays: []disclosure.Overlay{
			{Start: 0, End: 3 * time.Second, Text: "Pubblicità"},
			{Start: 3 * time.Second, End: 12 * time.Second, Text: "Il mio spritz preferito 🍹"},
		},
	}
	r := disclosure.Check(p)
	if at := r.CategoryOverlay; at != nil {
		fmt.Printf("%s, read from overlay %d: %q\n", r.Category, at.Index, p.Overlays[at.Index].Text[at.Start:at.End])
	}
	for _, f := range r.Findings {
		fmt.Printf("%s: %s\n", f.Rule, f.Message)
	}
	// Output:
	// alcohol, read from overlay 1: "spritz"
	// restricted-promotion: Italian AGCOM rules allow posts for alcohol only where minors cannot see them: switch on the platform's age-gating
}

func ExampleCheck_affiliate() {
	for _, description := range []string{
		"I receive a small commission if you buy through these links.",
		"Affiliate links below!",
		"Support the channel by shopping through my link.",
		"Liking the video helps support the channel.",
	} {
		r := disclosure.Check(disclosure.Post{Caption: description, Platform: influencekit.YouTube})
		if len(r.Disclosures) == 0 {
			fmt.Printf("%q: no label\n", description)
			continue
		}
		l := r.Disclosures[0]
		fmt.Printf("%q: %s %s (%q)\n", description, l.Clarity, l.Connection, l.Text)
	}
	// Output:
	// "I receive a small commission if you buy through these links.": clear affiliate ("I receive a small commission")
	// "Affiliate links below!": ambiguous affiliate ("Affiliate links")
	// "Support the channel by shopping through my link.": ambiguous affiliate ("Support the channel by shopping")
	// "Liking the video helps support the channel.": no label
}

func ExampleCheck_connection() {
	// The creator declares the post paid, but labels it only as a gift.
	r := disclosure.Check(disclosure.Post{Caption: "#gifted my new palette", Connection: disclosure.Paid, Jurisdiction: disclosure.UK})
	for _, f := range r.Findings {
		fmt.Printf("%s %s\n", f.Severity, f.Rule)
	}
	// An organic post needs no label.
	fmt.Println(disclosure.Check(disclosure.Post{Caption: "my morning coffee", Connection: disclosure.NoConnection}).Compliant())
	// Output:
	// warning ambiguous-disclosure
	// error mismatched-disclosure
	// true
}

// A label counts only where it stands as one, and a label the text takes
// back is none: on a sponsored post it is a denial.
func ExampleCheck_denial() {
	for _, caption := range []string{
		"Ad blockers made my feed so calm", // "Ad" is the sentence's subject
		"Ad: my winter serum",              // set off by its colon
		"Sponsored? Nope! I love it",       // asked and answered no
	} {
		r := disclosure.Check(disclosure.Post{Caption: caption, Connection: disclosure.Paid})
		fmt.Printf("%q: %d labels", caption, len(r.Disclosures))
		for _, f := range r.Findings {
			fmt.Printf(", %s", f.Rule)
		}
		fmt.Println()
	}
	// Output:
	// "Ad blockers made my feed so calm": 0 labels, missing-disclosure
	// "Ad: my winter serum": 1 labels
	// "Sponsored? Nope! I love it": 0 labels, denied-connection, missing-disclosure
}

// A brand's house hashtag is no label the regulators list: a team adds it
// to its checker as a clear paid label for the jurisdictions it posts in.
func ExampleOptions_houseHashtag() {
	post := disclosure.Post{Caption: "#glowcopartner My new favourite serum"}
	fmt.Println("default:", disclosure.Check(post).Findings[0].Rule)

	c, err := disclosure.NewChecker(disclosure.Options{Terms: []disclosure.Term{
		{Jurisdiction: disclosure.US, Text: "#glowcopartner", Clarity: disclosure.Clear, Connection: disclosure.Paid},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := c.Check(post)
	fmt.Println("with the house hashtag:", r.Compliant(), r.Disclosures[0].Text, r.Disclosures[0].Clarity, r.Disclosures[0].Connection)

	_, err = disclosure.NewChecker(disclosure.Options{Terms: []disclosure.Term{{Text: "#glowcopartner"}}})
	fmt.Println(err)
	// Output:
	// default: missing-disclosure
	// with the house hashtag: true #glowcopartner clear paid
	// disclosure: invalid term: Terms[0] "#glowcopartner" for US: a label's clarity is clear, ambiguous or vague
}

func ExampleRules() {
	for _, r := range disclosure.Rules()[:4] {
		fmt.Println(r.Rule, r.Severity)
	}
	// Output:
	// missing-disclosure error
	// vague-disclosure error
	// ambiguous-disclosure warning
	// not-upfront error
}

// The placement rules judge the best label: here the clear "#ad", which
// comes after other text and at the end of a run of hashtags.
func ExampleCheck_placement() {
	r := disclosure.Check(disclosure.Post{Caption: "Glow all day #skincare #glow #ad", Platform: influencekit.Instagram})
	for _, f := range r.Findings {
		fmt.Printf("%s: %s, inserting %q\n", f.Rule, f.Fixes[0].Message, f.Fixes[0].Edits[0].Text)
	}
	// Output:
	// buried-disclosure: Move "#ad" to the start, inserting "#ad "
	// not-upfront: Move "#ad" to the start, inserting "#ad "
}

func ExampleLookupSource() {
	r := disclosure.Check(disclosure.Post{Caption: "#ad clinically proven", Jurisdiction: disclosure.UK})
	f := r.Findings[0]
	s, _ := disclosure.LookupSource(f.Source)
	fmt.Println(f.Rule, "rests on", s.Key+":", s.Authority)
	fmt.Println(r.Disclosures[0].Text, "rests on", r.Disclosures[0].Source)
	// Output:
	// unsubstantiated-claim rests on cap-code: UK Committee of Advertising Practice
	// #ad rests on asa-influencers-guide
}

// The first annotated case of the package doc, as Go: a label after the
// text is not upfront, and the fix moves it to the start.
func ExampleCheck_notUpfront() {
	post := disclosure.Post{Caption: "Loving this serum #ad", Platform: influencekit.Instagram}
	r := disclosure.Check(post)
	for _, f := range r.Findings {
		fmt.Printf("%s at %s (%s)\n", f.Rule, post.Caption[f.Start:f.End], f.Severity)
	}
	for _, l := range r.Disclosures {
		fmt.Printf("label %s %s %s\n", l.Text, l.Clarity, l.Connection)
	}
	fmt.Println("fix:", disclosure.Autofix(post))
	// Output:
	// not-upfront at #ad (error)
	// label #ad clear paid
	// fix: #ad Loving this serum
}

// A post taken from a user is validated before it is checked: the error
// names the value's JSON path, as the JSON reader's does.
func ExamplePost_Validate() {
	p := disclosure.Post{
		Caption:  "Publicité Nouvelle crème",
		Category: disclosure.CosmeticProcedure,
		Overlays: []disclosure.Overlay{
			{Start: 0, End: 3 * time.Second, Text: "Publicité"},
			{Start: 5 * time.Second, End: 4 * time.Second, Text: "Publicité"},
		},
	}
	fmt.Println(p.Validate())
	// Output:
	// disclosure: overlays[1].end: invalid duration: 4 seconds is before the overlay's start, 5 seconds
}

// A financial promotion: in the UK an influencer's crypto post needs the
// approval of an FCA-authorised person, recorded as the post's approval
// reference, and no refer-a-friend bonus; in Spain a crypto campaign from
// an account with 100,000 followers or more is notified to the CNMV ahead,
// which the report says as an info.
func ExampleCheck_financialPromotion() {
	const fcaWarning = "Don't invest unless you're prepared to lose all the money you invest. " +
		"This is a high-risk investment and you should not expect to be protected if something goes wrong."
	uk := disclosure.Check(disclosure.Post{
		Caption:      "#ad Staking made simple: refer a friend and you both get a bonus. " + fcaWarning,
		Jurisdiction: disclosure.UK,
		Connection:   disclosure.Paid,
	})
	for _, f := range uk.Findings {
		fmt.Printf("%s (%s, %s): %s\n", f.Rule, f.Severity, f.Source, f.Message)
	}
	es := disclosure.Check(disclosure.Post{
		Caption: "Publicidad Compra bitcoin en Glow. La inversión en criptoactivos no está regulada, puede no ser " +
			"adecuada para inversores minoristas y perderse la totalidad del importe invertido.",
		Overlays: []disclosure.Overlay{{End: 5 * time.Second, Text: "This crypto-asset marketing communication has not been " +
			"reviewed or approved by any competent authority in any Member State of the European Union. The offeror of the " +
			"crypto-asset is solely responsible for the content of this crypto-asset marketing communication."}},
		Jurisdiction: disclosure.ES,
		Connection:   disclosure.Paid,
		Followers:    250000,
	})
	for _, f := range es.Findings {
		fmt.Printf("%s (%s, %s): %s\n", f.Rule, f.Severity, f.Source, f.Message)
	}
	fmt.Println("compliant in Spain:", es.Compliant())
	// Output:
	// restricted-promotion (error, fca-crypto-routes): UK FCA rules require a sponsored post for crypto-assets to have the approval of "an FCA-authorised person (FSMA s21), or the FCA registration of the cryptoasset business it is made for", and the post records none: have it approved and record the approval's reference
	// restricted-promotion (error, fca-crypto-promotions): UK FCA rules for crypto-assets bar offers of a reward for investing, signing up or referring others, and "refer a friend" is one: remove the offer
	// restricted-promotion (info, es-cnmv-circular-1-2022): Spanish CNMV rules require a campaign for crypto-assets from an account with 100,000 followers or more to be notified to "the CNMV 10 working days before the campaign starts", which the post's data cannot show: check it was
	// compliant in Spain: true
}

// A finance influencer in India: ASCI asks a creator who gives investment
// advice to show their SEBI registration number in the post, so the
// caption or an on-screen overlay must hold one ("INA" and nine digits
// for an investment adviser, "INH" and nine for a research analyst); a
// number recorded as the post's approval reference is not shown to the
// follower.
func ExampleCheck_finfluencer() {
	post := disclosure.Post{
		Caption:      "#ad Why I moved my SIP to this mutual fund with Glow Invest",
		Jurisdiction: disclosure.IN,
		Connection:   disclosure.Paid,
		Approval:     "INA000012345",
	}
	for _, f := range disclosure.Check(post).Findings {
		fmt.Printf("%s (%s, %s): %s\n", f.Rule, f.Severity, f.Source, f.Message)
	}
	post.Overlays = []disclosure.Overlay{{End: 10 * time.Second, Text: "Priya Shah, CFA | SEBI RIA INA000012345"}}
	fmt.Println("with the number on screen:", disclosure.Check(post).Compliant())
	// Output:
	// restricted-promotion (error, asci-finfluencers-2023): ASCI rules for financial instruments (CFDs, forex, shares) ask that "a creator who gives investment-related advice is registered with SEBI and shows their SEBI registration number, name and qualifications prominently in the post", and neither the caption nor an overlay shows a registration number (INA or INH and 9 digits, such as INA000012345): add it to the post
	// with the number on screen: true
}
