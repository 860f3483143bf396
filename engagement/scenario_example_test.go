package engagement_test

import (
	"encoding/json"
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
)

// Example_vetCreator vets a creator before a campaign, from the platform's
// own export to a decision: ERR and its grade, the story's drop-off, the
// creator against their tier's benchmark, and audience red flags.
func Example_vetCreator() {
	const followers = 4_000
	var post engagement.InstagramInsights // an Instagram Graph media insights response
	if err := json.Unmarshal([]byte(`{"likes":554,"comments":40,"saved":31,"shares":9,"reach":3650,"views":5200}`), &post); err != nil {
		fmt.Println(err)
		return
	}
	r, err := post.ERR()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ERR", r, engagement.GradeERR(r))

	story, err := engagement.StoryCompletion(1200, 1010, 905, 860)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("story %s strong=%t, biggest drop at frame %d\n", story.Completion, story.Strong, story.WorstFrame)

	in := post.Interactions()
	perFollower, err := engagement.ByFollowers(engagement.Interactions{Likes: in.Likes, Comments: in.Comments}, followers)
	if err != nil {
		fmt.Println(err)
		return
	}
	cmp, ok := engagement.HypeAuditor2018Benchmarks.Compare(perFollower, followers)
	if !ok {
		fmt.Println("no benchmark for", followers, "followers")
		return
	}
	fmt.Println(cmp)

	signals, err := engagement.AudienceSignals(engagement.Profile{
		Platform:  influencekit.Instagram,
		Followers: followers,
		Following: 410,
		Posts:     []engagement.Interactions{in},
		Comments:  []string{"Which brush did you use?", "Tried it and it stayed put all day", "Love how you explain every step"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("red flags:", len(signals))
	// Output:
	// ERR 17.12% exceptional
	// story 71.67% strong=true, biggest drop at frame 1
	// 14.85% vs 4.26% expected of nano (hypeauditor-2018): above, 3.49x
	// red flags: 0
}
