package roles

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func scoreByRole(ms []RoleMatch) map[string]float64 {
	out := map[string]float64{}
	for _, m := range ms {
		out[m.Role] = m.Score
	}
	return out
}

// TestRankResumes ranks realistic resumes and postings on the default
// taxonomy and checks that they come out as a recruiter would expect.
func TestRankResumes(t *testing.T) {
	const low = 0.15 // below it, a text shows little of a role (see Rank)
	dev, eng := "backend-developer", "backend-engineer"
	get := func(name string) map[string]float64 {
		return scoreByRole(Default().RankText(readTestdata(t, "resumes/"+name)))
	}
	php := get("php-maintainer.txt")
	storage := get("storage-engineer.txt")
	front := get("frontend-developer.txt")

	// A developer who maintains an existing PHP app fits the developer
	// better, clearly.
	if php[dev]-php[eng] < 0.1 {
		t.Errorf("PHP maintainer: developer %.3f, engineer %.3f; want the developer ahead by 0.1 or more", php[dev], php[eng])
	}
	// An engineer who designs storage and APIs fits the engineer better.
	if storage[eng]-storage[dev] < 0.1 {
		t.Errorf("storage engineer: engineer %.3f, developer %.3f; want the engineer ahead by 0.1 or more", storage[eng], storage[dev])
	}
	// Each back-end resume fits its role well.
	if php[dev] < 0.6 || storage[eng] < 0.6 {
		t.Errorf("back-end resumes fit their roles poorly: PHP maintainer %.3f as developer, storage engineer %.3f as engineer", php[dev], storage[eng])
	}
	// A front-end developer shows some of what the article asks (HTML, CSS,
	// JavaScript, UI performance) but much less than either back-end resume.
	for _, r := range []string{dev, eng} {
		if front[r] >= 0.4 || front[r] >= php[r]-0.2 || front[r] >= storage[r]-0.2 {
			t.Errorf("front-end developer scores %.3f as %s; want below 0.4 and well below the back-end resumes (%.3f, %.3f)", front[r], r, php[r], storage[r])
		}
	}
	// Now that the taxonomy has a front-end role, the front-end resume
	// covers it more than any other role, back-end ones included.
	for r, sc := range front {
		if r != "frontend-developer" && sc >= front["frontend-developer"] {
			t.Errorf("front-end developer scores %.3f as %s, at least the %.3f as frontend-developer", sc, r, front["frontend-developer"])
		}
	}
	// Texts with nothing back-end in them score low for every role.
	for _, name := range []string{"nurse.txt", "sales-posting.md"} {
		for r, s := range get(name) {
			if s >= low {
				t.Errorf("%s scores %.3f as %s; want below %.2f", name, s, r, low)
			}
		}
	}
}

// TestRankTextGolden pins the rankings and their explanations for the
// corpus and the resumes; run with -update after a deliberate change to the
// data or the formula, and read the diff.
// benchText joins the bench postings and resumes into one text of at least
// size bytes: distinct paragraphs, as a large batch of documents would be.
func benchText(t testing.TB, size int) string {
	t.Helper()
	files, err := filepath.Glob("testdata/bench/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bench texts: %v", err)
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Document %d\n\n%s\n\n", i, readTestdata(t, "bench/"+filepath.Base(files[i%len(files)])))
	}
	return b.String()
}

func TestRankTextIsRankMentionsOfExtract(t *testing.T) {
	// RankText and GapsText take the mentions one by one; they must give
	// what the documented composition gives, on short texts and on a long
	// one whose concepts are mentioned far more than eight times.
	texts := []string{readTestdata(t, "posting.md"), readTestdata(t, "resumes/php-maintainer.txt"), benchText(t, 1<<20), ""}
	for i, text := range texts {
		if diff := cmp.Diff(Default().RankMentions(Default().Extract(text)), Default().RankText(text)); diff != "" {
			t.Errorf("text %d: RankText differs from RankMentions(Extract) (-want +got):\n%s", i, diff)
		}
		want, err1 := Default().GapsMentions(Default().Extract(text), "backend-engineer")
		got, err2 := Default().GapsText(text, "backend-engineer")
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("text %d: GapsText differs from GapsMentions(Extract) (-want +got):\n%s", i, diff)
		}
	}
}

func TestRankTextGolden(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/corpus/*.md", "testdata/corpus/*.txt", "testdata/resumes/*", "testdata/posting.md"} {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if !strings.HasSuffix(f, ".golden") {
				files = append(files, f)
			}
		}
	}
	var b strings.Builder
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\n", filepath.ToSlash(f))
		for _, m := range Default().RankText(string(text)) {
			fmt.Fprintf(&b, "%s %.3f (skills %.3f, responsibilities %.3f, title %.0f)\n", m.Role, m.Score, m.Skills, m.Responsibilities, m.Title)
			for _, c := range m.Matched {
				fmt.Fprintf(&b, "  + %s %.2f:", c.ID, c.Value)
				for _, e := range c.Evidence {
					fmt.Fprintf(&b, " %s", e.ID)
					if len(e.Via) > 0 {
						fmt.Fprintf(&b, "→%s", strings.Join(e.Via, "→"))
					}
					if e.Weight < 0 {
						b.WriteString("(negated)")
					}
				}
				b.WriteByte('\n')
			}
			for _, c := range m.Missing {
				fmt.Fprintf(&b, "  - %s\n", c.ID)
			}
		}
	}
	golden(t, "rank.golden", []byte(b.String()))
}

func TestRankTextMemoryIsNotTheText(t *testing.T) {
	// RankText used to keep every mention of a concept as evidence for
	// every role item it counts toward: 100 MB of text took 9.8 GB. Its
	// memory now grows with the distinct concepts: ranking 16 MB of postings
	// must allocate under a tenth of the text (the first ranking, which
	// builds the taxonomy's indexes, is left out).
	text := benchText(t, 16<<20)
	Default().RankText(text)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Default().RankText(text)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > uint64(len(text)/10) {
		t.Errorf("RankText of %d bytes allocated %d bytes; want under a tenth of the text", len(text), got)
	} else {
		t.Logf("RankText of %d bytes allocated %d bytes", len(text), got)
	}
}

// BenchmarkRankTextLarge ranks 100 MB of distinct postings and resumes
// beside Extract on the same text, its yardstick: RankText should take
// under twice Extract's time, and allocate under a tenth of the text's size
// (B/op against the text's 100 MB), as its evidence grows with the distinct
// concepts, not with the mentions.
func BenchmarkRankTextLarge(b *testing.B) {
	text := benchText(b, 100<<20)
	tx := Default()
	tx.RankText("Go") // build the matcher and ranker outside the timings
	b.Run("Extract", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for range b.N {
			tx.Extract(text)
		}
	})
	b.Run("RankText", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for range b.N {
			tx.RankText(text)
		}
	})
}
