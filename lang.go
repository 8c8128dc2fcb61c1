package roles

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Localized holds a concept's names, and optionally its description, in one
// language. A concept's own Name, AltNames and Description are English, or
// the same in every language (PostgreSQL, Kafka); the names of other
// languages are Localized entries, at most one per language. Every
// localized name is a name of the concept like its own names: it is
// matched in text (see [Mention.Lang]), found by [Taxonomy.Lookup], may be
// named by a [NameRule], and must not be a name of another concept.
type Localized struct {
	// Lang is the language, as a BCP 47 tag: a primary language subtag of
	// two or three lower-case letters, optionally followed by subtags of
	// one to eight letters or digits, each after a hyphen ("de", "de-CH",
	// "es-419").
	Lang string `json:"lang"`
	// Name is the preferred name in the language: "Backend-Entwickler".
	Name string `json:"name"`
	// AltNames are other names text in the language uses:
	// "Backend-Entwicklerin".
	AltNames []string `json:"altNames,omitempty"`
	// Description is the concept in the language, or empty.
	Description string `json:"description,omitempty"`
}

func (l Localized) clone() Localized {
	l.AltNames = slices.Clone(l.AltNames)
	return l
}

// LocalizedCues are the qualifier cues of one language (see
// [QualifierCues]).
type LocalizedCues struct {
	Lang         string   `json:"lang"`                   // the language, a BCP 47 tag as in [Localized]
	Preferred    []string `json:"preferred,omitempty"`    // "wünschenswert", "un plus", "se valorará"
	Required     []string `json:"required,omitempty"`     // "Anforderungen", "Profil recherché", "Requisitos"
	Negated      []string `json:"negated,omitempty"`      // "keine", "sans", "sin"
	NegatedAfter []string `json:"negatedAfter,omitempty"` // "nicht erforderlich", "pas requis"
	NotNegating  []string `json:"notNegating,omitempty"`  // "keine Scheu vor", "sans oublier", "no solo"
}

func (c LocalizedCues) clone() LocalizedCues {
	c.Preferred = slices.Clone(c.Preferred)
	c.Required = slices.Clone(c.Required)
	c.Negated = slices.Clone(c.Negated)
	c.NegatedAfter = slices.Clone(c.NegatedAfter)
	c.NotNegating = slices.Clone(c.NotNegating)
	return c
}

// validTag reports whether s is a language tag as the taxonomy format
// takes it (see [Localized.Lang]).
func validTag(s string) bool {
	primary, rest, _ := strings.Cut(s, "-")
	if len(primary) < 2 || len(primary) > 3 || strings.Trim(primary, "abcdefghijklmnopqrstuvwxyz") != "" {
		return false
	}
	if rest == "" {
		return !strings.HasSuffix(s, "-")
	}
	for _, sub := range strings.Split(rest, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for i := 0; i < len(sub); i++ {
			if c := sub[i] | 0x20; !('a' <= c && c <= 'z') && !('0' <= sub[i] && sub[i] <= '9') {
				return false
			}
		}
	}
	return true
}

// WithLanguages returns a taxonomy that finds in text only the concepts'
// own names (English, or the same in every language) and their localized
// names in the languages given, as BCP 47 tags. A tag admits the names of
// its more specific tags: "de" admits "de" and "de-CH" names, "de-CH" only
// "de-CH" ones. Tags compare without regard to case. With no tags, only the
// own names are found. The qualifier cues of every language still apply.
//
// Only finding names in text is restricted ([Taxonomy.Extract],
// [Taxonomy.Mentions], and what reads text with them): the result shares
// t's data, its concepts and their localized names, [Taxonomy.Lookup]
// finds every name, MarshalJSON writes them all, and [Taxonomy.With]
// builds on all of them. A restriction of t replaces any that t has. The
// result's matcher is built on its first use, once; like t, it is safe for
// concurrent use.
//
// A tag that is not of the form [Localized.Lang] describes is an [*Error]
// with the subject "argument", [CodeLanguage] and the tag's index as its
// path ("/1"); every such tag is reported.
func (t *Taxonomy) WithLanguages(tags ...string) (*Taxonomy, error) {
	var probs []Problem
	langs := make([]string, 0, len(tags))
	for i, tag := range tags {
		low := strings.ToLower(tag)
		if !validTag(low) {
			probs = append(probs, Problem{Path: pointer(i), Code: CodeLanguage,
				Message: fmt.Sprintf("%q is not a language tag such as \"de\", \"de-CH\" or \"es-419\"", tag)})
			continue
		}
		langs = append(langs, low)
	}
	if len(probs) > 0 {
		return nil, &Error{Subject: "argument", Problems: probs}
	}
	r := *t.orEmpty() // shares the data, the indexes and what is built of them
	r.langs, r.restricted = langs, true
	r.matcher = sync.OnceValue(func() *matcher { return newMatcher(&r) })
	return &r, nil
}

// matches reports whether the matcher of t finds localized names of the
// language tag.
func (t *Taxonomy) matches(tag string) bool {
	if !t.restricted {
		return true
	}
	tag = strings.ToLower(tag)
	for _, l := range t.langs {
		if tag == l || strings.HasPrefix(tag, l) && tag[len(l)] == '-' {
			return true
		}
	}
	return false
}

// localizedIn returns the entries of loc that answer for the language
// lang: the one of its exact tag, then the one of its primary language
// ("de" for "de-AT"); nil for none.
func localizedIn(loc []Localized, lang string) []*Localized {
	primary, _, _ := strings.Cut(lang, "-")
	var exact, prim *Localized
	for i := range loc {
		switch {
		case strings.EqualFold(loc[i].Lang, lang):
			exact = &loc[i]
		case strings.EqualFold(loc[i].Lang, primary):
			prim = &loc[i]
		}
	}
	out := make([]*Localized, 0, 2)
	for _, l := range []*Localized{exact, prim} {
		if l != nil {
			out = append(out, l)
		}
	}
	return out
}

// nameIn is the name in lang of a concept whose own name is name: that of
// its Localized entry of the exact tag, else of the primary language, else
// name.
func nameIn(name string, loc []Localized, lang string) string {
	if in := localizedIn(loc, lang); len(in) > 0 {
		return in[0].Name
	}
	return name
}

// descriptionIn is nameIn for the description: the first of the entries
// that has one, else desc.
func descriptionIn(desc string, loc []Localized, lang string) string {
	for _, l := range localizedIn(loc, lang) {
		if l.Description != "" {
			return l.Description
		}
	}
	return desc
}

// NameIn returns the role's preferred name in the language lang, a BCP 47
// tag: the name of its [Localized] entry of that tag, else of the tag's
// primary language ("de" for "de-AT"), else its own Name. Tags compare
// without regard to case.
func (r Role) NameIn(lang string) string { return nameIn(r.Name, r.Localized, lang) }

// DescriptionIn returns the role's description in the language lang, found
// as [Role.NameIn] finds the name, falling back to its own Description
// where the entries for lang have none.
func (r Role) DescriptionIn(lang string) string {
	return descriptionIn(r.Description, r.Localized, lang)
}

// NameIn returns the skill's preferred name in the language lang, as
// [Role.NameIn] does for a role.
func (s Skill) NameIn(lang string) string { return nameIn(s.Name, s.Localized, lang) }

// DescriptionIn returns the skill's description in the language lang, as
// [Role.DescriptionIn] does for a role.
func (s Skill) DescriptionIn(lang string) string {
	return descriptionIn(s.Description, s.Localized, lang)
}

// NameIn returns the responsibility's preferred name in the language lang,
// as [Role.NameIn] does for a role.
func (r Responsibility) NameIn(lang string) string { return nameIn(r.Name, r.Localized, lang) }

// DescriptionIn returns the responsibility's description in the language
// lang, as [Role.DescriptionIn] does for a role.
func (r Responsibility) DescriptionIn(lang string) string {
	return descriptionIn(r.Description, r.Localized, lang)
}

// NameIn returns the occupation's preferred name in the language lang, as
// [Role.NameIn] does for a role.
func (o Occupation) NameIn(lang string) string { return nameIn(o.Name, o.Localized, lang) }

// DescriptionIn returns the occupation's description in the language lang,
// as [Role.DescriptionIn] does for a role.
func (o Occupation) DescriptionIn(lang string) string {
	return descriptionIn(o.Description, o.Localized, lang)
}

// NameIn returns the preferred name of the concept c in the language lang,
// as [Role.NameIn] finds it for a role: c's kind and ID choose the concept,
// so any Concept the package hands out works, as do the kind and ID of a
// [Mention] (Concept{Kind: m.Kind, ID: m.ID}). It returns c.Name when the
// taxonomy has no concept of that kind and ID. Unlike Role(id).NameIn, it
// copies nothing.
func (t *Taxonomy) NameIn(c Concept, lang string) string {
	switch c.Kind {
	case KindRole:
		if i, ok := t.roleAt[c.ID]; ok {
			r := &t.f.Roles[i]
			return nameIn(r.Name, r.Localized, lang)
		}
	case KindSkill:
		if i, ok := t.skillAt[c.ID]; ok {
			s := &t.f.Skills[i]
			return nameIn(s.Name, s.Localized, lang)
		}
	case KindResponsibility:
		if i, ok := t.respAt[c.ID]; ok {
			r := &t.f.Responsibilities[i]
			return nameIn(r.Name, r.Localized, lang)
		}
	case KindOccupation:
		if i, ok := t.occAt[c.ID]; ok {
			o := &t.f.Occupations[i]
			return nameIn(o.Name, o.Localized, lang)
		}
	}
	return c.Name
}
