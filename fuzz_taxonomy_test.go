package roles

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/openroles/roles/internal/engine"
)

// fuzzTaxonomy builds, from fuzzed names and phrases, a small taxonomy in
// the JSON format: two skills (one of type language, whose names match as
// written; one competency, in word forms), a responsibility and a role,
// with a and b as names, c in name rules (as context and inside a notWithin
// phrase) and cue as a qualifier cue and a hiring cue phrase; the
// competency and the role have names in German and French made of them,
// and cue a German form. The JSON goes through Parse as a user's file
// would.
func fuzzTaxonomy(a, b, c, cue string) []byte {
	prov := Provenance{Source: SourceExtension}
	f := file{
		Version: "fuzz",
		Skills: []Skill{
			{ID: "lang", Name: a, AltNames: []string{c}, Type: SkillTypeLanguage, Description: "L.", Provenance: prov,
				NameRules: []NameRule{{Name: c, Context: []string{b, cue}, NotWithin: []string{c + " " + b}}}},
			{ID: "comp", Name: b, AltNames: []string{a + " " + b}, Type: SkillTypeCompetency, Description: "C.", Provenance: prov,
				Broader: []string{"lang"}, NameRules: []NameRule{{Name: b, Exact: true, NotWithin: []string{cue + " " + b}}},
				Localized: []Localized{{Lang: "de", Name: c + " " + b, AltNames: []string{a + "-" + c}}}},
		},
		Responsibilities: []Responsibility{{ID: "duty", Name: "keep " + c, Description: "D.", Skills: []string{"comp"}, Provenance: prov}},
		Roles: []Role{{ID: "role", Name: a + " engineer", Description: "R.", Responsibilities: []string{"duty"}, Provenance: prov,
			Localized: []Localized{{Lang: "fr-CA", Name: "ingénieur " + a}},
			Skills:    []RoleSkill{{Skill: "lang", Requirement: RequirementEssential, Importance: 5}, {Skill: "comp", Requirement: RequirementOptional, Importance: 2}}}},
		HiringCues: []HiringCue{{ID: "cue", Role: "role", Phrases: []string{cue, "maintain " + a}, Weight: 3, Provenance: prov}},
		Qualifiers: QualifierCues{Preferred: []string{cue}, Required: []string{"must"}, Negated: []string{"no", "not " + cue}, NegatedAfter: []string{cue + " not"},
			Localized: []LocalizedCues{{Lang: "de", Preferred: []string{cue + " erwünscht"}}}},
	}
	data, err := json.Marshal(f)
	if err != nil {
		panic(err)
	}
	return data
}

// FuzzTaxonomy builds custom taxonomies from fuzzed names, rules and cues;
// when Parse accepts one, it reads fuzzed text with it through Extract,
// Mentions, RankText, Advise and GapsText and checks what must hold of any
// taxonomy: no panic, mentions in range and in order, each of a name of its
// concept (as written, for a language's names), Extract equal to the
// collected Mentions, the same output for the same input.
func FuzzTaxonomy(f *testing.F) {
	f.Add("Go", "code review", "Golang", "nice to have", "Must have Go; Golang and code reviews are nice to have, not PHP.")
	f.Add("C++", "unit testing", "cpp", "plus", "C++ or cpp is a plus; no unit tests")
	f.Add("Node.js", "API design", "Node", "bonus", "node.js, Node and API designs, bonus: Node API design")
	f.Add("C#", "REST", "dotnet", "ideally", "C#/dotnet, the rest of the REST; ideally not C#")
	f.Add("Go", "Kafka", "Golang", "a plus", "<li>G&#111;</li><li>Ｇｏｌａｎｇ</li><b data-x=\"Go\">Kafka</b> is a plus")
	for _, c := range extractCases {
		f.Add("Python", "Kafka", "Postgres", "a plus", c.text)
	}
	f.Fuzz(func(t *testing.T, a, b, c, cue, text string) {
		tx, err := Parse(fuzzTaxonomy(a, b, c, cue))
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Parse error %v is not an *Error", err)
			}
			return
		}
		checkFuzzMentions(t, tx, text)
		checkFuzzDeterministic(t, tx, text)
	})
}

// checkFuzzMentions checks the mentions of text.
func checkFuzzMentions(t *testing.T, tx *Taxonomy, text string) {
	got := tx.Extract(text)
	if got == nil {
		t.Fatal("Extract returned nil")
	}
	end := 0
	for _, m := range got {
		if m.Start < end || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %+v out of order or range (previous end %d, len %d)", m, end, len(text))
		}
		end = m.End
		if c, ok := tx.Lookup(m.Name); !ok || c.ID != m.ID || c.Kind != m.Kind {
			t.Fatalf("mention %+v: %q is not a name of the concept", m, m.Name)
		}
		if !nameOfLang(tx, m) {
			t.Fatalf("mention %+v: %q is no name of its concept in %q", m, m.Name, m.Lang)
		}
		if m.ID == "lang" && nameKey(engine.Clean(text[m.Start:m.End])) != nameKey(m.Name) {
			t.Fatalf("mention %+v: text %q is not the name %q", m, text[m.Start:m.End], m.Name)
		}
	}
	if seq := slices.Collect(tx.Mentions(text)); len(seq) != len(got) || len(got) > 0 && !slices.Equal(seq, got) {
		t.Fatalf("Mentions %v differs from Extract %v", seq, got)
	}
}

// nameOfLang reports whether m.Name is a name of m's concept in m.Lang: one
// of its own names when m.Lang is "", else a name of its entry of that tag.
func nameOfLang(tx *Taxonomy, m Mention) bool {
	var name string
	var alt []string
	var loc []Localized
	switch m.Kind {
	case KindRole:
		r, _ := tx.Role(m.ID)
		name, alt, loc = r.Name, r.AltNames, r.Localized
	case KindSkill:
		s, _ := tx.Skill(m.ID)
		name, alt, loc = s.Name, s.AltNames, s.Localized
	case KindResponsibility:
		r, _ := tx.Responsibility(m.ID)
		name, alt, loc = r.Name, r.AltNames, r.Localized
	case KindOccupation:
		o, _ := tx.Occupation(m.ID)
		name, alt, loc = o.Name, o.AltNames, o.Localized
	}
	if m.Lang == "" {
		return m.Name == name || slices.Contains(alt, m.Name)
	}
	for _, l := range loc {
		if l.Lang == m.Lang && (m.Name == l.Name || slices.Contains(l.AltNames, m.Name)) {
			return true
		}
	}
	return false
}

// checkFuzzDeterministic checks that RankText, Advise and GapsText give the
// same for the same text, and Advise's cues are in range and in order.
func checkFuzzDeterministic(t *testing.T, tx *Taxonomy, text string) {
	if r1, r2 := tx.RankText(text), tx.RankText(text); !reflect.DeepEqual(r1, r2) || len(r1) > 1 {
		t.Fatalf("RankText: %v, then %v", r1, r2)
	}
	a := tx.Advise(text)
	end := 0
	for _, c := range a.Cues {
		if c.Start < end || c.End <= c.Start || c.End > len(text) {
			t.Fatalf("cue %+v out of order or range (len %d)", c, len(text))
		}
		end = c.End
	}
	if b := tx.Advise(text); !reflect.DeepEqual(a, b) {
		t.Fatalf("Advise: %v, then %v", a, b)
	}
	g1, err1 := tx.GapsText(text, "role")
	g2, err2 := tx.GapsText(text, "role")
	if err1 != nil || err2 != nil || !reflect.DeepEqual(g1, g2) {
		t.Fatalf("GapsText: %v, %v, then %v, %v", g1, err1, g2, err2)
	}
}
