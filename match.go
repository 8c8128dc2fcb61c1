package roles

import (
	"iter"
	"math/bits"
	"strings"
	"sync"
)

// Extract finds every mention of a role, skill or responsibility of the
// taxonomy in text: a job posting, a resume, text taken from HTML or PDF. It
// is equivalent to collecting [Taxonomy.Mentions]. The result is in text
// order and never nil.
//
// # What counts as a mention
//
// Text is read as words the way technology names are written: C++, C#,
// .NET, Node.js, CI/CD and HTML5 are words; "Python-based" holds Python;
// "PostgreSQL/MySQL" holds both. A dotted word is one word only when the
// taxonomy names it ("Node.js"); otherwise it reads as its first part, so
// "Python.Then" holds Python but "Vue.js" never holds a "js". Java is never
// found in JavaScript, nor React in "reactive". The words of a name may be
// separated by spaces, one line break, a hyphen, a slash, an ampersand or an
// underscore ("back-end developer", "CI/CD", "R&D"), never by other
// punctuation: "Go. Rust" is two words, not the phrase "go rust". A name
// that has other marks between two words matches text with the same marks
// there, spaces aside; one of , ( - – — : | stands for any of them, as job
// titles set a part apart: the name "Software Engineer, Backend" matches
// "Software Engineer (Backend)" and "Software Engineer – Backend" too. Such
// marks are at most 8 bytes, on one line; marks before the first word and
// after the last are not part of the match, but for a bracket that closes
// one opened between its words: "Software Engineer (Backend)". Letters are
// compared without regard to case (Unicode simple folding); zero-width
// characters and soft hyphens inside words are ignored. Text inside URLs
// ("https://…", "www.…"), e-mail addresses and bare domain names
// ("golang.org", "github.com/foo") is never a mention; the text of a
// Markdown link is.
//
// Names of roles, responsibilities, and skills of type [Competency] or
// [Practice] also match in generated word forms of their last word (plurals,
// -ing and -ed forms: "microservices", "debugging", "reviewed"), unless a
// [NameRule] makes the name Exact or CaseSensitive. A literal name always
// beats a generated form, and a form that two concepts would share is
// dropped. [Mention.Name] is the literal name a form came from.
//
// A name with a [NameRule] counts only as the rule allows: CaseSensitive
// names must be written exactly so, but for lower case in a list of at
// least three names, one of them without a rule ("python, django, react,
// go", as skills sections are written); a NotWithin phrase spelled around the
// name cancels it ("Go live"); a name with Context counts only when one of
// the context words or phrases, or a mention of another skill through a name
// without context, occurs within 8 words of it in the same paragraph (a
// blank line ends a paragraph), or, for a language, another language is
// named in its sentence ("Go or Rust"); and not when a comma and a US state
// or a Canadian province, by code or by name, follow it: "Phoenix, AZ",
// "Phoenix, Arizona" and "Spring, TX" are places. Nor does it count when a
// capitalised word follows it after a space that starts no phrase of the
// taxonomy and is neither a function word nor a common noun of the trade
// ("Developer", "Modules"): "Ruby Chen" is a person and "Swift Logistics" a
// company, while "Senior Rust Programmer" names Rust. Likewise after a
// capitalised word in mid-sentence that is no name and no function word,
// when no word of the taxonomy follows: "Contact Sarah Jenkins" names a
// person.
//
// # Overlaps
//
// Mentions never overlap: the longest match wins, so "Ruby on Rails" is one
// mention of Ruby on Rails and not one of Ruby; a match whose words are
// set apart by marks is as long as its words alone. Between overlapping matches
// of the same length the one that starts first wins, then a literal name
// over a generated form, then the smaller ID. A mention implies nothing
// else: a framework does not imply its language, and a skill does not imply
// its broader skills; ranking uses the hierarchy of the taxonomy.
//
// # Qualifiers
//
// Each mention carries a [Qualifier], decided by the taxonomy's
// [QualifierCues]:
//   - Negated when a Negated cue ("no", "not", "without") comes before it in
//     the same clause with at most 3 words between them ("no PHP", "without
//     any Kubernetes"), or a NegatedAfter cue ("not required") comes after it
//     in the same clause with at most 3 words between ("Java experience is
//     not required"), where words in brackets may stand between ("Kubernetes
//     (K8s) is not required"). "Not only" and "not just" negate nothing. A
//     clause ends at , ; : . ! ? brackets, dashes, the end of a sentence,
//     and at "but", "however", "although", "though", "whereas".
//     A NegatedAfter cue that starts a line and ends with a colon negates
//     the rest of its sentence ("Not required: Java or Kotlin"). Negation
//     spreads over a list: when the first or the last of mentions separated
//     only by commas, "or", "and", "nor", "and/or", '/' or '&' (at least
//     one of them a conjunction) is negated, all are ("No Java, Kotlin or
//     Scala", "Java, Kotlin and Scala are not required"); when the first is
//     preferred, all are. A comma before a conjunction counts from the
//     third item on, so "not Java, and TypeScript is ..." is no list.
//   - Preferred when a Preferred cue occurs in the same sentence ("Kafka is a
//     plus"), before the mention or after it with no semicolon between them
//     ("Docker; Terraform is a plus" prefers only Terraform), unless a
//     Required cue in that sentence is nearer to the mention ("Go is
//     required, Kafka is a plus"). A cue followed by a mention in its own
//     clause leads it: it prefers that clause, and a list that starts
//     there, only ("relational databases, ideally PostgreSQL or MySQL;
//     Redis" prefers PostgreSQL and MySQL). A Required cue right after a
//     Preferred one is part of it ("Preferred Qualifications"). A Preferred
//     cue in brackets applies only to the mentions in the same brackets, or
//     else to the mention just before them ("SQL (PostgreSQL preferred)",
//     "C# (required), F# (a plus)"). A mention is also Preferred in a section
//     whose heading holds a Preferred cue. A heading is a Markdown heading
//     ("## Nice to have"), a line of at most 10 words that ends with ':', or
//     a line of at most 5 words, not a list item, that holds a Preferred or
//     Required cue and no name ("Bonus points"). The next heading without a
//     Preferred cue ends the section; a section under a heading that is not a
//     Markdown heading also ends at the first paragraph that is not a list,
//     and one under a Markdown heading at the first paragraph of prose after
//     a list.
//     A sentence ends at . ! ?, at a blank line, at a list item, at a line
//     break unless the next line goes on in lower case or the line ends with
//     a comma or a word that leads on, such as "or", "with" or "the"
//     (wrapped text), and after 128 words without any of these.
//   - Required otherwise.
//
// Negation beats preference.
//
// # Cost
//
// The matcher is built once per taxonomy, on first use. A scan reads the
// text once, in time linear in its length whatever it holds, and apart from
// the result allocates nothing per call. Extract is safe for concurrent use.
func (t *Taxonomy) Extract(text string) []Mention {
	return t.orEmpty().matcher().extract(text)
}

// Mentions returns the mentions of Extract one by one, in text order, without
// collecting them: for long texts, or to stop early. Each paragraph is read
// and settled before its mentions are yielded.
func (t *Taxonomy) Mentions(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		t.orEmpty().matcher().scan(text, yield)
	}
}

// Extract finds the mentions of the default taxonomy's concepts in text. It
// is equivalent to Default().Extract(text); see [Taxonomy.Extract].
func Extract(text string) []Mention { return Default().Extract(text) }

// Mentions yields the mentions of the default taxonomy's concepts in text.
// It is equivalent to Default().Mentions(text); see [Taxonomy.Mentions].
func Mentions(text string) iter.Seq[Mention] { return Default().Mentions(text) }

// Cue flags of a phrase.
const (
	cuePreferred uint8 = 1 << iota
	cueRequired
	cueNegated
	cueNegatedAfter
	cueClauseBreak
	cueRule // a Context or NotWithin phrase of a name rule
)

// clauseBreakWords end a clause for negation.
var clauseBreakWords = []string{"but", "however", "although", "though", "whereas"}

// maxDepth caps the number of words of a name the matcher knows.
const maxDepth = 32

// maxSentenceWords ends a sentence that has gone on this long without a
// sentence break, so that every scope stays bounded.
const maxSentenceWords = 128

// A matcher finds the phrases of a taxonomy in text: names and word forms of
// concepts, context and NotWithin phrases of name rules, qualifier cues.
// Phrases are stored in a trie over token hashes, whose edges live in one
// open-addressing table; the first token of every phrase is also in a bit
// set that rejects most words with one probe (see newMatcher for weak first
// tokens).
type matcher struct {
	first   bloom // first tokens of phrases, but weak ones
	pairs   bloom // weak first tokens with a token that follows them
	edges   edgeTable
	nodes   []trieNode
	phrases []phrase
	names   []nameEntry
	known   map[uint64]bool // dotted tokens that some phrase holds
	depth   int             // longest phrase, in tokens
	// Phrases with marks between words: the keys of the gaps between
	// tokens that do not join, by phrase (see nameGaps), and the phrases
	// whose marks text cannot match. Kept out of phrase, which the scanner
	// reads at every hit.
	gaps  map[int32][]uint64
	never map[int32]bool

	// scanners keeps scanners with their buffers between calls, so that a
	// call allocates little more than its result.
	scanners sync.Pool
}

// trieNode is a node of the phrase trie; node 0 is the root.
type trieNode struct {
	parent int32
	phrase int32  // the phrase ending here, or -1
	h      uint64 // hash of the token on the edge from the parent
	kids   int32  // number of children: with none, no probe for the next token
	// What the scanner needs of the phrase ending here, in the node's
	// padding so that a hit reads no phrase: node flags and its cues.
	flags uint8
	cues  uint8
}

// Node flags of the phrase ending at a node.
const (
	nodeLive      uint8 = 1 << iota // see phrase.live
	nodeName                        // a name or generated form
	nodeRuled                       // a name with a rule
	nodeShort                       // every token is at most 8 bytes
	nodeLooseKids                   // an edge to a child follows a gap that does not join
	nodeGapped                      // the phrase has a gap that does not join
)

// edgeTable maps (node, token hash) to the child node, with linear probing.
// An entry holds the whole key, so a probe reads one entry and nothing else.
type edgeTable struct {
	e     []edge
	mask  uint64
	shift uint // 64 - log2(len(e))
	n     int
}

type edge struct {
	h      uint64 // hash of the token on the edge
	parent int32
	child  int32 // or -1 for an empty slot
}

// slot is where the probe for (node, h) starts: Fibonacci hashing of the
// hash mixed with the node.
func (t *edgeTable) slot(node int32, h uint64) uint64 {
	return ((h ^ uint64(node)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> t.shift
}

// child returns the node reached from node over a token with hash h.
func (m *matcher) child(node int32, h uint64) (int32, bool) {
	t := &m.edges
	for i := t.slot(node, h); ; i = (i + 1) & t.mask {
		e := &t.e[i]
		if e.child < 0 {
			return -1, false
		}
		if e.h == h && e.parent == node {
			return e.child, true
		}
	}
}

// grow doubles the table (to at least 1024 entries) and reinserts its edges.
// insert keeps it at most a quarter full, so that most probes end at the
// first entry they read.
func (t *edgeTable) grow() {
	old := t.e
	size := max(1024, 2*len(old))
	t.e, t.mask, t.shift, t.n = make([]edge, size), uint64(size-1), uint(64-bits.Len(uint(size-1))), 0
	for i := range t.e {
		t.e[i].child = -1
	}
	for _, e := range old {
		if e.child >= 0 {
			t.insert(e.parent, e.h, e.child)
		}
	}
}

func (t *edgeTable) insert(node int32, h uint64, child int32) {
	if 4*(t.n+1) > len(t.e) {
		t.grow()
	}
	i := t.slot(node, h)
	for t.e[i].child >= 0 {
		i = (i + 1) & t.mask
	}
	t.e[i] = edge{h: h, parent: node, child: child}
	t.n++
}

type phrase struct {
	toks []string  // folded tokens
	name int32     // index in names, or -1
	rule *ruleInfo // names[name].rule, at hand for the scanner
	cues uint8
	// form is, while building, the literal a generated form comes from
	// (index + 1), or -1 when two concepts share the form.
	form int32
}

// nameEntry is one name or generated form of a concept.
type nameEntry struct {
	kind      Kind
	id        string
	name      string // the literal name
	generated bool
	skill     bool // kind == KindSkill
	language  bool // a skill of type Language
	rule      *ruleInfo
	raw       []string // the name's tokens as written, for CaseSensitive
}

type ruleInfo struct {
	caseSensitive bool
	context       []int32 // phrase indexes
	notWithin     []int32 // phrase indexes
}

func newMatcher(t *Taxonomy) *matcher {
	m := &matcher{
		nodes: []trieNode{{parent: -1, phrase: -1}},
		known: map[uint64]bool{},
		gaps:  map[int32][]uint64{},
		never: map[int32]bool{},
	}
	looseParent := map[int32]bool{} // nodes with an edge after a gap that does not join
	addPhrase := func(toks []string, gaps []uint64, never bool) int32 {
		if never {
			// In no trie: text never holds it.
			m.phrases = append(m.phrases, phrase{toks: toks, name: -1})
			m.never[int32(len(m.phrases)-1)] = true
			return int32(len(m.phrases) - 1)
		}
		if len(toks) > maxDepth {
			toks = toks[:maxDepth] // cannot match as a whole; kept for its flags
		}
		node := int32(0)
		for k, tok := range toks {
			h := hashString(tok)
			if k < len(gaps) && gaps[k] != 0 {
				h = looseHash(h, gaps[k])
				looseParent[node] = true
			}
			next, ok := m.child(node, h)
			if !ok {
				if strings.IndexByte(tok, '.') >= 0 {
					m.known[h] = true
				}
				next = int32(len(m.nodes))
				m.nodes = append(m.nodes, trieNode{parent: node, phrase: -1, h: h})
				m.nodes[node].kids++
				m.edges.insert(node, h, next)
			}
			node = next
		}
		if p := m.nodes[node].phrase; p >= 0 {
			return p
		}
		p := int32(len(m.phrases))
		m.nodes[node].phrase = p
		m.phrases = append(m.phrases, phrase{toks: toks, name: -1})
		if gaps != nil {
			m.gaps[p] = gaps
		}
		m.depth = max(m.depth, len(toks))
		return p
	}
	m.edges.grow()
	// addText adds a context, NotWithin or cue phrase, unless it has no
	// words.
	addText := func(s string) (int32, bool) {
		_, toks := nameTokens(s)
		if len(toks) == 0 {
			return 0, false
		}
		gaps, ok := nameGaps(s)
		return addPhrase(toks, gaps, !ok), true
	}

	type source struct {
		kind      Kind
		id        string
		name      string
		rule      *NameRule
		formed    bool // eligible for word forms
		language  bool // a skill of type Language
		raw, toks []string
		gaps      []uint64
		never     bool
	}
	var literal []source
	addConcept := func(kind Kind, id, name string, alt []string, rules []NameRule, formed, language bool) {
		for j := -1; j < len(alt); j++ {
			n := name
			if j >= 0 {
				n = alt[j]
			}
			src := source{kind: kind, id: id, name: n, formed: formed, language: language}
			for i := range rules {
				if rules[i].Name == n {
					src.rule = &rules[i]
					src.formed = formed && !rules[i].Exact && !rules[i].CaseSensitive
				}
			}
			src.raw, src.toks = nameTokens(n)
			gaps, ok := nameGaps(n)
			src.gaps, src.never = gaps, !ok
			if len(src.toks) > 0 {
				literal = append(literal, src)
			}
		}
	}
	for _, r := range t.f.Roles {
		addConcept(KindRole, r.ID, r.Name, r.AltNames, r.NameRules, true, false)
	}
	for _, s := range t.f.Skills {
		addConcept(KindSkill, s.ID, s.Name, s.AltNames, s.NameRules, s.Type == Competency || s.Type == Practice, s.Type == Language)
	}
	for _, r := range t.f.Responsibilities {
		addConcept(KindResponsibility, r.ID, r.Name, r.AltNames, r.NameRules, true, false)
	}

	rules := map[*NameRule]*ruleInfo{}
	entry := func(src *source, generated bool) nameEntry {
		e := nameEntry{kind: src.kind, id: src.id, name: src.name, generated: generated, skill: src.kind == KindSkill, language: src.language, raw: src.raw}
		if src.rule != nil {
			ri, ok := rules[src.rule]
			if !ok {
				ri = &ruleInfo{caseSensitive: src.rule.CaseSensitive}
				rules[src.rule] = ri
			}
			e.rule = ri
		}
		return e
	}
	// Literal names first: they own their phrases.
	for i := range literal {
		p := addPhrase(literal[i].toks, literal[i].gaps, literal[i].never)
		m.phrases[p].name = int32(len(m.names))
		m.names = append(m.names, entry(&literal[i], false))
	}
	// Word forms: dropped when a literal name has them, or two concepts.
	var formed []int32
	for i := range literal {
		src := &literal[i]
		if !src.formed || src.never {
			continue
		}
		for _, ft := range phraseForms(src.toks, src.kind == KindResponsibility) {
			p := addPhrase(ft, src.gaps, false)
			ph := &m.phrases[p]
			switch {
			case ph.name >= 0 && ph.form == 0:
				// a literal name
			case ph.form == 0:
				ph.form = int32(i + 1)
				formed = append(formed, p)
			case ph.form > 0 && literal[ph.form-1].id != src.id:
				ph.form = -1
			}
		}
	}
	for _, p := range formed {
		if f := m.phrases[p].form; f > 0 {
			m.phrases[p].name = int32(len(m.names))
			m.names = append(m.names, entry(&literal[f-1], true))
		}
	}
	// Rule phrases, after every name so that names keep their entries.
	done := map[*ruleInfo]bool{}
	for _, src := range literal {
		ri := rules[src.rule]
		if src.rule == nil || ri == nil || done[ri] {
			continue
		}
		done[ri] = true
		for _, c := range src.rule.Context {
			if p, ok := addText(c); ok {
				m.phrases[p].cues |= cueRule
				ri.context = append(ri.context, p)
			}
		}
		for _, n := range src.rule.NotWithin {
			if p, ok := addText(n); ok {
				m.phrases[p].cues |= cueRule
				ri.notWithin = append(ri.notWithin, p)
			}
		}
	}
	cue := func(list []string, flag uint8) {
		for _, c := range list {
			if p, ok := addText(c); ok {
				m.phrases[p].cues |= flag
			}
		}
	}
	q := t.f.Qualifiers
	cue(q.Preferred, cuePreferred)
	cue(q.Required, cueRequired)
	cue(q.Negated, cueNegated)
	cue(q.NegatedAfter, cueNegatedAfter)
	cue(clauseBreakWords, cueClauseBreak)

	for p := range m.phrases {
		if n := m.phrases[p].name; n >= 0 {
			m.phrases[p].rule = m.names[n].rule
		}
	}

	for i := range m.nodes {
		n := &m.nodes[i]
		if n.phrase < 0 {
			continue
		}
		ph := &m.phrases[n.phrase]
		n.cues, n.flags = ph.cues, nodeShort
		for _, tok := range ph.toks {
			if len(tok) > 8 {
				n.flags = 0
			}
		}
		if ph.live() {
			n.flags |= nodeLive
		}
		if ph.name >= 0 {
			n.flags |= nodeName
		}
		if ph.rule != nil {
			n.flags |= nodeRuled
		}
		if m.gaps[n.phrase] != nil {
			n.flags |= nodeGapped
		}
	}

	for n := range looseParent {
		m.nodes[n].flags |= nodeLooseKids
	}

	// Bit sets, about 32 bits per entry, of the hashes of first tokens and
	// of the first two tokens of phrases. A first token that is no phrase
	// on its own ("a" of "a plus", "on" of "on call") is weak: it goes in
	// the second set with each token that can follow it, as such words are
	// common and most often followed by nothing the matcher knows.
	var first, pairs []uint64
	weak := make([]bool, len(m.nodes))
	for c, n := range m.nodes {
		if n.parent == 0 {
			if n.flags&nodeLive != 0 || looseParent[int32(c)] {
				// A token followed by a gap that does not join is looked
				// up alone: the pair set is only for joined tokens.
				first = append(first, n.h)
			} else {
				weak[c] = true
			}
		}
	}
	for _, d := range m.nodes {
		if d.parent > 0 && weak[d.parent] {
			pairs = append(pairs, pairHash(m.nodes[d.parent].h, d.h))
		}
	}
	m.first = newBloom(first, commonHashes())
	m.pairs = newBloom(pairs, nil)
	return m
}

// commonWords are words so frequent in postings that the first-token set
// is built to answer no for them when it can: a false yes costs a lookup
// in the trie at each of them.
var commonWords = strings.Fields(`a about above after all also an and any are as at be been before
	being both but by can could day do does each every few for from get good great has have help
	how i if in into is it its just k like make more most much must no not of on one only or
	other our out over own per plus role same see so some such than that the their them then there
	these they this those through time to too up us use used using very was way we well were what
	when where which while who why will with within work working would year years you your
	0 1 2 3 4 5 6 7 8 9 10 12 15 20 100
	ability across apply based benefits build building business company customer customers
	environment etc full highly including join looking new opportunity part people product
	products projects providing range requirements responsibilities salary strong support
	systems teams technology tools understanding via world`)

// commonHashes returns the hashes of commonWords.
func commonHashes() []uint64 {
	hs := make([]uint64, len(commonWords))
	for i, w := range commonWords {
		hs[i] = hashString(w)
	}
	return hs
}

// pairHash is the hash of two tokens in a row.
func pairHash(h1, h2 uint64) uint64 { return hashMix(h1, h2) }

// bloom is a set of hashes that may answer yes wrongly, one bit per hash,
// taken from the hash bits that start at shift.
type bloom struct {
	bits  []uint64
	mask  uint64
	shift uint
}

// newBloom makes a set of about 32 bits per hash. Of the ways to take the
// bits from a hash, it takes the one that answers yes for the fewest of
// avoid that are not in the set.
func newBloom(hashes, avoid []uint64) bloom {
	size := max(1024, 1<<bits.Len(uint(len(hashes)*32)))
	in := map[uint64]bool{}
	for _, h := range hashes {
		in[h] = true
	}
	var best bloom
	bestFalse := -1
	for shift := uint(0); shift+uint(bits.Len(uint(size-1))) <= 64; shift++ {
		b := bloom{bits: make([]uint64, size/64), mask: uint64(size - 1), shift: shift}
		for _, h := range hashes {
			k := h >> shift & b.mask
			b.bits[k>>6] |= 1 << (k & 63)
		}
		wrong := 0
		for _, h := range avoid {
			if !in[h] && b.has(h) {
				wrong++
			}
		}
		if bestFalse < 0 || wrong < bestFalse {
			best, bestFalse = b, wrong
		}
		if wrong == 0 {
			break
		}
	}
	return best
}

func (b *bloom) has(h uint64) bool { return b.bit(h) != 0 }

// bit is 1 when the set may hold h, else 0.
func (b *bloom) bit(h uint64) uint64 {
	k := h >> b.shift & b.mask
	return b.bits[k>>6] >> (k & 63) & 1
}

// joinBit is 1 for true, 0 for false, without a branch.
func joinBit(b bool) uint64 {
	var x uint64
	if b {
		x = 1
	}
	return x
}

// live reports whether hits of phrase p matter: a name, a cue or a rule's
// phrase (a form two concepts share is in the trie but dead).
func (p *phrase) live() bool { return p.name >= 0 || p.cues != 0 }
