package engine

import (
	"cmp"
	"slices"
	"strings"
	"sync"
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
			c.clause1 == h.clause0 && !s.breakBetween(k+1, i, c.t1, h.t0) && s.counts(k) {
			return Negated
		}
	}
	for k := i + 1; s.negAfterCues && k < len(hits) && hits[k].t0 <= h.t1+negationWindow; k++ {
		c := &hits[k]
		if c.cues&cueNegatedAfter != 0 && c.t0 >= h.t1 &&
			(c.clause0 == h.clause1 || c.clause0 == h.clause1+2 && asideBetween(s.text, h.end, c.start)) &&
			!s.breakBetween(i+1, k, h.t1, c.t0) && s.counts(k) {
			if s.butPreferred(k) {
				return Preferred
			}
			return Negated
		}
	}
	if s.negAfterCues && s.negatedByLabel(i) {
		return Negated
	}
	if h.section == Preferred {
		return Preferred
	}
	if _, found := slices.BinarySearch(s.prefSents, h.sent); found && s.preferredInScope(i) && !s.requiredNearer(i) {
		return Preferred
	}
	if h.section == Negated && !s.sentenceQualified(i) {
		return Negated // under "Not required"
	}
	return Required
}

// sentenceQualified reports whether the sentence of mention i holds a
// qualifier cue that counts: such a sentence says how it means what it
// names, and the section it stands in does not ("Nicht erforderlich:" and
// below it "Kein Python: unsere Data Scientists kümmern sich darum").
func (s *scanner) sentenceQualified(i int) bool {
	hits := s.hits
	h := &hits[i]
	const says = cuePreferred | cueRequired | cueNegated | cueNegatedAfter
	for k := i - 1; k >= 0 && hits[k].sent == h.sent; k-- {
		if hits[k].cues&says != 0 && s.counts(k) {
			return true
		}
	}
	for k := i + 1; k < len(hits) && hits[k].sent == h.sent; k++ {
		if hits[k].cues&says != 0 && s.counts(k) {
			return true
		}
	}
	return false
}

// butPreferred reports whether NegatedAfter cue k is followed, before any
// mention, by a word that ends a clause and a Preferred cue: "not required
// but a plus", "nicht zwingend erforderlich, aber wünschenswert" wish for
// what they do not require.
func (s *scanner) butPreferred(k int) bool {
	hits := s.hits
	c := &hits[k]
	brk := false
	for j := k + 1; j < len(hits) && hits[j].sent == c.sent && hits[j].t0 <= c.t1+negationWindow; j++ {
		o := &hits[j]
		switch {
		case o.name && s.kept(j):
			return false
		case o.cues&cueClauseBreak != 0 && o.t0 >= c.t1:
			brk = true
		case brk && o.cues&cuePreferred != 0 && s.counts(j):
			return true
		}
	}
	return false
}

// counts reports whether hit k, a cue, counts as one: not when it lies
// inside a longer hit that means something else, whose words it is part
// of: a kept mention ("arquitectura sin servidor", "tests de
// non-régression"), a NotNegating phrase ("not only", "sans oublier"), a
// word that breaks a clause ("sin embargo") or a cue of another class
// ("not" in "not required", "no" in "no excluyente").
func (s *scanner) counts(k int) bool {
	hits := s.hits
	c := &hits[k]
	for j := k - 1; j >= 0 && hits[j].t0 > c.t0-s.m.depth; j-- {
		if s.holds(j, c) {
			return false
		}
	}
	for j := k + 1; j < len(hits) && hits[j].t0 == c.t0; j++ {
		if s.holds(j, c) {
			return false
		}
	}
	return true
}

// holds reports whether hit j is longer than cue c, covers it, and is a
// kept mention or a phrase of another class of cue than c (see counts).
func (s *scanner) holds(j int, c *hit) bool {
	o := &s.hits[j]
	if o.t0 > c.t0 || o.t1 < c.t1 || o.t1-o.t0 == c.t1-c.t0 {
		return false
	}
	const says = cuePreferred | cueRequired | cueNegated | cueNegatedAfter | cueClauseBreak | cueNotNegating
	return o.cues&says != 0 && o.cues&c.cues&says == 0 || o.name && s.kept(j)
}

// kept reports whether hit j is a selected mention.
func (s *scanner) kept(j int) bool { return s.selIndex(j) >= 0 }

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
		if c := &hits[k]; c.cues&cueNegatedAfter != 0 && c.t1 <= h.t0 && labelAt(s.text, c.start, c.end) && s.counts(k) {
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
		if c := &hits[k]; c.cues&cuePreferred != 0 && !c.paren && c.t0 < h.t0 && s.counts(k) {
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
		if c := &hits[k]; c.cues&cuePreferred != 0 && !c.paren && c.semi == h.semi && !s.leadsMention(k) && s.counts(k) &&
			s.reachesBack(i, k) {
			return true
		}
	}
	return false
}

// reachesBack reports whether Preferred cue k, after mention i in its
// sentence, reaches back to it. When the cue's clause (from the comma,
// colon or bracket before it) holds a mention, the cue's own subject, it
// reaches back over a comma only to the items of a list that runs into its
// clause: "Java, Kotlin or Go is a plus" prefers all three, "Java or
// Kotlin, Go is a plus" Go alone (a list closed by "or" ends at the comma
// after it). Else it reaches every mention before it ("Kafka, which is a
// plus").
func (s *scanner) reachesBack(i, k int) bool {
	hits, sel := s.hits, s.sel
	h, c := &hits[i], &hits[k]
	if h.clause1 == c.clause0 {
		return true
	}
	j := s.selIndex(i)
	f := j + 1
	for f < len(sel) && hits[sel[f]].start < c.start && hits[sel[f]].clause0 != c.clause0 {
		f++
	}
	if j < 0 || f == len(sel) || hits[sel[f]].start >= c.start {
		return true // the cue's clause names nothing of its own
	}
	for m := f; m > j; m-- {
		comma, conj, ok := listGap(s.text[hits[sel[m-1]].end:hits[sel[m]].start])
		if !ok || !comma || conj && m < f {
			return false
		}
	}
	if j == 0 || hits[sel[j-1]].sent != h.sent {
		return true
	}
	comma, conj, ok := listGap(s.text[hits[sel[j-1]].end:h.start])
	return !ok || comma || !conj // "Java or Kotlin, Go": Kotlin ends a list
}

// selIndex returns where hit i is in s.sel, or -1.
func (s *scanner) selIndex(i int) int {
	hits, sel := s.hits, s.sel
	n, _ := slices.BinarySearchFunc(sel, hits[i].start, func(k, start int) int { return cmp.Compare(hits[k].start, start) })
	for ; n < len(sel) && hits[sel[n]].start == hits[i].start; n++ {
		if sel[n] == i {
			return n
		}
	}
	return -1
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
		if cues&cuePreferred != 0 && !c.paren && d < pref && s.counts(k) {
			pref = d
		}
		if cues&cueRequired != 0 && d < req && !s.afterPreferred(k) && s.counts(k) {
			req = d
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
		if c.clause0 == lastClause || !s.counts(ci) {
			continue // this clause is marked already, or the cue is part of a name
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
// one sentence separated by commas and the words of listWords ("or",
// "and", "oder", "ou", "y" ...), with at least one conjunction; a comma
// before a conjunction is taken only from the third item on ("not Java,
// and TypeScript is ..." is no list), and a bare comma after one ends the
// list ("Kein Java oder Kotlin, Go ist Pflicht").
func (s *scanner) spreadLists() {
	hits, sel, quals := s.hits, s.sel, s.quals
	const pref, neg = Preferred, Negated
	if !slices.Contains(quals, neg) && !slices.Contains(quals, pref) {
		return
	}
	s.negateAsides()
	for a := 0; a < len(sel); {
		b, conj := a+1, false
		for ; b < len(sel); b++ {
			prev, h := &hits[sel[b-1]], &hits[sel[b]]
			comma, and, ok := listGap(s.text[prev.end:h.start])
			if !ok || h.sent != prev.sent || (comma && and && b == a+1) || (comma && !and && conj) {
				break // "Java or Kotlin, Go": a comma after the conjunction ends the list
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

// negateAsides negates the mentions in brackets that follow a negated
// mention in its clause, with at most negationWindow words and no other
// mark between them: the brackets name examples of what is ruled out ("No
// experience with Java test frameworks (JUnit, TestNG)").
func (s *scanner) negateAsides() {
	hits, sel, quals := s.hits, s.sel, s.quals
	for j := 1; j < len(sel); j++ {
		b, h := &hits[sel[j-1]], &hits[sel[j]]
		if quals[j-1] != Negated || b.paren || !h.paren || h.sent != b.sent || h.t0-b.t1 > negationWindow {
			continue
		}
		gap := s.text[b.end:h.start]
		if strings.Count(gap, "(") != 1 || strings.ContainsAny(gap, ",;:.!?)[]") || !strings.HasSuffix(strings.TrimRight(gap, " "), "(") {
			continue // words then '(' right before the first mention in it
		}
		for k := j; k < len(sel) && hits[sel[k]].paren; k++ {
			if k > j && strings.ContainsAny(s.text[hits[sel[k-1]].end:hits[sel[k]].start], "()") {
				break // the brackets closed
			}
			if quals[k] == Required {
				quals[k] = Negated
			}
		}
	}
}

var (
	// listWords join the items of a list, in the languages the engine
	// knows.
	listWords = [...]string{"or", "and", "nor", "and/or", "/", "&",
		"und", "oder", "sowie", "noch", "bzw.", "und/oder",
		"et", "ou", "ni", "et/ou",
		"y", "o", "e", "u", "y/o"}
	// englishListWords are the first six, which years and name rules read.
	englishListWords = listWords[:6]
)

// maxListWord is the length of the longest list word, in bytes.
var maxListWord = len(slices.MaxFunc(listWords[:], func(a, b string) int { return cmp.Compare(len(a), len(b)) }))

// trimGapMarks trims spaces, line breaks, no-break spaces and the
// Markdown marks * _ ` from both ends of s, byte by byte: strings.Trim
// with a no-break space in its cutset takes its slow path, and gaps are
// read at every pair of hits.
func trimGapMarks(s string) string {
	for len(s) > 0 {
		if gapMark[s[0]] {
			s = s[1:]
		} else if strings.HasPrefix(s, "\u00a0") {
			s = s[2:]
		} else {
			break
		}
	}
	for len(s) > 0 {
		if gapMark[s[len(s)-1]] {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u00a0") {
			s = s[:len(s)-2]
		} else {
			break
		}
	}
	return s
}

// gapMark holds the ASCII bytes trimGapMarks trims.
var gapMark = [256]bool{' ': true, '\t': true, '\r': true, '\n': true, '*': true, '_': true, '`': true}

// listGap reports whether gap, the text between two mentions, separates
// the items of a list, and whether it holds a comma and a conjunction.
// Markdown emphasis and code marks around the items are skipped.
func listGap(gap string) (comma, conj, ok bool) { return listGapOf(gap, listWords[:]) }

// listGapOf is listGap with the list words words.
func listGapOf(gap string, words []string) (comma, conj, ok bool) {
	g := trimGapMarks(gap)
	comma = strings.HasPrefix(g, ",")
	if comma {
		g = trimGapMarks(g[1:])
	}
	if g == "" {
		return comma, false, comma
	}
	if len(g) > 3*maxListWord {
		// No list word folds to so many bytes (a rune's simple fold is
		// at most three times as long): most gaps are running text.
		return false, false, false
	}
	for _, w := range words {
		if strings.EqualFold(g, w) {
			return comma, true, true
		}
	}
	return false, false, false
}

// headingQualifier returns the qualifier of the section a line would open
// as a heading: Preferred when it holds a Preferred cue, or names what one
// names without its article (see namesPreferred); Negated when a
// NegatedAfter cue is the whole line ("Not required", "Keine
// Voraussetzung", "No es imprescindible"); else Required. head is the line
// up to the end of its last word, words its number of tokens, i the
// token after it, and lastH the hash of its last token.
func (s *scanner) headingQualifier(head string, words, i int, lastH uint64) Qualifier {
	switch {
	case s.linePref:
		return Preferred
	case s.lineNm:
		return Required
	case s.negAfterCues && s.negatedLine(i):
		return Negated
	case words <= maxHeadingWords && s.m.cueHeadWords()[lastH] && !s.lineReq && !isListItem(strings.TrimLeft(head, " \t")) && s.namesPreferred(head):
		return Preferred
	}
	return Required
}

// negatedLine reports whether a NegatedAfter cue that counts spans the
// line that ends before token i.
func (s *scanner) negatedLine(i int) bool {
	hits := s.hits
	for k := len(hits) - 1; k >= 0 && hits[k].t0 >= s.lineTok; k-- {
		if c := &hits[k]; c.cues&cueNegatedAfter != 0 && c.t0 == s.lineTok && c.t1 == i && s.counts(k) {
			return true
		}
	}
	return false
}

// maxHeadingWords is the most words of a heading that namesPreferred
// reads: determiners and the words of a cue after its article.
const maxHeadingWords = 4

// namesPreferred reports whether line, a heading, names what a Preferred
// cue names without the article that makes the cue a predicate: "Plus",
// "Les plus", "Nos plus" for "a plus", "un plus" and "ein Plus", as
// "Atouts" and "Pluspunkte" are cues themselves. Determiners and
// possessives may lead (headingDeterminers). The word alone in running
// text is no cue ("plus de 5 ans").
func (s *scanner) namesPreferred(line string) bool {
	var toks [maxHeadingWords]struct {
		h          uint64
		start, end int
	}
	n := 0
	for p := 0; p < len(line); {
		if !tokenStartAt(line, p) {
			p++
			continue
		}
		end, h, _ := scanWord(line, p)
		if n == len(toks) {
			return false
		}
		toks[n].h, toks[n].start, toks[n].end = h, p, end
		n++
		p = end
	}
	k := 0
	for k < n-1 && headingDeterminers()[toks[k].h] {
		k++
	}
	m := s.m
	for ai, a := range cueArticles {
		node, ok := m.rootChild(cueArticleHashes()[ai])
		for j := k; ok && j < n; j++ {
			node, ok = m.child(node, toks[j].h)
		}
		if !ok || m.nodes[node].phrase < 0 {
			continue
		}
		p := m.nodes[node].phrase
		ph := &m.phrases[p]
		same := ph.cues&cuePreferred != 0 && foldEqual(a, m.tok(ph.toks, 0))
		for j := k; same && j < n; j++ {
			same = foldEqual(line[toks[j].start:toks[j].end], m.tok(ph.toks, 1+j-k))
		}
		if same {
			return true
		}
	}
	return false
}

// cueHeadWords returns the hashes of the last words of the Preferred cues
// of m that start with an indefinite article (cueArticles): the word a
// heading that namesPreferred reads must end with, so that most lines cost
// one lookup.
func (m *Matcher) cueHeadWords() map[uint64]bool {
	m.headOnce.Do(func() {
		m.headWords = map[uint64]bool{}
		for p := range m.phrases {
			toks := m.phraseToks(int32(p))
			if m.phrases[p].cues&cuePreferred != 0 && len(toks) > 1 && slices.Contains(cueArticles, toks[0]) {
				m.headWords[hashString(toks[len(toks)-1])] = true
			}
		}
	})
	return m.headWords
}

var (
	// cueArticles are the indefinite articles that make a Preferred cue a
	// predicate ("is a plus", "un atout"): the cue without one names what
	// a heading may name. Function words of the languages the engine
	// knows, as clauseBreakWords are.
	cueArticles = []string{"a", "an", "un", "une", "ein", "eine", "einen", "uno", "una"}
	// cueArticleHashes are the hashes of cueArticles.
	cueArticleHashes = sync.OnceValue(func() []uint64 {
		hs := make([]uint64, len(cueArticles))
		for i, a := range cueArticles {
			hs[i] = hashString(a)
		}
		return hs
	})
	// headingDeterminers lead the words of a heading: "Les plus", "Nos
	// atouts", "Unsere Pluspunkte", "Nuestros extras", "Our nice to haves".
	headingDeterminers = sync.OnceValue(func() map[uint64]bool {
		set := map[uint64]bool{}
		for _, w := range strings.Fields(`the our your some
			der die das unsere unser deine dein ihre ihr eure euer einige
			le la les l nos notre vos votre tes ton mes quelques
			el lo los las nuestros nuestras nuestro nuestra tus tu sus su vuestros vuestras algunos algunas`) {
			set[hashString(w)] = true
		}
		return set
	})
)
