package engine

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// checkFillTokens checks that fill, with its fast paths, makes the same
// tokens as next alone. The short and alnum flags only speed up comparisons:
// fill may set them where next does not, but they must be true.
func checkFillTokens(t *testing.T, m *Matcher, name, text string) {
	t.Helper()
	var want []token
	ref := m.newScanner(text)
	for {
		var tk token
		if !ref.next(&tk) {
			break
		}
		want = append(want, tk)
	}
	s := m.newScanner(text)
	text = s.text // the clean copy, which tokens index
	var got []token
	for i := 0; ; i++ {
		if s.fill(i + 1); i >= s.n {
			break
		}
		got = append(got, s.ring[i&s.mask])
	}
	for i := range max(len(want), len(got)) {
		if i >= len(want) || i >= len(got) {
			t.Fatalf("%s: next makes %d tokens, fill %d", name, len(want), len(got))
		}
		w, g := want[i], got[i]
		word := text[g.start:g.end]
		if g.alnum && strings.IndexFunc(word, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') }) >= 0 ||
			g.short && (!g.alnum || len(word) > 8) {
			t.Fatalf("%s: token %d %q: fill says alnum %v, short %v", name, i, word, g.alnum, g.short)
		}
		w.short, w.alnum, g.short, g.alnum = false, false, false, false
		if w != g {
			t.Fatalf("%s: token %d differs:\nnext %+v %q\nfill %+v %q", name, i, w, text[w.start:w.end], g, word)
		}
	}
}

// TestFillMatchesNext checks fill against next on the extraction cases,
// the corpus, random text and texts made to hit the edges of fill's fast
// path.
func TestFillMatchesNext(t *testing.T) {
	m := corpusMatcher()
	for _, text := range caseTexts(t) {
		checkFillTokens(t, m, text, text)
	}
	var all strings.Builder
	for f, text := range corpusDocs(t) {
		checkFillTokens(t, m, f, text)
		all.WriteString(text)
		all.WriteString("\n\n")
	}
	checkFillTokens(t, m, "corpus", all.String())
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 500 {
		checkFillTokens(t, m, fmt.Sprintf("random text %d", i), randomText(r, m, 60))
	}
	for _, text := range []string{
		"Go\n- Kafka\n\n* Redis (SQL) - Java\n\u2022 Rust:\n**Python** [C]: x.\n\nyy",
		"a:\n\n b\n-c \n\n\n-- d '( e ) ]] f 3.5 g .NET h.i. j! k? l.",
	} {
		checkFillTokens(t, m, text, text)
	}
}

// FuzzScan checks the invariants of the engine's hits on any input, the
// scanner against the reference, fill against next, and the clean copy
// against the reference's.
func FuzzScan(f *testing.F) {
	for _, text := range caseTexts(f) {
		f.Add(text)
	}
	f.Add("\xff\xfe\x00Go\u200b\u200b.NET..js C+++ #c# @x@ https:// www.")
	for _, c := range elisionCases {
		f.Add(c.text)
	}
	for _, c := range accentCases {
		f.Add(c.text)
	}
	for _, c := range genderMarkCases {
		f.Add(c.text)
	}
	for _, c := range langFormCases {
		f.Add(c.text)
	}
	for _, c := range compoundCases {
		f.Add("Für uns: " + c.text)
	}
	m, c := corpusMatcher(), corpusConfig()
	f.Fuzz(func(t *testing.T, text string) {
		var got []Hit
		m.Collect(text, func(hits []Hit) { got = slices.Clone(hits) })
		// Rune boundaries as range sees them: an invalid byte is one rune.
		boundary := make([]bool, len(text)+1)
		for i := range text {
			boundary[i] = true
		}
		boundary[len(text)] = true
		end := 0
		for _, h := range got {
			if h.Start < end || h.End <= h.Start || h.End > len(text) {
				t.Fatalf("hit %+v out of order or range (previous end %d, len %d)", h, end, len(text))
			}
			if !boundary[h.Start] || !boundary[h.End] {
				t.Fatalf("hit %+v is not on rune boundaries", h)
			}
			if h.Name < 0 || int(h.Name) >= len(c.Names) || h.Qualifier > Negated {
				t.Fatalf("hit %+v: no such name or qualifier", h)
			}
			if !matchesName(string(refClean(text[h.Start:h.End]).text), &c.Names[h.Name]) {
				t.Fatalf("hit text %q is not a form of the name %q", text[h.Start:h.End], c.Names[h.Name].Text)
			}
			end = h.End
		}
		var again []Hit
		m.Collect(text, func(hits []Hit) { again = slices.Clone(hits) })
		if !slices.Equal(got, again) {
			t.Fatalf("Collect is not deterministic: %v then %v", got, again)
		}
		var seq []Hit
		m.Scan(text, func(h Hit) bool { seq = append(seq, h); return true })
		if !slices.Equal(seq, got) {
			t.Fatalf("Scan %v differs from Collect %v", seq, got)
		}
		if want, fast := refHits(m, text), fastHits(m, text); !slices.Equal(want, fast) {
			t.Fatalf("scanner and reference differ (-reference +scanner):\n%s", diffHits(m, text, want, fast))
		}
		checkFillTokens(t, m, "fuzz", text)
		checkClean(t, text)
	})
}

// matchesName reports whether matched text is name n, modulo case,
// accents, separators, and the forms generated for it (see formsOf).
func matchesName(text string, n *Name) bool {
	_, got := NameTokens(text)
	raw, want := NameTokens(n.Text)
	if len(got) == 0 {
		return false
	}
	if slices.Equal(got, want) {
		return true
	}
	gaps, _ := nameGaps(n.Text)
	for _, f := range formsOf(n, raw, want, gaps) {
		if slices.Equal(got, f.toks) {
			return true
		}
	}
	return false
}
