package roles

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// evalDir holds the role evaluation set: postings and resumes labelled by
// hand before any code that decides roles existed. See its README.md.
const evalDir = "testdata/eval"

// evalLabel is one entry of testdata/eval/labels.json.
type evalLabel struct {
	File    string `json:"file"`
	Kind    string `json:"kind"`
	Lang    string `json:"lang"`
	Role    string `json:"role"`
	Family  string `json:"family"`
	Leaning *int   `json:"leaning"`
	Split   string `json:"split"`
	Why     string `json:"why"`
}

// evalFamilyRoles gives, for each family, the roles a label of that family
// may carry; the family none carries no role.
var evalFamilyRoles = map[string][]string{
	"backend":          {"backend-developer", "backend-engineer"},
	"frontend":         {"frontend-developer"},
	"fullstack":        {"fullstack-developer"},
	"devops":           {"devops-engineer"},
	"data-engineering": {"data-engineer"},
	"data-science":     {"data-scientist"},
	"mobile":           {"mobile-developer"},
	"qa":               {"qa-engineer"},
	"security":         {"security-engineer"},
	"none":             {""},
}

// readEvalLabels decodes the manifest, rejecting unknown fields.
func readEvalLabels(t *testing.T) []evalLabel { return readManifest[evalLabel](t, evalDir) }

// readManifest decodes dir/labels.json, the manifest of an evaluation set,
// rejecting unknown fields.
func readManifest[T any](t *testing.T, dir string) []T {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var labels []T
	if err := dec.Decode(&labels); err != nil {
		t.Fatalf("labels.json: %v", err)
	}
	return labels
}

// TestEvalData checks that the evaluation manifest is well formed: every
// entry valid and consistent, every text present and listed, and the set
// large and varied enough to measure on. It scores nothing.
func TestEvalData(t *testing.T) {
	labels := readEvalLabels(t)
	for i, l := range labels {
		for _, p := range checkEvalLabel(l) {
			t.Errorf("labels.json entry %d (%q): %s", i, l.File, p)
		}
	}
	files := make([]string, len(labels))
	for i, l := range labels {
		files[i] = l.File
	}
	checkManifestFiles(t, evalDir, files)
	checkEvalCounts(t, labels)
}

// checkEvalLabel returns what is wrong with one entry, including its file.
func checkEvalLabel(l evalLabel) []string {
	var p []string
	if !slices.Contains([]string{"posting", "resume"}, l.Kind) {
		p = append(p, "kind must be posting or resume, not "+strconv.Quote(l.Kind))
	}
	if !slices.Contains([]string{"en", "de", "fr", "es"}, l.Lang) {
		p = append(p, "lang must be en, de, fr or es, not "+strconv.Quote(l.Lang))
	}
	if roles, ok := evalFamilyRoles[l.Family]; !ok {
		p = append(p, "unknown family "+strconv.Quote(l.Family))
	} else if !slices.Contains(roles, l.Role) {
		p = append(p, "role "+strconv.Quote(l.Role)+" does not belong to family "+strconv.Quote(l.Family))
	}
	p = append(p, checkEvalLeaning(l)...)
	if l.Split != "dev" && l.Split != "holdout" {
		p = append(p, "split must be dev or holdout, not "+strconv.Quote(l.Split))
	}
	if strings.TrimSpace(l.Why) == "" || strings.ContainsAny(l.Why, "\r\n") {
		p = append(p, "why must be one non-empty line")
	}
	return append(p, checkEvalFile(l.File)...)
}

// checkEvalLeaning checks that back-end texts, and only they, carry a
// leaning of -1, 0 or +1 whose sign does not contradict the role.
func checkEvalLeaning(l evalLabel) []string {
	if l.Family != "backend" {
		if l.Leaning != nil {
			return []string{"leaning is only for the backend family"}
		}
		return nil
	}
	switch {
	case l.Leaning == nil:
		return []string{"a backend text needs a leaning"}
	case *l.Leaning < -1 || *l.Leaning > 1:
		return []string{"leaning must be -1, 0 or 1"}
	case l.Role == "backend-developer" && *l.Leaning > 0,
		l.Role == "backend-engineer" && *l.Leaning < 0:
		return []string{"leaning contradicts role " + strconv.Quote(l.Role)}
	}
	return nil
}

// checkEvalFile checks that name is a plain file name in evalDir holding
// non-empty UTF-8 text.
func checkEvalFile(name string) []string {
	b, p := readEvalText(evalDir, name)
	if p == nil && len(bytes.TrimSpace(b)) == 0 {
		p = []string{"file is empty"}
	}
	return p
}

// readEvalText reads the text a manifest entry of the set in dir names,
// and returns what is wrong with the name or the file: it must name a file
// of dir, not the manifest or the README, in UTF-8.
func readEvalText(dir, name string) ([]byte, []string) {
	if name == "" || name != filepath.Base(name) || name == "labels.json" || name == "README.md" {
		return nil, []string{"file must name a text in " + dir}
	}
	b, err := os.ReadFile(filepath.Join(dir, name))
	switch {
	case err != nil:
		return nil, []string{err.Error()}
	case !utf8.Valid(b):
		return nil, []string{"file is not UTF-8"}
	}
	return b, nil
}

// checkManifestFiles fails when the files a manifest lists, in its order,
// are not sorted without repeats, and for each file in dir, but
// labels.json and README.md, that it does not list.
func checkManifestFiles(t *testing.T, dir string, files []string) {
	t.Helper()
	for i := 1; i < len(files); i++ {
		if files[i-1] >= files[i] {
			t.Errorf("labels.json entry %d: %q is not after %q (keep entries sorted by file, without repeats)",
				i, files[i], files[i-1])
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if name == "labels.json" || name == "README.md" {
			continue
		}
		if e.IsDir() || !slices.Contains(files, name) {
			t.Errorf("%s/%s is not listed in labels.json", dir, name)
		}
	}
}

// checkEvalCounts checks that the set is big and varied enough for the
// figures the issue asks for: 60 texts, 20 outside engineering, four in
// each of German, French and Spanish, every family present, about two
// thirds held out.
func checkEvalCounts(t *testing.T, labels []evalLabel) {
	t.Helper()
	langs, families, holdout := map[string]int{}, map[string]int{}, 0
	for _, l := range labels {
		langs[l.Lang]++
		families[l.Family]++
		if l.Split == "holdout" {
			holdout++
		}
	}
	if len(labels) < 60 {
		t.Errorf("%d entries, want at least 60", len(labels))
	}
	if families["none"] < 20 {
		t.Errorf("%d entries of family none, want at least 20", families["none"])
	}
	for _, lang := range []string{"de", "fr", "es"} {
		if langs[lang] < 4 {
			t.Errorf("%d entries in %s, want at least 4", langs[lang], lang)
		}
	}
	for f := range evalFamilyRoles {
		if families[f] == 0 {
			t.Errorf("no entry of family %s", f)
		}
	}
	if share := float64(holdout) / float64(len(labels)); share < 0.6 || share > 0.75 {
		t.Errorf("holdout is %.2f of the entries, want about two thirds (0.60 to 0.75)", share)
	}
}
