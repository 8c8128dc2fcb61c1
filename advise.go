package roles

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/openroles/roles/internal/engine"
)

// Advice recommends a role for a hiring need, and says why.
type Advice struct {
	// Role is the ID of the recommended role: the one with the highest
	// score. It is empty when no role scores above 0, or when the best
	// roles tie: then the need says too little to choose.
	Role string `json:"role"`
	// Scores holds every role of the taxonomy, the highest score first,
	// equal scores by role ID.
	Scores []RoleScore `json:"scores"`
	// Leaning places the need on the scale of [Decision.Leaning], from -1
	// (the back-end developer) to +1 (the back-end engineer): with D and E
	// the two roles' scores, (E - D) / (E + D + 1). It is 0 when the need
	// says nothing of either, or as much of both, and in a taxonomy
	// without both roles.
	Leaning float64 `json:"leaning"`
	// Cues lists the cues found, in the order of the text (for
	// [Taxonomy.AdviseCues], in the order given): one entry for each phrase
	// of a cue, and whether it is negated, at its first occurrence, with a
	// Count, so that the list grows with the distinct cues of the need, not
	// with its length.
	Cues []CueMatch `json:"cues"`
}

// RoleScore is one role's score for a hiring need: the sum of the weights of
// its cues that the need shows, less the weights of those it rules out, and
// never below 0. Each cue counts once however often it appears.
type RoleScore struct {
	Role  string  `json:"role"`  // the role's ID
	Name  string  `json:"name"`  // the role's name
	Score float64 `json:"score"` // the sum described above, 0 or more
}

// CueMatch is one hiring cue found in a need.
type CueMatch struct {
	Cue    string `json:"cue"`    // the cue's ID
	Role   string `json:"role"`   // the role it points to
	Weight int    `json:"weight"` // the cue's weight, 1 to 5
	// Phrase is the cue's phrase, as the taxonomy writes it, that matched
	// need[Start:End]. It is empty, and Start and End are 0, for cues
	// named to [Taxonomy.AdviseCues].
	Phrase string `json:"phrase,omitempty"`
	Start  int    `json:"start"` // byte offset in the need where the phrase starts
	End    int    `json:"end"`   // byte offset just past the phrase
	// Negated is true when the need rules the cue out: "no need for a
	// long-term hire". A negated cue counts against its role.
	Negated bool `json:"negated,omitempty"`
	// Count is how many times the need shows the phrase, negated as
	// Negated says; Start and End locate the first. It is 0 for cues named
	// to [Taxonomy.AdviseCues].
	Count int `json:"count,omitempty"`
}

// Advise recommends a role for a hiring need written in plain words, such as
// "we need someone to plan a new product" or "someone to maintain our
// existing app long term", from the hiring cues of the taxonomy (see
// [Taxonomy.HiringCues]). The default taxonomy's cues state the article's
// closing advice: a guided plan for the business app points to the back-end
// engineer, a permanent team member who maintains an already developed app
// to the back-end developer.
//
// The phrases of the cues are found by the engine behind [Taxonomy.Extract],
// as it finds the names of responsibilities: whole words, without regard to
// case, the first and the last word of a phrase also in their word forms
// ("plans" and "planning" match "plan", "planet" does not); where phrases
// overlap, the longest wins. A phrase is negated exactly where Extract would
// mark a name Negated, by the taxonomy's [QualifierCues]: "no need for a
// long-term hire", "a permanent role is not required"; "not only" negates
// nothing. See the package documentation, "Finding skills in text", for
// the rules in full.
//
// When no cue matches, Advice.Role is empty and every score is 0: the need
// does not say, and Advise does not guess.
func (t *Taxonomy) Advise(need string) Advice {
	ci := t.orEmpty().cues()
	matches := []CueMatch{}
	var room [32]cueSeen
	seen := room[:0] // the phrases of matches, in the same order
	ci.m.Scan(need, func(h engine.Hit) bool {
		key := cueSeen{h.Name, h.Qualifier == engine.Negated}
		if i := slices.Index(seen, key); i >= 0 {
			matches[i].Count++
			return true
		}
		ref := ci.refs[h.Name]
		cue := &t.f.HiringCues[ref.cue]
		seen = append(seen, key)
		matches = append(matches, CueMatch{
			Cue: cue.ID, Role: cue.Role, Weight: cue.Weight,
			Phrase: cue.Phrases[ref.phrase], Start: h.Start, End: h.End,
			Negated: key.negated, Count: 1,
		})
		return true
	})
	return t.advice(ci, matches)
}

// cueSeen is a phrase of a cue found in a need (by the index of its name in
// the cue index's engine), negated or not. A need lists each at most once,
// and the taxonomy has few: Advise finds them by a linear search.
type cueSeen struct {
	name    int32
	negated bool
}

// AdviseCues recommends a role from hiring cues named by ID, for callers that
// ask structured questions ("is this a long-term position?") instead of
// reading a text. Scores are as for [Taxonomy.Advise]; a cue named twice
// counts once. Unknown IDs are all reported at once in an error that
// [errors.As] turns into an [*Error], with paths such as "/1" (the index of
// the argument).
func (t *Taxonomy) AdviseCues(ids ...string) (Advice, error) {
	ci := t.orEmpty().cues()
	var probs []Problem
	matches := []CueMatch{}
	seen := map[string]bool{}
	for i, id := range ids {
		k, ok := ci.at[id]
		if !ok {
			probs = append(probs, Problem{Path: pointer(i), Code: CodeUnknownHiringCue, Message: fmt.Sprintf("unknown hiring cue %q", id)})
			continue
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		cue := &t.f.HiringCues[k]
		matches = append(matches, CueMatch{Cue: cue.ID, Role: cue.Role, Weight: cue.Weight})
	}
	if len(probs) > 0 {
		e := newError(probs)
		e.Subject = "hiring cues"
		return Advice{}, e
	}
	return t.advice(ci, matches), nil
}

// Advise recommends a role of the default taxonomy for a hiring need. It is
// equivalent to Default().Advise(need).
func Advise(need string) Advice { return Default().Advise(need) }

// AdviseCues recommends a role of the default taxonomy from hiring cue IDs.
// It is equivalent to Default().AdviseCues(ids...).
func AdviseCues(ids ...string) (Advice, error) { return Default().AdviseCues(ids...) }

// advice scores the roles from the cues found.
func (t *Taxonomy) advice(ci *cueIndex, matches []CueMatch) Advice {
	// Each cue counts once: positively if any of its matches is not negated.
	const (
		ruledOut = 1 // only negated matches
		shown    = 2 // a match not negated
	)
	var small [64]uint8
	var state []uint8 // by cue index
	if n := len(t.f.HiringCues); n <= len(small) {
		state = small[:n]
	} else {
		state = make([]uint8, n)
	}
	for _, m := range matches {
		k := ci.at[m.Cue]
		if m.Negated {
			state[k] = max(state[k], ruledOut)
		} else {
			state[k] = shown
		}
	}
	sums := make([]float64, len(t.f.Roles))
	for i := range t.f.HiringCues {
		c := &t.f.HiringCues[i]
		switch state[i] {
		case shown:
			sums[t.roleAt[c.Role]] += float64(c.Weight)
		case ruledOut:
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

// roleScore returns the score of the role id, or -1 when scores lack it.
func roleScore(scores []RoleScore, id string) float64 {
	for _, s := range scores {
		if s.Role == id {
			return s.Score
		}
	}
	return -1
}

// cueIndex finds the phrases of the hiring cues in text, with the text
// engine compiled for them: each phrase is a name whose ID is its cue's.
type cueIndex struct {
	at   map[string]int // cue ID → index into the taxonomy's cues
	m    *engine.Matcher
	refs []cueRef // by index of the engine's names
}

// cueRef is where a phrase of the engine comes from.
type cueRef struct {
	cue, phrase int // indexes into the taxonomy's cues and the cue's phrases
}

// newCueIndex compiles the hiring cues for the engine. A phrase that an
// earlier cue, or the same cue, already has is left out: the earlier one
// wins.
func newCueIndex(t *Taxonomy) *cueIndex {
	ci := &cueIndex{at: make(map[string]int, len(t.f.HiringCues))}
	var c engine.Config
	seen := map[string]bool{}
	for i, cue := range t.f.HiringCues {
		ci.at[cue.ID] = i
		for j, ph := range cue.Phrases {
			if k := nameKey(ph); !seen[k] {
				seen[k] = true
				c.Names = append(c.Names, engine.Name{ID: cue.ID, Text: ph, Forms: engine.EdgeWords})
				ci.refs = append(ci.refs, cueRef{cue: i, phrase: j})
			}
		}
	}
	c.Cues = engineCues(t.f.Qualifiers)
	ci.m = engine.New(&c)
	return ci
}
