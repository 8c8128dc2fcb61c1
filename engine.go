package roles

import "github.com/openroles/roles/internal/engine"

// A matcher is the text engine compiled for a taxonomy, with what turns
// its hits into Mentions: for each name of the engine's configuration, the
// concept it names.
type matcher struct {
	m     *engine.Matcher
	names []Concept // by index in the configuration's Names
}

// qualifiers maps the engine's qualifiers to the package's.
var qualifiers = [...]Qualifier{engine.Required: QualifierRequired, engine.Preferred: QualifierPreferred, engine.Negated: QualifierNegated}

// newMatcher compiles t for the engine.
func newMatcher(t *Taxonomy) *matcher {
	c := configOf(t)
	return &matcher{m: engine.New(&c.Config), names: c.names}
}

// configOf is the engine configuration of t. With engineConfig.add, it is
// the one place that says what the engine is told of a taxonomy.
func configOf(t *Taxonomy) *engineConfig {
	n := len(t.asNamed) // the number of names, unless a concept repeats one
	c := &engineConfig{Config: engine.Config{Names: make([]engine.Name, 0, n)}, names: make([]Concept, 0, n)}
	for _, r := range t.f.Roles {
		c.add(KindRole, r.ID, r.Name, r.AltNames, r.NameRules, engine.LastWord, "")
	}
	for _, s := range t.f.Skills {
		forms := engine.NoForms
		if s.Type == SkillTypeCompetency || s.Type == SkillTypePractice {
			forms = engine.LastWord
		}
		c.add(KindSkill, s.ID, s.Name, s.AltNames, s.NameRules, forms, s.Type)
	}
	for _, r := range t.f.Responsibilities {
		c.add(KindResponsibility, r.ID, r.Name, r.AltNames, r.NameRules, engine.EdgeWords, "")
	}
	for _, o := range t.f.Occupations {
		c.add(KindOccupation, o.ID, o.Name, o.AltNames, o.NameRules, engine.NoForms, "")
	}
	c.Cues = engineCues(t.f.Qualifiers)
	return c
}

// engineCues are the qualifier cues as the engine takes them.
func engineCues(q QualifierCues) engine.Cues {
	return engine.Cues{Preferred: q.Preferred, Required: q.Required, Negated: q.Negated, NegatedAfter: q.NegatedAfter}
}

// engineConfig is an engine configuration in the making, with the concept
// of each name.
type engineConfig struct {
	engine.Config
	names []Concept
}

// add adds every name of a concept: whether it matches in word forms (names
// of roles and responsibilities, and of skills of type Competency or
// Practice, unless a rule makes them Exact or CaseSensitive), its rule, and
// for a skill whether it is a language.
func (c *engineConfig) add(kind Kind, id, name string, alt []string, rules []NameRule, forms engine.Forms, st SkillType) {
	compiled := make([]*engine.Rule, len(rules))
	for i, r := range rules {
		compiled[i] = &engine.Rule{CaseSensitive: r.CaseSensitive, Context: r.Context, NotWithin: r.NotWithin}
	}
	for j := -1; j < len(alt); j++ {
		n := engine.Name{ID: id, Text: name, Forms: forms, Skill: kind == KindSkill, Language: kind == KindSkill && st == SkillTypeLanguage}
		if j >= 0 {
			n.Text = alt[j]
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
		c.names = append(c.names, Concept{Kind: kind, ID: id, Name: n.Text})
	}
}

// mention turns a hit into a Mention, field by field: a whole struct would
// be copied with a bulk write barrier while the collector runs, which costs
// more.
func (e *matcher) mention(r *Mention, h engine.Hit) {
	c := &e.names[h.Name]
	r.Kind, r.ID, r.Name, r.Qualifier = c.Kind, c.ID, c.Name, qualifiers[h.Qualifier]
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
