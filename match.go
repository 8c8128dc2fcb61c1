package roles

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
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
// separated by spaces, one line break, a hyphen, a slash or an underscore
// ("back-end developer", "CI/CD"), never by sentence punctuation: "Go. Rust"
// is two words, not the phrase "go rust". Letters are compared without
// regard to case (Unicode simple folding); zero-width characters and soft
// hyphens inside words are ignored. Text inside URLs ("https://…",
// "www.…"), e-mail addresses and bare domain names ("golang.org",
// "github.com/foo") is never a mention; the text of a Markdown link is.
//
// Names of roles, responsibilities, and skills of type [Competency] or
// [Practice] also match in generated word forms of their last word (plurals,
// -ing and -ed forms: "microservices", "debugging", "reviewed"), unless a
// [NameRule] makes the name Exact or CaseSensitive. A literal name always
// beats a generated form, and a form that two concepts would share is
// dropped. [Mention.Name] is the literal name a form came from.
//
// A name with a [NameRule] counts only as the rule allows: CaseSensitive
// names must be written exactly so; a NotWithin phrase spelled around the
// name cancels it ("Go live"); a name with Context counts only when one of
// the context words or phrases, or a mention of another skill through a name
// without context, occurs within 8 words of it in the same paragraph (a
// blank line ends a paragraph).
//
// # Overlaps
//
// Mentions never overlap: the longest match wins, so "Ruby on Rails" is one
// mention of Ruby on Rails and not one of Ruby. Between overlapping matches
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
//     not required"). A clause ends at , ; : . ! ? brackets, dashes, a line
//     break that starts a new item, and at "but", "however", "although",
//     "though", "whereas".
//   - Preferred when a Preferred cue occurs in the same sentence ("Kafka is a
//     plus"), or when the mention is in a section whose heading holds a
//     Preferred cue. A heading is a Markdown heading ("## Nice to have"), a
//     line of at most 10 words that ends with ':', or a line of at most 5
//     words, not a list item, that holds a Preferred or Required cue and no
//     name ("Bonus points"). The next heading without a Preferred cue ends
//     the section. A sentence ends at . ! ?, at a blank line, and at a line
//     break unless the next line goes on in lower case.
//   - Required otherwise.
//
// Negation beats preference.
func (t *Taxonomy) Extract(text string) []Mention {
	out := []Mention{}
	t.matcher().scan(text, func(m Mention) bool {
		out = append(out, m)
		return true
	})
	return out
}

// Mentions returns the mentions of Extract one by one, in text order, without
// collecting them: for long texts, or to stop early. Each paragraph is read
// and settled before its mentions are yielded.
func (t *Taxonomy) Mentions(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		t.matcher().scan(text, yield)
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
)

// clauseBreakWords end a clause for negation.
var clauseBreakWords = []string{"but", "however", "although", "though", "whereas"}

// maxDepth caps the number of words of a name the matcher knows.
const maxDepth = 32

// A matcher finds the phrases of a taxonomy in text: names and word forms of
// concepts, context and NotWithin phrases of name rules, qualifier cues.
// Phrases are stored in a trie over token hashes; the first token of every
// phrase is also in a bit set that rejects most words with one probe.
type matcher struct {
	filter  []uint64
	fmask   uint64
	root    map[uint64]int32 // first token hash → node
	edges   map[edge]int32   // (node, next token hash) → node
	nodes   []int32          // node → phrase ending there, or -1
	phrases []phrase
	names   []nameEntry
	known   map[uint64]bool // dotted tokens that some phrase holds
	depth   int             // longest phrase, in tokens
}

type edge struct {
	node int32
	h    uint64
}

type phrase struct {
	toks []string // folded tokens
	name int32    // index in names, or -1
	cues uint8
}

// nameEntry is one name or generated form of a concept.
type nameEntry struct {
	kind      Kind
	id        string
	name      string // the literal name
	generated bool
	skill     bool // kind == KindSkill
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
		root:  map[uint64]int32{},
		edges: map[edge]int32{},
		nodes: []int32{-1},
		known: map[uint64]bool{},
	}
	index := map[string]int32{} // phrase key → phrase
	addPhrase := func(toks []string) int32 {
		if len(toks) > maxDepth {
			toks = toks[:maxDepth] // cannot match as a whole; kept for its flags
		}
		key := strings.Join(toks, " ")
		if p, ok := index[key]; ok {
			return p
		}
		p := int32(len(m.phrases))
		index[key] = p
		m.phrases = append(m.phrases, phrase{toks: toks, name: -1})
		node := int32(0)
		for i, tok := range toks {
			h := hashString(tok)
			if strings.IndexByte(tok, '.') >= 0 {
				m.known[h] = true
			}
			var next int32
			var ok bool
			if i == 0 {
				next, ok = m.root[h]
			} else {
				next, ok = m.edges[edge{node, h}]
			}
			if !ok {
				next = int32(len(m.nodes))
				m.nodes = append(m.nodes, -1)
				if i == 0 {
					m.root[h] = next
				} else {
					m.edges[edge{node, h}] = next
				}
			}
			node = next
		}
		m.nodes[node] = p
		m.depth = max(m.depth, len(toks))
		return p
	}

	type source struct {
		kind   Kind
		id     string
		name   string
		rule   *NameRule
		formed bool // eligible for word forms
	}
	var literal []source
	addConcept := func(kind Kind, id, name string, alt []string, rules []NameRule, formed bool) {
		for _, n := range append([]string{name}, alt...) {
			src := source{kind: kind, id: id, name: n, formed: formed}
			for i := range rules {
				if rules[i].Name == n {
					src.rule = &rules[i]
					src.formed = formed && !rules[i].Exact && !rules[i].CaseSensitive
				}
			}
			literal = append(literal, src)
		}
	}
	for _, r := range t.f.Roles {
		addConcept(KindRole, r.ID, r.Name, r.AltNames, r.NameRules, true)
	}
	for _, s := range t.f.Skills {
		addConcept(KindSkill, s.ID, s.Name, s.AltNames, s.NameRules, s.Type == Competency || s.Type == Practice)
	}
	for _, r := range t.f.Responsibilities {
		addConcept(KindResponsibility, r.ID, r.Name, r.AltNames, r.NameRules, true)
	}

	// Literal names first: they own their keys.
	literalKey := map[string]bool{}
	type formSrc struct {
		src  int
		toks []string
	}
	forms := map[string][]formSrc{}
	var formKeys []string
	for i, src := range literal {
		_, toks := nameTokens(src.name)
		if len(toks) == 0 {
			continue
		}
		literalKey[strings.Join(toks, " ")] = true
		if !src.formed {
			continue
		}
		last := toks[len(toks)-1]
		for _, f := range wordForms(last) {
			ft := append(slices.Clone(toks[:len(toks)-1]), f)
			k := strings.Join(ft, " ")
			if _, ok := forms[k]; !ok {
				formKeys = append(formKeys, k)
			}
			forms[k] = append(forms[k], formSrc{i, ft})
		}
	}
	rules := map[*NameRule]*ruleInfo{}
	entry := func(src source, generated bool) nameEntry {
		raw, _ := nameTokens(src.name)
		e := nameEntry{kind: src.kind, id: src.id, name: src.name, generated: generated, skill: src.kind == KindSkill, raw: raw}
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
	for _, src := range literal {
		_, toks := nameTokens(src.name)
		if len(toks) == 0 {
			continue
		}
		p := addPhrase(toks)
		m.phrases[p].name = int32(len(m.names))
		m.names = append(m.names, entry(src, false))
	}
	for _, k := range formKeys {
		fs := forms[k]
		if literalKey[k] {
			continue // a literal name beats a generated form
		}
		shared := false
		for _, f := range fs[1:] {
			if literal[f.src].id != literal[fs[0].src].id {
				shared = true
			}
		}
		if shared {
			continue // two concepts would share it
		}
		p := addPhrase(fs[0].toks)
		m.phrases[p].name = int32(len(m.names))
		m.names = append(m.names, entry(literal[fs[0].src], true))
	}
	// Rule phrases, after every name so that names keep their entries.
	done := map[*ruleInfo]bool{}
	for _, src := range literal {
		if src.rule == nil {
			continue
		}
		ri := rules[src.rule]
		if ri == nil || done[ri] {
			continue
		}
		done[ri] = true
		for _, c := range src.rule.Context {
			if _, toks := nameTokens(c); len(toks) > 0 {
				ri.context = append(ri.context, addPhrase(toks))
			}
		}
		for _, n := range src.rule.NotWithin {
			if _, toks := nameTokens(n); len(toks) > 0 {
				ri.notWithin = append(ri.notWithin, addPhrase(toks))
			}
		}
	}
	cue := func(list []string, flag uint8) {
		for _, c := range list {
			if _, toks := nameTokens(c); len(toks) > 0 {
				m.phrases[addPhrase(toks)].cues |= flag
			}
		}
	}
	q := t.f.Qualifiers
	cue(q.Preferred, cuePreferred)
	cue(q.Required, cueRequired)
	cue(q.Negated, cueNegated)
	cue(q.NegatedAfter, cueNegatedAfter)
	cue(clauseBreakWords, cueClauseBreak)

	// A bit set of first-token hashes, about 16 bits per entry.
	size := max(1024, 1<<bits.Len(uint(len(m.root)*16)))
	m.filter = make([]uint64, size/64)
	m.fmask = uint64(size - 1)
	for h := range m.root {
		b := h & m.fmask
		m.filter[b>>6] |= 1 << (b & 63)
	}
	return m
}

func (m *matcher) maybeFirst(h uint64) bool {
	b := h & m.fmask
	return m.filter[b>>6]&(1<<(b&63)) != 0
}
