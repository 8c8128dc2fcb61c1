package engine

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// accentCases are names and texts that must match, or must not, once
// accents are folded.
var accentCases = []struct {
	why, name, text string
	match           bool
}{
	{"an accent dropped in the text", "Développeur", "Developpeur", true},
	{"an accent added in the text", "Developpeur", "Développeur", true},
	{"an umlaut in capitals", "Übersicht", "UBERSICHT", true},
	{"an umlaut dropped in the name", "Ubersicht", "Übersicht", true},
	{"sharp s as ss", "Straße", "Strasse", true},
	{"capital sharp s", "Straße", "STRAẞE", true},
	{"ss as sharp s", "Strasse", "Straße", true},
	{"decomposed accents", "Développeur", "De\u0301veloppeur", true},
	{"a ligature", "Œuvre", "oeuvre", true},
	{"Spanish ñ", "diseño", "diseno", true},
	{"Polish ł", "Łódź", "lodz", true},
	{"another letter", "Développeur", "Dèvelopper", false},
	{"accents never join words", "café", "caf", false},
}

// TestAccentFolding checks names and texts that fold alike for matching,
// and that a hit's offsets stay in the text as given.
func TestAccentFolding(t *testing.T) {
	for _, c := range accentCases {
		m := New(&Config{Names: []Name{{ID: "x", Text: c.name}}})
		text := "Wir suchen: " + c.text + "."
		got := collectHits(m, text)
		if !c.match {
			if len(got) != 0 {
				t.Errorf("%s: %q found in %q: %v", c.why, c.name, text, got)
			}
			continue
		}
		if len(got) != 1 || text[got[0].Start:got[0].End] != c.text {
			t.Errorf("%s: %q in %q: hits %v, want one on %q", c.why, c.name, text, got, c.text)
		}
	}
}

// TestAccentTable checks the table against the reference's reading of
// accentSpec on every rune it covers, in both cases.
func TestAccentTable(t *testing.T) {
	for r := rune(accentLo); r < 0x1f00; r++ {
		if !isWordRune(r) {
			continue
		}
		if got, want := string(appendMatchFold(nil, r)), refFold(string(r)); got != want {
			t.Errorf("appendMatchFold(%q) = %q, reference %q", r, got, want)
		}
	}
}

// FuzzAccentFold checks on any text that fold, foldEqual and the hash of
// scanWord agree, that folding keeps ASCII as it is, and that it is the
// reference's folding.
func FuzzAccentFold(f *testing.F) {
	for _, c := range accentCases {
		f.Add(c.name)
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := fold(s)
		if !foldEqual(s, folded) {
			t.Fatalf("foldEqual(%q, fold) = false", s)
		}
		if want := refFold(s); folded != want && utf8.ValidString(s) {
			t.Fatalf("fold(%q) = %q, reference %q", s, folded, want)
		}
		_, folds := NameTokens(s)
		for p := 0; p < len(s); {
			if !tokenStartAt(s, p) {
				p++
				continue
			}
			end, h, _ := scanWord(s, p)
			if h != hashString(fold(s[p:end])) {
				t.Fatalf("scanWord(%q) hashes unlike fold %q", s[p:end], fold(s[p:end]))
			}
			p = end
		}
		if slices.ContainsFunc(folds, func(w string) bool { return w != fold(w) && utf8.ValidString(w) }) {
			t.Fatalf("NameTokens(%q) = %q: not all folded", s, folds)
		}
	})
}
