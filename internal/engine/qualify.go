package engine

import (
	"cmp"
	"slices"
	"strings"
)

// negationWindow is how many words may stand between a negation cue and
// what it negates.
const negationWindow = 3

// qualify decides how the text means mention i.
func (s *scanner) qualify(i int) Qualifier {
	hits := s.hits
	h := &hits[i]
	for k := i - 1; s.negCues && k >= 0 && hits[k].t0 >= h.t0-negationWindow-s.m.depth; k-- {
		c := &hits[k]
		if c.cues&cueNegated != 0 && c.t1 <= h.t0 && h.t0-c.t1 <= negationWindow &&
			c.clause1 == h.clause0 && !s.breakBetween(k+1, i, c.t1, h.t0) && !notOnly(s.text, c.start, c.end) {
			return Negated
		}
	}
	for k := i + 1; s.negAfterCues && k < len(hits) && hits[k].t0 <= h.t1+negationWindow; k++ {
		c := &hits[k]
		if c.cues&cueNegatedAfter != 0 && c.t0 >= h.t1 &&
			(c.clause0 == h.clause1 || c.clause0 == h.clause1+2 && asideBetween(s.text, h.end, c.start)) &&
			!s.breakBetween(i+1, k, h.t1, c.t0) {
			return Negated
		}
	}
	if s.negAfterCues && s.negatedByLabel(i) {
		return Negated
	}
	if h.section {
		return Preferred
	}
	if _, found := slices.BinarySearch(s.prefSents, h.sent); found && s.preferredInScope(i) && !s.requiredNearer(i) {
		return Preferred
	}
	return Required
}

// notOnly reports whether the cue text[start:end] is "not" in "not only"
// or "not just", which adds rather than rules out.
func notOnly(text string, start, end int) bool {
	if !strings.EqualFold(text[start:end], "not") {
		return false
	}
	rest := strings.TrimLeft(text[end:], " ")
	for _, w := range [...]string{"only", "just", "merely"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && !wordAt(rest, len(w)) {
			return true
		}
	}
	return false
}

// asideBetween reports whether text[p:q], between a mention and a cue,
// opens with words in brackets and has no other clause mark: "Kubernetes
// (K8s) is not required".
func asideBetween(text string, p, q int) bool {
	gap := strings.TrimLeft(text[p:q], " ")
	close := strings.IndexByte(gap, ')')
	return strings.HasPrefix(gap, "(") && close > 0 && !strings.ContainsAny(gap[1:close], "()[],;:.!?") &&
		!strings.ContainsAny(gap[close+1:], "()[],;:.!?")
}

// negatedByLabel reports whether mention i follows, in its sentence, a
// NegatedAfter cue that starts a line and ends with a colon: "Not
// required: Java or Kotlin".
func (s *scanner) negatedByLabel(i int) bool {
	hits := s.hits
	h := &hits[i]
	for k := i - 1; k >= 0 && hits[k].sent == h.sent; k-- {
		if c := &hits[k]; c.cues&cueNegatedAfter != 0 && c.t1 <= h.t0 && labelAt(s.text, c.start, c.end) {
			return true
		}
	}
	return false
}

// labelAt reports whether text[start:end] starts its line, after list
// marks and Markdown, and a colon follows it, maybe after Markdown.
func labelAt(text string, start, end int) bool {
	rest := strings.TrimLeft(text[end:], "*_")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	head := text[strings.LastIndexByte(text[:start], '\n')+1 : start]
	return strings.Trim(head, " \t*_#>-•") == ""
}

// preferredInScope reports whether a Preferred cue outside brackets in the
// sentence of mention i reaches it: one before it, or one after it with no
// semicolon between them ("Docker; Terraform is a plus" prefers Terraform
// alone).
func (s *scanner) preferredInScope(i int) bool {
	hits := s.hits
	h := &hits[i]
	k := i - 1
	for ; k >= 0 && hits[k].sent == h.sent; k-- {
		if c := &hits[k]; c.cues&cuePreferred != 0 && !c.paren && c.t0 < h.t0 {
			if c.clause1 != h.clause0 && s.leadsMention(k) {
				continue // "ideally PostgreSQL; Redis": its clause only
			}
			return true
		}
	}
	if k < 0 && s.dropped {
		// Earlier hits of the paragraph were let go: the cue that put the
		// sentence in prefSents may have stood before.
		return true
	}
	for k := i + 1; k < len(hits) && hits[k].sent == h.sent; k++ {
		if c := &hits[k]; c.cues&cuePreferred != 0 && !c.paren && c.semi == h.semi && !s.leadsMention(k) {
			return true
		}
	}
	return false
}

// leadsMention reports whether a mention follows cue k in its clause: the
// cue then prefers what it leads and does not reach back ("relational
// databases, ideally PostgreSQL" prefers PostgreSQL alone).
func (s *scanner) leadsMention(k int) bool {
	hits := s.hits
	c := &hits[k]
	for j := k + 1; j < len(hits) && hits[j].clause0 == c.clause1; j++ {
		if o := &hits[j]; o.t0 >= c.t1 && o.name && s.ok[j] {
			return true
		}
	}
	return false
}

// cueWindow bounds how far apart, in words, cues are compared.
const cueWindow = 24

// requiredNearer reports whether, in the sentence of mention i, a Required
// cue is nearer to it than every Preferred cue outside brackets: "Go is
// required, Kafka is a plus".
func (s *scanner) requiredNearer(i int) bool {
	hits := s.hits
	h := &hits[i]
	pref, req := cueWindow+1, cueWindow+1
	k := i
	for k > 0 && hits[k-1].t0 >= h.t0-cueWindow {
		k--
	}
	for ; k < len(hits) && hits[k].t0 <= h.t1+cueWindow; k++ {
		c := &hits[k]
		if c.sent != h.sent || k == i {
			continue
		}
		d := max(c.t0-h.t1, h.t0-c.t1, 0)
		cues := c.cues
		if cues&cuePreferred != 0 && !c.paren {
			pref = min(pref, d)
		}
		if cues&cueRequired != 0 && !s.afterPreferred(k) {
			req = min(req, d)
		}
	}
	return req < pref
}

// afterPreferred reports whether hit k, a Required cue, directly follows a
// Preferred cue, as "qualifications" does in "Preferred Qualifications" or
// "Nice-to-have requirements": the two are one Preferred label.
func (s *scanner) afterPreferred(k int) bool {
	hits := s.hits
	c := &hits[k]
	for j := k - 1; j >= 0 && hits[j].t0 >= c.t0-s.m.depth; j-- {
		if p := &hits[j]; p.t1 == c.t0 && p.cues&cuePreferred != 0 && p.sent == c.sent && p.clause1 == c.clause0 {
			return true
		}
	}
	return false
}

// markParenPrefs applies the Preferred cues written in brackets: to the
// mentions in the same brackets, or else to the mention just before them
// ("C# (required), F# (a plus)", "SQL (PostgreSQL preferred)"). It returns
// a flag per selected mention.
func (s *scanner) markParenPrefs(from, to int) []bool {
	marks := s.marks[:0]
	for range s.sel {
		marks = append(marks, false)
	}
	s.marks = marks
	hits, sel := s.hits, s.sel
	lastClause := int32(-1)
	for _, ci := range s.parenPrefs {
		c := &hits[ci]
		if c.t0 < from || c.t0 >= to {
			continue // settled with another part
		}
		if c.clause0 == lastClause {
			continue // this clause is marked already
		}
		lastClause = c.clause0
		j, _ := slices.BinarySearchFunc(sel, c.start, func(i, start int) int { return cmp.Compare(hits[i].start, start) })
		inside := false
		for k := j - 1; k >= 0 && hits[sel[k]].clause0 == c.clause0; k-- {
			marks[k], inside = true, true
		}
		for k := j; k < len(sel) && hits[sel[k]].clause0 == c.clause0; k++ {
			marks[k], inside = true, true
		}
		if !inside && j > 0 {
			if b := &hits[sel[j-1]]; b.clause1 == c.clause0-1 && b.sent == c.sent {
				marks[j-1] = true
			}
		}
	}
	return marks
}

// breakBetween reports whether a hit among hits[a:b] is a clause-breaking
// word within tokens [t0, t1).
func (s *scanner) breakBetween(a, b, t0, t1 int) bool {
	for k := a; k < b; k++ {
		o := &s.hits[k]
		if o.t0 >= t0 && o.t1 <= t1 && o.cues&cueClauseBreak != 0 {
			return true
		}
	}
	return false
}

// spreadLists gives every item of a list of mentions the qualifier of its
// ends: all are negated when the first or the last is ("No Java, Kotlin or
// Scala", "Java, Kotlin and Scala are not required"), and preferred when
// the first is ("ideally Go, Rust or Java"). A list is a run of mentions in
// one sentence separated by commas, "or", "and", "nor", "and/or", '/' or
// '&', with at least one conjunction; a comma before a conjunction is taken
// only from the third item on ("not Java, and TypeScript is ..." is no
// list).
func (s *scanner) spreadLists() {
	hits, sel, quals := s.hits, s.sel, s.quals
	const pref, neg = Preferred, Negated
	if !slices.Contains(quals, neg) && !slices.Contains(quals, pref) {
		return
	}
	for a := 0; a < len(sel); {
		b, conj := a+1, false
		for ; b < len(sel); b++ {
			prev, h := &hits[sel[b-1]], &hits[sel[b]]
			comma, and, ok := listGap(s.text[prev.end:h.start])
			if !ok || h.sent != prev.sent || (comma && and && b == a+1) {
				break
			}
			conj = conj || and
		}
		switch {
		case !conj:
		case quals[a] == neg || quals[b-1] == neg:
			for k := a; k < b; k++ {
				quals[k] = neg
			}
		case quals[a] == pref:
			for k := a; k < b; k++ {
				quals[k] = pref
			}
		}
		a = b
	}
}

// listGap reports whether gap, the text between two mentions, separates
// the items of a list, and whether it holds a comma and a conjunction.
// Markdown emphasis and code marks around the items are skipped.
func listGap(gap string) (comma, conj, ok bool) {
	g := strings.Trim(gap, " *_`\u00a0")
	comma = strings.HasPrefix(g, ",")
	if comma {
		g = strings.TrimLeft(g[1:], " *_`\u00a0")
	}
	if g == "" {
		return comma, false, comma
	}
	for _, w := range [...]string{"or", "and", "nor", "and/or", "/", "&"} {
		if strings.EqualFold(g, w) {
			return comma, true, true
		}
	}
	return false, false, false
}
