package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
)

// sampleFiles holds the embedded sample, campaign.json: four creators of a
// skincare launch, from a nano creator with an engaged audience to one with
// bought followers, and their contracts, which campaign.json names by
// paths relative to itself. Some contracts are deliberately flawed so the
// report has problems to show.
//
//go:embed campaign.json contracts/*.json
var sampleFiles embed.FS

// sampleName is the embedded sample's name in sampleFiles.
const sampleName = "campaign.json"

// Campaign is one brand's campaign as the sample file describes it.
type Campaign struct {
	Name     string        `json:"name"`
	Brand    string        `json:"brand"`
	Industry string        `json:"industry"` // an engagement industry name: "beauty", "fashion", ...
	Budget   pricing.Money `json:"budget"`
	Revenue  pricing.Money `json:"revenue"` // sales attributed to the campaign so far
	Creators []Creator     `json:"creators"`
	// ReportDate is the day the results section reports as of.
	ReportDate contract.Date `json:"report_date"`
	Goals      []GoalSpec    `json:"goals"`
	Orders     []Order       `json:"orders"` // sales in the budget's currency, as the shop exported them
	// ExchangeRates convert amounts between currencies where the report
	// compares figures in different ones: an offer with a market range
	// quoted in USD, a fee with the budget.
	ExchangeRates []ExchangeRate `json:"exchange_rates,omitempty"`

	src campaignSource // where the campaign was read from
}

// GoalSpec is one campaign goal: a KPI target with a deadline.
type GoalSpec struct {
	Name     string         `json:"name"`
	KPI      engagement.KPI `json:"kpi"`
	Target   string         `json:"target"` // a number in the KPI's unit; for sales an amount in the budget's currency
	Start    contract.Date  `json:"start"`
	Deadline contract.Date  `json:"deadline"`
	// Measurements are dated values of the KPI. Sales and conversions goals
	// set FromOrders instead and are measured from the orders.
	Measurements []GoalMeasurement `json:"measurements,omitempty"`
	FromOrders   bool              `json:"from_orders,omitempty"`
}

// GoalMeasurement is a KPI's value on a date.
type GoalMeasurement struct {
	Date  contract.Date `json:"date"`
	Value float64       `json:"value"`
}

// Order is one sale, with the discount code and tracked link it came
// through.
type Order struct {
	ID     string    `json:"id"`
	Time   time.Time `json:"time"`
	Amount string    `json:"amount"` // in the budget's currency
	Code   string    `json:"code,omitempty"`
	LinkID string    `json:"link_id,omitempty"`
}

// Creator is one creator in the campaign, with a profile snapshot and the
// posts they made for it.
type Creator struct {
	Name            string                `json:"name"`
	Handle          string                `json:"handle"`
	Platform        influencekit.Platform `json:"platform"`
	Followers       int64                 `json:"followers"`
	Following       int64                 `json:"following"`
	FollowerHistory []FollowerCount       `json:"follower_history"`
	RecentComments  []string              `json:"recent_comments"`
	Deliverables    []Deliverable         `json:"deliverables"`
	RateCard        pricing.RateCard      `json:"rate_card"` // the creator's unit prices, for quoting the deliverables
	OfferedFee      pricing.Money         `json:"offered_fee"`
	Codes           []string              `json:"codes"`           // the creator's discount codes
	LinkIDs         []string              `json:"link_ids"`        // utm_content values of the creator's tracked links
	RecentCaptions  []string              `json:"recent_captions"` // captions of the creator's recent feed, sponsored or not
	Posts           []Post                `json:"posts"`
	// Contract is the creator's agreement: a JSON object in the shape of
	// the contract package's documentation, or a string, the path of a
	// file holding one, relative to the campaign file's directory
	// (slash-separated). Left out or null, the creator has none.
	Contract json.RawMessage `json:"contract,omitempty"`
}

// FollowerCount is a dated follower count.
type FollowerCount struct {
	Date      contract.Date `json:"date"`
	Followers int64         `json:"followers"`
}

// Deliverable is a quantity of one format on one platform that the creator
// is asked to publish.
type Deliverable struct {
	Platform influencekit.Platform `json:"platform"`
	Format   influencekit.Format   `json:"format"`
	Quantity int                   `json:"quantity"`
}

// Post is one published post with the counts the platform reported.
type Post struct {
	ID           string              `json:"id"`
	Format       influencekit.Format `json:"format"`
	Jurisdiction string              `json:"jurisdiction"`
	Edited       bool                `json:"edited"`
	Caption      string              `json:"caption"`
	Likes        int64               `json:"likes"`
	Comments     int64               `json:"comments"`
	Saves        int64               `json:"saves"`
	Shares       int64               `json:"shares"`
	Reach        int64               `json:"reach"`
	Views        int64               `json:"views"`
	Impressions  int64               `json:"impressions"`
	Clicks       int64               `json:"clicks"`
	StoryFrames  []int64             `json:"story_frames,omitempty"` // views of each frame, first to last

	// Connection is the creator's relationship with the brand for this post
	// ("paid", "gift", "affiliate", "none"), which disclosure.Check holds
	// the labels to; left out, it is unknown (assumed sponsored).
	Connection disclosure.Connection `json:"connection"`

	// What the post promotes and shows, as disclosure.Post reads them:
	// alteration ("none", "retouched", "generated", "deep-fake"; edited
	// alone counts as retouched), virtual_creator, category ("alcohol",
	// "nicotine", ...; left out, Check reads it from the caption),
	// age_gated (shown to adults only), approval (the reference of the
	// approval a financial promotion rests on: in the UK the approver's FCA
	// firm reference number) and platform_label (the platform's
	// paid-partnership label is on). The creator's followers are the
	// post's account's, which Check reads too.
	Alteration     disclosure.Alteration `json:"alteration"`
	VirtualCreator bool                  `json:"virtual_creator"`
	Category       disclosure.Category   `json:"category"`
	AgeGated       bool                  `json:"age_gated"`
	Approval       string                `json:"approval"`
	PlatformLabel  bool                  `json:"platform_label"`
}

// followerSeries returns the creator's follower history as engagement
// reads it.
func (cr Creator) followerSeries() []engagement.FollowerSample {
	history := make([]engagement.FollowerSample, len(cr.FollowerHistory))
	for i, h := range cr.FollowerHistory {
		history[i] = engagement.FollowerSample{Date: h.Date.In(time.UTC), Followers: h.Followers}
	}
	return history
}

// loadCampaign decodes a campaign strictly: unknown fields and trailing
// data are errors, so a typo in the file cannot pass unnoticed. A value the
// JSON types allow but the report cannot use is a [*fieldError] naming it.
// src says where data came from; contracts named by path are read through
// it.
func loadCampaign(data []byte, src campaignSource) (Campaign, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Campaign
	if err := dec.Decode(&c); err != nil {
		return Campaign{}, fmt.Errorf("campaign: %w", err)
	}
	if dec.More() {
		return Campaign{}, &fieldError{msg: "trailing data after the campaign object", offset: dec.InputOffset()}
	}
	if len(c.Creators) == 0 {
		return Campaign{}, &fieldError{jsonPath{"creators"}, fmt.Sprintf("campaign %q has no creators", c.Name), 0}
	}
	for _, check := range []func() error{c.checkCounts, c.checkContracts, c.checkExchangeRates} {
		if err := check(); err != nil {
			return Campaign{}, err
		}
	}
	src.data = data
	c.src = src
	return c, nil
}

// fieldError is a value in the campaign file that the report cannot use,
// named by its JSON path (offset is where reading stopped, for an error
// about no one member).
type fieldError struct {
	path   jsonPath
	msg    string
	offset int64
}

func (e *fieldError) Error() string {
	if len(e.path) == 0 {
		return "campaign: " + e.msg
	}
	return "campaign: " + e.path.String() + ": " + e.msg
}

// checkContracts rejects a contract that is neither an object, a path nor
// null.
func (c Campaign) checkContracts() error {
	for i, cr := range c.Creators {
		raw := bytes.TrimSpace(cr.Contract)
		if len(raw) > 0 && raw[0] != '{' && raw[0] != '"' && string(raw) != "null" {
			return &fieldError{path: jsonPath{"creators", i, "contract"}, msg: "give a contract object or the path of a contract file, relative to the campaign file"}
		}
	}
	return nil
}

// checkCounts rejects a negative count in the file, naming its member,
// before any section is written: the library would reject it half-way
// through the report, in its own terms.
func (c Campaign) checkCounts() error {
	bad := func(path jsonPath, n int64) error {
		return &fieldError{path: path, msg: fmt.Sprintf("a count cannot be negative, and this one is %d", n)}
	}
	for i, cr := range c.Creators {
		p := jsonPath{"creators", i}
		for _, f := range []struct {
			name string
			n    int64
		}{{"followers", cr.Followers}, {"following", cr.Following}} {
			if f.n < 0 {
				return bad(p.with(f.name), f.n)
			}
		}
		for j, h := range cr.FollowerHistory {
			if h.Followers < 0 {
				return bad(p.with("follower_history", j, "followers"), h.Followers)
			}
		}
		for j, d := range cr.Deliverables {
			if d.Quantity < 0 {
				return bad(p.with("deliverables", j, "quantity"), int64(d.Quantity))
			}
		}
		for j, po := range cr.Posts {
			for _, f := range []struct {
				name string
				n    int64
			}{{"likes", po.Likes}, {"comments", po.Comments}, {"saves", po.Saves}, {"shares", po.Shares},
				{"reach", po.Reach}, {"views", po.Views}, {"impressions", po.Impressions}, {"clicks", po.Clicks}} {
				if f.n < 0 {
					return bad(p.with("posts", j, f.name), f.n)
				}
			}
			for k, v := range po.StoryFrames {
				if v < 0 {
					return bad(p.with("posts", j, "story_frames", k), v)
				}
			}
		}
	}
	return nil
}
