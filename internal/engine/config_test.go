package engine

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The engine's tests build their configurations from the taxonomy files of
// the module, read through a relative path and decoded into taxFile: the
// fixed taxonomy of the corpus tests and the embedded one. loadConfig
// turns them into configurations as the package roles does (see its
// newMatcher): concepts sorted by ID, word forms for names of roles,
// responsibilities, competencies and practices without an Exact or
// CaseSensitive rule.

type taxFile struct {
	Roles            []taxConcept `json:"roles"`
	Skills           []taxConcept `json:"skills"`
	Responsibilities []taxConcept `json:"responsibilities"`
	Qualifiers       Cues         `json:"qualifiers"`
}

type taxConcept struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	AltNames []string
	Type     string `json:"type"`
	// Localized are the concept's names by language.
	Localized []struct {
		Lang, Name string
		AltNames   []string
	}
	NameRules []struct {
		Name          string
		CaseSensitive bool
		Context       []string
		NotWithin     []string
		Exact         bool
	}
}

func loadConfig(path string) *Config {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	var f taxFile
	if err := json.Unmarshal(data, &f); err != nil {
		panic(err)
	}
	c := &Config{Cues: f.Qualifiers}
	add := func(list []taxConcept, forms func(taxConcept) Forms, skill bool) {
		list = slices.Clone(list)
		slices.SortFunc(list, func(a, b taxConcept) int { return strings.Compare(a.ID, b.ID) })
		for _, x := range list {
			rules := make([]*Rule, len(x.NameRules))
			for i, r := range x.NameRules {
				rules[i] = &Rule{CaseSensitive: r.CaseSensitive, Context: r.Context, NotWithin: r.NotWithin}
			}
			var names []Name
			for _, text := range append([]string{x.Name}, x.AltNames...) {
				names = append(names, Name{ID: x.ID, Text: text})
			}
			for _, l := range x.Localized {
				for _, text := range append([]string{l.Name}, l.AltNames...) {
					names = append(names, Name{ID: x.ID, Text: text, Lang: l.Lang})
				}
			}
			for _, n := range names {
				text := n.Text
				n.Forms, n.Skill, n.Language = forms(x), skill, skill && x.Type == "language"
				for i, r := range x.NameRules {
					if r.Name == text {
						n.Rule = rules[i]
						if r.Exact || r.CaseSensitive {
							n.Forms = NoForms
						}
					}
				}
				c.Names = append(c.Names, n)
			}
		}
	}
	add(f.Roles, func(taxConcept) Forms { return LastWord }, false)
	add(f.Skills, func(s taxConcept) Forms {
		if s.Type == "competency" || s.Type == "practice" {
			return LastWord
		}
		return NoForms
	}, true)
	add(f.Responsibilities, func(taxConcept) Forms { return EdgeWords }, false)
	return c
}

var (
	// corpusMatcher is built from the fixed taxonomy of testdata/corpus:
	// names chosen to exercise every boundary, rule and qualifier.
	// The corpus taxonomy has names by language too: those of
	// testdata/languages.json.
	corpusConfig = sync.OnceValue(func() *Config {
		c := loadConfig("../../testdata/corpus/taxonomy.json")
		c.Names = append(c.Names, loadConfig("testdata/languages.json").Names...)
		return c
	})
	corpusMatcher = sync.OnceValue(func() *Matcher { return New(corpusConfig()) })
	// defaultMatcher is built from the taxonomy the package embeds.
	defaultConfig  = sync.OnceValue(func() *Config { return loadConfig("../../taxonomy/backend.json") })
	defaultMatcher = sync.OnceValue(func() *Matcher { return New(defaultConfig()) })
)

// caseTexts returns the texts of the extraction cases of the package roles,
// from their tables in testdata/extract: the Go string literal of every
// "text" line (the format is described in testdata/extract/corpus.txt).
func caseTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/extract/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		for n, line := range strings.Split(string(data), "\n") {
			if q, ok := strings.CutPrefix(line, "text "); ok {
				s, err := strconv.Unquote(strings.TrimSpace(q))
				if err != nil {
					tb.Fatalf("%s:%d: %v", name, n+1, err)
				}
				texts = append(texts, s)
			}
		}
	}
	if len(texts) < 200 {
		tb.Fatalf("found %d texts in the case tables of package roles, want hundreds", len(texts))
	}
	return texts
}

// corpusDocs returns the postings and resumes of the module's
// testdata/corpus, by file name.
func corpusDocs(tb testing.TB) map[string]string {
	tb.Helper()
	corpus := os.DirFS("../../testdata/corpus")
	docs := map[string]string{}
	for _, pattern := range []string{"*.md", "*.txt"} {
		names, _ := fs.Glob(corpus, pattern)
		for _, name := range names {
			data, err := fs.ReadFile(corpus, name)
			if err != nil {
				tb.Fatal(err)
			}
			docs[name] = string(data)
		}
	}
	if len(docs) == 0 {
		tb.Fatal("no texts in ../../testdata/corpus")
	}
	return docs
}
