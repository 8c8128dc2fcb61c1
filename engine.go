package roles

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/openroles/roles/internal/engine"
)

// A matcher is the text engine compiled for a taxonomy, with what turns
// its hits into Mentions: for each name of the engine's configuration, the
// concept it names and its language.
type matcher struct {
	m *engine.Matcher
	nameList
}

// nameList is, for each name of an engine configuration, the concept it
// names and its language.
type nameList struct {
	names []namedIn // by index in the configuration's Names
	langs []string  // the languages of names, by namedIn.lang; "" first
}

// namedIn is a concept's ID and one of its names, with the concept's kind
// and the name's language as indexes: a Mention reads one namedIn of tens
// of thousands for each hit, and the collector scans them all in each
// cycle, so they hold two strings rather than four.
type namedIn struct {
	id, name string
	kind     uint8  // index in kinds
	lang     uint32 // index in nameList.langs
}

// kinds are the kinds of concepts, by namedIn.kind.
var kinds = [...]Kind{KindRole, KindSkill, KindResponsibility, KindOccupation}

// add appends the name, in the language lang, of the concept of kind kind
// and ID id.
func (l *nameList) add(kind Kind, id, name, lang string) {
	if l.langs == nil {
		l.langs = []string{""}
	}
	li := slices.Index(l.langs, lang)
	if li < 0 {
		li = len(l.langs)
		l.langs = append(l.langs, lang)
	}
	l.names = append(l.names, namedIn{id: id, name: name, kind: uint8(slices.Index(kinds[:], kind)), lang: uint32(li)})
}

// qualifiers maps the engine's qualifiers to the package's.
var qualifiers = [...]Qualifier{engine.Required: QualifierRequired, engine.Preferred: QualifierPreferred, engine.Negated: QualifierNegated}

// newMatcher compiles t for the engine.
func newMatcher(t *Taxonomy) *matcher {
	c := configOf(t)
	return &matcher{m: engine.New(&c.Config), nameList: c.nameList}
}

// configOf is the engine configuration of t. With eachEngineName, it is
// the one place that says what the engine is told of a taxonomy: of each
// name, its concept, language and rule, whether it matches in word forms
// (names of roles and responsibilities, and of skills of type Competency or
// Practice, unless a rule makes them Exact or CaseSensitive), and for a
// skill whether it is a language.
func configOf(t *Taxonomy) *engineConfig {
	n := t.names // the number of names, unless a concept repeats one
	c := &engineConfig{Config: engine.Config{Names: make([]engine.Name, 0, n)}, nameList: nameList{names: make([]namedIn, 0, n)}}
	at := conceptAt{i: -1}
	var compiled []*engine.Rule
	eachEngineName(t, func(kind Kind, i int, lang, name string) {
		if kind != at.kind || i != at.i {
			at = conceptOf(t, kind, i)
			compiled = make([]*engine.Rule, len(at.rules))
			for j, r := range at.rules {
				compiled[j] = &engine.Rule{CaseSensitive: r.CaseSensitive, Context: r.Context, NotWithin: r.NotWithin}
			}
		}
		c.add(&at, compiled, lang, name)
	})
	c.Cues = engineCues(t.f.Qualifiers)
	return c
}

// matcherNames is the concept and language of each name of the engine
// configuration of t, in its order: what a matcher needs of the
// configuration once it is compiled, made without making the rest.
func matcherNames(t *Taxonomy) nameList {
	l := nameList{names: make([]namedIn, 0, t.names)}
	eachEngineName(t, func(kind Kind, i int, lang, name string) {
		l.add(kind, conceptOf(t, kind, i).id, name, lang)
	})
	return l
}

// eachEngineName calls add with every name of t that its engine
// configuration has, in order: of each concept (roles, skills,
// responsibilities, occupations, each in the order of t's lists; kind and
// i say which), its own names, then the names of each localized entry
// whose language t matches (see Taxonomy.WithLanguages), but a preferred
// name that repeats one before it (see checker.claim), which the engine
// must not get twice: a mention of it is one of the earlier name.
func eachEngineName(t *Taxonomy, add func(kind Kind, i int, lang, name string)) {
	var given givenNames
	eachConcept(&t.f, func(c Concept, i int, alt []string, loc []Localized) {
		add(c.Kind, i, "", c.Name)
		for _, a := range alt {
			add(c.Kind, i, "", a)
		}
		if len(loc) == 0 {
			return
		}
		given.reset(c.Name, alt)
		for _, l := range loc {
			if !t.matches(l.Lang) {
				continue
			}
			if !given.has(l.Name) {
				add(c.Kind, i, l.Lang, l.Name)
				given.add(l.Name)
			}
			for _, a := range l.AltNames {
				add(c.Kind, i, l.Lang, a)
				given.add(a)
			}
		}
	})
}

// conceptAt is what the engine configuration takes of the concept i of
// the list of its kind.
type conceptAt struct {
	kind     Kind
	i        int
	id       string
	rules    []NameRule
	forms    engine.Forms
	language bool // a skill of type language
}

func conceptOf(t *Taxonomy, kind Kind, i int) conceptAt {
	switch kind {
	case KindRole:
		r := &t.f.Roles[i]
		return conceptAt{kind, i, r.ID, r.NameRules, engine.LastWord, false}
	case KindSkill:
		s := &t.f.Skills[i]
		forms := engine.NoForms
		if s.Type == SkillTypeCompetency || s.Type == SkillTypePractice {
			forms = engine.LastWord
		}
		return conceptAt{kind, i, s.ID, s.NameRules, forms, s.Type == SkillTypeLanguage}
	case KindResponsibility:
		r := &t.f.Responsibilities[i]
		return conceptAt{kind, i, r.ID, r.NameRules, engine.EdgeWords, false}
	}
	o := &t.f.Occupations[i]
	return conceptAt{kind, i, o.ID, o.NameRules, engine.NoForms, false}
}

// engineCues are the qualifier cues as the engine takes them: those of
// every language, each phrase once, as every language's cues apply to
// every text.
func engineCues(q QualifierCues) engine.Cues {
	c := engine.Cues{Preferred: q.Preferred, Required: q.Required, Negated: q.Negated, NegatedAfter: q.NegatedAfter,
		NotNegating: q.NotNegating}
	if len(q.Localized) == 0 {
		return c
	}
	join := func(own []string, lang func(LocalizedCues) []string) []string {
		out := slices.Clone(own)
		for _, l := range q.Localized {
			for _, p := range lang(l) {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
		return out
	}
	c.Preferred = join(q.Preferred, func(l LocalizedCues) []string { return l.Preferred })
	c.Required = join(q.Required, func(l LocalizedCues) []string { return l.Required })
	c.Negated = join(q.Negated, func(l LocalizedCues) []string { return l.Negated })
	c.NegatedAfter = join(q.NegatedAfter, func(l LocalizedCues) []string { return l.NegatedAfter })
	c.NotNegating = join(q.NotNegating, func(l LocalizedCues) []string { return l.NotNegating })
	return c
}

// engineConfig is an engine configuration in the making, with the concept
// and language of each name.
type engineConfig struct {
	engine.Config
	nameList
}

// add adds the name, in the language lang, of the concept at, whose rules
// compiled holds compiled.
func (c *engineConfig) add(at *conceptAt, compiled []*engine.Rule, lang, name string) {
	n := engine.Name{ID: at.id, Text: name, Lang: lang, Forms: at.forms, Skill: at.kind == KindSkill, Language: at.language}
	if lang != "" && n.Forms == engine.NoForms && at.kind == KindSkill {
		// A localized name is words of its language ("relationale
		// Datenbanken", "Shell-Skript"), which decline whatever the type of
		// the skill: technology names are the skill's own names.
		n.Forms = engine.LastWord
	}
	for i := range at.rules {
		if at.rules[i].Name == name {
			n.Rule = compiled[i]
			if at.rules[i].Exact || at.rules[i].CaseSensitive {
				n.Forms = engine.NoForms
			}
		}
	}
	c.Names = append(c.Names, n)
	c.nameList.add(at.kind, at.id, name, lang)
}

// givenNames are the names of one concept given to the engine so far, to
// find a localized preferred name that repeats one of them. Names compare
// by nameKey; their sketches rule out most of them without folding, so
// that the names of the embedded taxonomy cost about what they did before
// localized names. Its memory is reused from concept to concept.
type givenNames struct {
	names    []string
	sketches []sketch
}

// reset starts the names of a concept: its own.
func (g *givenNames) reset(name string, alt []string) {
	g.names, g.sketches = g.names[:0], g.sketches[:0]
	g.add(name)
	for _, a := range alt {
		g.add(a)
	}
}

func (g *givenNames) add(name string) {
	g.names = append(g.names, name)
	g.sketches = append(g.sketches, sketchOf(name))
}

// has reports whether name is, as names compare, one of g.
func (g *givenNames) has(name string) bool {
	sk, key := sketchOf(name), ""
	for i, other := range g.sketches {
		if other != sk || !sameLetters(name, g.names[i]) {
			continue
		}
		if key == "" {
			key = nameKey(name)
		}
		if nameKey(g.names[i]) == key {
			return true
		}
	}
	return false
}

// sameLetters reports whether a and b have the same letters and digits,
// in the same order, without regard to case, as two names with the same
// nameKey do, unless it folds them further.
func sameLetters(a, b string) bool {
	next := func(s string, i int) (rune, int) {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if i += n; unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r), i
			}
		}
		return -1, i
	}
	for i, j := 0, 0; ; {
		var ra, rb rune
		ra, i = next(a, i)
		rb, j = next(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}

// A sketch is what two names with the same nameKey share, or nearly: the
// count of their letters and digits, and the first and last of them, in
// lower case when ASCII. It is made byte by byte, counting a non-ASCII
// character as a letter: two names that differ in a non-ASCII mark may
// then fail to share a sketch, and the engine gets both, which costs
// nothing but the time to compile a name twice.
type sketch struct {
	n           int
	first, last byte
}

func sketchOf(s string) sketch {
	var k sketch
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c >= 0xC0: // the first byte of a non-ASCII character
		default:
			continue
		}
		if k.n == 0 {
			k.first = c
		}
		k.n, k.last = k.n+1, c
	}
	return k
}

// mention turns a hit into a Mention, field by field: a whole struct would
// be copied with a bulk write barrier while the collector runs, which costs
// more.
func (e *matcher) mention(r *Mention, h engine.Hit) {
	c := &e.names[h.Name]
	r.Kind, r.ID, r.Name, r.Lang, r.Qualifier = kinds[c.kind], c.id, c.name, e.langs[c.lang], qualifiers[h.Qualifier]
	r.Start, r.End, r.Years = h.Start, h.End, h.Years.Years()
}

// extract collects the mentions of text in a slice of the exact size;
// today is the month of the reference date of dated entries (see years.go).
func (e *matcher) extract(text string, today engine.Today) []Mention {
	res := []Mention{}
	e.m.CollectAt(text, today, func(hits []engine.Hit) {
		if len(hits) > 0 {
			res = make([]Mention, len(hits))
			for i, h := range hits {
				e.mention(&res[i], h)
			}
		}
	})
	return res
}

// scan yields the mentions of text one by one.
func (e *matcher) scan(text string, yield func(Mention) bool) {
	e.m.ScanAt(text, thisMonth, func(h engine.Hit) bool {
		var m Mention
		e.mention(&m, h)
		return yield(m)
	})
}

// nameTokens splits a name into its tokens as the engine reads them, as
// written and folded.
func nameTokens(s string) (raw, folded []string) { return engine.NameTokens(s) }
