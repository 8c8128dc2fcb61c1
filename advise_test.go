package roles

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// adviceSummary renders advice compactly: the role, the scores, then each
// cue with the text it matched.
func adviceSummary(need string, a Advice) string {
	var b strings.Builder
	fmt.Fprintf(&b, "role=%q", a.Role)
	for _, s := range a.Scores {
		fmt.Fprintf(&b, " %s:%g", s.Role, s.Score)
	}
	for _, c := range a.Cues {
		fmt.Fprintf(&b, "\n  %s %q", c.Cue, c.Phrase)
		if c.End > 0 {
			fmt.Fprintf(&b, " at %q", need[c.Start:c.End])
		}
		if c.Negated {
			b.WriteString(" negated")
		}
		if c.Count > 1 {
			fmt.Fprintf(&b, " ×%d", c.Count)
		}
	}
	return b.String()
}

// adviseCases is the one table behind the Advise tests and fuzz seeds.
var adviseCases = []struct {
	need, why, want string
}{
	{
		"We need a plan for a new product.",
		"a plan points to the builder",
		`role="builder" builder:5 keeper:0
  plan "plan" at "plan"`,
	},
	{
		"Someone to maintain our existing app, long term.",
		"two keeper cues; maintain counts once however often it appears",
		`role="keeper" keeper:6 builder:0
  maintain "maintain" at "maintain"
  maintain "existing app" at "existing app"
  permanent "long term" at "long term"`,
	},
	{
		"Plan, plan, plans and planning. No plan. No plans.",
		"repeats are listed once, at the first, with a count; negated ones apart; a shown cue wins over its negation",
		`role="builder" builder:5 keeper:0
  plan "plan" at "Plan" ×4
  plan "plan" at "plan" negated ×2`,
	},
	{
		"Our planet-friendly shop sells plants.",
		"plan must not match planet or plants: no cue, no recommendation",
		`role="" builder:0 keeper:0`,
	},
	{
		"PLANNING the Roadmaps and a GUIDED  PLAN",
		"word forms and case fold; the longest phrase wins where phrases overlap",
		`role="builder" builder:5 keeper:0
  plan "plan" at "PLANNING"
  plan "roadmap" at "Roadmaps"
  plan "guided plan" at "GUIDED  PLAN"`,
	},
	{
		"No need for a long-term hire; we need a roadmap",
		"negation before the phrase, in its clause; a negated cue counts against its role, never below 0",
		`role="builder" builder:5 keeper:0
  permanent "long term" at "long-term" negated
  plan "roadmap" at "roadmap"`,
	},
	{
		"We don't need a plan. Maintain the existing app; a permanent role is not required.",
		"the clause boundary stops the negation of plan from reaching maintain; a trailing negation takes 2 from 4",
		`role="keeper" keeper:2 builder:0
  plan "plan" at "plan" negated
  maintain "maintain" at "Maintain"
  maintain "existing app" at "existing app"
  permanent "permanent" at "permanent" negated`,
	},
	{
		"The existing. App is long, term sheet attached",
		"phrases do not run across clause boundaries",
		`role="" builder:0 keeper:0`,
	},
	{
		"plan the roadmap, maintain the existing app long term",
		"more weight for the keeper: 4 + 2 > 5",
		`role="keeper" keeper:6 builder:5
  plan "plan" at "plan"
  plan "roadmap" at "roadmap"
  maintain "maintain" at "maintain"
  maintain "existing app" at "existing app"
  permanent "long term" at "long term"`,
	},
	{
		"Not only someone to maintain our existing app: we need a roadmap",
		"\"not only\" negates nothing, as in Extract",
		`role="builder" builder:5 keeper:4
  maintain "maintain" at "maintain"
  maintain "existing app" at "existing app"
  plan "roadmap" at "roadmap"`,
	},
	{
		"No roadmap, plan or long term contract",
		"negation spreads over a list, as in Extract",
		`role="" builder:0 keeper:0
  plan "roadmap" at "roadmap" negated
  plan "plan" at "plan" negated
  permanent "long term" at "long term" negated`,
	},
	{
		"maintained the existing apps; planned roadmaps",
		"the first and the last word of a phrase match in their word forms",
		`role="builder" builder:5 keeper:4
  maintain "maintain" at "maintained"
  maintain "existing app" at "existing apps"
  plan "plan" at "planned"
  plan "roadmap" at "roadmaps"`,
	},
}

func TestAdvise(t *testing.T) {
	tx := rankTaxonomy(t)
	for _, tc := range adviseCases {
		got := adviceSummary(tc.need, tx.Advise(tc.need))
		if got != tc.want {
			t.Errorf("Advise(%q): %s\ngot:\n%s\nwant:\n%s", tc.need, tc.why, got, tc.want)
		}
	}
}

func TestAdviseCues(t *testing.T) {
	tx := rankTaxonomy(t)
	a, err := tx.AdviseCues("permanent", "plan", "permanent")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := adviceSummary("", a), `role="builder" builder:5 keeper:2
  permanent ""
  plan ""`; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	_, err = tx.AdviseCues("plan", "nosuch", "Plan")
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) != 2 || e.Problems[0].Path != "/1" || e.Problems[1].Path != "/2" {
		t.Fatalf("AdviseCues error: %v", err)
	}
	if got, want := err.Error(), "roles: invalid hiring cues: 2 problems:\n\t/1: unknown hiring cue \"nosuch\"\n\t/2: unknown hiring cue \"Plan\""; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
	// No cue at all: no role.
	if a, _ := tx.AdviseCues(); a.Role != "" || len(a.Scores) != 2 {
		t.Errorf("AdviseCues() = %+v", a)
	}
}

// TestAdviseDefault checks the article's closing advice on the default
// taxonomy, and that equal weights tie to no recommendation.
func TestAdviseDefault(t *testing.T) {
	for need, want := range map[string]string{
		"If you need someone who gives a guided plan that can make your business app successful":                         "backend-engineer",
		"someone who can be a part of your team on a more permanent basis and maintain an already developed app/website": "backend-developer",
		"We are a bakery.": "",
	} {
		if got := Advise(need).Role; got != want {
			t.Errorf("Advise(%q) = %q, want %q", need, got, want)
		}
	}
	a, err := AdviseCues("guided-plan", "maintain-existing-app")
	if err != nil {
		t.Fatal(err)
	}
	if a.Role != "" || a.Scores[0].Score != a.Scores[1].Score {
		t.Errorf("a tie recommends %q: %+v", a.Role, a.Scores)
	}
}

// TestAdviseLeaning checks that advice speaks on the leaning's scale: the
// sign follows the role advised, the value (E - D) / (E + D + 1), and "not
// only" negates nothing, as in Extract.
func TestAdviseLeaning(t *testing.T) {
	for _, tt := range []struct {
		need string
		want float64
	}{
		{"We need a guided plan for our business app.", 8.0 / 9},                   // guided-plan 5 + business-app-success 3
		{"Someone to maintain our existing app.", -5.0 / 6},                        // maintain-existing-app 5
		{"Not only someone to maintain our existing app: a guided plan.", 0},       // 5 each
		{"No guided plan needed; someone to maintain the existing app.", -5.0 / 6}, // the plan is ruled out: 0, not -5
		{"We are a bakery.", 0},
	} {
		if got := Advise(tt.need).Leaning; math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Advise(%q).Leaning = %v, want %v", tt.need, got, tt.want)
		}
	}
}

// countingIndexes returns a fresh copy of the default taxonomy whose ranker
// and cue index count, in asked, how often they are asked for.
func countingIndexes(t *testing.T) (tx *Taxonomy, asked map[string]int) {
	tx, err := Parse(embeddedTaxonomy)
	if err != nil {
		t.Fatal(err)
	}
	asked = map[string]int{}
	buildRanker, buildCues := tx.ranker, tx.cues
	tx.ranker = func() *ranker { asked["ranker"]++; return buildRanker() }
	tx.cues = func() *cueIndex { asked["cues"]++; return buildCues() }
	return tx, asked
}

// TestIndexesApart checks that advice and ranking each build only their
// own index: Advise and AdviseCues read a phrase table, and must not pay for
// the ranker's hierarchy walks; ranking must not build the cue index.
func TestIndexesApart(t *testing.T) {
	tx, asked := countingIndexes(t)
	if a := tx.Advise("someone to maintain our existing app"); a.Role == "" {
		t.Fatalf("Advise recommends nothing: %+v", a)
	}
	if _, err := tx.AdviseCues("maintain-existing-app"); err != nil {
		t.Fatal(err)
	}
	if asked["ranker"] != 0 || asked["cues"] == 0 {
		t.Errorf("advice asked for the ranker %d times, the cue index %d times; want 0 and more", asked["ranker"], asked["cues"])
	}

	tx, asked = countingIndexes(t)
	tx.RankText("Go and PostgreSQL")
	if asked["cues"] != 0 || asked["ranker"] == 0 {
		t.Errorf("ranking asked for the cue index %d times, the ranker %d times; want 0 and more", asked["cues"], asked["ranker"])
	}
}

func FuzzAdvise(f *testing.F) {
	for _, tc := range adviseCases {
		f.Add(tc.need)
	}
	f.Add("no\xffplan\u00a0maintaining ΣΊΣΥΦΟΣ not required")
	tx := rankTaxonomy(f)
	def := Default()
	f.Fuzz(func(t *testing.T, need string) {
		for _, tx := range []*Taxonomy{tx, def} {
			a := tx.Advise(need)
			prev := 0
			for _, c := range a.Cues {
				if c.Start < prev || c.End <= c.Start || c.End > len(need) {
					t.Fatalf("cue %+v out of order or range in %q", c, need)
				}
				prev = c.End
			}
			if len(a.Scores) != len(tx.f.Roles) {
				t.Fatalf("%d scores", len(a.Scores))
			}
			if a.Role != "" && a.Role != a.Scores[0].Role {
				t.Fatalf("recommends %q, best is %q", a.Role, a.Scores[0].Role)
			}
			if len(a.Cues) == 0 && a.Role != "" {
				t.Fatalf("recommends %q with no cue", a.Role)
			}
			if adviceSummary(need, tx.Advise(need)) != adviceSummary(need, a) {
				t.Fatal("not deterministic")
			}
		}
	})
}

func BenchmarkAdvise(b *testing.B) {
	tx := Default()
	tx.cues()
	need := "We are looking for someone to join our team long term and maintain our existing app, " +
		"fix bugs and ship new features; no need for a new architecture or a roadmap."
	b.Run("advise", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			tx.Advise(need)
		}
	})
	// Yardstick: Extract reads the same text with the same engine, for the
	// taxonomy's names instead of its cue phrases.
	b.Run("extract", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			tx.Extract(need)
		}
	})
}
