package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
)

// sampleCampaign is the embedded sample: four creators of a skincare launch,
// from a nano creator with an engaged audience to one with bought followers.
//
//go:embed campaign.json
var sampleCampaign []byte

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
// data are errors, so a typo in the sample file cannot pass unnoticed.
func loadCampaign(data []byte) (Campaign, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Campaign
	if err := dec.Decode(&c); err != nil {
		return Campaign{}, fmt.Errorf("campaign: %w", err)
	}
	if dec.More() {
		return Campaign{}, fmt.Errorf("campaign: trailing data after the campaign object")
	}
	if len(c.Creators) == 0 {
		return Campaign{}, fmt.Errorf("campaign %q: no creators", c.Name)
	}
	if err := c.checkCounts(); err != nil {
		return Campaign{}, err
	}
	return c, nil
}

// checkCounts rejects a negative count in the file, naming its member,
// before any section is written: the library would reject it half-way
// through the report, in its own terms.
func (c Campaign) checkCounts() error {
	bad := func(path string, n int64) error {
		return fmt.Errorf("campaign: %s is %d; a count cannot be negative", path, n)
	}
	for i, cr := range c.Creators {
		p := fmt.Sprintf("creators[%d].", i)
		for _, f := range []struct {
			name string
			n    int64
		}{{"followers", cr.Followers}, {"following", cr.Following}} {
			if f.n < 0 {
				return bad(p+f.name, f.n)
			}
		}
		for j, h := range cr.FollowerHistory {
			if h.Followers < 0 {
				return bad(fmt.Sprintf("%sfollower_history[%d].followers", p, j), h.Followers)
			}
		}
		for j, d := range cr.Deliverables {
			if d.Quantity < 0 {
				return bad(fmt.Sprintf("%sdeliverables[%d].quantity", p, j), int64(d.Quantity))
			}
		}
		for j, po := range cr.Posts {
			for _, f := range []struct {
				name string
				n    int64
			}{{"likes", po.Likes}, {"comments", po.Comments}, {"saves", po.Saves}, {"shares", po.Shares},
				{"reach", po.Reach}, {"views", po.Views}, {"impressions", po.Impressions}, {"clicks", po.Clicks}} {
				if f.n < 0 {
					return bad(fmt.Sprintf("%sposts[%d].%s", p, j, f.name), f.n)
				}
			}
			for k, v := range po.StoryFrames {
				if v < 0 {
					return bad(fmt.Sprintf("%sposts[%d].story_frames[%d]", p, j, k), v)
				}
			}
		}
	}
	return nil
}
