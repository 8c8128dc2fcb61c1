package roles

import (
	"slices"

	"github.com/openroles/roles/internal/engine"
)

// A matcher is the text engine compiled for a taxonomy, with what turns
// its hits into Mentions: for each name of the engine's configuration, the
// concept it names and its language.
type matcher struct {
	m     *engine.Matcher
	names []namedIn // by index in the configuration's Names
}

// namedIn is a concept with one of its names, and the name's language: ""
// for the concept's own names.
type namedIn struct {
	Concept
	lang string
}

// qualifiers maps the engine's qualifiers to the package's.
var qualifiers = [...]Qualifier{engine.Required: QualifierRequired, engine.Preferred: QualifierPreferred, engine.Negated: QualifierNegated}

// newMatcher compiles t for the engine.
func newMatcher(t *Taxonomy) *matcher {
	c := configOf(t)
	return &matcher{m: engine.New(&c.Config), names: c.names}
}

// configOf is the engine configuration of t. With engineConfig.add, it is
// the one place that says what the engine is told of a taxonomy. A
// taxonomy that WithLanguages restricted tells only the localized names of
// its languages.
func configOf(t *Taxonomy) *engineConfig {
	n := len(t.asNamed) // the number of names, unless a concept repeats one
	c := &engineConfig{Config: engine.Config{Names: make([]engine.Name, 0, n)}, names: make([]namedIn, 0, n), t: t}
	for _, r := range t.f.Roles {
		c.add(KindRole, r.ID, r.Name, r.AltNames, r.Localized, r.NameRules, engine.LastWord, "")
	}
	for _, s := range t.f.Skills {
		forms := engine.NoForms
		if s.Type == SkillTypeCompetency || s.Type == SkillTypePractice {
			forms = engine.LastWord
		}
		c.add(KindSkill, s.ID, s.Name, s.AltNames, s.Localized, s.NameRules, forms, s.Type)
	}
	for _, r := range t.f.Responsibilities {
		c.add(KindResponsibility, r.ID, r.Name, r.AltNames, r.Localized, r.NameRules, engine.EdgeWords, "")
	}
	for _, o := range t.f.Occupations {
		c.add(KindOccupation, o.ID, o.Name, o.AltNames, o.Localized, o.NameRules, engine.NoForms, "")
	}
	c.Cues = engineCues(t.f.Qualifiers)
	return c
}

// engineCues are the qualifier cues as the engine takes them: those of
// every language, each phrase once, as every language's cues apply to
// every text.
func engineCues(q QualifierCues) engine.Cues {
	c := engine.Cues{Preferred: q.Preferred, Required: q.Required, Negated: q.Negated, NegatedAfter: q.NegatedAfter}
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
	return c
}

// engineConfig is an engine configuration in the making, with the concept
// and language of each name, for the taxonomy t.
type engineConfig struct {
	engine.Config
	names []namedIn
	t     *Taxonomy
	added []sketch // the sketches of the names add added of the concept it adds
}

// add adds every name of a concept, its own and the localized ones that t
// matches: whether it matches in word forms (names of roles and
// responsibilities, and of skills of type Competency or Practice, unless a
// rule makes them Exact or CaseSensitive), its rule, its language, and for
// a skill whether it is a language.
func (c *engineConfig) add(kind Kind, id, name string, alt []string, loc []Localized, rules []NameRule, forms engine.Forms, st SkillType) {
	compiled := make([]*engine.Rule, len(rules))
	for i, r := range rules {
		compiled[i] = &engine.Rule{CaseSensitive: r.CaseSensitive, Context: r.Context, NotWithin: r.NotWithin}
	}
	// names adds name, unless it is "", and the names of alt; with
	// localized names, it keeps the sketch of each name added in c.added.
	c.added = c.added[:0]
	names := func(lang, name string, alt []string) {
		for j := -1; j < len(alt); j++ {
			n := engine.Name{ID: id, Text: name, Lang: lang, Forms: forms, Skill: kind == KindSkill, Language: kind == KindSkill && st == SkillTypeLanguage}
			if j >= 0 {
				n.Text = alt[j]
			} else if name == "" {
				continue
			}
			for i := range rules {
				if rules[i].Name == n.Text {
					n.Rule = compiled[i]
					if rules[i].Exact || rules[i].CaseSensitive {
						n.Forms = engine.NoForms
					}
				}
			}
			c.Names = append(c.Names, n)
			c.names = append(c.names, namedIn{Concept{Kind: kind, ID: id, Name: n.Text}, lang})
			if len(loc) > 0 {
				c.added = append(c.added, sketchOf(n.Text))
			}
		}
	}
	names("", name, alt)
	for _, l := range loc {
		if !c.t.matches(l.Lang) {
			continue
		}
		preferred := l.Name
		if c.repeats(preferred) {
			preferred = "" // a name the engine has: a mention of it is one of that name
		}
		names(l.Lang, preferred, l.AltNames)
	}
}

// repeats reports whether the preferred name of a localized entry is, as
// names compare (see checker.claim), one that the configuration already
// has of its concept: one of the last len(c.added) names. The sketches of
// names rule out most of them without folding, so that making the
// configuration of the embedded taxonomy costs about what it did before
// localized names.
func (c *engineConfig) repeats(preferred string) bool {
	sk, key := sketchOf(preferred), ""
	from := len(c.names) - len(c.added)
	for i, other := range c.added {
		if other != sk {
			continue
		}
		if key == "" {
			key = nameKey(preferred)
		}
		if nameKey(c.names[from+i].Name) == key {
			return true
		}
	}
	return false
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
	r.Kind, r.ID, r.Name, r.Lang, r.Qualifier = c.Kind, c.ID, c.Name, c.lang, qualifiers[h.Qualifier]
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
