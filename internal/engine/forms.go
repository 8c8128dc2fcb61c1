package engine

import (
	"slices"
	"strings"
)

// nameForms returns the token lists of every form generated for a name's
// tokens: its British spellings (see britishSpelling), and the word forms
// of the name and of each spelling (see phraseForms).
func nameForms(toks []string, verbFirst bool) [][]string {
	out := phraseForms(toks, verbFirst)
	if v, ok := britishSpelling(toks); ok {
		out = append(out, v)
		out = append(out, phraseForms(v, verbFirst)...)
	}
	return out
}

// britishSpelling returns the name's tokens spelled the British way, and
// whether that changes any: -ize, -izing, -ized, -izes and -ization become
// -ise, -ising, -ised, -ises and -isation, and -yze, -yzing and so on
// become -yse, -ysing ("optimize" and "optimise", "analyze" and
// "analyse"). Tokens without such an ending stay as they are.
func britishSpelling(toks []string) ([]string, bool) {
	var out []string
	for k, t := range toks {
		v := britishWord(t)
		if v != t && out == nil {
			out = slices.Clone(toks)
		}
		if out != nil {
			out[k] = v
		}
	}
	return out, out != nil
}

// britishSuffixes are the American endings britishWord respells, by the
// ending it gives them.
var britishSuffixes = [][2]string{
	{"izations", "isations"}, {"ization", "isation"}, {"izing", "ising"}, {"ized", "ised"},
	{"izes", "ises"}, {"ize", "ise"}, {"yzing", "ysing"}, {"yzed", "ysed"}, {"yzes", "yses"}, {"yze", "yse"},
}

// britishWord respells one folded token the British way (see
// britishSpelling). A stem of at least three letters must come before the
// ending: "size" and "prize" stay.
func britishWord(t string) string {
	for _, s := range britishSuffixes {
		if stem, ok := strings.CutSuffix(t, s[0]); ok && len(stem) >= 3 {
			return stem + s[1]
		}
	}
	return t
}

// phraseForms returns the token lists of the forms generated for a name's
// tokens: its last word in each of its word forms and, when verbFirst is set
// and the name has more than one word (responsibilities, which often start
// with a verb: "optimize servers", "build APIs"), its first word in each of
// its forms ("optimized servers", "building APIs").
func phraseForms(toks []string, verbFirst bool) [][]string {
	var out [][]string
	n := len(toks) - 1
	for _, f := range WordForms(toks[n]) {
		out = append(out, append(slices.Clone(toks[:n]), f))
	}
	if verbFirst && n > 0 {
		for _, f := range WordForms(toks[0]) {
			out = append(out, append([]string{f}, toks[1:]...))
		}
	}
	return out
}

// WordForms returns the plural and verb forms generated for the last word of
// a name: +s, +es or y→ies; +ing and +ed, with a final e dropped and, after
// a single vowel and a consonant, the consonant both kept single and doubled
// (modeling and modelling, debugging). The word must be folded, at least
// three letters long and ASCII letters only; otherwise there are no forms.
// Forms that are not English words are harmless: they never occur in text.
func WordForms(w string) []string {
	if len(w) < 3 {
		return nil
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return nil
		}
	}
	n := len(w)
	last, prev := w[n-1], w[n-2]
	var out []string
	add := func(f string) {
		if f != w && !containsString(out, f) {
			out = append(out, f)
		}
	}
	// Plurals and third person.
	switch {
	case strings.HasSuffix(w, "ss"), last == 'x', last == 'z',
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		add(w + "es")
	case last == 's':
		// already a plural ("apis"), or a word whose plural is rare
	case last == 'y' && !isVowel(prev):
		add(w[:n-1] + "ies")
	default:
		add(w + "s")
	}
	// -ing and -ed.
	switch {
	case strings.HasSuffix(w, "ie"):
		add(w[:n-2] + "ying")
		add(w + "d")
	case last == 'e' && (prev == 'e' || prev == 'y' || prev == 'o'):
		add(w + "ing")
		add(w + "d")
	case last == 'e':
		add(w[:n-1] + "ing")
		add(w + "d")
	case last == 'y' && !isVowel(prev):
		add(w + "ing")
		add(w[:n-1] + "ied")
	default:
		add(w + "ing")
		add(w + "ed")
		if strings.IndexByte("bdglmnprt", last) >= 0 && isVowel(prev) && !isVowel(w[n-3]) {
			add(w + string(last) + "ing")
			add(w + string(last) + "ed")
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
