package bridge

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

// nonASCII puts accents, emoji and CJK before, between and after
// mentions, so that byte and UTF-16 offsets part early.
const nonASCII = "Ingénieur·e backend 🚀 — バックエンド開発\n\n" +
	"Wir suchen: Go 👩‍💻, PostgreSQL et Kafka; Erfahrung mit Kubernetes. 経験5年。\n" +
	"Rust est un plus 🎉. Pas de PHP. Développement d'API REST — naïve café Ωmega."

// texts returns the postings and resumes of the repository's testdata
// (not its evaluation sets), and nonASCII, by name.
func texts(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{"nonASCII": nonASCII}
	for _, dir := range []string{"bench", "corpus", "resumes"} {
		files, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "testdata", dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if ext := filepath.Ext(f); ext != ".txt" && ext != ".md" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[dir+"/"+filepath.Base(f)] = string(data)
		}
	}
	if len(out) < 20 {
		t.Fatalf("found %d texts in testdata; the test expects the repository's postings and resumes", len(out))
	}
	return out
}

// TestAnalyzeMentions: the mentions are roles.Extract's, in its order,
// with UTF-16 offsets that select in JavaScript what the byte offsets
// select in Go.
func TestAnalyzeMentions(t *testing.T) {
	for name, text := range texts(t) {
		ms := roles.Extract(text)
		a := Analyze(roles.Default(), text, "")
		if len(a.Mentions) != len(ms) {
			t.Errorf("%s: %d mentions, Extract finds %d", name, len(a.Mentions), len(ms))
			continue
		}
		js := utf16.Encode([]rune(text)) // the text as a JavaScript string
		for i, m := range ms {
			got := a.Mentions[i]
			want := Mention{Kind: m.Kind, ID: m.ID, Name: got.Name, Matched: m.Name, Lang: m.Lang,
				Qualifier: m.Qualifier, Years: m.Years, Start: slowUTF16(text, m.Start), End: slowUTF16(text, m.End),
				ByteStart: m.Start, ByteEnd: m.End, Broader: got.Broader}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: mention %d (-want +got):\n%s", name, i, diff)
			}
			if sel := string(utf16.Decode(js[got.Start:got.End])); utf8.ValidString(text) && sel != text[m.Start:m.End] {
				t.Errorf("%s: mention %d: JavaScript selects %q, Go %q", name, i, sel, text[m.Start:m.End])
			}
		}
	}
}

// TestAnalyzeAgrees: the decision, coverage, gaps, advice and seniority
// are the library's for the same text.
func TestAnalyzeAgrees(t *testing.T) {
	for name, text := range texts(t) {
		a := Analyze(roles.Default(), text, "")
		d := roles.Decide(text)
		if a.Decision.Role != d.Role || a.Decision.Confidence != d.Confidence || a.Decision.Leaning != d.Leaning ||
			a.Decision.None != d.None || a.Decision.RunnerUp != d.RunnerUp ||
			len(a.Decision.Evidence) != len(d.Evidence) || len(a.Decision.LeaningEvidence) != len(d.LeaningEvidence) {
			t.Errorf("%s: decision %+v, Decide says %+v", name, a.Decision, d)
		}
		for i, f := range d.Roles {
			if g := a.Decision.Roles[i]; g.Role != f.Role || g.Fit != f.Fit || g.Name != f.Name {
				t.Errorf("%s: fit %d is %+v, Decide says %+v", name, i, g, f)
			}
		}
		rk := roles.RankText(text)
		if len(a.Coverage) != len(rk) {
			t.Fatalf("%s: %d roles covered, RankText ranks %d", name, len(a.Coverage), len(rk))
		}
		for i, m := range rk {
			c := a.Coverage[i]
			if c.Role != m.Role || c.Score != m.Score || c.Name != m.Name || !sameIDs(c.Matched, m.Matched) || !sameIDs(c.Missing, m.Missing) {
				t.Errorf("%s: coverage %d is %+v, RankText says %+v", name, i, c, m)
			}
		}
		checkGaps(t, name, text, a)
		adv := roles.Advise(text)
		if a.Advice.Role != adv.Role || a.Advice.Leaning != adv.Leaning || len(a.Advice.Cues) != len(adv.Cues) || len(a.Advice.Scores) != len(adv.Scores) {
			t.Errorf("%s: advice %+v, Advise says %+v", name, a.Advice, adv)
		}
		if diff := cmp.Diff(roles.SeniorityOf(text), a.Seniority); diff != "" {
			t.Errorf("%s: seniority (-want +got):\n%s", name, diff)
		}
	}
}

func sameIDs(items []Item, cs []roles.Coverage) bool {
	return slices.EqualFunc(items, cs, func(i Item, c roles.Coverage) bool {
		return i.Kind == c.Kind && i.ID == c.ID && i.Requirement == c.Requirement && i.Importance == c.Importance
	})
}

// checkGaps: the gaps are the library's for the decided role (the best
// covered one when none is decided), essential first.
func checkGaps(t *testing.T, name, text string, a Analysis) {
	t.Helper()
	role := a.Decision.Role
	if role == "" {
		role = a.Coverage[0].Role
	}
	if a.Gaps.Role != role {
		t.Errorf("%s: gaps for %q, want %q", name, a.Gaps.Role, role)
	}
	gaps, err := roles.GapsText(text, role)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, g := range gaps {
		want = append(want, g.Skill)
	}
	for _, g := range a.Gaps.Items {
		got = append(got, g.ID)
	}
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: gap IDs (-want +got):\n%s", name, diff)
	}
	if !slices.IsSortedFunc(a.Gaps.Items, func(x, y Gap) int {
		return essentialFirst(x.Requirement) - essentialFirst(y.Requirement)
	}) {
		t.Errorf("%s: gaps not essential first: %+v", name, a.Gaps.Items)
	}
}

// nameOf is the name of a concept in lang by the typed accessors, another
// way than Taxonomy.NameIn.
func nameOf(tx *roles.Taxonomy, kind roles.Kind, id, lang string) string {
	switch kind {
	case roles.KindRole:
		r, _ := tx.Role(id)
		return r.NameIn(lang)
	case roles.KindSkill:
		s, _ := tx.Skill(id)
		return s.NameIn(lang)
	case roles.KindResponsibility:
		r, _ := tx.Responsibility(id)
		return r.NameIn(lang)
	case roles.KindOccupation:
		o, _ := tx.Occupation(id)
		return o.NameIn(lang)
	}
	return ""
}

// TestAnalyzeNames: concepts are named in the language asked for,
// whatever language matched; English names for "".
func TestAnalyzeNames(t *testing.T) {
	tx := roles.Default()
	for _, lang := range []string{"", "de", "fr", "es"} {
		a := Analyze(tx, nonASCII, lang)
		translated := 0
		for _, m := range a.Mentions {
			if want := nameOf(tx, m.Kind, m.ID, lang); m.Name != want {
				t.Errorf("%q: %s %s named %q, want %q", lang, m.Kind, m.ID, m.Name, want)
			}
			if m.Name != nameOf(tx, m.Kind, m.ID, "") {
				translated++
			}
			for _, b := range m.Broader {
				if want := nameOf(tx, roles.KindSkill, b.ID, lang); b.Name != want {
					t.Errorf("%q: broader %s named %q, want %q", lang, b.ID, b.Name, want)
				}
			}
		}
		if (lang == "") != (translated == 0) {
			t.Errorf("%q: %d of %d mentions named otherwise than in English", lang, translated, len(a.Mentions))
		}
		if want := nameOf(tx, roles.KindRole, a.Decision.Role, lang); a.Decision.RoleName != want {
			t.Errorf("%q: decided role %s named %q, want %q", lang, a.Decision.Role, a.Decision.RoleName, want)
		}
		for _, c := range a.Coverage {
			if want := nameOf(tx, roles.KindRole, c.Role, lang); c.Name != want {
				t.Errorf("%q: covered role %s named %q, want %q", lang, c.Role, c.Name, want)
			}
		}
	}
}

// TestAnalyzeBroader: a skill mention lists the skills directly above it,
// as Taxonomy.Broader does; other kinds list none.
func TestAnalyzeBroader(t *testing.T) {
	a := Analyze(roles.Default(), nonASCII, "")
	withBroader := 0
	for _, m := range a.Mentions {
		var want []string
		if m.Kind == roles.KindSkill {
			for _, s := range roles.Default().Broader(m.ID) {
				want = append(want, s.ID)
			}
		}
		var got []string
		for _, b := range m.Broader {
			got = append(got, b.ID)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: broader (-want +got):\n%s", m.ID, diff)
		}
		if len(got) > 0 {
			withBroader++
		}
	}
	if withBroader == 0 {
		t.Errorf("no mention of %q has a broader skill", nonASCII)
	}
}

// TestAnalyzeMentionsNotChanged: the caller's mentions stay as they were,
// and a second analysis of the same input gives the same answer.
func TestAnalyzeMentionsNotChanged(t *testing.T) {
	ms := roles.Extract(nonASCII)
	keep := slices.Clone(ms)
	first := AnalyzeMentions(roles.Default(), nonASCII, ms, "de")
	if diff := cmp.Diff(keep, ms); diff != "" {
		t.Errorf("mentions changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(first, AnalyzeMentions(roles.Default(), nonASCII, ms, "de")); diff != "" {
		t.Errorf("second analysis differs (-first +second):\n%s", diff)
	}
}

// TestAnalyzeEmpty: an empty text gives empty lists, never null, and a
// decision of no role.
func TestAnalyzeEmpty(t *testing.T) {
	for _, text := range []string{"", "   \n", "\xff\xfe"} {
		out := AnalyzeJSON(text, "")
		if strings.Contains(out, "null") {
			t.Errorf("%q: JSON holds null: %s", text, out)
		}
		var a Analysis
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("%q: %v: %s", text, err, out)
		}
		if len(a.Mentions) != 0 || a.Decision.Role != "" || a.Gaps.Role != a.Coverage[0].Role {
			t.Errorf("%q: %+v", text, a)
		}
	}
}

// posting1000 is a posting of about 1,000 words, the size the issue
// names for a keystroke's analysis: the repository's bench postings one
// after another, cut after the 1,000th word.
func posting1000(tb testing.TB) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "testdata", "bench", "posting-*"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no bench postings: %v", err)
	}
	var b strings.Builder
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.SplitAfter(string(data), "\n") {
			if words >= 1000 {
				return b.String()
			}
			b.WriteString(line)
			words += len(strings.Fields(line))
		}
	}
	return b.String()
}

// BenchmarkAnalyze analyses a 1,000-word posting as the page does on a
// keystroke; BenchmarkExtract is the scan alone, for the share of the rest.
func BenchmarkAnalyze(b *testing.B) {
	text := posting1000(b)
	tx := roles.Default()
	Analyze(tx, text, "") // the taxonomy's lazy parts
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		AnalyzeJSON(text, "de")
	}
}

func BenchmarkExtract(b *testing.B) {
	text := posting1000(b)
	roles.Extract(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		roles.Extract(text)
	}
}

// FuzzAnalyze: any text, valid UTF-8 or not, gives one JSON document with
// no error, whose mentions lie in the text as JavaScript counts it, at
// the UTF-16 offsets of their byte offsets.
func FuzzAnalyze(f *testing.F) {
	for _, tc := range utf16Cases {
		f.Add(tc.text)
	}
	f.Add(nonASCII)
	f.Fuzz(func(t *testing.T, text string) {
		out := AnalyzeJSON(text, "de")
		var a struct {
			Error    *ErrorInfo `json:"error"`
			Mentions []Mention  `json:"mentions"`
		}
		if err := json.Unmarshal([]byte(out), &a); err != nil || a.Error != nil {
			t.Fatalf("%q: %v %+v", text, err, a.Error)
		}
		units := slowUTF16(text, len(text))
		last := 0
		for _, m := range a.Mentions {
			if m.ByteStart < 0 || m.ByteStart > m.ByteEnd || m.ByteEnd > len(text) || m.End > units || m.Start < last ||
				m.Start != slowUTF16(text, m.ByteStart) || m.End != slowUTF16(text, m.ByteEnd) {
				t.Fatalf("%q: mention %+v outside the text or at the wrong units", text, m)
			}
			last = m.End
		}
	})
}
