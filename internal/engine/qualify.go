package engine

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// flush settles the hits of one paragraph: name rules, overlaps, qualifiers.
// It yields the paragraph's mentions in text order and reports whether to
// go on.
func (s *scanner) flush(yield func(Hit) bool) bool {
	defer func() {
		s.hits = s.hits[:0]
		s.prefSents = s.prefSents[:0]
		s.parenPrefs = s.parenPrefs[:0]
		s.paraNames = 0
		s.negCues, s.negAfterCues = false, false
		s.settled, s.settleAt = 0, settleEvery
		s.dropped = false
		s.sentStarts = s.sentStarts[:0]
	}()
	if s.paraNames == 0 {
		return true
	}
	return s.settle(math.MaxInt, yield)
}

// Within a very long paragraph, hits are settled in parts so that memory
// stays small: once settleEvery hits have gathered, the candidates before
// the current sentence, when it starts at least settleLag words back and no
// candidate crosses into it. Hits more than keepWords words back are
// dropped after that: no later mention looks that far.
const (
	settleEvery = 2048
	settleLag   = 64
	keepWords   = 2 * maxSentenceWords
)

// settlePart settles what it can of a long paragraph, scanning at token i.
func (s *scanner) settlePart(i int, yield func(Hit) bool) bool {
	// Parts end where the last sentence that started at least settleLag
	// words back starts, when no candidate crosses into it; else try again
	// soon.
	s.settleAt = len(s.hits) + settleLag/2
	s.trimSentStarts(i)
	st := s.sentStarts
	if len(st) == 0 || st[0] > i-settleLag || st[0] <= s.settled {
		return true
	}
	b := st[0]
	for k := len(s.hits) - 1; k >= 0 && s.hits[k].t1 > b-maxDepth; k-- {
		if h := &s.hits[k]; h.t0 < b && b < h.t1 && h.name {
			return true // a candidate crosses into the sentence
		}
	}
	if !s.settle(b, yield) {
		return false
	}
	// Drop old hits; keep the indexes of the rest right.
	n := 0
	for n < len(s.hits) && s.hits[n].t1 <= b-keepWords {
		n++
	}
	s.hits = slices.Delete(s.hits, 0, n)
	s.dropped = s.dropped || n > 0
	paren := s.parenPrefs[:0]
	for _, k := range s.parenPrefs {
		if k >= n {
			paren = append(paren, k-n)
		}
	}
	s.parenPrefs = paren
	if len(s.hits) > 0 {
		first := s.hits[0].sent
		j := 0
		for j < len(s.prefSents) && s.prefSents[j] < first {
			j++
		}
		s.prefSents = slices.Delete(s.prefSents, 0, j)
	}
	s.settleAt = len(s.hits) + settleEvery
	return true
}

// trimSentStarts drops the sentence starts before the last one that is at
// least settleLag words back from token i.
func (s *scanner) trimSentStarts(i int) {
	st := s.sentStarts
	j := 0
	for j+1 < len(st) && st[j+1] <= i-settleLag {
		j++
	}
	if j > 0 {
		s.sentStarts = append(st[:0], st[j:]...)
	}
}

// settle resolves the candidates that start at or after token s.settled and
// before token to, and yields their mentions in text order; with a nil
// yield, it appends them to s.found.
func (s *scanner) settle(to int, yield func(Hit) bool) bool {
	from := s.settled
	s.settled = to
	m, hits := s.m, s.hits
	ok := s.ok[:0]
	for i := range hits {
		h := &hits[i]
		ok = append(ok, h.name && (!h.ruled || s.basicOK(i)))
	}
	s.ok = ok
	cands := s.cands[:0]
	for i := range hits {
		if !ok[i] || hits[i].t0 < from || hits[i].t0 >= to {
			continue
		}
		if hits[i].ruled {
			if r := m.phrases[hits[i].phrase].rule; len(r.context) > 0 && !s.contextOK(i) {
				continue
			}
		}
		cands = append(cands, i)
	}
	s.cands = cands
	// Overlapping candidates form clusters; in each the longest wins.
	sel := s.sel[:0]
	for a := 0; a < len(cands); {
		b, hi := a+1, hits[cands[a]].t1
		for b < len(cands) && hits[cands[b]].t0 < hi {
			hi = max(hi, hits[cands[b]].t1)
			b++
		}
		if b == a+1 {
			sel = append(sel, cands[a])
		} else {
			sel = s.pick(cands[a:b], sel, hits[cands[a]].t0, hi)
		}
		a = b
	}
	s.sel = sel
	marks := s.markParenPrefs(from, to)
	quals := s.quals[:0]
	for j, i := range sel {
		q := s.qualify(i)
		if q == Required && marks[j] {
			q = Preferred
		}
		quals = append(quals, q)
	}
	s.quals = quals
	s.spreadLists()
	for j, i := range sel {
		h := &hits[i]
		out := Hit{Start: h.start, End: h.end, Name: s.nameOf(i).src, Qualifier: quals[j]}
		if yield == nil {
			s.found = append(s.found, out)
		} else if !yield(out) {
			return false
		}
	}
	return true
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

func (s *scanner) nameOf(i int) *nameEntry {
	return &s.m.names[s.m.phrases[s.hits[i].phrase].name]
}

// pick chooses among overlapping candidates, covering tokens [lo, hi): the
// longest first, then the earliest, then a literal name over a generated
// form, then the smaller ID. It appends the chosen ones to sel in text order.
func (s *scanner) pick(cluster, sel []int, lo, hi int) []int {
	hits := s.hits
	slices.SortFunc(cluster, func(a, b int) int {
		ha, hb := &hits[a], &hits[b]
		if c := cmp.Compare(hb.size(), ha.size()); c != 0 {
			return c
		}
		if c := cmp.Compare(ha.start, hb.start); c != 0 {
			return c
		}
		na, nb := s.nameOf(a), s.nameOf(b)
		if na.generated != nb.generated {
			if nb.generated {
				return -1
			}
			return 1
		}
		return strings.Compare(na.id, nb.id)
	})
	taken := s.taken[:0]
	for range hi - lo {
		taken = append(taken, false)
	}
	s.taken = taken
	n := len(sel)
next:
	for _, i := range cluster {
		h := &hits[i]
		for t := h.t0; t < h.t1; t++ {
			if taken[t-lo] {
				continue next
			}
		}
		for t := h.t0; t < h.t1; t++ {
			taken[t-lo] = true
		}
		sel = append(sel, i)
	}
	slices.SortFunc(sel[n:], func(a, b int) int { return cmp.Compare(hits[a].start, hits[b].start) })
	return sel
}

// basicOK checks a candidate against its rule's CaseSensitive and NotWithin.
func (s *scanner) basicOK(i int) bool {
	ne := s.nameOf(i)
	r := ne.rule
	if r == nil {
		return true
	}
	h := &s.hits[i]
	if r.caseSensitive && !s.sameCase(h, ne.raw) && !s.inLowerList(i) {
		return false
	}
	if len(r.context) > 0 && (placeAfter(s.text, h.end) || s.properNameAfter(i) || s.properNameBefore(i)) {
		return false // "Phoenix, AZ" is a place, "Ruby Chen" and "Sarah Jenkins" persons
	}
	if len(r.notWithin) == 0 {
		return true
	}
	// A NotWithin phrase around the name starts at most depth tokens before.
	for k := i; k >= 0 && s.hits[k].t0 >= h.t0-s.m.depth; k-- {
		if s.contains(k, h, r.notWithin) {
			return false
		}
	}
	for k := i + 1; k < len(s.hits) && s.hits[k].t0 == h.t0; k++ {
		if s.contains(k, h, r.notWithin) {
			return false
		}
	}
	return true
}

// inLowerList reports whether hit i is written in lower case as an item of
// a list of at least three names, one of them a name without a rule: skills
// sections are often written so ("python, django, react, go"), and there a
// case-sensitive name counts in lower case too.
func (s *scanner) inLowerList(i int) bool {
	h := &s.hits[i]
	for p := h.start; p < h.end; p++ {
		if 'A' <= s.text[p] && s.text[p] <= 'Z' {
			return false
		}
	}
	items, plain := 0, false
	for k, step := i, -1; step <= 1; step += 2 {
		for n := 0; n < 3; n++ {
			j := s.listNeighbour(k, step)
			if j < 0 {
				break
			}
			items++
			plain = plain || !s.hits[j].ruled
			k = j
		}
		k = i
	}
	return items >= 2 && plain
}

// listNeighbour returns the name hit next to hit i in a list, before it
// (step -1) or after it (step 1), separated by a comma, "and", "or", '/' or
// '&' (see listGap), or -1.
func (s *scanner) listNeighbour(i, step int) int {
	hits := s.hits
	h := &hits[i]
	best := -1
	for k := i + step; k >= 0 && k < len(hits); k += step {
		o := &hits[k]
		if step < 0 && o.t0 < h.t0-s.m.depth-2 || step > 0 && o.t0 > h.t1+2 {
			break
		}
		if !o.name {
			continue
		}
		var a, b *hit
		if step < 0 {
			a, b = o, h
		} else {
			a, b = h, o
		}
		if a.t1 < b.t0-2 || a.t1 > b.t0 || a.end > b.start {
			continue
		}
		if _, _, ok := listGap(s.text[a.end:b.start]); ok && (best < 0 || o.end-o.start > hits[best].end-hits[best].start) {
			best = k
		}
	}
	return best
}

// placeAfter reports whether text[end:] begins with a comma, a space and
// a US state or a Canadian province, by its code or its name, as in
// "Phoenix, AZ", "Phoenix, Arizona" or "Spring, TX".
func placeAfter(text string, end int) bool {
	rest := text[end:]
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return false
	}
	rest = rest[2:]
	if rest[0] < 'A' || rest[0] > 'Z' {
		return false // "Go, and Rust"
	}
	if regionCodes[rest[:2]] && !wordAt(rest, 2) {
		return true
	}
	for _, r := range regionNames[rest[0]-'A'] {
		if strings.HasPrefix(rest, r) && !wordAt(rest, len(r)) {
			return true
		}
	}
	return false
}

// properNameAfter reports whether hit i is followed, after one space (or
// " & "), by a capitalised word that starts no phrase of the taxonomy and
// is no function word: with it the name is part of a proper name, such as
// a person's ("Ruby Chen") or a company's ("Swift Logistics").
func (s *scanner) properNameAfter(i int) bool {
	h := &s.hits[i]
	text, p := s.text, h.end+1
	amp := strings.HasPrefix(text[h.end:], " & ")
	if amp {
		p += 2 // "Ruby & Sons"
	}
	if p+1 >= len(text) || text[p-1] != ' ' || text[p] < 'A' || text[p] > 'Z' || text[p+1] < 'a' || text[p+1] > 'z' {
		return false
	}
	if s.phraseAt(i, h.t1) {
		return false // "Rust Developer", "Go Microservices", "Rust & Go"
	}
	end, _ := alnumRun(text, p)
	return !isFunctionWord(text[p:end])
}

// properNameBefore reports whether hit i follows, after one space, a
// capitalised word in the middle of a sentence that is no name and no
// function word, and no word of the taxonomy follows it: "Contact Sarah
// Jenkins, Talent Partner". At the start of a sentence or a line a
// capitalised word is no sign ("Configure Jenkins").
func (s *scanner) properNameBefore(i int) bool {
	h := &s.hits[i]
	text, e := s.text, h.start-1
	if e < 2 || text[e] != ' ' || text[e-1] < 'a' || text[e-1] > 'z' {
		return false
	}
	b := e - 1
	for b > 0 && 'a' <= text[b-1] && text[b-1] <= 'z' {
		b--
	}
	if b == 0 || text[b-1] < 'A' || text[b-1] > 'Z' || e-b > 15 {
		return false
	}
	b-- // the capital
	if b == 0 {
		return false
	}
	before := strings.TrimRight(text[:b], " ")
	if before == "" || before != text[:b-1] && before != text[:b] || !(wordAt(before, len(before)-1) || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":")) {
		return false // the word starts a sentence, a line or a list item
	}
	if isFunctionWord(text[b:e]) {
		return false
	}
	for k := i - 1; k >= 0 && s.hits[k].t1 >= h.t0-1; k-- {
		if s.hits[k].t1 == h.t0 {
			return false // "GitLab Jenkins": a name before
		}
	}
	if h.end < len(text) && text[h.end] == ' ' {
		if s.phraseAt(i, h.t1) {
			return false // a word of the taxonomy goes on from it
		}
	}
	return true
}

// phraseAt reports whether a name, or a context phrase of hit i's rule,
// starts at token t after hit i: the words then belong together ("Rust
// Developer"), while another name's context word ("Checkout") says nothing.
func (s *scanner) phraseAt(i, t int) bool {
	r := s.nameOf(i).rule
	for k := i + 1; k < len(s.hits) && s.hits[k].t0 <= t; k++ {
		if o := &s.hits[k]; o.t0 == t && (o.name || slices.Contains(r.context, o.phrase)) {
			return true
		}
	}
	return false
}

// functionWords are words that Title Case capitalises after a name without
// making it part of a proper name: function words and the common nouns of
// the trade ("Experience In Rust And Go", "Senior Rust Programmer", "Go
// Modules").
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and as at by for from in into is are or nor of on over
		the to via vs with within using plus
		dev devs developer developers programmer programmers engineer engineers
		architect architects lead leads expert experts specialist specialists
		consultant consultants team teams guild community
		code codebase codebases coding programming language languages skills
		experience expertise knowledge proficiency certification certified
		app apps service services server servers backend api apis sdk sdks
		library libraries package packages module modules framework frameworks
		runtime compiler toolchain tooling tools ecosystem stack platform
		project projects version versions migration upgrade upgrades
		training course courses bootcamp conference meetup`) {
		m[w] = true
	}
	return m
}()

// isFunctionWord reports whether the ASCII word w, in any case, is one of
// functionWords.
func isFunctionWord(w string) bool {
	if len(w) > 16 {
		return false
	}
	var buf [16]byte
	for k := 0; k < len(w); k++ {
		buf[k] = asciiLower[w[k]]
	}
	return functionWords[string(buf[:len(w)])]
}

// regionCodes are the two-letter codes of the US states, the District of
// Columbia and the Canadian provinces and territories.
var regionCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI
		MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
		AB BC MB NB NL NS NT NU ON PE QC SK YT`) {
		m[c] = true
	}
	return m
}()

// regionNames are the names of the places of regionCodes, as written in an
// address, by their first letter.
var regionNames = func() (byFirst [26][]string) {
	for _, r := range strings.Split(`Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,`+
		`Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,`+
		`Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,`+
		`New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,`+
		`Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,`+
		`Washington,West Virginia,Wisconsin,Wyoming,District of Columbia,D.C.,`+
		`Alberta,British Columbia,Manitoba,New Brunswick,Newfoundland,Nova Scotia,Northwest Territories,`+
		`Nunavut,Ontario,Prince Edward Island,Quebec,Québec,Saskatchewan,Yukon`, ",") {
		byFirst[r[0]-'A'] = append(byFirst[r[0]-'A'], r)
	}
	return byFirst
}()

func (s *scanner) contains(k int, h *hit, phrases []int32) bool {
	o := &s.hits[k]
	return o.start <= h.start && o.end >= h.end && slices.Contains(phrases, o.phrase)
}

// sameCase reports whether the hit's words are written as raw.
func (s *scanner) sameCase(h *hit, raw []string) bool {
	text := s.text[:h.end]
	k := 0
	for p := h.start; p < h.end; {
		if !tokenStartAt(text, p) {
			p++
			continue
		}
		end, _, _ := scanWord(text, p)
		if k >= len(raw) || stripZero(text[p:end]) != raw[k] {
			return false
		}
		k++
		p = end
	}
	return k == len(raw)
}

// contextWindow is how many words either side a context word may be.
const contextWindow = 8

// contextOK reports whether a context phrase of the hit's rule, or a mention
// of another skill through a name without context, is within contextWindow
// words of hit i.
func (s *scanner) contextOK(i int) bool {
	h := &s.hits[i]
	ne := s.nameOf(i)
	r := ne.rule
	lo := h.t0 - contextWindow - s.m.depth
	k := i
	for k > 0 && s.hits[k-1].t0 >= lo {
		k--
	}
	for ; k < len(s.hits) && s.hits[k].t0 < h.t1+contextWindow; k++ {
		o := &s.hits[k]
		if k == i || o.t1 <= h.t0-contextWindow {
			continue
		}
		if slices.Contains(r.context, o.phrase) {
			return true
		}
		if s.ok[k] && (o.t1 <= h.t0 || o.t0 >= h.t1) {
			on := s.nameOf(k)
			if on.skill && (on.rule == nil || len(on.rule.context) == 0) {
				return true
			}
			if on.language && ne.language && o.sent == h.sent && on.id != ne.id {
				// Two languages named in one sentence vouch for each
				// other: "Go or Rust".
				return true
			}
		}
	}
	return false
}

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
