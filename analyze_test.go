package roles

import (
	"crypto/sha256"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// analyzeDocs are the texts of TestAnalyzeGolden and BenchmarkAnalyze: the
// postings and resumes of testdata/bench, and n distinct documents of the
// benchmark corpus's generator (postings in four languages and resumes,
// some with lines broken as in a PDF).
func analyzeDocs(tb testing.TB, n int) []string {
	tb.Helper()
	docs := benchDocs(tb)
	g := newCorpusGen(readBenchParts(tb), Default(), 17)
	seen := map[string]bool{}
	for len(seen) < n {
		if d := g.doc(); !seen[d] {
			seen[d] = true
			docs = append(docs, d)
		}
	}
	return docs
}

// TestAnalyzeGolden keeps what RankMentions and DecideMentions return for
// the mentions of some hundred texts, as rolematch -jsonl calls them, from
// changing unnoticed. The generator writes no negation, so every third
// text has every fourth of its mentions negated, which rules out some
// concepts and leaves others also named. testdata/analyze.golden holds,
// for each text, a hash of each result printed with %#v (every field,
// every float exactly, nil told from empty), and the decided role and the
// best-ranked role to read. A change of the formula updates it with
// -update; a change of speed must not.
func TestAnalyzeGolden(t *testing.T) {
	tx := Default()
	var b strings.Builder
	for i, d := range analyzeDocs(t, 300) {
		ms := tx.Extract(d)
		if i%3 == 2 {
			for j := 0; j < len(ms); j += 4 {
				ms[j].Qualifier = QualifierNegated
			}
		}
		dec := tx.DecideMentions(d, ms)
		rank := tx.RankMentions(ms)
		fmt.Fprintf(&b, "%d rank %x decide %x role %q top %q %.4f\n", i,
			sha256.Sum256(fmt.Appendf(nil, "%#v", rank)), sha256.Sum256(fmt.Appendf(nil, "%#v", dec)),
			dec.Role, rank[0].Role, rank[0].Score)
	}
	golden(t, "analyze.golden", []byte(b.String()))
}

// TestEvidenceMentionsShared checks what Evidence.Mentions says of the
// copies it holds: in one answer, the evidence of one concept shares one
// copy of its mentions, which is not the input's and which appending
// cannot overwrite (its capacity is its length); setting an element sets
// it for that concept's evidence only.
func TestEvidenceMentionsShared(t *testing.T) {
	tx := Default()
	for i, d := range analyzeDocs(t, 30) {
		ms := tx.Extract(d)
		in := append([]Mention(nil), ms...)
		ranked := tx.RankMentions(ms)
		var all [][]Mention
		byID := map[string][]Mention{}
		for _, m := range ranked {
			for _, c := range append(m.Matched, m.Missing...) {
				for _, e := range c.Evidence {
					if len(e.Mentions) == 0 {
						continue
					}
					if cap(e.Mentions) != len(e.Mentions) {
						t.Fatalf("text %d: %s: mentions of capacity %d, length %d", i, e.ID, cap(e.Mentions), len(e.Mentions))
					}
					if first, ok := byID[e.ID]; ok && &first[0] != &e.Mentions[0] {
						t.Fatalf("text %d: %s: its evidence holds two copies of its mentions", i, e.ID)
					}
					byID[e.ID] = e.Mentions
					all = append(all, e.Mentions)
				}
			}
		}
		for id, v := range byID {
			v[0].Name = "changed"
			for _, w := range all {
				if got := w[0].Name == "changed"; got != (w[0].ID == id) {
					t.Fatalf("text %d: setting a mention of %s set %s's: %v", i, id, w[0].ID, got)
				}
			}
			v[0].Name = "" // tell the next concept's from this one's
		}
		if !slices.Equal(in, ms) {
			t.Fatalf("text %d: the input's mentions changed", i)
		}
	}
}

// TestAnalyzeConcurrent decides and ranks the texts of TestAnalyzeGolden
// from several goroutines at once, on the default taxonomy and on a fresh
// copy of it whose skills' pulls and walks are worked out under the race,
// and on the small taxonomy of the ranking tests in between, so that the
// pooled indexes serve taxonomies of different sizes in turn: every answer
// must be the one a lone call gives.
func TestAnalyzeConcurrent(t *testing.T) {
	fresh, err := Parse(embeddedTaxonomy)
	if err != nil {
		t.Fatal(err)
	}
	small := rankTaxonomy(t)
	docs := analyzeDocs(t, 40)
	type answer struct {
		rank, smallRank []RoleMatch
		dec, smallDec   Decision
	}
	analyze := func(tx *Taxonomy, d string) answer {
		ms := tx.Extract(d)
		sms := []Mention{mentionAt(KindSkill, "pg", QualifierRequired, 0), mentionAt(KindRole, "keeper", QualifierPreferred, 3), mentionAt(KindResponsibility, "fix-bugs", QualifierNegated, 9)}
		return answer{tx.RankMentions(ms), small.RankMentions(sms), tx.DecideMentions(d, ms), small.DecideMentions("", sms)}
	}
	want := make([]answer, len(docs))
	for i, d := range docs {
		want[i] = analyze(Default(), d)
	}
	errs := make(chan error)
	for g := range 4 {
		go func() {
			tx := []*Taxonomy{Default(), fresh}[g%2]
			for j := range docs {
				i := (j + g*len(docs)/4) % len(docs)
				if got := analyze(tx, docs[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Errorf("goroutine %d, text %d: the answer differs from a lone call's", g, i)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
