package engine

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The slow reference for coordinated names (coord.go): modifiers found by
// regular expressions around the reference's hits, and the names they make
// found by comparing every phrase.

const (
	refCoordW     = `[\p{L}\p{Nd}\p{M}]+`
	refCoordWords = `(?i:and|or|as well as|and/or|und|oder|sowie|et|ou|y|o|e|u)`
	refCoordEdge  = " \t\r\n(,;:\"*[.!?)"
	// refAside is words in brackets: words of letters, digits and marks,
	// maybe ending in '+' or '#', separated by spaces, commas, '/' and '-'.
	refAside = `\([ ,/\-]*` + refCoordW + `[+#]*(?:[ ,/\-]+` + refCoordW + `[+#]*)*[ ,/\-]*\)`
)

var (
	// A modifier of up to four words joined by hyphens, maybe a dangling
	// hyphen, and a coordinator, at the end of the text before a name.
	refCoordBefore = regexp.MustCompile(`(?:^|[` + regexp.QuoteMeta(refCoordEdge) + `])(` + refCoordW + `(?:-` + refCoordW + `){0,3})(-?) *(?:[,/&]|(?:, *)? ` + refCoordWords + `) *$`)
	// A coordinator and a modifier of up to four words at the start of
	// the text after a name.
	// The fourth word only where the modifier ends (see refCoordAfter3).
	// Words in brackets may stand before the coordinator (group 1, see
	// refAsideOK).
	refCoordAfter  = regexp.MustCompile(`^ *(` + refAside + `)? *(?:[,/&]|` + refCoordWords + ` ) *(` + refCoordW + `(?:[ '\-]` + refCoordW + `){0,3})`)
	refCoordAfter3 = regexp.MustCompile(`^ *(` + refAside + `)? *(?:[,/&]|` + refCoordWords + ` ) *(` + refCoordW + `(?:[ '\-]` + refCoordW + `){0,2})`)
	// A bare comma, the coordinator that may not stand next to the name
	// before it, and after it only when one that is not a bare comma
	// follows.
	refBareComma = regexp.MustCompile(`^ *, *$`)
)

// refCoordinated returns the hits of the modifiers coordinated with the
// names among hits.
func refCoordinated(m *Matcher, text string, hits []refHit) []refHit {
	var out []refHit
	for _, h := range hits {
		ph := &m.phrases[h.phrase]
		if ph.name < 0 || ph.rule != 0 || m.gaps[h.phrase] != nil || m.never[h.phrase] {
			continue // not a name whose words others may share
		}
		id, toks := m.str(m.names[ph.name].id), m.phraseToks(h.phrase)
		for at := h.start; ; {
			g := refCoordBefore.FindStringSubmatchIndex(text[:at])
			if g == nil || len(toks) == 1 && g[4] == g[5] || at == h.start && refBareComma.MatchString(text[g[5]:at]) {
				break
			}
			mod := strings.Split(refFold(text[g[2]:g[3]]), "-")
			p := refSharedBefore(m, id, mod, toks, g[4] < g[5])
			if p < 0 || refNamedNear(m, hits, g[2], g[3], false) {
				break
			}
			out = append(out, refHit{p, g[2], g[3]})
			at = g[2]
		}
		pending := -1 // where modifiers after a bare comma next to the name start
		for at := h.end; len(toks) > 1; {
			g := refCoordAfter.FindStringSubmatchIndex(text[at:])
			if g != nil && at+g[5] < len(text) && !strings.ContainsRune(refCoordEdge, rune(text[at+g[5]])) {
				g = refCoordAfter3.FindStringSubmatchIndex(text[at:])
			}
			if g == nil || at+g[5] < len(text) && !strings.ContainsRune(refCoordEdge, rune(text[at+g[5]])) {
				break
			}
			between := text[at : at+g[4]]
			if g[2] >= 0 {
				if g[3]-g[2] > maxAside {
					break // too long an aside
				}
				between = text[at:at+g[2]] + text[at+g[3]:at+g[4]]
			}
			bare := refBareComma.MatchString(between)
			start, words := at+g[4], regexp.MustCompile(`[ '\-]`).Split(text[at+g[4]:at+g[5]], -1)
			// An elided word before an apostrophe is no word of the
			// modifier, but part of its text.
			var kept []string
			var ends []int
			for k, b := 0, start; k < len(words); k, b = k+1, b+len(words[k])+1 {
				w, e := words[k], b+len(words[k])
				if k+1 < len(words) && text[e] == '\'' && slices.Contains(refElisions, strings.ToLower(w)) && utf8.RuneCountInString(words[k+1]) >= 2 {
					continue
				}
				kept, ends = append(kept, w), append(ends, e)
			}
			p, end := int32(-1), 0
			for k := len(kept); k > 0 && p < 0; k-- {
				for j := len(toks) - 1; j > 0 && p < 0; j-- {
					p = refPhrase(m, id, slices.Concat(toks[:j], refFoldAll(kept[:k])))
				}
				end = ends[k-1]
			}
			if p < 0 || refNamedNear(m, hits, start, end, true) {
				break
			}
			if at == h.end && bare {
				pending = len(out)
			} else if !bare {
				pending = -1
			}
			out = append(out, refHit{p, start, end})
			at = end
		}
		if pending >= 0 {
			out = out[:pending]
		}
	}
	return out
}

func refFoldAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = refFold(w)
	}
	return out
}

// refSharedBefore returns the name modifier words mod make with the last
// words of toks, or, after a dangling hyphen, with the end of its first.
func refSharedBefore(m *Matcher, id string, mod, toks []string, dangling bool) int32 {
	for j := 1; j < len(toks); j++ {
		if p := refPhrase(m, id, slices.Concat(mod, toks[j:])); p >= 0 {
			return p
		}
	}
	for k := 1; dangling && k < len(toks[0])-1; k++ {
		if !utf8.RuneStart(toks[0][k]) {
			continue
		}
		tail := toks[0][k:]
		joined := slices.Concat(mod[:len(mod)-1], []string{mod[len(mod)-1] + tail}, toks[1:])
		if p := refPhrase(m, id, joined); p >= 0 && len(toks) > 1 {
			return p
		}
		if p := refPhrase(m, id, slices.Concat(mod, []string{tail}, toks[1:])); p >= 0 {
			return p
		}
	}
	// Or a later word of the name whole, of four bytes or more, joined to
	// the modifier's last word.
	for j := 1; dangling && j < len(toks); j++ {
		if len(toks[j]) < 4 {
			continue
		}
		joined := slices.Concat(mod[:len(mod)-1], []string{mod[len(mod)-1] + toks[j]}, toks[j+1:])
		if p := refPhrase(m, id, joined); p >= 0 {
			return p
		}
	}
	return -1
}

// refPhrase returns the phrase of the name toks without a rule, of a
// concept other than id, or -1.
func refPhrase(m *Matcher, id string, toks []string) int32 {
	for p, ph := range m.phrases {
		if ph.name >= 0 && ph.rule == 0 && !m.never[int32(p)] && m.gaps[int32(p)] == nil &&
			slices.Equal(m.phraseToks(int32(p)), toks) && m.str(m.names[ph.name].id) != id {
			return int32(p)
		}
	}
	return -1
}

// refNamedNear reports whether a name among hits overlaps the modifier
// text[start:end] on its far side.
func refNamedNear(m *Matcher, hits []refHit, start, end int, after bool) bool {
	for _, o := range hits {
		if m.phrases[o.phrase].name < 0 || o.end <= start || o.start >= end {
			continue
		}
		if after && o.start >= start || !after && o.end <= end {
			return true
		}
	}
	return false
}

// TestCoordinated checks the scanner against the reference on texts of
// coordinated names, and that the hits of coordinated modifiers stand at
// the tokens the tokenizer makes of them.
func TestCoordinated(t *testing.T) {
	m := defaultMatcher()
	r := rand.New(rand.NewPCG(3, 4))
	found := 0
	for i := range 200 {
		text := coordText(r, m)
		checkAgainstReference(t, m, text, text)
		// Gender marks read as spaces, as in refHitsIn.
		toks := refTokens(m, refGenderMark.ReplaceAllStringFunc(text, func(g string) string { return strings.Repeat(" ", len(g)) }))
		s := m.newScanner(text)
		s.onHit = func(h *hit) {
			if h.gaps >= 0 {
				return
			}
			found++
			k := slices.IndexFunc(toks, func(t refTok) bool { return t.start == h.start })
			if k != h.t0 || k+h.t1-h.t0-1 >= len(toks) || toks[k+h.t1-h.t0-1].end != h.end {
				t.Errorf("text %d %q: modifier %q at tokens [%d, %d), want from %d", i, text, text[h.start:h.end], h.t0, h.t1, k)
			}
		}
		s.run(func(Hit) bool { return true })
	}
	if found < 100 {
		t.Errorf("found %d coordinated modifiers in 200 texts, want many", found)
	}
}

// coordText makes a text of names of several words coordinated with the
// first words of other names with the same last word, or of any name.
func coordText(r *rand.Rand, m *Matcher) string {
	var multi [][]string
	byLast := map[string][][]string{}
	for i, p := range m.phrases {
		if toks := m.phraseToks(int32(i)); p.name >= 0 && len(toks) > 1 && p.rule == 0 {
			multi = append(multi, toks)
			last := toks[len(toks)-1]
			byLast[last] = append(byLast[last], toks)
		}
	}
	coords := []string{", ", " and ", " or ", "/", " & ", " as well as ", "- und ", ", and ", " et ", " y ", " and the ",
		" (Jest) and ", " (C++, end-to-end/x) et ", " (é.g.) or ", " (Jest), "}
	var b strings.Builder
	for range 6 {
		n := multi[r.IntN(len(multi))]
		same := byLast[n[len(n)-1]]
		a := same[r.IntN(len(same))]
		if r.IntN(4) == 0 {
			a = multi[r.IntN(len(multi))]
		}
		fmt.Fprintf(&b, "We do %s%s%s", strings.Join(a[:len(a)-1], "-"), coords[r.IntN(len(coords))], strings.Join(n, " "))
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "%s%s", coords[r.IntN(len(coords))], a[len(a)-1])
		}
		b.WriteString(". ")
	}
	return b.String()
}

// TestSkipAside checks which brackets skipAside reads as an aside before a
// coordinator, and the tokens it counts against the reference's tokens.
func TestSkipAside(t *testing.T) {
	for _, c := range []struct {
		text string
		toks int
		ok   bool
	}{
		{"(Jest) et", 1, true},
		{"(Jest, Vitest/Cypress) et", 3, true},
		{"(C++, C#, end-to-end) y", 5, true},
		{"( Jest ) and", 1, true},
		{"(m/w/d) und", 0, true},
		{"no bracket", 0, true},
		{"() and", 0, false},
		{"(e.g. Jest) and", 0, false},
		{"(l'API) et", 0, false},
		{"(Jest) (Vitest) and", 1, true},
		{"(Jest and", 0, false},
		{"(a very long aside of many words that goes on) and", 0, false},
	} {
		q, toks, ok := skipAside(c.text, 0)
		if toks != c.toks || ok != c.ok {
			t.Errorf("skipAside(%q) = %d tokens, %v; want %d, %v", c.text, toks, ok, c.toks, c.ok)
		}
		if ok && c.toks > 0 && len(refTokens(defaultMatcher(), c.text[:q])) != toks {
			t.Errorf("skipAside(%q): %d tokens, the reference makes %d", c.text, toks, len(refTokens(defaultMatcher(), c.text[:q])))
		}
	}
}
