package engine

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Cue flags of a phrase.
const (
	cuePreferred uint8 = 1 << iota
	cueRequired
	cueNegated
	cueNegatedAfter
	cueClauseBreak
	cueRule        // a Context or NotWithin phrase of a name rule
	cueYears       // a year word or a calendar year (years.go)
	cueNotNegating // a phrase that holds a negation cue and negates nothing
)

// clauseBreakWords end a clause for negation: "No Java, but Go". They are
// function words of the languages the engine knows (English, German,
// French, Spanish), as the coordinators of coord.go are: "Kein Java, aber
// Go", "Pas de Java, mais Go", "Sin Java, pero Go", "No Java sino Go".
var clauseBreakWords = []string{
	"but", "however", "although", "though", "whereas",
	"aber", "jedoch", "allerdings", "sondern", "obwohl", "wohingegen",
	"mais", "cependant", "toutefois", "pourtant", "néanmoins", "tandis que", "alors que", "bien que",
	"pero", "sino", "sin embargo", "no obstante", "aunque", "mientras que",
}

// notOnlyWords add rather than rule out, though they hold a negation cue:
// "not only Java but also Go", "non seulement", "no solo". Like the words
// that break a clause, they are function words of the languages the engine
// knows; a taxonomy adds idioms of its own (Cues.NotNegating).
var notOnlyWords = []string{"not only", "not just", "not merely", "nicht nur", "non seulement", "no solo", "no sólo", "no solamente"}

// maxDepth caps the number of words of a name the matcher knows.
const maxDepth = 32

// A Matcher finds the phrases of a taxonomy in text: names and word forms of
// concepts, context and NotWithin phrases of name rules, qualifier cues.
// Phrases are stored in a trie over token hashes, whose edges live in one
// open-addressing table, the root's also in a small one of their own; the
// first token of every phrase is also in a bit
// set that rejects most words with one probe (see makeFilters for weak first
// tokens).
type Matcher struct {
	first   bloom // first tokens of phrases, but weak ones
	pairs   bloom // weak first tokens with a token that follows them
	edges   edgeTable
	roots   edgeTable // the edges from the root, also in edges: small enough to stay in cache
	nodes   []trieNode
	phrases []phrase
	names   []nameEntry
	rules   []ruleInfo
	strs    strTable        // the strings of phrases and names
	known   map[uint64]bool // dotted tokens that some phrase holds
	depth   int             // longest phrase, in tokens
	// coordHashes are the hashes of the words that coordinate names that
	// share words (see coordWord); coordOf the coordination flags of each
	// phrase (see setCoord), apart from phrase, which the scanner reads at
	// every hit.
	coordHashes [12]uint64
	coordMask   uint64 // bit h>>58 of each of coordHashes (see coordWord)
	wellHash    uint64 // of "well", in "as well as"
	coordOf     []uint8
	// Phrases with marks between words: the keys of the gaps between
	// tokens that do not join, by phrase (see nameGaps), and the phrases
	// whose marks text cannot match. Kept out of phrase, which the scanner
	// reads at every hit.
	gaps  map[int32][]uint64
	never map[int32]bool

	// scanners keeps scanners with their buffers between calls, so that a
	// call allocates little more than its result.
	scanners sync.Pool
	// headWords are the hashes of the last words of Preferred cues that
	// start with an indefinite article, made on first use (see
	// cueHeadWords).
	headOnce  sync.Once
	headWords map[uint64]bool
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
	nodeLive        uint8 = 1 << iota // see phrase.live
	nodeName                          // a name or generated form
	nodeRuled                         // a name with a rule
	nodeShort                         // every token is at most 8 bytes
	nodeLooseKids                     // an edge to a child follows a gap that does not join
	nodeGapped                        // the phrase has a gap that does not join
	nodeCoordBefore                   // a name whose last words others may share (see coordBefore)
	nodeCoordAfter                    // a name whose first words others may share (see coordAfter)
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
	child  int32 // or 0 for an empty slot: the root is no node's child
}

// slot is where the probe for (node, h) starts: Fibonacci hashing of the
// hash mixed with the node.
func (t *edgeTable) slot(node int32, h uint64) uint64 {
	return ((h ^ uint64(node)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> t.shift
}

// child returns the node reached from node over a token with hash h.
func (m *Matcher) child(node int32, h uint64) (int32, bool) {
	t := &m.edges
	for i := t.slot(node, h); ; i = (i + 1) & t.mask {
		e := &t.e[i]
		if e.child == 0 {
			return -1, false
		}
		if e.h == h && e.parent == node {
			return e.child, true
		}
	}
}

// rootChild is child(0, h), from the table of the root's edges alone: the
// scanner looks there at every first token, and the table of all edges is
// too large to stay in the cache between two of them.
func (m *Matcher) rootChild(h uint64) (int32, bool) {
	t := &m.roots
	for i := t.slot(0, h); ; i = (i + 1) & t.mask {
		e := &t.e[i]
		if e.child == 0 {
			return -1, false
		}
		if e.h == h {
			return e.child, true
		}
	}
}

// grow doubles the table (to at least 1024 entries) and reinserts its edges.
// insert keeps it at most a quarter full, so that most probes end at the
// first entry they read: the scanner probes at every first token and at
// the token after it, and most of those probes are for a token that is
// not there, which at half full reads two or three entries, each a branch
// to mispredict (English text scanned 2 to 3% faster at a quarter). The
// tables of a matcher built into the program (see BuiltinSource) take
// twice the room they would at half, about 1.3 MB more of the binary.
func (t *edgeTable) grow() {
	old := t.e
	size := max(1024, 2*len(old))
	t.e, t.mask, t.shift, t.n = make([]edge, size), uint64(size-1), uint(64-bits.Len(uint(size-1))), 0
	for _, e := range old {
		if e.child != 0 {
			t.insert(e.parent, e.h, e.child)
		}
	}
}

func (t *edgeTable) insert(node int32, h uint64, child int32) {
	if 4*(t.n+1) > len(t.e) {
		t.grow()
	}
	i := t.slot(node, h)
	for t.e[i].child != 0 {
		i = (i + 1) & t.mask
	}
	t.e[i] = edge{h: h, parent: node, child: child}
	t.n++
}

type phrase struct {
	toks strList // folded tokens
	name int32   // index in names, or -1
	src  int32   // names[name].src, at hand for settle
	rule int32   // names[name].rule, at hand for the scanner
	cues uint8
	// form is, while building, the literal a generated form comes from
	// (index + 1), or -1 when two concepts share the form.
	form int32
}

// live reports whether hits of phrase p matter: a name, a cue or a rule's
// phrase (a form two concepts share is in the trie but dead).
func (p *phrase) live() bool { return p.name >= 0 || p.cues != 0 }

// nameEntry is one name or generated form of a concept. Like a phrase,
// it holds no pointers, so that a matcher built into the program (see
// BuiltinSource) holds its names as static data the GC need not scan.
type nameEntry struct {
	src       int32   // index in Config.Names
	id        uint32  // the concept's ID, a string of the matcher (see str)
	rule      int32   // index + 1 in Matcher.rules, or 0 for none
	raw       strList // the name's tokens as written, for CaseSensitive
	generated bool
	skill     bool
	language  bool
}

type ruleInfo struct {
	caseSensitive bool
	context       []int32 // phrase indexes
	notWithin     []int32 // phrase indexes
}

// rule returns the rule of index+1 r, or nil for 0.
func (m *Matcher) rule(r int32) *ruleInfo {
	if r == 0 {
		return nil
	}
	return &m.rules[r-1]
}

// strTable holds the strings of a matcher's phrases and names, each once,
// in one string, and their lists in one slice.
type strTable struct {
	text  string
	ends  []uint32 // string i is text[ends[i]:ends[i+1]]
	lists []uint32 // the strings of the lists, by index
}

// strList is a list of strings of a matcher: strs.lists[at:at+n].
type strList struct {
	at, n uint32
}

func (l strList) len() int { return int(l.n) }

// str returns string i of m.
func (m *Matcher) str(i uint32) string {
	return m.strs.text[m.strs.ends[i]:m.strs.ends[i+1]]
}

// tok returns string k of list l.
func (m *Matcher) tok(l strList, k int) string {
	return m.str(m.strs.lists[l.at+uint32(k)])
}

// strings returns the strings of list l, in a new slice.
func (m *Matcher) strings(l strList) []string {
	s := make([]string, l.n)
	for k := range s {
		s[k] = m.tok(l, k)
	}
	return s
}

// phraseToks returns the tokens of phrase p, in a new slice.
func (m *Matcher) phraseToks(p int32) []string { return m.strings(m.phrases[p].toks) }

// A builder compiles a Config into a matcher, in steps: the literal names
// own their phrases, then word forms take what is left, then the phrases
// of name rules and qualifier cues are added; last, the nodes learn what
// the scanner needs of their phrases, and the first-token filters are made.
type builder struct {
	m           *Matcher
	looseParent map[int32]bool // nodes with an edge after a gap that does not join
	literal     []source
	rules       map[*Rule]int32 // index + 1 in m.rules
	// The strings of each phrase and name, until finish puts them in the
	// matcher's table.
	toks   [][]string // by phrase
	raw    [][]string // by name
	ids    []string   // by name
	phrase []int32    // the phrase of each name
}

// source is a literal name on its way into the trie.
type source struct {
	src       int32 // index in Config.Names
	name      *Name
	raw, toks []string
	gaps      []uint64
	never     bool
}

func newMatcher(c *Config) *Matcher {
	b := &builder{
		m: &Matcher{
			nodes: []trieNode{{parent: -1, phrase: -1}},
			known: map[uint64]bool{},
			gaps:  map[int32][]uint64{},
			never: map[int32]bool{},
		},
		looseParent: map[int32]bool{},
		rules:       map[*Rule]int32{},
	}
	b.m.edges.grow()
	b.m.roots.grow()
	setConstants(b.m)
	b.readNames(c.Names)
	b.makeRoom(2 * len(b.literal))
	b.addLiterals()
	b.addForms()
	b.addRulePhrases()
	b.addCues(c.Cues)
	b.setCoord()
	b.setNodes()
	b.makeFilters()
	b.finish()
	return b.m
}

// setConstants sets what a matcher derives from constants alone.
func setConstants(m *Matcher) {
	m.coordHashes, m.wellHash = coordHashes(), hashString("well")
	for _, h := range m.coordHashes {
		m.coordMask |= 1 << (h >> 58)
	}
}

// makeRoom makes room for about n names and phrases (a matcher with none
// keeps nil slices, as a loaded one has).
func (b *builder) makeRoom(n int) {
	if n > 0 {
		b.m.names, b.raw, b.ids, b.phrase = make([]nameEntry, 0, n), make([][]string, 0, n), make([]string, 0, n), make([]int32, 0, n)
		b.m.phrases, b.toks = make([]phrase, 0, n), make([][]string, 0, n)
	}
}

// addPhrase adds a phrase of folded tokens to the trie, with the keys of
// its gaps that do not join (see nameGaps), and returns its index; a phrase
// already there is returned as it is. A phrase whose gaps text can never
// hold (never) goes in no trie.
func (b *builder) addPhrase(toks []string, gaps []uint64, never bool) int32 {
	m := b.m
	if never {
		m.phrases = append(m.phrases, phrase{name: -1})
		b.toks = append(b.toks, toks)
		m.never[int32(len(m.phrases)-1)] = true
		return int32(len(m.phrases) - 1)
	}
	if len(toks) > maxDepth {
		toks = toks[:maxDepth] // cannot match as a whole; kept for its flags
	}
	node := int32(0)
	for k, tok := range toks {
		var gap uint64
		if k < len(gaps) {
			gap = gaps[k]
		}
		node = b.addEdge(node, tok, gap)
	}
	if p := m.nodes[node].phrase; p >= 0 {
		return p
	}
	p := int32(len(m.phrases))
	m.nodes[node].phrase = p
	m.phrases = append(m.phrases, phrase{name: -1})
	b.toks = append(b.toks, toks)
	if gaps != nil {
		m.gaps[p] = gaps
	}
	m.depth = max(m.depth, len(toks))
	return p
}

// addEdge returns the child of node over token tok after a gap with key
// gap (0 for one that joins), made if need be.
func (b *builder) addEdge(node int32, tok string, gap uint64) int32 {
	m := b.m
	h := hashString(tok)
	if gap != 0 {
		h = looseHash(h, gap)
		b.looseParent[node] = true
	}
	if next, ok := m.child(node, h); ok {
		return next
	}
	if strings.IndexByte(tok, '.') >= 0 {
		m.known[h] = true
	}
	next := int32(len(m.nodes))
	m.nodes = append(m.nodes, trieNode{parent: node, phrase: -1, h: h})
	m.nodes[node].kids++
	m.edges.insert(node, h, next)
	if node == 0 {
		m.roots.insert(node, h, next)
	}
	return next
}

// addText adds a context, NotWithin or cue phrase with the given cue
// flags, unless it has no words.
func (b *builder) addText(s string, cues uint8) (int32, bool) {
	_, toks := NameTokens(s)
	if len(toks) == 0 {
		return 0, false
	}
	gaps, ok := nameGaps(s)
	p := b.addPhrase(toks, gaps, !ok)
	b.m.phrases[p].cues |= cues
	return p, true
}

// readNames splits the names into tokens and gaps; names without words
// are left out.
func (b *builder) readNames(names []Name) {
	for i := range names {
		src := source{src: int32(i), name: &names[i]}
		src.raw, src.toks = NameTokens(names[i].Text)
		gaps, ok := nameGaps(names[i].Text)
		src.gaps, src.never = gaps, !ok
		if len(src.toks) > 0 {
			b.literal = append(b.literal, src)
		}
	}
}

// addName adds the name entry of a literal name or of one of its forms,
// the name of phrase p.
func (b *builder) addName(p int32, src *source, generated bool) {
	m, n := b.m, src.name
	e := nameEntry{src: src.src, generated: generated, skill: n.Skill, language: n.Language}
	if n.Rule != nil {
		ri, ok := b.rules[n.Rule]
		if !ok {
			m.rules = append(m.rules, ruleInfo{caseSensitive: n.Rule.CaseSensitive})
			ri = int32(len(m.rules))
			b.rules[n.Rule] = ri
		}
		e.rule = ri
	}
	m.phrases[p].name = int32(len(m.names))
	m.names = append(m.names, e)
	b.raw, b.ids, b.phrase = append(b.raw, src.raw), append(b.ids, n.ID), append(b.phrase, p)
}

// addLiterals adds the literal names first: they own their phrases.
func (b *builder) addLiterals() {
	for i := range b.literal {
		src := &b.literal[i]
		p := b.addPhrase(src.toks, src.gaps, src.never)
		b.addName(p, src, false)
	}
}

// addForms adds the word forms of the names that have them. A form is
// dropped when a literal name has it, or two concepts do.
func (b *builder) addForms() {
	m := b.m
	var formed []int32
	for i := range b.literal {
		src := &b.literal[i]
		if src.never {
			continue
		}
		for _, f := range formsOf(src.name, src.raw, src.toks, src.gaps) {
			p := b.addPhrase(f.toks, f.gaps, false)
			ph := &m.phrases[p]
			switch {
			case ph.name >= 0 && ph.form == 0:
				// a literal name
			case ph.form == 0:
				ph.form = int32(i + 1)
				formed = append(formed, p)
			case ph.form > 0 && b.literal[ph.form-1].name.ID != src.name.ID:
				ph.form = -1
			}
		}
	}
	for _, p := range formed {
		if f := m.phrases[p].form; f > 0 {
			b.addName(p, &b.literal[f-1], true)
		}
	}
}

// addRulePhrases adds the Context and NotWithin phrases of name rules,
// after every name so that names keep their entries.
func (b *builder) addRulePhrases() {
	done := map[int32]bool{}
	for _, src := range b.literal {
		r := b.rules[src.name.Rule]
		if src.name.Rule == nil || r == 0 || done[r] {
			continue
		}
		done[r] = true
		ri := &b.m.rules[r-1]
		for _, c := range src.name.Rule.Context {
			if p, ok := b.addText(c, cueRule); ok {
				ri.context = append(ri.context, p)
			}
		}
		for _, n := range src.name.Rule.NotWithin {
			if p, ok := b.addText(n, cueRule); ok {
				ri.notWithin = append(ri.notWithin, p)
			}
		}
	}
}

// addCues adds the qualifier cues and the words that break a clause.
func (b *builder) addCues(c Cues) {
	for _, l := range []struct {
		list []string
		flag uint8
	}{
		{c.Preferred, cuePreferred},
		{c.Required, cueRequired},
		{c.Negated, cueNegated},
		{c.NegatedAfter, cueNegatedAfter},
		{c.NotNegating, cueNotNegating},
		{notOnlyWords, cueNotNegating},
		{clauseBreakWords, cueClauseBreak},
		{yearCuePhrases(), cueYears},
	} {
		for _, s := range l.list {
			b.addText(s, l.flag)
		}
	}
}

// setNodes gives each phrase its name's rule and index, and each node what the
// scanner needs of the phrase ending there (see trieNode).
func (b *builder) setNodes() {
	m := b.m
	for p := range m.phrases {
		if n := m.phrases[p].name; n >= 0 {
			m.phrases[p].rule, m.phrases[p].src = m.names[n].rule, m.names[n].src
		}
	}
	for i := range m.nodes {
		n := &m.nodes[i]
		if n.phrase < 0 {
			continue
		}
		ph := &m.phrases[n.phrase]
		n.cues, n.flags = ph.cues, nodeShort
		for _, tok := range b.toks[n.phrase] {
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
		if ph.rule != 0 {
			n.flags |= nodeRuled
		}
		if m.gaps[n.phrase] != nil {
			n.flags |= nodeGapped
		}
		if c := m.coordOf[n.phrase]; c&(coordBefore|coordDangling) != 0 {
			n.flags |= nodeCoordBefore
		}
		if m.coordOf[n.phrase]&coordAfter != 0 {
			n.flags |= nodeCoordAfter
		}
	}
	for n := range b.looseParent {
		m.nodes[n].flags |= nodeLooseKids
	}
}

// finish puts the strings of the phrases and names in the matcher's
// table, each string once. The phrases are distinct lists of tokens; a
// name shares the list of its phrase when it is written as folded, and the
// forms of a name share its raw tokens.
func (b *builder) finish() {
	m := b.m
	st := strTabler{t: strTable{ends: []uint32{0}}, strAt: make(map[string]uint32, len(b.toks))}
	for p, toks := range b.toks {
		m.phrases[p].toks = st.list(toks)
	}
	rawOf := map[int32]strList{} // by src
	for i := range m.names {
		n := &m.names[i]
		n.id = st.str(b.ids[i])
		raw, ok := rawOf[n.src]
		switch {
		case ok:
		case slices.Equal(b.raw[i], b.toks[b.phrase[i]]):
			raw = m.phrases[b.phrase[i]].toks
		default:
			raw = st.list(b.raw[i])
		}
		n.raw, rawOf[n.src] = raw, raw
	}
	m.strs = st.table()
}

// strTabler makes a strTable.
type strTabler struct {
	text  strings.Builder
	t     strTable
	strAt map[string]uint32
}

func (st *strTabler) str(s string) uint32 {
	i, ok := st.strAt[s]
	if !ok {
		i = uint32(len(st.t.ends) - 1)
		st.strAt[s] = i
		st.text.WriteString(s)
		st.t.ends = append(st.t.ends, uint32(st.text.Len()))
	}
	return i
}

// list adds a list of the strings of l.
func (st *strTabler) list(l []string) strList {
	at := uint32(len(st.t.lists))
	for _, s := range l {
		st.t.lists = append(st.t.lists, st.str(s))
	}
	return strList{at: at, n: uint32(len(l))}
}

func (st *strTabler) table() strTable {
	st.t.text = st.text.String()
	return st.t
}

// makeFilters makes the bit sets, about 32 bits per entry, of the hashes
// of first tokens and of the first two tokens of phrases. A first token
// that is no phrase on its own ("a" of "a plus", "on" of "on call") is
// weak: it goes in the second set with each token that can follow it, as
// such words are common and most often followed by nothing the matcher
// knows.
func (b *builder) makeFilters() {
	m := b.m
	var first, pairs []uint64
	weak := make([]bool, len(m.nodes))
	for c, n := range m.nodes {
		if n.parent == 0 {
			if n.flags&nodeLive != 0 || b.looseParent[int32(c)] {
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
