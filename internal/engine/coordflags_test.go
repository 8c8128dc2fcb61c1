package engine

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refCoordOf computes the coordination flags of m's phrases as plainly as
// it can: every list of words and every end of a word, from every place
// within it, as a string.
func refCoordOf(m *Matcher) []uint8 {
	type keys map[string]map[string]bool // key → the concepts that have it
	add := func(k keys, key, id string) {
		if k[key] == nil {
			k[key] = map[string]bool{}
		}
		k[key][id] = true
	}
	other := func(k keys, key, id string) bool {
		for o := range k[key] {
			if o != id {
				return true
			}
		}
		return false
	}
	// tails: a word after the first, or an end of a word from within it
	// before other words, with the words after it; ends: an end of four
	// bytes or more of any word from within it, with the words after it.
	suffixes, prefixes, tails, ends := keys{}, keys{}, keys{}, keys{}
	var coordinable []int
	for p := range m.phrases {
		ph := &m.phrases[p]
		if ph.name < 0 || m.names[ph.name].rule != 0 || m.never[int32(p)] || m.gaps[int32(p)] != nil {
			continue
		}
		coordinable = append(coordinable, p)
		id, toks := m.str(m.names[ph.name].id), m.phraseToks(int32(p))
		for k, t := range toks {
			rest := strings.Join(toks[k+1:], " ")
			if k > 0 {
				add(suffixes, strings.Join(toks[k:], " "), id)
				add(prefixes, strings.Join(toks[:k], " "), id)
				add(tails, t+"|"+rest, id)
			}
			for c := 1; c+2 <= len(t); c++ {
				if utf8.RuneStart(t[c]) && rest != "" {
					add(tails, t[c:]+"|"+rest, id)
				}
				if utf8.RuneStart(t[c]) && c+4 <= len(t) {
					add(ends, t[c:]+"|"+rest, id)
				}
			}
		}
	}
	out := make([]uint8, len(m.phrases))
	for _, p := range coordinable {
		id, toks := m.str(m.names[m.phrases[p].name].id), m.phraseToks(int32(p))
		for j := 1; j < len(toks); j++ {
			if other(suffixes, strings.Join(toks[j:], " "), id) {
				out[p] |= coordBefore
			}
			if other(prefixes, strings.Join(toks[:j], " "), id) {
				out[p] |= coordAfter
			}
			// A later word of four bytes or more is the end of
			// another word from within it.
			if rest := strings.Join(toks[j+1:], " "); len(toks[j]) >= 4 && other(ends, toks[j]+"|"+rest, id) {
				out[p] |= coordDangling
			}
		}
		first, rest := toks[0], strings.Join(toks[1:], " ")
		for c := 1; c+2 <= len(first); c++ {
			if utf8.RuneStart(first[c]) && other(tails, first[c:]+"|"+rest, id) {
				out[p] |= coordDangling
			}
		}
	}
	return out
}

// TestCoordOfMatchesReference checks the coordination flags of the
// matchers of the module's taxonomies, and of names made to share ends of
// words, against refCoordOf.
func TestCoordOfMatchesReference(t *testing.T) {
	shared := &Config{Names: []Name{
		{Text: "Backend-Entwicklung", ID: "be"}, {Text: "Frontend-Entwicklung", ID: "fe"},
		{Text: "Unit-Tests", ID: "ut"}, {Text: "Integrationstests", ID: "it"},
		{Text: "développement back-end", ID: "dbe"}, {Text: "développement front-end", ID: "dfe"},
		{Text: "Datenbankdesign", ID: "db"}, {Text: "Webdesign", ID: "wd"}, {Text: "design", ID: "d"},
		{Text: "größe Daten", ID: "g1"}, {Text: "öße Daten", ID: "g2"}, {Text: "xß Daten", ID: "g3"},
		{Text: "end", ID: "e"}, {Text: "web end", ID: "we"},
	}}
	for name, c := range map[string]*Config{"default": defaultConfig(), "corpus": corpusConfig(), "shared": shared} {
		m := New(c)
		want := refCoordOf(m)
		for p := range want {
			if m.coordOf[p] != want[p] {
				t.Errorf("%s: phrase %q: coordination flags %03b, want %03b", name, strings.Join(m.phraseToks(int32(p)), " "), m.coordOf[p], want[p])
			}
		}
	}
}
