package engine

import (
	"slices"
	"testing"
)

// genderMarkCases are texts with marks that a post is open to all genders,
// and the names found in them.
var genderMarkCases = []struct {
	why, text string
	want      []string
}{
	{"after a title", "Backend-Entwickler (m/w/d) gesucht", []string{"Backend-Entwickler"}},
	{"in capitals, no D", "Backend Developer (M/W/D) in Berlin", []string{"Backend Developer"}},
	{"a mark does not break a phrase", "Backend (m/f/d) Developer", []string{"Backend (m/f/d) Developer"}},
	{"other orders and spaces", "Backend Developer ( d / m / w ), Backend Developer (w/m/x)", []string{"Backend Developer", "Backend Developer"}},
	{"French", "Développeur back-end (H/F)", []string{"Développeur back-end"}},
	{"in words", "Backend Developer (all genders)", []string{"Backend Developer"}},
	{"div", "Backend Developer (m/w/div)", []string{"Backend Developer"}},
	{"one letter is no mark", "Backend Developer (D) and D", []string{"Backend Developer", "D", "D"}},
	{"a word is no mark", "Backend Developer (m/web)", []string{"Backend Developer"}},
}

// TestGenderMarks checks that a gender mark is read as spaces, in text and
// in names.
func TestGenderMarks(t *testing.T) {
	m := New(&Config{Names: []Name{
		{ID: "dev", Text: "Backend Developer"}, {ID: "dev", Text: "Backend-Entwickler (m/w/d)", Lang: "de"},
		{ID: "dev", Text: "Développeur back-end", Lang: "fr"}, {ID: "d", Text: "D"},
	}})
	for _, c := range genderMarkCases {
		var got []string
		for _, h := range collectHits(m, c.text) {
			got = append(got, c.text[h.Start:h.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: found %q, want %q", c.why, c.text, got, c.want)
		}
	}
	if _, toks := NameTokens("Backend-Entwickler (m/w/d)"); !slices.Equal(toks, []string{"backend", "entwickler"}) {
		t.Errorf("NameTokens: %q", toks)
	}
}
