package engine

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"
)

// This file holds a slow, plain reference for the scanner's candidate
// finding: words found with a regular expression, every phrase compared at
// every word, and the modifiers coordinated with names (coord_ref_test.go).
// The rules and qualifiers that run on candidates are shared, so the
// reference checks the tokenizer, the hashes, the filter, the trie, the
// ring of tokens and the reading of coordinated modifiers.

const (
	refW = `[\p{L}\p{Nd}\p{M}]`
	refZ = `[\x{200b}\x{200c}\x{200d}\x{2060}\x{feff}\x{ad}]`
)

var (
	refToken = regexp.MustCompile(`(?:\.\p{L}(?:` + refZ + `?` + refW + `)*|` + refW + `(?:` + refZ + `?` + refW + `)*)(?:\.\p{L}(?:` + refZ + `?` + refW + `)*)*[+#]*`)
	refChunk = regexp.MustCompile("[^\\x00-\\x20\\p{Z}\\x{85}()\\[\\]{}<>\"'`,;|*“”‘’«»]+")
	// refEmail finds an '@' between the end of an e-mail address's local
	// part and the start of its domain: a letter, digit or combining mark
	// of any script on either side (see localPartEndsAt).
	refEmail = regexp.MustCompile(`[\p{L}\p{Nd}\p{M}]@[\p{L}\p{Nd}\p{M}]`)
)

// refElisions are the French words elided before an apostrophe, and
// refElided what follows them then: an apostrophe and two letters.
var (
	refElisions = strings.Fields("c d j l m n s t qu jusqu lorsqu puisqu quoiqu")
	refElided   = regexp.MustCompile(`^['’]\pL\pL`)
)

type refHit struct {
	phrase     int32
	start, end int
}

type refTok struct {
	start, end int // what matches
	full       int // end of the whole word
	folded     string
	joinBefore bool
	noJoin     bool // nothing may join after it
}

func refFold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
			return -1
		}
		return refFoldRune(r)
	}, refStripAccents(s))
}

// refStripAccents takes the accents off the Latin letters of s, as the
// lower case of each plain form's list in accentSpec spells them, and
// drops combining accents.
func refStripAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if 0x300 <= r && r < 0x370 {
			continue
		}
		low := unicode.ToLower(r)
		if r == 'ẞ' {
			low = 'ß'
		}
		plain := ""
		for _, a := range accentSpec {
			if strings.ContainsRune(a[1], low) {
				plain = a[0]
			}
		}
		if plain == "" {
			b.WriteRune(r)
		} else {
			b.WriteString(plain)
		}
	}
	return b.String()
}

// refFoldRune is the simple case folding of r: its lower case when
// upper and lower case form its whole orbit under unicode.SimpleFold (A,
// a), else the lower case of the smallest rune of the orbit (K, k and the
// Kelvin sign K fold to k; Σ, σ and ς to σ), and r itself when it has no
// other case.
func refFoldRune(r rune) rune {
	orbit := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		orbit = append(orbit, f)
	}
	if len(orbit) == 1 {
		return r
	}
	// The smallest rune of the orbit that is no combining mark, which
	// folds to nothing.
	orbit = slices.DeleteFunc(orbit, func(g rune) bool { return 0x300 <= g && g < 0x370 })
	return unicode.ToLower(slices.Min(orbit))
}

// refJoinable reports whether the words of a phrase may be separated by gap.
func refJoinable(gap string) bool {
	var nl, conn, apos int
	for _, r := range gap {
		switch {
		case r == '\n':
			nl++
		case strings.ContainsRune("-/_&\u2010\u2011", r):
			conn++
		case strings.ContainsRune("'\u2018\u2019", r):
			apos++
		case unicode.IsSpace(r), strings.ContainsRune("\u200b\u200c\u200d\u2060\ufeff\u00ad", r):
		default:
			return false
		}
	}
	return nl <= 1 && conn <= 1 && apos <= 1 && (nl == 0 || conn == 0)
}

// refEmphasis finds a run of '*' or '_', refWordRune a letter, digit or
// mark.
var (
	refEmphasis = regexp.MustCompile(`\*+|_+`)
	refWordRune = regexp.MustCompile(`^` + refW + `$`)
)

// refUnemphasized returns the gap text[p:q] between two words without the
// Markdown emphasis that touches them: a run of at most three '*' or '_'
// at its start, after a letter, digit or mark, and followed by a space, a
// tab, a line break or the end of the text; or at its end, before a
// letter or digit, after one of those or the start of the text.
func refUnemphasized(text string, p, q int) string {
	gap := text[p:q]
	blank := func(i int) bool { return i < 0 || i >= len(text) || strings.IndexByte(" \t\n\r", text[i]) >= 0 }
	var keep strings.Builder
	last := 0
	for _, r := range refEmphasis.FindAllStringIndex(gap, -1) {
		a, b := p+r[0], p+r[1]
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		lead := a == p && a > 0 && refWordRune.MatchString(string(before)) && blank(b)
		trail := b == q && b < len(text) && refWordRune.MatchString(string(after)) && blank(a-1)
		if b-a <= 3 && (lead || trail) {
			keep.WriteString(gap[last:r[0]])
			last = r[1]
		}
	}
	keep.WriteString(gap[last:])
	return keep.String()
}

var refTLDs = strings.Fields(`com org net io dev co ai app edu gov uk de fr eu us info biz me ly sh
	xyz tech cloud jobs nl ca au ch se es pl ru jp cn br site online page blog tv gg`)

// refTokens splits text into the words the scanner should see.
func refTokens(m *Matcher, text string) []refTok {
	known := map[string]bool{}
	for p := range m.phrases {
		for _, t := range m.phraseToks(int32(p)) {
			known[t] = true
		}
	}
	// Parts of the text that are URLs, e-mail addresses or domains.
	skip := make([]bool, len(text)+1)
	chunks := refChunk.FindAllStringIndex(text, -1)
	chunkEnd := func(p int) int {
		i, _ := slices.BinarySearchFunc(chunks, p, func(c []int, p int) int { return cmp.Compare(c[1], p+1) })
		if i < len(chunks) && chunks[i][0] <= p {
			return chunks[i][1]
		}
		return p
	}
	words := refToken.FindAllStringIndex(text, -1)
	for _, c := range chunks {
		i, _ := slices.BinarySearchFunc(words, c[0], func(w []int, p int) int { return cmp.Compare(w[0], p) })
		if i == len(words) || words[i][0] >= c[1] {
			continue
		}
		first := words[i][0]
		ch := text[first:c[1]]
		if strings.Contains(ch, "://") || refEmail.MatchString(ch) || strings.HasPrefix(strings.ToLower(ch), "www.") {
			for p := first; p < c[1]; p++ {
				skip[p] = true
			}
		}
	}
	var toks []refTok
	joinNext := true
	prevEnd, lead := 0, -1
	for _, w := range words {
		if skip[w[0]] {
			joinNext = false
			continue
		}
		word := text[w[0]:w[1]]
		if slices.Contains(refElisions, strings.ToLower(word)) && refElided.MatchString(text[w[1]:]) {
			if lead < 0 {
				lead = w[0]
			}
			continue
		}
		gapEnd := w[0]
		if lead >= 0 {
			gapEnd, lead = lead, -1
		}
		t := refTok{start: w[0], end: w[1], full: w[1], folded: refFold(word)}
		join := joinNext && refJoinable(refUnemphasized(text, prevEnd, gapEnd))
		joinNext = true
		if strings.Contains(word, ".") && !known[t.folded] {
			segs := strings.Split(word, ".")
			if segs[0] != "" && (slices.Contains(refTLDs, strings.ToLower(segs[len(segs)-1])) || strings.EqualFold(refFold(segs[0]), "www")) {
				end := chunkEnd(w[0])
				for p := w[0]; p < end; p++ {
					skip[p] = true
				}
				joinNext = false
				continue
			}
			if segs[0] == "" {
				t.start++
				segs = segs[1:]
				join = false
			}
			t.end = t.start + len(segs[0])
			t.folded = refFold(segs[0])
			t.noJoin = true
			joinNext = false
		}
		t.joinBefore = join
		prevEnd = w[1]
		toks = append(toks, t)
	}
	return toks
}

// refHits finds every phrase of m in text, slowly: in the reference's
// clean copy of text (clean_ref_test.go), mapped back to text.
func refHits(m *Matcher, text string) []refHit {
	c := refClean(text)
	hits := refHitsIn(m, string(c.text))
	for i, h := range hits {
		hits[i].start, hits[i].end = c.original(h.start, h.end)
	}
	sortRefHits(hits)
	return hits
}

// refGenderMark finds the marks after a job title that say it is open to
// all genders, which are read as spaces.
var refGenderMark = regexp.MustCompile(`(?i)\( *(?:[mwfdxhi]|div) *(?:[/|,] *(?:[mwfdxhi]|div) *){1,3}\)|\((?:all genders|alle geschlechter|gn\*?)\)`)

// refHitsIn finds every phrase of m in text, read as it is.
func refHitsIn(m *Matcher, text string) []refHit {
	text = refGenderMark.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat(" ", len(s)) })
	toks := refTokens(m, text)
	hits := []refHit{}
	for pi, p := range m.phrases {
		gaps, ptoks := m.gaps[int32(pi)], m.phraseToks(int32(pi))
		if len(ptoks) > m.depth || !p.live() || m.never[int32(pi)] {
			continue
		}
	starts:
		for i := range toks {
			if i+len(ptoks) > len(toks) {
				break
			}
			for k, want := range ptoks {
				t := toks[i+k]
				if t.folded != want {
					continue starts
				}
				if k == 0 {
					continue
				}
				// A gap that does not join must be the phrase's own.
				var gap uint64
				if k < len(gaps) {
					gap = gaps[k]
				}
				key, ok := gapKey(text[toks[i+k-1].end:t.start])
				if (gap == 0 && !t.joinBefore) || (gap != 0 && (!ok || titleGap(key) != gap)) {
					continue starts
				}
				if gap != 0 && t.joinBefore && refPrefixes(m)[refPathKey(ptoks[:k+1], gaps, k)] {
					// Where the words join, the scanner goes on as they
					// do when some phrase does.
					continue starts
				}
			}
			end := toks[i+len(ptoks)-1].end
			if gaps != nil {
				// A bracket the phrase's gaps open and the text closes
				// right after it belongs to the match.
				span := text[toks[i].start:end]
				if strings.Count(span, "(")-strings.Count(span, ")") == 1 && strings.HasPrefix(text[end:], ")") {
					end++
				}
			}
			hits = append(hits, refHit{int32(pi), toks[i].start, end})
		}
	}
	hits = append(hits, refCoordinated(m, text, hits)...)
	hits = append(hits, refCompounds(m, text, toks)...)
	sortRefHits(hits)
	return hits
}

// refCompounds finds the names in closed German compounds (compound.go),
// in a text that holds one of äöüßÄÖÜ: in every token of six bytes or more, that starts no phrase, has no '.',
// '+' or '#' and folds to at most 64 bytes, at every split of it into a
// part, a link and a head, the part when it is a name of one word without
// a rule, or whose rule has NotWithin phrases alone; and when no part is,
// the head when it is one. A split falls
// between runes, never before one that folds to nothing.
func refCompounds(m *Matcher, text string, toks []refTok) []refHit {
	starts, single := map[string]bool{}, map[string]int32{}
	for pi, p := range m.phrases {
		if m.never[int32(pi)] {
			continue
		}
		ptoks := m.phraseToks(int32(pi))
		starts[ptoks[0]] = true
		r := m.rule(m.names[max(p.name, 0)].rule)
		if len(ptoks) == 1 && p.name >= 0 && (r == nil || !r.caseSensitive && len(r.context) == 0) && m.gaps[int32(pi)] == nil {
			single[ptoks[0]] = int32(pi)
		}
	}
	var hits []refHit
	if !strings.ContainsAny(text, "äöüßÄÖÜ") {
		return nil // no German letter, no compounds
	}
	for _, t := range toks {
		word := text[t.start:t.end]
		if len(word) < 6 || strings.ContainsAny(word, ".+#") || starts[t.folded] || len(t.folded) > 64 {
			continue
		}
		var cuts []int // splits between runes
		for k := range word {
			if r, _ := utf8.DecodeRuneInString(word[k:]); refFold(string(r)) != "" {
				cuts = append(cuts, k)
			}
		}
		cuts = append(cuts, len(word))
		var heads []refHit
		for _, j := range cuts {
			if !slices.Contains(compoundHeads, refFold(word[j:])) || len(refFold(word[:j])) < 2 {
				continue
			}
			if p, ok := single[refFold(word[j:])]; ok {
				heads = append(heads, refHit{p, t.start + j, t.end})
			}
			for _, k := range cuts {
				part := refFold(word[:k])
				if p, ok := single[part]; ok && k <= j && len(part) >= 2 && slices.Contains(compoundLinks, refFold(word[k:j])) {
					hits = append(hits, refHit{p, t.start, t.start + k})
				}
			}
		}
		if len(hits) == 0 || hits[len(hits)-1].start != t.start {
			hits = append(hits, heads...)
		}
	}
	return hits
}

// refPathKey is the key of the path of toks through the trie, with the
// keys of gaps before them, but a gap that joins before token plain.
func refPathKey(toks []string, gaps []uint64, plain int) string {
	var b strings.Builder
	for k, t := range toks {
		var g uint64
		if k < len(gaps) && k != plain {
			g = gaps[k]
		}
		fmt.Fprintf(&b, "%s\x00%d\x01", t, g)
	}
	return b.String()
}

var refPrefixCache sync.Map // *Matcher to map[string]bool

// refPrefixes returns the keys of the paths of every prefix of the
// phrases of m that are in its trie (see refPathKey).
func refPrefixes(m *Matcher) map[string]bool {
	if v, ok := refPrefixCache.Load(m); ok {
		return v.(map[string]bool)
	}
	set := map[string]bool{}
	for pi := range m.phrases {
		if m.never[int32(pi)] {
			continue
		}
		ptoks := m.phraseToks(int32(pi))
		for j := 1; j <= len(ptoks); j++ {
			set[refPathKey(ptoks[:j], m.gaps[int32(pi)], -1)] = true
		}
	}
	refPrefixCache.Store(m, set)
	return set
}

func sortRefHits(hits []refHit) {
	slices.SortFunc(hits, func(a, b refHit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.phrase, b.phrase))
	})
}

// fastHits returns every hit the scanner finds, before rules and overlaps.
func fastHits(m *Matcher, text string) []refHit {
	hits := []refHit{}
	s := m.newScanner(text)
	s.onHit = func(h *hit) {
		start, end := s.markup.original(h.start, h.end)
		hits = append(hits, refHit{h.phrase, start, end})
	}
	s.run(func(Hit) bool { return true })
	sortRefHits(hits)
	return hits
}

func describeHits(m *Matcher, text string, hits []refHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%d-%d %q=%q", h.start, h.end, text[h.start:h.end], strings.Join(m.phraseToks(h.phrase), " ")))
	}
	return out
}

// diffHits shows how the scanner's hits differ from the reference's.
func diffHits(m *Matcher, text string, want, got []refHit) string {
	return gocmp.Diff(describeHits(m, text, want), describeHits(m, text, got))
}

func checkAgainstReference(t *testing.T, m *Matcher, name, text string) {
	t.Helper()
	want, got := refHits(m, text), fastHits(m, text)
	if !slices.Equal(want, got) {
		t.Errorf("%s: scanner and reference differ (-reference +scanner):\n%s", name, diffHits(m, text, want, got))
	}
}

// TestScannerMatchesReference checks the scanner against the reference on
// the extraction cases and the corpus, with the corpus taxonomy and the
// default one.
func TestScannerMatchesReference(t *testing.T) {
	texts := caseTexts(t)
	for _, m := range []*Matcher{corpusMatcher(), defaultMatcher()} {
		for _, text := range texts {
			checkAgainstReference(t, m, text, text)
		}
		for f, text := range corpusDocs(t) {
			checkAgainstReference(t, m, f, text)
		}
	}
}

// randomText builds text from the taxonomy's names and cues, separators and
// noise, in random case.
func randomText(r *rand.Rand, m *Matcher, words int) string {
	seps := []string{" ", " ", " ", "-", "/", ".", ", ", "\n", "\n\n", "\u00a0", "\u200b", "(", ")", "**", "_",
		"'", "’", "https://", "@", ".com", "www.", "+", "#", "..", ": ", " - ", "\n- ", "\xff", "—", "\t"}
	joins := []string{" ", " ", "-", "/", "  ", "\n", "\u00a0", " - ", "--", "'", "\n-", "_", "&", " & ", ". ", "\u200b ", "\n \n", "’", ", ", " (", " – ", ": ", " | ", ",,", "(\n"}
	noise := []string{"the", "reactive", "JavaScript", "é", "Über", "x", "2", "js", "net", ".js", ".NET", "org", "a.b",
		"d'", "L’", "c'est", " (m/w/d) ", "(H/F)", "kenntnisse", "e\u0301"}
	var b strings.Builder
	for range words {
		switch r.IntN(3) {
		case 0:
			b.WriteString(noise[r.IntN(len(noise))])
		default:
			w := strings.Join(m.phraseToks(int32(r.IntN(len(m.phrases)))), joins[r.IntN(len(joins))])
			switch r.IntN(3) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				if len(w) > 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
			}
			b.WriteString(w)
		}
		b.WriteString(seps[r.IntN(len(seps))])
	}
	return b.String()
}

func TestScannerMatchesReferenceRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, m := range []*Matcher{corpusMatcher(), defaultMatcher()} {
		for i := range 300 {
			checkAgainstReference(t, m, fmt.Sprintf("random text %d", i), randomText(r, m, 40))
		}
	}
}
