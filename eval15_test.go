package roles

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// eval15Dir holds the German, French and Spanish evaluation set of issue
// 15, with English controls: postings and resumes labelled by hand before
// the library ran on them. See its README.md.
const eval15Dir = "testdata/eval15"

// eval15Label is one entry of testdata/eval15/labels.json: the fields of
// issue 13's set without years and seniority.
type eval15Label struct {
	File     string          `json:"file"`
	Kind     string          `json:"kind"`
	Lang     string          `json:"lang"`
	Split    string          `json:"split"`
	Concepts []eval13Concept `json:"concepts"`
	Note     string          `json:"note"`
}

// eval15Langs are the languages of the set; English is the control.
var eval15Langs = []string{"de", "en", "es", "fr"}

// TestEval15Data checks that the issue 15 evaluation manifest is well
// formed: every entry valid, every concept an ID of the default taxonomy,
// every text present, listed and of a realistic length, the split the one
// the README fixes, and the set as large as it says. It scores nothing and
// never runs the library on the texts.
func TestEval15Data(t *testing.T) {
	labels := readManifest[eval15Label](t, eval15Dir)
	tax := Default()
	splits := eval15Splits(labels)
	for i, l := range labels {
		p := checkEval15Label(l)
		p = append(p, checkEval13Concepts(tax, eval13Label{Concepts: l.Concepts})...)
		p = append(p, checkEval15Text(l.File)...)
		if l.Split != splits[i] {
			p = append(p, "split must be "+strconv.Quote(splits[i])+" by the README's rule (a <lang>-<kind>-dev-<name> file is dev; of the others, within a language, every third entry by file name, from the first, is dev)")
		}
		for _, s := range p {
			t.Errorf("labels.json entry %d (%q): %s", i, l.File, s)
		}
	}
	files := make([]string, len(labels))
	for i, l := range labels {
		files[i] = l.File
	}
	checkManifestFiles(t, eval15Dir, files)
	checkEval15Counts(t, labels)
}

// eval15Splits gives the split of each entry of the sorted manifest: a
// text added for tuning after the set was frozen, named
// <lang>-<kind>-dev-<name>, is dev; the other entries of each language are
// numbered from 0 in order, and those whose number is a multiple of three
// are dev.
func eval15Splits(labels []eval15Label) []string {
	seen := map[string]int{}
	out := make([]string, len(labels))
	for i, l := range labels {
		if strings.HasPrefix(l.File, l.Lang+"-"+l.Kind+"-dev-") {
			out[i] = "dev"
			continue
		}
		out[i] = "holdout"
		if seen[l.Lang]%3 == 0 {
			out[i] = "dev"
		}
		seen[l.Lang]++
	}
	return out
}

// checkEval15Label returns what is wrong with an entry's plain fields.
func checkEval15Label(l eval15Label) []string {
	var p []string
	if !slices.Contains([]string{"posting", "resume"}, l.Kind) {
		p = append(p, "kind must be posting or resume, not "+strconv.Quote(l.Kind))
	}
	if !slices.Contains(eval15Langs, l.Lang) {
		p = append(p, "lang must be de, en, es or fr, not "+strconv.Quote(l.Lang))
	} else if !strings.HasPrefix(l.File, l.Lang+"-"+l.Kind+"-") {
		p = append(p, "file must be named <lang>-<kind>-<name>")
	}
	if l.Concepts == nil {
		p = append(p, "concepts must be a list")
	}
	if strings.TrimSpace(l.Note) == "" || strings.ContainsAny(l.Note, "\r\n") {
		p = append(p, "note must be one non-empty line")
	}
	return p
}

// checkEval15Text checks that name is a plain file name in eval15Dir
// holding UTF-8 text of 200 to 600 words (markup counted as words).
func checkEval15Text(name string) []string {
	b, p := readEvalText(eval15Dir, name)
	if p != nil {
		return p
	}
	if n := len(strings.Fields(string(b))); n < 200 || n > 600 {
		return []string{strconv.Itoa(n) + " words, want 200 to 600"}
	}
	return nil
}

// checkEval15Counts checks the set's size and mix: at least ten texts in
// each of German, French and Spanish and six English controls, each
// language with postings and resumes, three or more dev texts and the rest
// held out, and every qualifier present.
func checkEval15Counts(t *testing.T, labels []eval15Label) {
	t.Helper()
	count := map[string]int{}
	for _, l := range labels {
		for _, k := range []string{l.Lang, l.Lang + "/" + l.Split, l.Lang + "/" + l.Kind} {
			count[k]++
		}
		for _, c := range l.Concepts {
			count[c.Qualifier]++
		}
	}
	for _, lang := range eval15Langs {
		want := 10
		if lang == "en" {
			want = 6
		}
		if count[lang] < want {
			t.Errorf("%d entries in %s, want at least %d", count[lang], lang, want)
		}
		for _, k := range []string{"posting", "resume", "holdout"} {
			if count[lang+"/"+k] == 0 {
				t.Errorf("no %s entry in %s", k, lang)
			}
		}
		if count[lang+"/dev"] < 3 {
			t.Errorf("%d dev entries in %s, want at least 3", count[lang+"/dev"], lang)
		}
	}
	for _, q := range []string{"required", "preferred", "negated"} {
		if count[q] < 20 {
			t.Errorf("%d %s labels, want at least 20", count[q], q)
		}
	}
}

// eval15Figures are the figures of one part of the issue 15 evaluation set.
type eval15Figures struct {
	texts int
	conceptScore
}

func (f *eval15Figures) String() string {
	return fmt.Sprintf("%2d texts: precision %.3f recall %.3f (%d found, %d wrong, %d missed), qualifier right %.3f (%d)",
		f.texts, f.precision(), f.recall(), f.truePos, f.falsePos, f.miss, f.qualifierRight(), f.qualRight)
}

// precision is the share of the concepts found that a reader marked.
func (s *conceptScore) precision() float64 {
	return float64(s.truePos) / float64(max(1, s.truePos+s.falsePos))
}

// recall is the share of the concepts a reader marked that were found.
func (s *conceptScore) recall() float64 {
	return float64(s.truePos) / float64(max(1, s.truePos+s.miss))
}

// qualifierRight is the share of the concepts found, and marked, that
// carry the reader's qualifier.
func (s *conceptScore) qualifierRight() float64 {
	return float64(s.qualRight) / float64(max(1, s.truePos))
}

// TestEval15 reports how Extract finds and qualifies the concepts a careful
// reader marks in the texts of testdata/eval15, per split and per split and
// language. It prints no per-text results, so that holdout texts stay
// unseen. It fails when a part of the set scores nothing, as when no text
// was read, and when a figure of a split and language falls below its
// floor (eval15Floors): the figures of the German, French and Spanish work
// of issue 15, less a margin of about one label, so that a change that
// loses what that work found shows.
func TestEval15(t *testing.T) {
	figs := map[string]*eval15Figures{}
	fig := func(key string) *eval15Figures {
		if figs[key] == nil {
			figs[key] = &eval15Figures{}
		}
		return figs[key]
	}
	for _, l := range readManifest[eval15Label](t, eval15Dir) {
		b, p := readEvalText(eval15Dir, l.File)
		if p != nil {
			t.Fatalf("%s: %s", l.File, strings.Join(p, "; "))
		}
		got := textQualifiers(Extract(string(b)))
		for _, key := range []string{l.Split, l.Split + "/" + l.Lang} {
			f := fig(key)
			f.texts++
			f.add(l.Concepts, got)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(figs)) {
		f := figs[key]
		t.Logf("%-10s %s", key, f)
		if f.truePos+f.miss == 0 {
			t.Errorf("%s: no concept labelled, nothing measured", key)
		}
	}
	for _, split := range []string{"dev", "holdout"} {
		if figs[split] == nil {
			t.Errorf("no %s text scored", split)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(eval15Floors)) {
		f, floor := figs[key], eval15Floors[key]
		if f == nil {
			t.Errorf("%s: no text scored", key)
			continue
		}
		got := [3]float64{f.precision(), f.recall(), f.qualifierRight()}
		for i, name := range []string{"precision", "recall", "qualifier right"} {
			if got[i] < floor[i] {
				t.Errorf("%s: %s %.3f, below its floor %.3f", key, name, got[i], floor[i])
			}
		}
	}
}

// eval15Floors are the least precision, recall and qualifier accuracy
// TestEval15 accepts of each language of the held-out texts (see TestEval15).
// The goals of issue 15 are 0.97, 0.92 and 0.95 on postings we never see.
var eval15Floors = map[string][3]float64{
	"holdout/de": {0.98, 0.89, 0.97},
	"holdout/fr": {0.97, 0.88, 0.97},
	"holdout/es": {0.95, 0.86, 0.98},
	"holdout/en": {0.98, 0.87, 0.97},
}
