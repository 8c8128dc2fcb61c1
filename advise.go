package roles

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// Cues lists the cues found, in the order of the text (for
	// [Taxonomy.AdviseCues], in the order given).
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
}

// Advise recommends a role for a hiring need written in plain words, such as
// "we need someone to plan a new product" or "someone to maintain our
// existing app long term", from the hiring cues of the taxonomy (see
// [Taxonomy.HiringCues]). The default taxonomy's cues state the article's
// closing advice: a guided plan for the business app points to the back-end
// engineer, a permanent team member who maintains an already developed app
// to the back-end developer.
//
// Phrases match whole words, without regard to case or punctuation, and in
// simple word forms: "plans" and "planning" match "plan", "planet" does not.
// Where phrases overlap, the one that starts first wins, and of those the
// longest ("guided plan" over "plan"). A phrase is negated when one of
// the taxonomy's negation cues ("no", "not", "no need for", see
// [QualifierCues]) stands at most three words before it in the same clause,
// or a trailing one ("not required") at most two words after it.
//
// When no cue matches, Advice.Role is empty and every score is 0: the need
// does not say, and Advise does not guess.
func (t *Taxonomy) Advise(need string) Advice {
	ci := t.orEmpty().cues()
	toks := cueWords(need)
	type cand struct {
		start, end int // token range
		p          *cuePhrase
	}
	var cands []cand
	for i := range toks {
		for _, p := range ci.byFirst[toks[i].stem] {
			if j, ok := matchAt(toks, i, p.stems); ok {
				cands = append(cands, cand{i, j, p})
			}
		}
	}
	// Longest first at each start, then by cue and phrase order.
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.end, a.end); c != 0 {
			return c
		}
		if c := cmp.Compare(a.p.cue, b.p.cue); c != 0 {
			return c
		}
		return cmp.Compare(a.p.phrase, b.p.phrase)
	})
	matches := []CueMatch{}
	end := 0
	for _, c := range cands {
		if c.start < end {
			continue // overlaps a longer or earlier match
		}
		end = c.end
		cue := &t.f.HiringCues[c.p.cue]
		neg := ci.negated(toks, c.start, c.end)
		matches = append(matches, CueMatch{
			Cue: cue.ID, Role: cue.Role, Weight: cue.Weight,
			Phrase: cue.Phrases[c.p.phrase],
			Start:  toks[c.start].start, End: toks[c.end-1].end,
			Negated: neg,
		})
	}
	return t.advice(matches)
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
	return t.advice(matches), nil
}

// Advise recommends a role of the default taxonomy for a hiring need. It is
// equivalent to Default().Advise(need).
func Advise(need string) Advice { return Default().Advise(need) }

// AdviseCues recommends a role of the default taxonomy from hiring cue IDs.
// It is equivalent to Default().AdviseCues(ids...).
func AdviseCues(ids ...string) (Advice, error) { return Default().AdviseCues(ids...) }

// advice scores the roles from the cues found.
func (t *Taxonomy) advice(matches []CueMatch) Advice {
	// Each cue counts once: positively if any of its matches is not negated.
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
	if len(a.Scores) > 0 && a.Scores[0].Score > 0 && (len(a.Scores) == 1 || a.Scores[1].Score < a.Scores[0].Score) {
		a.Role = a.Scores[0].Role
	}
	return a
}

// cueIndex finds hiring cue phrases in text.
type cueIndex struct {
	at       map[string]int          // cue ID → index into the taxonomy's cues
	byFirst  map[string][]*cuePhrase // stem of a phrase's first word → phrases
	negBefor [][]string              // stems of the negation cues
	negAfter [][]string              // stems of the trailing negation cues
}

type cuePhrase struct {
	cue, phrase int // indexes into the taxonomy's cues and the cue's phrases
	stems       []string
}

// newCueIndex indexes the taxonomy's hiring cues and negation cues. Only
// advice needs it, so it is built apart from the ranker, whose hierarchy
// walks advice does not use.
func newCueIndex(t *Taxonomy) *cueIndex {
	ci := &cueIndex{at: map[string]int{}, byFirst: map[string][]*cuePhrase{}}
	for i, c := range t.f.HiringCues {
		ci.at[c.ID] = i
		for j, ph := range c.Phrases {
			stems := phraseStems(ph)
			if len(stems) == 0 {
				continue
			}
			ci.byFirst[stems[0]] = append(ci.byFirst[stems[0]], &cuePhrase{cue: i, phrase: j, stems: stems})
		}
	}
	for _, ph := range t.f.Qualifiers.Negated {
		if s := phraseStems(ph); len(s) > 0 {
			ci.negBefor = append(ci.negBefor, s)
		}
	}
	for _, ph := range t.f.Qualifiers.NegatedAfter {
		if s := phraseStems(ph); len(s) > 0 {
			ci.negAfter = append(ci.negAfter, s)
		}
	}
	return ci
}

func phraseStems(ph string) []string {
	toks := cueWords(ph)
	stems := make([]string, len(toks))
	for i, tk := range toks {
		stems[i] = tk.stem
	}
	return stems
}

// The largest gaps, in words, between a negation cue and what it negates.
const (
	negationGapBefore = 3
	negationGapAfter  = 2
)

// negated reports whether the match at tokens [i, j) is ruled out.
func (ci *cueIndex) negated(toks []cueWord, i, j int) bool {
	for _, neg := range ci.negBefor {
		// The negation ends at token k, before i, within the same clause.
		for k := i - 1; k >= 0 && k >= i-1-negationGapBefore; k-- {
			if toks[k+1].brk {
				break
			}
			if s := k - len(neg) + 1; s >= 0 {
				if _, ok := matchAt(toks, s, neg); ok {
					return true
				}
			}
		}
	}
	for _, neg := range ci.negAfter {
		for k := j; k < len(toks) && k <= j+negationGapAfter; k++ {
			if toks[k].brk {
				break
			}
			if _, ok := matchAt(toks, k, neg); ok {
				return true
			}
		}
	}
	return false
}

// matchAt reports whether stems match the tokens from i on, within one
// clause, and returns the index just past the match.
func matchAt(toks []cueWord, i int, stems []string) (int, bool) {
	if i+len(stems) > len(toks) {
		return 0, false
	}
	for k, s := range stems {
		if toks[i+k].stem != s || (k > 0 && toks[i+k].brk) {
			return 0, false
		}
	}
	return i + len(stems), true
}

// cueWord is one word of a text.
type cueWord struct {
	stem       string
	start, end int  // byte offsets of the word
	brk        bool // a clause boundary stands between this word and the one before
}

// cueWords splits text into words (runs of letters and digits), folded to
// lower case and stemmed.
func cueWords(text string) []cueWord {
	var toks []cueWord
	brk := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', ';', ':', '!', '?', ',', '(', ')', '[', ']', '\n', '•', '·', '|':
				brk = true
			}
			i += size
			continue
		}
		start := i
		lower := true // ASCII lower case and digits only: the word is its own fold
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			lower = lower && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
			i += size
		}
		word := text[start:i]
		if !lower {
			word = strings.Map(unicode.ToLower, word)
		}
		toks = append(toks, cueWord{stem: cueStem(word), start: start, end: i, brk: brk && len(toks) > 0})
		brk = false
	}
	return toks
}

// cueStem reduces a lower-case word to a crude stem so that simple word forms
// meet: plurals ("plans"), -ing and -ed forms ("planning", "maintained"), and
// a final e ("scale", "scaling"). It is no full stemmer: it only has to map
// the forms of one word together and keep different words apart ("plan",
// "planet").
func cueStem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = cueUndouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed") && w[n-3] != 'e':
		w = cueUndouble(w[:n-2])
	}
	if n = len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// cueUndouble drops the last letter of a doubled final consonant, as in
// "planning" → "plann" → "plan"; l, s and z stay doubled ("installing").
func cueUndouble(w string) string {
	n := len(w)
	if n < 3 || w[n-1] != w[n-2] {
		return w
	}
	switch c := w[n-1]; {
	case c < 'a' || c > 'z', strings.IndexByte("aeiouylsz", c) >= 0:
		return w
	}
	return w[:n-1]
}
