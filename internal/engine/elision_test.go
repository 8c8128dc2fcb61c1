package engine

import (
	"slices"
	"testing"
)

// elisionCases are texts with French elisions, and the names found in
// them, as the text spells them.
var elisionCases = []struct {
	why, text string
	want      []string
}{
	{"a name after d'", "Conception d'API REST.", []string{"API", "REST"}},
	{"a name after l’", "Vous travaillerez sur l’API.", []string{"API"}},
	{"a name after qu'", "Il faut qu'API soit stable.", []string{"API"}},
	{"a name after jusqu'", "Du code jusqu'aux Databases.", []string{"Databases"}},
	{"c'est is no C", "C'est un plus. c'est tout.", nil},
	{"c’est is no C either", "C’est un plus.", nil},
	{"C's stays C", "C's memory model.", []string{"C"}},
	{"an elision inside a name", "Poste de chef d'équipe, Chef d’Équipe.", []string{"chef d'équipe", "Chef d’Équipe"}},
	{"an elided word is no phrase's word", "chef d équipe", nil},
	{"an elision does not join phrases across a comma", "chef, d'équipe", nil},
}

// TestElision checks that an elided French word is no token and that the
// word after it starts names.
func TestElision(t *testing.T) {
	m := New(&Config{Names: []Name{
		{ID: "apis", Text: "API"}, {ID: "rest", Text: "REST"}, {ID: "c", Text: "C"}, {ID: "db", Text: "Databases"},
		{ID: "lead", Text: "chef d'équipe", Lang: "fr"},
	}})
	for _, c := range elisionCases {
		var got []string
		for _, h := range collectHits(m, c.text) {
			got = append(got, c.text[h.Start:h.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: found %q, want %q", c.why, c.text, got, c.want)
		}
	}
}

// TestElisionTokens checks the tokens of names with elisions.
func TestElisionTokens(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"chef d'équipe", []string{"chef", "equipe"}},
		{"L’architecture", []string{"architecture"}},
		{"n'est pas requis", []string{"est", "pas", "requis"}},
		{"C's", []string{"c", "s"}},
		{"d'a", []string{"d", "a"}},
		{"aujourd'hui", []string{"aujourd", "hui"}},
	} {
		if _, got := NameTokens(c.name); !slices.Equal(got, c.want) {
			t.Errorf("NameTokens(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestElisionDefault checks elisions against the default taxonomy, whose
// C is case-sensitive.
func TestElisionDefault(t *testing.T) {
	m := defaultMatcher()
	for _, c := range []struct {
		text string
		want []string
	}{
		{"C'est un plus.", nil},
		{"C’est important, c'est tout.", nil},
		{"Notions de C et d'API.", []string{"C", "API"}},
	} {
		var got []string
		for _, h := range collectHits(m, c.text) {
			got = append(got, c.text[h.Start:h.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: found %q, want %q", c.text, got, c.want)
		}
	}
}
