package roles

import (
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// refSeniorityMentions is SeniorityMentions as it was before it was made
// fast: every word folded with strings.ToLower, the lists looked up in
// their maps one by one, a map of where roles start and end. It is the
// slow reference the fast one is checked against.
func refSeniorityMentions(text string, ms []Mention) Seniority {
	ws := refSplitSeniorWords(text)
	ev := refSeniorityWords(text, ws, ms)
	if y := mostYears(ms); y >= 0 {
		m := ms[y]
		ev = append(ev, SeniorityEvidence{Level: yearsLevel(m.Years), Cue: CueYears, Text: text[m.Start:m.End], Start: m.Start, End: m.End, Years: m.Years})
	}
	slices.SortStableFunc(ev, func(a, b SeniorityEvidence) int { return a.Start - b.Start })
	return Seniority{Level: decideLevel(ev, refTitleLinesEnd(text, ws)), Evidence: ev}
}

// refSeniorWord is a word of text, folded, with its bytes.
type refSeniorWord struct {
	w          string
	start, end int
	line       int // the line it is on
}

// refTitleLinesEnd returns where the title lines of text end; ws are its
// words.
func refTitleLinesEnd(text string, ws []refSeniorWord) int {
	end, lines, k := 0, 0, 0
	for p := 0; p < len(text) && lines < seniorTitleLines; {
		q := strings.IndexByte(text[p:], '\n')
		if q < 0 {
			q = len(text)
		} else {
			q += p
		}
		n := 0
		for ; k < len(ws) && ws[k].start < q; k++ {
			n++
		}
		if n > titleLineWords {
			break
		}
		if strings.TrimSpace(text[p:q]) != "" {
			lines, end = lines+1, q
		}
		p = q + 1
	}
	return end
}

// refSplitSeniorWords splits text into its words: letters and digits, with
// hyphens, slashes and dots between words.
func refSplitSeniorWords(text string) []refSeniorWord {
	var ws []refSeniorWord
	line := 0
	for p := 0; p < len(text); {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '\n' {
				line++
			}
			p += size
			continue
		}
		q := p
		for q < len(text) {
			r, size := utf8.DecodeRuneInString(text[q:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			q += size
		}
		ws = append(ws, refSeniorWord{w: strings.ToLower(text[p:q]), start: p, end: q, line: line})
		p = q
	}
	return ws
}

// refSeniorityWords finds the level words, phrases and duties of text,
// whose words are ws; ms are its mentions, whose roles stand for job
// nouns.
func refSeniorityWords(text string, ws []refSeniorWord, ms []Mention) []SeniorityEvidence {
	roleAt := map[int]bool{}
	for _, m := range ms {
		if m.Kind == KindRole && m.Qualifier != QualifierNegated {
			roleAt[m.Start], roleAt[m.End] = true, true
		}
	}
	ev := []SeniorityEvidence{}
	add := func(l SeniorityLevel, c SeniorityCue, i, j int) {
		ev = append(ev, SeniorityEvidence{Level: l, Cue: c, Text: text[ws[i].start:ws[j].end], Start: ws[i].start, End: ws[j].end})
	}
	first := refTitleLinesEnd(text, ws)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && ws[i+1].line == w.line {
			if p, ok := levelPairs[[2]string{w.w, ws[i+1].w}]; ok {
				if refOwnLevel(ws, i) && (p.cue == CuePhrase || w.start < first) {
					add(p.level, p.cue, i, i+1)
				}
				i++ // a pair that is others' title is not read again
				continue
			}
		}
		if j := refLeadsPeople(ws, i); j >= 0 {
			add(SeniorityLead, CueDuty, min(i, j), max(i, j))
		} else if l, ok := levelPhraseWords[w.w]; ok && refOwnLevel(ws, i) {
			add(l, CuePhrase, i, i)
		} else if l, ok := levelTitleWords[w.w]; ok && refOwnLevel(ws, i) && (w.start < first || refNearJobNoun(ws, i, roleAt)) {
			add(l, CueTitle, i, i)
		}
	}
	return ev
}

// refOwnLevel reports whether level word i is the text's own: no word of
// notOwnLevel stands up to two words before it on its line.
func refOwnLevel(ws []refSeniorWord, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && ws[k].line == ws[i].line; k-- {
		if notOwnLevel[ws[k].w] {
			return false
		}
	}
	return true
}

// refNearJobNoun reports whether a job noun or a role follows level word i
// within three words on its line, or comes just before it.
func refNearJobNoun(ws []refSeniorWord, i int, roleAt map[int]bool) bool {
	for k := i + 1; k < len(ws) && k <= i+3 && ws[k].line == ws[i].line; k++ {
		if jobNouns[ws[k].w] || roleAt[ws[k].start] {
			return true
		}
	}
	if k := i - 1; k >= 0 && ws[k].line == ws[i].line && (jobNouns[ws[k].w] || roleAt[ws[k].end]) {
		return true
	}
	return false
}

// refLeadsPeople returns, when word i is a verb of leading with a noun of
// people three words after it or less, or before it for a verb that takes
// its object first, the index of that noun; else -1.
func refLeadsPeople(ws []refSeniorWord, i int) int {
	switch {
	case leadVerbs[ws[i].w]:
		for k := i + 1; k < len(ws) && k <= i+3 && ws[k].line == ws[i].line; k++ {
			if peopleNouns[ws[k].w] {
				return k
			}
		}
	case leadVerbsAfter[ws[i].w]:
		for k := i - 1; k >= 0 && k >= i-3 && ws[k].line == ws[i].line; k-- {
			if peopleNouns[ws[k].w] {
				return k
			}
		}
	}
	return -1
}

// checkSeniorityRef fails t when SeniorityMentions and the reference differ
// on text with mentions ms, or when either changed ms.
func checkSeniorityRef(t *testing.T, text string, ms []Mention) {
	t.Helper()
	before := slices.Clone(ms)
	want := refSeniorityMentions(text, ms)
	got := Default().SeniorityMentions(text, ms)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("SeniorityMentions(%.300q) differs from the reference (-want +got):\n%s", text, diff)
	}
	if !slices.Equal(ms, before) {
		t.Fatalf("SeniorityMentions(%.300q) changed its mentions", text)
	}
}

// TestSeniorityRef checks SeniorityMentions against the reference on
// Extract's mentions of real texts (testdata/bench, the postings and
// resumes of testdata, the dev texts of the evaluation sets, the texts of
// the extraction tables, the seniority cases), on generated postings and
// resumes, and on texts made of the words of seniority in every case,
// with non-ASCII letters that fold to another length, digits, CRLF and
// invalid UTF-8, with random mentions of roles and years.
func TestSeniorityRef(t *testing.T) {
	texts := append(benchDocs(t), postingDocs(t)...)
	texts = append(texts, devTexts(t)...)
	files, _ := filepath.Glob("testdata/extract/*.txt")
	for _, f := range files {
		for _, c := range mustReadCases(f) {
			texts = append(texts, c.text)
		}
	}
	for _, c := range seniorityCases {
		texts = append(texts, c.text)
	}
	texts = append(texts, genBenchCorpus(readBenchParts(t), Default(), 7, 1<<20)...)
	for _, text := range texts {
		checkSeniorityRef(t, text, Extract(text))
		checkSeniorityRef(t, strings.ReplaceAll(text, "\n", "\r\n"), Extract(text))
		up := strings.ToUpper(text)
		if len(up) == len(text) {
			checkSeniorityRef(t, up, Extract(text))
		}
	}
	r := rand.New(rand.NewPCG(17, 2))
	words := seniorVocabWords()
	cues := map[SeniorityCue]int{}
	for range 3000 {
		text := randomSeniorText(r, words)
		checkSeniorityRef(t, text, Extract(text))
		ms := randomRoleMentions(r, text)
		checkSeniorityRef(t, text, ms)
		for _, e := range refSeniorityMentions(text, ms).Evidence {
			cues[e.Cue]++
		}
	}
	t.Logf("evidence of the random texts by cue: %v", cues)
	for _, c := range []SeniorityCue{CueTitle, CuePhrase, CueDuty, CueYears} {
		if cues[c] < 100 {
			t.Errorf("the random texts gave %d pieces of evidence of cue %s, want 100 or more", cues[c], c)
		}
	}
}

// devTexts returns the texts of the dev entries of the evaluation sets;
// holdout entries are never read.
func devTexts(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, l := range readEvalLabels(t) {
		if l.Split == "dev" {
			files = append(files, filepath.Join(evalDir, l.File))
		}
	}
	for _, l := range readEval13Labels(t) {
		if l.Split == "dev" {
			files = append(files, filepath.Join(eval13Dir, l.File))
		}
	}
	for _, l := range readManifest[eval15Label](t, eval15Dir) {
		if l.Split == "dev" {
			files = append(files, filepath.Join(eval15Dir, l.File))
		}
	}
	texts := readDocs(t, files)
	if len(texts) < 10 {
		t.Fatalf("only %d dev texts", len(texts))
	}
	return texts
}

// seniorVocabWords returns every word of the lists of seniority, sorted,
// and some words of job titles and filler.
func seniorVocabWords() []string {
	seen := map[string]bool{}
	for _, m := range []map[string]bool{jobNouns, notOwnLevel, leadVerbs, leadVerbsAfter, peopleNouns} {
		maps.Copy(seen, m)
	}
	for w := range levelTitleWords {
		seen[w] = true
	}
	for w := range levelPhraseWords {
		seen[w] = true
	}
	for p := range levelPairs {
		seen[p[0]], seen[p[1]] = true, true
	}
	for _, w := range strings.Fields("the a and of we backend software data years 7 2019 engineers developers") {
		seen[w] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// seniorSeparators go between the words of random texts: spaces, line
// ends of both kinds, punctuation, and bytes and runes that are not
// letters or digits, valid or not.
var seniorSeparators = []string{" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "-", "/", ".", ", ", " (", ") ", "'", "\t", "\xff", "\xc3", "\ufffd", "\u2028", " \u00a0"}

// randomSeniorText makes a text of up to 60 words from words, in random
// case, some with non-ASCII letters (some of which fold to a different
// length: İ, K as the Kelvin sign, Ⱥ), digits and glued words.
func randomSeniorText(r *rand.Rand, words []string) string {
	var b strings.Builder
	for range 1 + r.IntN(60) {
		w := words[r.IntN(len(words))]
		switch r.IntN(12) {
		case 0, 1:
			w = strings.ToUpper(w)
		case 2, 3, 4:
			w = strings.ToUpper(w[:1]) + w[1:]
		case 5:
			w = strings.NewReplacer("k", "\u212a", "i", "İ", "s", "ẞ", "e", "É", "u", "Ü", "a", "Ⱥ").Replace(w)
		case 6:
			w += []string{"Σ", "ǅ", "٣", "9", "ß", "İ", "\u212a", "x"}[r.IntN(8)]
		}
		b.WriteString(w)
		if r.IntN(10) != 0 {
			b.WriteString(seniorSeparators[r.IntN(len(seniorSeparators))])
		}
	}
	return b.String()
}

// randomRoleMentions makes up to eight mentions at random word boundaries
// of text, not in order: roles, some negated, and skills with years.
func randomRoleMentions(r *rand.Rand, text string) []Mention {
	var edges []int
	for i := 0; i <= len(text); i++ {
		if i == 0 || i == len(text) || text[i] == ' ' || text[i-1] == ' ' {
			edges = append(edges, i)
		}
	}
	var ms []Mention
	for range r.IntN(9) {
		a, b := edges[r.IntN(len(edges))], edges[r.IntN(len(edges))]
		m := Mention{Kind: KindRole, ID: "backend-developer", Start: min(a, b), End: max(a, b), Qualifier: QualifierRequired}
		if r.IntN(4) == 0 {
			m.Qualifier = QualifierNegated
		}
		if r.IntN(3) == 0 {
			m.Kind, m.ID, m.Years = KindSkill, "go", float64(r.IntN(12))
		}
		ms = append(ms, m)
	}
	return ms
}

// TestSeniorityRefWords checks the fast words against the reference's on
// words that fold to another length and words of many letters.
func TestSeniorityRefWords(t *testing.T) {
	for _, text := range []string{
		"SENIOR ENGINEER", "Wer\u212astudent", "WERKSTUDENT", "İntern", "Intern\u212a", "LEİTER", "FÜHRUNGSVERANTWORTUNG",
		"Führungsverantwortung", "ENTRY-LEVEL", "Team LEAD", "TECH\r\nLEAD", "ÉQUIPE", "encadrer une ÉQUIPE",
		"Lead a TEAM", "ein TEAM FÜHREN", "Ⱥⱥ senior", strings.Repeat("\u212a", 30) + " senior engineer",
		strings.Repeat("a", 100) + " lead team", "jr9 sr", "SR. ENGINEER", "٣ senior ٣ engineer",
		"\xffsenior\xff engineer\xc3", "senior\u00a0engineer", "Σenior engineer", "ẞenior engineer",
	} {
		checkSeniorityRef(t, text, Extract(text))
	}
}

// FuzzSeniorityRef checks SeniorityMentions against the reference on any
// text, with the mentions Extract finds in it.
func FuzzSeniorityRef(f *testing.F) {
	for _, tt := range seniorityCases {
		f.Add(tt.text)
	}
	r := rand.New(rand.NewPCG(3, 4))
	words := seniorVocabWords()
	for range 20 {
		f.Add(randomSeniorText(r, words))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSeniorityRef(t, text, Extract(text))
	})
}

// TestSplitSeniorWords checks the words of the vocabulary that
// splitSeniorWords keeps, their places, lines and the ends of the words
// before them, against the reference's words, on random texts of letters
// of one, two and three bytes, invalid bytes, line ends and the words of
// seniority, long enough to cross many blocks of 64 bytes.
func TestSplitSeniorWords(t *testing.T) {
	v := seniorVocabulary()
	words := seniorVocabWords()
	bits := []string{"a", "Z", "9", " ", " ", "\n", "-", "é", "É", "İ", "\u212a", "•", "\xff", "\xc3", "\xe2\x82", "ẞ", "٣"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(120) {
			if r.IntN(3) == 0 {
				b.WriteString(words[r.IntN(len(words))])
			} else {
				b.WriteString(bits[r.IntN(len(bits))])
			}
		}
		text := b.String()
		var want []seniorWord
		ref := refSplitSeniorWords(text)
		for k, w := range ref {
			e := v.entryOf(w.w)
			if e.in == 0 {
				continue
			}
			prevEnd := -1
			if k > 0 {
				prevEnd = ref[k-1].end
			}
			want = append(want, seniorWord{start: w.start, end: w.end, n: k, line: w.line, prevEnd: prevEnd, seniorEntry: e})
		}
		got := v.splitSeniorWords(nil, text, make([]byte, 0, v.maxLen+utf8.UTFMax))
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(seniorWord{}, seniorEntry{})); diff != "" {
			t.Fatalf("splitSeniorWords(%q) (-want +got):\n%s", text, diff)
		}
	}
}

// entryOf returns the entry of a folded word by a plain search of the
// table, or the zero entry.
func (v *seniorVocab) entryOf(folded string) seniorEntry {
	for _, w := range v.words[1:] {
		if w.word == folded {
			return w.seniorEntry
		}
	}
	return seniorEntry{}
}
