package roles

import (
	"cmp"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openroles/roles/internal/engine"
)

// slowAdvise is Advise as it was before it found repeats by a linear search
// and scored cues by index: a map from phrase to its first match, a map
// from cue ID to its state. It is the reference the fast one is checked
// against.
func (t *Taxonomy) slowAdvise(need string) Advice {
	ci := t.orEmpty().cues()
	matches := []CueMatch{}
	first := map[cueSeen]int{} // index into matches
	ci.m.Scan(need, func(h engine.Hit) bool {
		key := cueSeen{h.Name, h.Qualifier == engine.Negated}
		if i, ok := first[key]; ok {
			matches[i].Count++
			return true
		}
		ref := ci.refs[h.Name]
		cue := &t.f.HiringCues[ref.cue]
		first[key] = len(matches)
		matches = append(matches, CueMatch{
			Cue: cue.ID, Role: cue.Role, Weight: cue.Weight,
			Phrase: cue.Phrases[ref.phrase], Start: h.Start, End: h.End,
			Negated: key.negated, Count: 1,
		})
		return true
	})
	return t.slowAdvice(matches)
}

// slowAdvice scores the roles from the cues found, with a map of their state.
func (t *Taxonomy) slowAdvice(matches []CueMatch) Advice {
	state := map[string]bool{} // cue ID → shown (true) or only ruled out (false)
	for _, m := range matches {
		state[m.Cue] = state[m.Cue] || !m.Negated
	}
	sums := make([]float64, len(t.f.Roles))
	for _, c := range t.f.HiringCues {
		shown, found := state[c.ID]
		switch {
		case !found:
		case shown:
			sums[t.roleAt[c.Role]] += float64(c.Weight)
		default:
			sums[t.roleAt[c.Role]] -= float64(c.Weight)
		}
	}
	a := Advice{Scores: make([]RoleScore, len(t.f.Roles)), Cues: matches}
	for i, r := range t.f.Roles {
		a.Scores[i] = RoleScore{Role: r.ID, Name: r.Name, Score: max(0, sums[i])}
	}
	slices.SortStableFunc(a.Scores, func(x, y RoleScore) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return strings.Compare(x.Role, y.Role)
	})
	if d, e := roleScore(a.Scores, developerID), roleScore(a.Scores, engineerID); d >= 0 && e >= 0 {
		a.Leaning = leaningOf(d, e)
	}
	if len(a.Scores) > 0 && a.Scores[0].Score > 0 && (len(a.Scores) == 1 || a.Scores[1].Score < a.Scores[0].Score) {
		a.Role = a.Scores[0].Role
	}
	return a
}

// TestAdviseMatchesSlow checks Advise against slowAdvise, in the default
// taxonomy and the small test one, on the texts of testdata (postings,
// resumes, the corpus), the advise cases, and random texts made of the
// cues' phrases, negations, repeats and filler, which hit repeats, negated
// and shown phrases of one cue, and many distinct cues in one need.
func TestAdviseMatchesSlow(t *testing.T) {
	texts := append(postingDocs(t), benchDocs(t)...)
	for _, tc := range adviseCases {
		texts = append(texts, tc.need)
	}
	for _, tx := range []*Taxonomy{Default(), rankTaxonomy(t)} {
		all := append(slices.Clip(texts), randomNeeds(tx, 300)...)
		for _, need := range all {
			got, want := tx.Advise(need), tx.slowAdvise(need)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Advise(%.200q):\n%s\nslow reference:\n%s", need, adviceSummary(need, got), adviceSummary(need, want))
			}
		}
	}
}

// randomNeeds makes n needs of random length from the phrases of tx's cues,
// negations and qualifiers, filler words and punctuation, with a fixed seed.
func randomNeeds(tx *Taxonomy, n int) []string {
	var parts []string
	for _, c := range tx.f.HiringCues {
		parts = append(parts, c.Phrases...)
	}
	parts = append(parts, "no", "not", "no need for", "is not required", "not only", "nice to have",
		"we", "need", "someone", "the", "and", "or", "to", "our", "team", "app", ".", ",", ";", "\n\n", "-")
	r := rand.New(rand.NewPCG(14, 3))
	needs := make([]string, n)
	for i := range needs {
		words := make([]string, 1+r.IntN(80))
		for j := range words {
			words[j] = parts[r.IntN(len(parts))]
			if r.IntN(6) == 0 {
				words[j] = strings.ToUpper(words[j])
			}
		}
		needs[i] = strings.Join(words, " ")
	}
	return needs
}
