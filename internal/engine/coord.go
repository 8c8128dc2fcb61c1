package engine

import (
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"
)

// Coordinated names share words: "unit and integration tests" names unit
// tests and integration tests, "front- and back-end development" front-end
// and back-end development, "tests unitaires et d'intégration" tests
// unitaires and tests d'intégration. When a name without a rule, of two
// words or more, is found, the words next to it are read: a modifier and
// a coordinator before it (a comma, '/', '&', "and", "or", "as well as"
// and their German, French and Spanish kin), or a coordinator and a
// modifier after it. When the modifier, put in place of the name's first
// words (or of its last words, for a modifier after it), makes another
// name without a rule, the modifier is a mention of that name. Its hit
// covers the modifier alone, so that it overlaps neither the name nor
// other modifiers, and for overlaps it counts as long as the coordinated
// phrase from the modifier to the far end of the name (shared), so that
// "frontend and backend development" beats a name "frontend and backend".
// Modifiers chain: "unit, integration and e2e testing", "tests
// unitaires, d'intégration et de bout en bout". A list ends with its
// coordinator, so a bare comma coordinates only where a coordinator that
// is not one follows: before the name, the coordinator next to it is not a
// bare comma ("Kafka, event streaming"); after the name, modifiers after a
// bare comma next to it count only when a coordinator that is not a bare
// comma comes later in the chain. A modifier is a word, or words joined by
// hyphens ("end-to-end"); after the name, up to four words, which may be
// joined by spaces or apostrophes ("de integración", "d'intégration", "de
// bout en bout"). A modifier that ends with a hyphen ("front-", "Unit-")
// shares the end of the name's first word too, as German compounds do:
// "Front- und Backend-Entwicklung", "Unit- und Integrationstests"; or a
// later word whole, the head of a hyphenated compound, joined to its
// own last word: "Unit-, Integrations- und End-to-End-Tests".

// isCoordinator reports whether w, in lower case, is a word that
// coordinates modifiers on its own; "as well as" and "and/or" do too.
func isCoordinator(w []byte) bool {
	switch string(w) {
	case "and", "or", "und", "oder", "sowie", "et", "ou", "y", "o", "e", "u":
		return true
	}
	return false
}

// lowerWord returns text[b:e], at most 6 ASCII letters, in lower case,
// without allocating for the map lookups it is made for.
func lowerWord(buf *[6]byte, text string, b, e int) []byte {
	for k := b; k < e; k++ {
		buf[k-b] = text[k] | 0x20
	}
	return buf[:e-b]
}

// coordSpan is a modifier found next to a name.
type coordSpan struct {
	start, end int       // bytes of the modifier
	words      [4][2]int // the bytes of its words
	n          int       // how many words
	gapToks    int       // tokens of the coordinator between it and the name (or the modifier before)
	asideToks  int       // tokens of words in brackets before the coordinator (see skipAside)
	commas     int32     // clause breaks between them
	dangling   bool      // the modifier ends with a hyphen
}

// Coordination flags of a phrase (Matcher.coordOf): another name may end with
// its last words (coordBefore), start with its first words (coordAfter),
// or end with the end of its first word and its other words
// (coordDangling: "Frontend-Entwicklung" for "Backend-Entwicklung"), or
// with the end of a later word and the words after it ("Integrationstests"
// for "End-to-End-Tests").
const (
	coordBefore uint8 = 1 << iota
	coordAfter
	coordDangling
)

// setCoord sets the coordination flags of the phrases of names without a
// rule, so that a scan reads the text around a name only when a modifier
// there could make another name. The flags may say yes wrongly, never no
// wrongly.
//
// Each flag asks whether a concept other than the phrase's own has a list
// of words: the words names end with after at least one word
// (coordBefore), or start with before at least one (coordAfter); the end
// of the phrase's first word from within it, with its other words, as a
// word of a name after its first with the words after it there, or as the
// end of any word of a name from within it; or a later word of at least
// headMin bytes whole, with the words after it, as the end of any word of a
// name from within it (coordDangling, see wordEnd).
// The lists are hashed (coordKey) and the questions answered all at once
// (coordJoin), which reads memory in order where a map of millions of keys
// would miss the cache at every one.
func (b *builder) setCoord() {
	m := b.m
	m.coordOf = make([]uint8, len(m.phrases))
	var coordinable []int32
	inner := 0 // words of names after their first
	for p := range m.phrases {
		ph := &m.phrases[p]
		if ph.name >= 0 && m.names[ph.name].rule == 0 && !m.never[int32(p)] && m.gaps[int32(p)] == nil {
			coordinable = append(coordinable, int32(p))
			inner += len(b.toks[p]) - 1
		}
	}
	j := coordJoin{key: coordKey{seed: maphash.MakeSeed()}, later: newWordFilter(inner)}
	j.adds = make([]coordAdd, 0, 4*inner)
	j.asks = make([]coordAsk, 0, 2*inner+2*len(coordinable))
	// Concepts by number, so that what the join sorts holds no pointers.
	concept := make([]int32, len(coordinable))
	numbers := map[string]int32{}
	for i, p := range coordinable {
		id := b.ids[m.phrases[p].name]
		n, ok := numbers[id]
		if !ok {
			n = int32(len(numbers)) + 1
			numbers[id] = n
		}
		concept[i] = n
		j.addPhrase(p, b.toks[p], n)
	}
	for i, p := range coordinable {
		j.askWords(p, b.toks[p], concept[i])
	}
	j.answer(m.coordOf)
}

// The kinds of lists of words, part of their keys.
const (
	coordSuffix byte = iota
	coordPrefix
	coordWord
	coordEnd
	coordHead
)

// headMin is the fewest bytes of a later word of a name that a modifier
// with a dangling hyphen shares whole ("Integrations-" and "Tests").
const headMin = 4

// addPhrase records the lists of words of phrase p, of concept number id,
// whose words are toks, and asks the questions whose keys are among them:
// the words it ends or starts with, and the end of its first word.
func (j *coordJoin) addPhrase(p int32, toks []string, id int32) {
	k := &j.key
	for i, t := range toks {
		rest := toks[i+1:]
		if i > 0 {
			suffix, prefix := k.words(coordSuffix, toks[i:]), k.words(coordPrefix, toks[:i])
			j.add(suffix, id)
			j.ask(suffix, id, p, coordBefore)
			j.add(prefix, id)
			j.ask(prefix, id, p, coordAfter)
			j.add(k.tail(coordWord, t, rest), id)
			j.later.add(k.word(t))
		}
		if e := wordEnd(t); e > 0 && len(rest) > 0 {
			end := k.tail(coordEnd, t[e:], rest)
			j.add(end, id)
			if i == 0 {
				j.ask(end, id, p, coordDangling)
			}
		}
		for c := 1; c+headMin <= len(t); c++ {
			if utf8.RuneStart(t[c]) {
				j.add(k.tail(coordHead, t[c:], rest), id)
			}
		}
		if i > 0 && len(t) >= headMin {
			j.ask(k.tail(coordHead, t, rest), id, p, coordDangling)
		}
	}
}

// askWords asks, once every phrase is added, whether an end of the first
// word of phrase p (of concept number id, whose words are toks), with its
// other words, is a word of a name after its first, with the words after
// it there.
func (j *coordJoin) askWords(p int32, toks []string, id int32) {
	k := &j.key
	first, rest := toks[0], toks[1:]
	for c := 1; c+2 <= len(first); c++ {
		// Most ends of a word are no word of any name: the filter of
		// later words, small enough for the cache, says so first.
		if utf8.RuneStart(first[c]) && j.later.has(k.word(first[c:])) {
			j.ask(k.tail(coordWord, first[c:], rest), id, p, coordDangling)
		}
	}
}

// wordEnd returns where the shortest end of w of at least two bytes that
// starts a rune begins, or 0 when that is all of w. Two words share an
// end of two bytes or more, cut within each at the start of a rune, if
// and only if they share this one and it is shorter than each: one key per
// word instead of one per place to cut it.
func wordEnd(w string) int {
	e := len(w) - 2
	for e > 0 && !utf8.RuneStart(w[e]) {
		e--
	}
	return max(e, 0)
}

// coordKey makes the keys of lists of words: a kind, then a list of words
// as one string, or the end of a word, '|' and a list of words, hashed.
// Its buffer is reused, so that building a matcher does not allocate a
// string per key. Two lists whose keys collide count as one, which can
// only make a flag say yes wrongly.
type coordKey struct {
	buf  []byte
	seed maphash.Seed
}

// words returns the key of toks joined by spaces.
func (k *coordKey) words(kind byte, toks []string) uint64 {
	k.buf = append(k.buf[:0], kind)
	return k.sum(toks)
}

// tail returns the key of end, '|' and rest joined by spaces.
func (k *coordKey) tail(kind byte, end string, rest []string) uint64 {
	k.buf = append(append(append(k.buf[:0], kind), end...), '|')
	return k.sum(rest)
}

// word returns the hash of one word alone.
func (k *coordKey) word(w string) uint64 { return maphash.String(k.seed, w) }

func (k *coordKey) sum(toks []string) uint64 {
	for i, t := range toks {
		if i > 0 {
			k.buf = append(k.buf, ' ')
		}
		k.buf = append(k.buf, t...)
	}
	return maphash.Bytes(k.seed, k.buf)
}

// coordJoin gathers the keys that concepts have and the questions asked
// about them, and answers them all at once: both are split by the top
// bits of their keys into parts small enough for a table in the cache.
type coordJoin struct {
	key   coordKey
	adds  []coordAdd
	asks  []coordAsk
	later wordFilter // the words of names after their first
}

type coordAdd struct {
	key uint64
	id  int32 // the concept's number, from 1
}

// coordAsk asks whether a concept other than id has key; if so, phrase
// gets flag.
type coordAsk struct {
	key    uint64
	id     int32
	phrase int32
	flag   uint8
}

func (j *coordJoin) add(key uint64, id int32) { j.adds = append(j.adds, coordAdd{key, id}) }

func (j *coordJoin) ask(key uint64, id int32, p int32, flag uint8) {
	j.asks = append(j.asks, coordAsk{key, id, p, flag})
}

// coordPart is about how many keys one part of a join holds.
const coordPart = 4096

// answer sets the flags of the questions whose answer is yes.
func (j *coordJoin) answer(coordOf []uint8) {
	bits := 0
	for len(j.adds)>>bits > coordPart {
		bits++
	}
	adds, addAt := partition(j.adds, bits, func(a *coordAdd) uint64 { return a.key })
	asks, askAt := partition(j.asks, bits, func(a *coordAsk) uint64 { return a.key })
	var t coordTable
	for p := range len(addAt) - 1 {
		t.reset(addAt[p+1] - addAt[p])
		for _, a := range adds[addAt[p]:addAt[p+1]] {
			t.add(a.key, a.id)
		}
		for _, q := range asks[askAt[p]:askAt[p+1]] {
			if t.other(q.key, q.id) {
				coordOf[q.phrase] |= q.flag
			}
		}
	}
}

// partition returns xs ordered by the top bits of their keys, and where
// each part starts, with one more for the end.
func partition[T any](xs []T, bits int, key func(*T) uint64) ([]T, []int) {
	at := make([]int, 1<<bits+1)
	part := func(x *T) uint64 {
		if bits == 0 {
			return 0
		}
		return key(x) >> (64 - bits)
	}
	for i := range xs {
		at[part(&xs[i])+1]++
	}
	for p := 1; p < len(at); p++ {
		at[p] += at[p-1]
	}
	out, next := make([]T, len(xs)), slices.Clone(at)
	for i := range xs {
		p := part(&xs[i])
		out[next[p]] = xs[i]
		next[p]++
	}
	return out, at
}

// coordTable maps keys to the concept that has them, or several: open
// addressing with linear probing, at most half full.
type coordTable struct {
	slots []coordSlot
	mask  uint64
}

type coordSlot struct {
	key     uint64
	id      int32 // 0 for an empty slot
	several bool
}

// reset empties t for n keys.
func (t *coordTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) < size {
		t.slots = make([]coordSlot, size)
	} else {
		t.slots = t.slots[:size]
		clear(t.slots)
	}
	t.mask = uint64(size - 1)
}

// add records that the concept id has key.
func (t *coordTable) add(key uint64, id int32) {
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		switch {
		case sl.id == 0:
			sl.key, sl.id = key, id
			return
		case sl.key == key:
			sl.several = sl.several || sl.id != id
			return
		}
	}
}

// other reports whether a concept other than id has key.
func (t *coordTable) other(key uint64, id int32) bool {
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		switch {
		case sl.id == 0:
			return false
		case sl.key == key:
			return sl.several || sl.id != id
		}
	}
}

// wordFilter is a set of hashes of words that may say yes wrongly, never no
// wrongly: one bit per hash, at least 8 bits per word.
type wordFilter struct {
	bits []uint64
	mask uint64 // of a bit's index
}

// newWordFilter returns a filter for n words.
func newWordFilter(n int) wordFilter {
	size := 1 << 12
	for size < 8*n {
		size *= 2
	}
	return wordFilter{bits: make([]uint64, size/64), mask: uint64(size - 1)}
}

func (f *wordFilter) add(h uint64) { f.bits[(h&f.mask)>>6] |= 1 << (h & 63) }

func (f *wordFilter) has(h uint64) bool { return f.bits[(h&f.mask)>>6]&(1<<(h&63)) != 0 }

// coordinate adds the hits of coordinated modifiers of the names that start
// at or after token from and before token to, in token order, before they
// are settled.
func (s *scanner) coordinate(from, to int) {
	if s.paraCoord == 0 {
		return
	}
	add := s.coordHits[:0]
	text := s.text
	// The hits are in order of their first token: those of tokens
	// [from, to) are a run of them.
	i0, _ := slices.BinarySearchFunc(s.hits, from, func(h hit, t int) int { return h.t0 - t })
	for i := i0; i < len(s.hits) && s.hits[i].t0 < to; i++ {
		h := &s.hits[i]
		if h.coord == 0 {
			continue
		}
		if h.coord&nodeCoordBefore != 0 && coordinatorEnds(text, h.start) {
			add = s.coordBefore(i, add)
		}
		if h.coord&nodeCoordAfter != 0 && coordinatorStarts(text, h.end) {
			add = s.coordAfter(i, add)
		}
	}
	s.coordHits = add
	if len(add) > 0 {
		s.mergeHits(add)
	}
}

// coordGate returns which of a name's flags nodeCoordBefore and
// nodeCoordAfter (in flags) may lead to a modifier, for the name over
// tokens [i, j] found by the scanner: those with a token next to it that is
// a coordinating word, or a '/', '&' or, after the name, a ',' or a '('
// between them. It may say yes
// wrongly, never no wrongly (see coordinatorEnds), and costs a name a few
// comparisons of hashes while the tokens are at hand.
func (s *scanner) coordGate(flags uint8, i, j int) uint8 {
	var g uint8
	if flags&nodeCoordBefore != 0 && i > 0 {
		if i-1 < s.n-len(s.ring) {
			g |= nodeCoordBefore // the token has left the ring: say yes
		} else if t, u := &s.ring[(i-1)&s.mask], &s.ring[i&s.mask]; s.m.coordWord(t.h) && s.asWellAs(t.h, i-2) || slashOrAmp(s.text[t.end:u.start], false) {
			g |= nodeCoordBefore
		}
	}
	if flags&nodeCoordAfter != 0 {
		if j+1 >= s.n {
			g |= nodeCoordAfter // the token is not made yet: say yes
		} else if t, u := &s.ring[j&s.mask], &s.ring[(j+1)&s.mask]; s.m.coordWord(u.h) && s.asWellAs(u.h, j+2) || slashOrAmp(s.text[t.end:u.start], true) || strings.IndexByte(s.text[t.end:u.start], '(') >= 0 {
			g |= nodeCoordAfter
		}
	}
	return g
}

// asWellAs reports, for a coordinating word with hash h next to a name,
// false when it is "as" ("such as", "as a") and token k, the next one away
// from the name, is made and in the ring and is not the "well" of "as well
// as"; else true.
func (s *scanner) asWellAs(h uint64, k int) bool {
	if h != s.m.coordHashes[2] || k < 0 || k >= s.n || k < s.n-len(s.ring) {
		return true
	}
	return s.ring[k&s.mask].h == s.m.wellHash
}

// slashOrAmp reports whether gap holds a '/' or a '&', or a ',' when
// comma.
func slashOrAmp(gap string, comma bool) bool {
	for k := 0; k < len(gap); k++ {
		if gap[k] == '/' || gap[k] == '&' || comma && gap[k] == ',' {
			return true
		}
	}
	return false
}

// coordWord reports whether h is the hash of a word that coordinates ("and",
// "und"), or of the last word of one ("as" of "as well as", "or" of
// "and/or"), or of its first ("and" of "and/or").
// A bit of coordMask rules out most other words before the loop: the scanner
// asks at every name whose words others may share.
func (m *Matcher) coordWord(h uint64) bool {
	if m.coordMask>>(h>>58)&1 == 0 {
		return false
	}
	for _, c := range m.coordHashes {
		if c == h {
			return true
		}
	}
	return false
}

// coordHashes returns the hashes of the words coordWord knows.
func coordHashes() [12]uint64 {
	var hs [12]uint64
	// "as" is third: asWellAs knows it there.
	for k, w := range strings.Fields("and or as und oder sowie et ou y o e u") {
		hs[k] = hashString(w)
	}
	return hs
}

// coordinatorEnds reports whether a coordinator other than a bare comma
// ends at text[at], spaces aside; coordinatorStarts whether one, a bare
// comma too, starts there. Before the name, a comma next to it separates
// the items of a list ("Kafka, event streaming"); a comma coordinates
// modifiers only further on in a chain ("unit, integration and e2e
// testing"). After it, a comma may start the chain ("tests unitaires,
// d'intégration et de bout en bout"), which coordAfter checks. They spare
// most names the reading of a modifier.
func coordinatorEnds(text string, at int) bool {
	_, n, commas := coordinatorBefore(text, trimSpaceLeft(text, at))
	return n > 0 || n == 0 && commas == 0
}

func coordinatorStarts(text string, at int) bool {
	q, _, ok := skipAside(text, trimSpaceRight(text, at))
	if !ok {
		return false
	}
	p, n, commas := coordinatorAfter(text, q)
	return n > 0 || n == 0 && (commas == 0 || listEnds(text, p))
}

// maxAside is the longest aside in brackets, in bytes, that skipAside
// reads.
const maxAside = 40

// skipAside reads words in brackets that stand between a name, or a
// modifier after it, and the coordinator that follows: "tests unitaires
// (Jest) et de bout en bout". At text[p], a '(' and words of letters,
// digits and marks (maybe ending in '+' or '#') separated by spaces,
// commas, '/' and '-', a ')', and spaces; at most maxAside bytes from '('
// to ')'. It returns where the text goes on and how many tokens the words
// make; a gender mark ("(m/w/d)") is read as spaces, as the tokenizer
// does. Text that is no '(' is returned as it is; a bracket that is no
// such aside reports false.
func skipAside(text string, p int) (q, toks int, ok bool) {
	if p >= len(text) || text[p] != '(' {
		return p, 0, true
	}
	if e := genderMarkEnd(text, p); e >= 0 {
		return trimSpaceRight(text, e), 0, true
	}
	for q = p + 1; q < len(text) && q-p < maxAside; {
		switch c := text[q]; {
		case c == ')':
			return trimSpaceRight(text, q+1), toks, toks > 0
		case c == ' ' || c == ',' || c == '/' || c == '-':
			q++
		case wordAt(text, q):
			for q < len(text) {
				r, size := utf8.DecodeRuneInString(text[q:])
				if !isWordRune(r) {
					break
				}
				q += size
			}
			for q < len(text) && (text[q] == '+' || text[q] == '#') {
				q++
			}
			toks++
			if q < len(text) && strings.IndexByte(" ,/-)", text[q]) < 0 {
				return p, 0, false
			}
		default:
			return p, 0, false
		}
	}
	return p, 0, false
}

// listEnds reports whether a coordinator that is not a bare comma may
// follow text[p] in a chain of modifiers: before any mark that no
// modifier or coordinator holds ('.', ';', '(' ...), a '/', a '&' or a
// coordinating word. It may say yes wrongly, never no wrongly, and spares
// a name followed by a comma the reading of its modifiers.
func listEnds(text string, p int) bool {
	for w := p; p < len(text); p++ {
		switch c := text[p]; {
		case c == '/' || c == '&':
			return true
		case asciiLetter(c) || c >= 0x80 || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '(' || c == ')':
		case c == ' ' || c == ',':
			if k := p - w; k > 0 && k <= 6 && text[w-1] == ' ' && (isCoordinator(lowerWord(new([6]byte), text, w, p)) || k == 2 && text[w]|0x20 == 'a' && text[w+1]|0x20 == 's') {
				return true
			}
			w = p + 1
		default:
			return false
		}
	}
	return false
}

// coordBefore appends the hits of the modifiers before name hit h.
func (s *scanner) coordBefore(i int, add []hit) []hit {
	h := &s.hits[i]
	toks := phraseSeq(s.m, h.phrase)
	at, t0, clause := h.start, h.t0, h.clause0
	for {
		var c coordSpan
		ok := modifierBefore(s.text, at, &c)
		if !ok || s.m.coordOf[h.phrase]&coordBefore == 0 && !c.dangling {
			return add
		}
		p := s.m.sharedBefore(s.text, &c, toks, s.idOf(h.phrase))
		if p < 0 {
			return add
		}
		t0 -= c.gapToks + c.n
		clause -= c.commas
		if s.namedNear(i, t0, t0+c.n, false) {
			return add
		}
		add = append(add, s.coordHit(h, p, c, t0, clause, h.end-c.end))
		at = c.start
	}
}

// coordAfter appends the hits of the modifiers after name hit h.
func (s *scanner) coordAfter(i int, add []hit) []hit {
	h := &s.hits[i]
	toks := phraseSeq(s.m, h.phrase)
	at, t1, clause := h.end, h.t1, h.clause1
	// Modifiers after a bare comma next to the name wait for a
	// coordinator that is not one: from is where they start, or -1.
	from := -1
	for {
		var c coordSpan
		ok := modifierAfter(s.text, at, &c)
		if !ok {
			break
		}
		p, k := s.m.sharedAfter(s.text, toks, c.words[:c.n], s.idOf(h.phrase))
		if p < 0 {
			break
		}
		if at == h.end && c.gapToks == 0 && c.commas > 0 {
			from = len(add)
		} else if c.gapToks > 0 || c.commas == 0 {
			from = -1
		}
		c.end, c.n = c.words[k-1][1], k
		t0 := t1 + c.asideToks + c.gapToks
		t1 = t0 + c.n
		clause += c.commas
		if s.namedNear(i, t0, t1, true) {
			break
		}
		add = append(add, s.coordHit(h, p, c, t0, clause, c.start-h.start))
		at = c.end
	}
	if from >= 0 {
		return add[:from]
	}
	return add
}

// namedNear reports whether a name found in the text overlaps the
// modifier over tokens [t0, t1) coordinated with name hit i on its far
// side from the name, after it (after) or before it: "IBM MQ and WebSphere
// MQ" is no "IBM WebSphere", while "frontend and backend development" is
// front-end development though "frontend and backend" is a name too.
func (s *scanner) namedNear(i, t0, t1 int, after bool) bool {
	for k := i + 1; after && k < len(s.hits) && s.hits[k].t0 < t1; k++ {
		if o := &s.hits[k]; o.name && o.gaps >= 0 && o.t1 > t0 && o.t0 >= t0 {
			return true
		}
	}
	for k := i - 1; !after && k >= 0 && s.hits[k].t0 >= t0-s.m.depth; k-- {
		if o := &s.hits[k]; o.name && o.gaps >= 0 && o.t0 < t1 && o.t1 > t0 && o.t1 <= t1 {
			return true
		}
	}
	return false
}

// idOf returns the concept ID of the name of phrase p, as a string of the
// matcher (see Matcher.str).
func (s *scanner) idOf(p int32) uint32 {
	return s.m.names[s.m.phrases[p].name].id
}

// coordHit makes the hit of modifier c, a mention of phrase p, next to name
// hit h; it counts the shared bytes between c and the far end of h more than
// its own, so that it is as long as the coordinated phrase.
func (s *scanner) coordHit(h *hit, p int32, c coordSpan, t0 int, clause int32, shared int) hit {
	return hit{phrase: p, section: h.section, t0: t0, t1: t0 + c.n,
		name: true, cues: s.m.phrases[p].cues, start: c.start, end: c.end,
		clause0: clause, clause1: clause, sent: h.sent, semi: h.semi, paren: h.paren,
		gaps: -int32(max(1, shared))}
}

// mergeHits puts the hits add, in order of their first token, among the
// paragraph's hits, which stay in that order, and keeps the indexes of
// Preferred cues in brackets right.
func (s *scanner) mergeHits(add []hit) {
	slices.SortStableFunc(add, func(a, b hit) int { return a.t0 - b.t0 })
	for j := len(add) - 1; j >= 0; j-- {
		at := len(s.hits)
		for at > 0 && s.hits[at-1].t0 > add[j].t0 {
			at--
		}
		s.hits = slices.Insert(s.hits, at, add[j])
		if s.onHit != nil {
			s.onHit(&s.hits[at])
		}
		for k, pi := range s.parenPrefs {
			if pi >= at {
				s.parenPrefs[k]++
			}
		}
		s.paraNames++
	}
}

// sharedBefore returns the phrase of the name that modifier c makes with
// the last words of toks, other than a name of concept id, or -1.
func (m *Matcher) sharedBefore(text string, c *coordSpan, seq wordSeq, id uint32) int32 {
	mod := wordSeq{text: text, spans: c.words[:c.n]}
	if _, ok := m.child(0, mod.hash(0)); !ok && !c.dangling {
		return -1 // no name starts with the modifier
	}
	for j := 1; j < seq.len(); j++ {
		if p := m.coordName(id, mod, seq.from(j)); p >= 0 {
			return p
		}
	}
	if !c.dangling {
		return -1
	}
	// "Front- und Backend-Entwicklung": the modifier shares the end of the
	// name's first word, joined to its last word when more words follow
	// ("Frontend-Entwicklung"), or as a word of its own ("Unit-Tests").
	var folded []string
	for _, w := range c.words[:c.n] {
		folded = append(folded, fold(text[w[0]:w[1]]))
	}
	toks := m.strings(seq.list)
	first, last := toks[0], c.n-1
	for k := 1; k < len(first)-1; k++ {
		if !utf8.RuneStart(first[k]) {
			continue
		}
		tail := first[k:]
		joined := slices.Concat(folded[:last], []string{folded[last] + tail}, toks[1:])
		if p := m.coordName(id, wordSeq{toks: joined}, wordSeq{}); p >= 0 && len(toks) > 1 {
			return p
		}
		if p := m.coordName(id, wordSeq{toks: slices.Concat(folded, []string{tail}, toks[1:])}, wordSeq{}); p >= 0 {
			return p
		}
	}
	// "Integrations- und End-to-End-Tests": or it shares a later word of
	// the name, the head of a compound, joined to its last word.
	for j := 1; j < len(toks); j++ {
		if len(toks[j]) < headMin {
			continue // too short to share
		}
		joined := slices.Concat(folded[:last], []string{folded[last] + toks[j]}, toks[j+1:])
		if p := m.coordName(id, wordSeq{toks: joined}, wordSeq{}); p >= 0 {
			return p
		}
	}
	return -1
}

// sharedAfter returns the phrase of the name that the first words of toks
// make with the most words of the modifier mod that make one, other than a
// name of concept id, and how many words of mod it takes; or -1. The trie is
// walked once for each start of toks.
func (m *Matcher) sharedAfter(text string, toks wordSeq, mod [][2]int, id uint32) (int32, int) {
	var hs [len(coordSpan{}.words)]uint64
	seq := wordSeq{text: text, spans: mod}
	for k := range mod {
		hs[k] = seq.hash(k)
	}
	var pre [maxDepth]int32 // the node after toks[:j]
	node, n := int32(0), 0
	for j := 0; j < toks.len()-1 && j+1 < maxDepth; j++ {
		next, ok := m.child(node, toks.hash(j))
		if !ok {
			break
		}
		node, n = next, j+1
		pre[j+1] = node
	}
	for k := len(mod); k > 0; k-- {
		for j := n; j > 0; j-- {
			node, ok := pre[j], true
			for x := 0; x < k && ok; x++ {
				node, ok = m.child(node, hs[x])
			}
			if !ok {
				continue
			}
			if p := m.coordPhrase(node, id, toks.upto(j), wordSeq{text: text, spans: mod[:k]}); p >= 0 {
				return p, k
			}
		}
	}
	return -1, 0
}

// wordSeq is words, folded (toks, or a list of strings of matcher m) or as
// bytes of text (spans).
type wordSeq struct {
	text  string
	spans [][2]int
	toks  []string
	m     *Matcher
	list  strList
}

// phraseSeq is the tokens of phrase p of m.
func phraseSeq(m *Matcher, p int32) wordSeq { return wordSeq{m: m, list: m.phrases[p].toks} }

func (w wordSeq) len() int { return len(w.toks) + len(w.spans) + w.list.len() }

// from and upto are the words of a list from word j on, and before word j.
func (w wordSeq) from(j int) wordSeq {
	w.list.at, w.list.n = w.list.at+uint32(j), w.list.n-uint32(j)
	return w
}

func (w wordSeq) upto(j int) wordSeq {
	w.list.n = uint32(j)
	return w
}

// hash returns the hash of word k, folded.
func (w wordSeq) hash(k int) uint64 {
	if w.m != nil {
		return hashString(w.m.tok(w.list, k))
	}
	if w.toks != nil {
		return hashString(w.toks[k])
	}
	a, b := w.spans[k][0], w.spans[k][1]
	if end, h, _ := scanWord(w.text, a); end == b {
		return h
	}
	return hashString(fold(w.text[a:b])) // a dotted word goes on: "engineers.comnet"
}

// equal reports whether word k is the folded token f.
func (w wordSeq) equal(k int, f string) bool {
	if w.m != nil {
		return w.m.tok(w.list, k) == f
	}
	if w.toks != nil {
		return w.toks[k] == f
	}
	return foldEqual(w.text[w.spans[k][0]:w.spans[k][1]], f)
}

// coordName returns the phrase of the words a, then b, when it is a name
// without a rule of a concept other than id, or -1.
func (m *Matcher) coordName(id uint32, a, b wordSeq) int32 {
	node := int32(0)
	for _, seq := range [2]wordSeq{a, b} {
		for k := range seq.len() {
			next, ok := m.child(node, seq.hash(k))
			if !ok {
				return -1
			}
			node = next
		}
	}
	return m.coordPhrase(node, id, a, b)
}

// coordPhrase returns the phrase that ends at node when it is the words a,
// then b, and a name without a rule of a concept other than id, or -1.
func (m *Matcher) coordPhrase(node int32, id uint32, a, b wordSeq) int32 {
	p := m.nodes[node].phrase
	if p < 0 || m.phrases[p].name < 0 || m.phrases[p].rule != 0 || m.never[p] {
		return -1
	}
	ph := &m.phrases[p]
	if ph.toks.len() != a.len()+b.len() || m.names[ph.name].id == id {
		return -1
	}
	for k := range a.len() {
		if !a.equal(k, m.tok(ph.toks, k)) {
			return -1 // a hash collision
		}
	}
	for k := range b.len() {
		if !b.equal(k, m.tok(ph.toks, a.len()+k)) {
			return -1
		}
	}
	return p
}

// modifierBefore reads a coordinator and a modifier that end at text[at]
// (the start of a name or of a modifier), spaces aside.
func modifierBefore(text string, at int, c *coordSpan) bool {
	q, gapToks, commas := coordinatorBefore(text, trimSpaceLeft(text, at))
	if gapToks < 0 {
		return false
	}
	*c = coordSpan{gapToks: gapToks, commas: commas}
	q = trimSpaceLeft(text, q)
	if q > 1 && text[q-1] == '-' && wordEndsAt(text, q-1) {
		c.dangling = true
		q--
	}
	b := q
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if isWordRune(r) {
			b -= size
		} else if r == '-' && b-1 > 0 && wordEndsAt(text, b-1) && b < q && wordAt(text, b) {
			b--
		} else {
			break
		}
	}
	if b == q || !modifierEdge(text, b-1) {
		return false
	}
	c.start, c.end = b, q
	for w := b; w <= q; {
		e := q
		if k := strings.IndexByte(text[w:q], '-'); k >= 0 {
			e = w + k
		}
		if c.n == len(c.words) {
			return false
		}
		c.words[c.n] = [2]int{w, e}
		c.n++
		w = e + 1
	}
	return true
}

// coordinatorBefore reads a coordinator that ends at text[q] and returns
// where it starts, its tokens (or -1 when there is none) and its clause
// breaks.
func coordinatorBefore(text string, q int) (int, int, int32) {
	if q == 0 {
		return q, -1, 0
	}
	switch text[q-1] {
	case ',':
		return q - 1, 0, 1
	case '/', '&':
		return q - 1, 0, 0
	}
	// The last word, in ASCII letters, of at most six of them.
	b := q
	for b > 0 && q-b <= 6 && asciiLetter(text[b-1]) {
		b--
	}
	if b == q || q-b > 6 || b == 0 || text[b-1] != ' ' && text[b-1] != '/' {
		return q, -1, 0
	}
	var buf [6]byte
	w := lowerWord(&buf, text, b, q)
	n := 1
	switch {
	case text[b-1] == '/':
		// "and/or"
		if string(w) != "or" || b < 5 || text[b-5] != ' ' || !strings.EqualFold(text[b-4:b-1], "and") {
			return q, -1, 0
		}
		b, n = b-4, 2
	case string(w) == "as":
		// "as well as"
		if b < 9 || text[b-9] != ' ' || !strings.EqualFold(text[b-8:b-1], "as well") {
			return q, -1, 0
		}
		b, n = b-8, 3
	case !isCoordinator(w):
		return q, -1, 0
	}
	// An Oxford comma: "unit, integration, and e2e".
	if p := trimSpaceLeft(text, b); p > 0 && text[p-1] == ',' {
		return p - 1, n, 1
	}
	return b, n, 0
}

// modifierAfter reads a coordinator and a modifier of up to three words
// that start at text[at] (the end of a name or of a modifier), spaces
// and words in brackets before the coordinator aside (see skipAside).
func modifierAfter(text string, at int, c *coordSpan) bool {
	q, aside, ok := skipAside(text, trimSpaceRight(text, at))
	if !ok {
		return false
	}
	p, gapToks, commas := coordinatorAfter(text, q)
	if gapToks < 0 {
		return false
	}
	if aside > 0 {
		commas += 2 // the brackets break clauses
	}
	*c = coordSpan{gapToks: gapToks, asideToks: aside, commas: commas}
	p = trimSpaceRight(text, p)
	c.start = p
	for read := 0; read < len(c.words) && p < len(text) && wordAt(text, p); read++ {
		e := p
		for e < len(text) {
			r, size := utf8.DecodeRuneInString(text[e:])
			if !isWordRune(r) {
				break
			}
			e += size
		}
		if q := elisionEnd(text, p, e); q == e+1 {
			p = q // an elided word, no word of the modifier: "d'intégration"
			continue
		}
		if read == len(c.words)-1 && !modifierEdge(text, e) {
			break // a fourth word only where the modifier ends: "de bout en bout"
		}
		c.words[c.n] = [2]int{p, e}
		c.n++
		c.end = e
		if e+1 < len(text) && strings.IndexByte(" -'", text[e]) >= 0 && wordAt(text, e+1) {
			p = e + 1
			continue
		}
		break
	}
	if c.n == 0 || !modifierEdge(text, c.end) {
		return false
	}
	return true
}

// coordinatorAfter reads a coordinator that starts at text[p] and returns
// where it ends, its tokens (or -1 when there is none) and its clause
// breaks.
func coordinatorAfter(text string, p int) (int, int, int32) {
	if p >= len(text) {
		return p, -1, 0
	}
	switch text[p] {
	case ',':
		return p + 1, 0, 1
	case '/', '&':
		return p + 1, 0, 0
	}
	e := p
	for e < len(text) && e-p <= 6 && asciiLetter(text[e]) {
		e++
	}
	if e == p || e-p > 6 || e >= len(text) || text[e] != ' ' && text[e] != '/' {
		return p, -1, 0
	}
	var buf [6]byte
	w := lowerWord(&buf, text, p, e)
	switch {
	case text[e] == '/':
		if string(w) != "and" || e+4 >= len(text) || text[e+3] != ' ' || !strings.EqualFold(text[e+1:e+3], "or") {
			return p, -1, 0
		}
		return e + 3, 2, 0
	case string(w) == "as":
		if e+8 >= len(text) || text[e+8] != ' ' || !strings.EqualFold(text[e:e+8], " well as") {
			return p, -1, 0
		}
		return e + 8, 3, 0
	case !isCoordinator(w):
		return p, -1, 0
	}
	return e, 1, 0
}

// modifierEdge reports whether text[p] may stand next to a modifier: the
// edge of the text, a space, or a mark that sets words apart.
func modifierEdge(text string, p int) bool {
	return p < 0 || p >= len(text) || strings.IndexByte(" \t\r\n(,;:\"*[.!?)", text[p]) >= 0
}

// wordEndsAt reports whether a letter, digit or mark ends at text[p].
func wordEndsAt(text string, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:p])
	return p > 0 && isWordRune(r)
}

func trimSpaceRight(text string, p int) int {
	for p < len(text) && text[p] == ' ' {
		p++
	}
	return p
}
