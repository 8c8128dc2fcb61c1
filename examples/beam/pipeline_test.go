package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/openroles/roles"
)

// TestMain runs the pipelines of the tests on prism, the SDK's local
// runner, in this process (-runner chooses another).
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// inputs are the library's sample postings and resumes (never its
// evaluation sets), by file name.
func inputs(t *testing.T) map[string]string {
	t.Helper()
	docs := map[string]string{}
	for _, glob := range []string{"bench/*", "corpus/*.md", "corpus/*.txt", "resumes/*", "posting.md"} {
		paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", glob))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs[filepath.Base(p)] = string(data)
		}
	}
	if len(docs) < 20 {
		t.Fatalf("found %d sample documents, want at least 20", len(docs))
	}
	return docs
}

// run builds the pipeline on o and runs it.
func run(t *testing.T, o options) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
}

// TestTextFiles runs the pipeline on one text file per document and checks
// every output against the library called directly.
func TestTextFiles(t *testing.T) {
	docs := inputs(t)
	in, out := t.TempDir(), t.TempDir()
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := options{Input: filepath.Join(in, "*"), Output: filepath.Join(out, "run"), Shards: 3, Top: 10}
	run(t, o)
	check(t, o, docs)
	if _, err := os.Stat(o.Output + "-errors.txt"); !os.IsNotExist(err) {
		t.Errorf("text input wrote %s-errors.txt (stat: %v)", o.Output, err)
	}
}

// TestTextFilesSameName runs the pipeline on every document three times,
// in three directories under the same base name (the third gzipped): each
// record is named by its path under the glob's directory, so none is lost
// to another of the same base name.
func TestTextFilesSameName(t *testing.T) {
	docs := inputs(t)
	in, out := t.TempDir(), t.TempDir()
	want := map[string]string{}
	for name, text := range docs {
		for _, dir := range []string{"a", "b", "c"} {
			data, file := []byte(text), name
			if dir == "c" {
				data, file = gzipped(t, data), name+".gz"
			}
			if err := os.MkdirAll(filepath.Join(in, dir), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(in, dir, file), data, 0o644); err != nil {
				t.Fatal(err)
			}
			want[dir+"/"+file] = text
		}
	}
	o := options{Input: filepath.Join(in, "*", "*"), Output: filepath.Join(out, "run"), Shards: 3, Top: 10}
	run(t, o)
	check(t, o, want)
}

// gzipped is data compressed with gzip.
func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJSONL runs the pipeline on the same documents as JSONL records in two
// files, among blank and malformed lines, and checks every output and the
// errors, with their lines: the files whole, cut into blocks of a few
// hundred bytes (so that many readers share each file), and gzipped.
func TestJSONL(t *testing.T) {
	for _, c := range []struct {
		why   string
		block int64
		gzip  bool
	}{
		{"whole files", 0, false},
		{"blocks of 300 bytes", 300, false},
		{"gzipped", 0, true},
	} {
		t.Run(c.why, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			docs, files, bad := jsonlFiles(t, in)
			glob := filepath.Join(in, "*.jsonl")
			if c.gzip {
				for _, f := range files {
					data, err := os.ReadFile(f)
					if err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(f+".gz", gzipped(t, data), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				glob += ".gz"
				for i := range bad {
					bad[i] = strings.Replace(bad[i], ".jsonl:", ".jsonl.gz:", 1)
				}
			}
			o := options{Input: glob, Output: filepath.Join(out, "run"), Shards: 2, Top: 10, Block: c.block}
			run(t, o)
			check(t, o, docs)
			got := readLines(t, o.Output+"-errors.txt")
			slices.Sort(got)
			slices.Sort(bad)
			if !slices.Equal(got, bad) {
				t.Errorf("errors:\n got %q\nwant %q", got, bad)
			}
		})
	}
}

// jsonlFiles writes the sample documents as JSONL records to two files in
// dir, among blank lines, a line ending in "\r\n", malformed lines and a
// last line without its newline. It returns the records by ID, the files,
// and the errors that the malformed lines should give.
func jsonlFiles(t *testing.T, dir string) (docs map[string]string, files, bad []string) {
	t.Helper()
	docs = inputs(t)
	names := slices.Sorted(maps.Keys(docs))
	var lines [2][]string
	files = []string{filepath.Join(dir, "part-0.jsonl"), filepath.Join(dir, "part-1.jsonl")}
	malformed := func(f int, line, why string) {
		lines[f] = append(lines[f], line)
		bad = append(bad, fmt.Sprintf("%s:%d: %s: %q", files[f], len(lines[f]), why, line))
	}
	for i, name := range names {
		line, err := json.Marshal(map[string]any{"id": name, "text": docs[name], "source": "test"})
		if err != nil {
			t.Fatal(err)
		}
		lines[i%2] = append(lines[i%2], string(line), "")
		// JSON holds only UTF-8: the record holds what the line decodes to
		// (U+FFFD for each invalid byte of posting-unicode.md).
		var r struct{ Text string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		docs[name] = r.Text
		if i == 5 {
			malformed(1, `{"id": "half", "text": "Go`, "not a JSON object: unexpected end of JSON input")
		}
	}
	malformed(0, `{"id": "x", "text": 3}`, "not a JSON object: json: cannot unmarshal number into Go struct field .text of type string")
	malformed(0, `{"text": "no id"}`, `no "id"`)
	lines[0] = append(lines[0], `{"id": "crlf", "text": "Go and Rust."}`+"\r")
	docs["crlf"] = "Go and Rust."
	malformed(1, `not json`, "not a JSON object: invalid character 'o' in literal null (expecting 'u')")
	lines[1] = append(lines[1], `{"id": 17, "text": "Backend engineer: Go and Kubernetes."}`)
	docs["17"] = "Backend engineer: Go and Kubernetes."
	for i, f := range files {
		text := strings.Join(lines[i], "\n")
		if i == 0 {
			text += "\n"
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return docs, files, bad
}

// readLines reads the lines of the files that glob matches.
func readLines(t *testing.T, glob string) []string {
	t.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no output file matches %s (%v)", glob, err)
	}
	var lines []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

// check compares every output of the run o on docs with what the library
// gives called directly, and with counts made here.
func check(t *testing.T, o options, docs map[string]string) {
	t.Helper()
	roleCount := map[string]int{}
	skillCount := map[string]*qualifierCounts{}
	var backend []backendUse
	want := map[string]string{}
	for id, text := range docs {
		d := roles.Decide(text)
		ms := roles.Extract(text)
		r := result{ID: id, Role: d.Role, Confidence: d.Confidence, Leaning: d.Leaning, Mentions: ms}
		if ms == nil {
			r.Mentions = []roles.Mention{}
		}
		if ranked := roles.RankText(text); len(ranked) > 0 {
			r.Top = &coverage{Role: ranked[0].Role, Score: ranked[0].Score, Skills: ranked[0].Skills, Responsibilities: ranked[0].Responsibilities}
		}
		want[id] = jsonLine(r)
		roleCount[d.Role]++
		countSkills(skillCount, d.Role, ms)
		if d.Role == developer || d.Role == engineer {
			backend = append(backend, backendUse{Role: d.Role, Skills: mentioned(ms)})
		}
	}
	checkResults(t, o, want)
	checkLines(t, "roles", o.Output+"-roles.jsonl", roleLines(roleCount))
	checkLines(t, "skills", o.Output+"-skills.jsonl", skillLines(skillCount))
	sep := readLines(t, o.Output+"-separating.jsonl")
	if w := separatingLines(backend, o.Top); !slices.Equal(sep, w) {
		t.Errorf("separating skills:\n got %q\nwant %q", sep, w)
	}
	if len(sep) == 0 {
		t.Errorf("no separating skills: the input has no back-end records of both roles")
	}
}

// checkResults compares the results written with want, by record ID.
func checkResults(t *testing.T, o options, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, line := range readLines(t, o.Output+"-results-*-of-*.jsonl") {
		var r struct{ ID string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("result %q: %v", clip(line, 80), err)
		}
		if _, dup := got[r.ID]; dup {
			t.Errorf("record %q written twice", r.ID)
		}
		got[r.ID] = line
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("record %q:\n got %s\nwant %s", id, got[id], w)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("record %q written, but not in the input", id)
		}
	}
}

// checkLines compares the lines of file, in any order, with want.
func checkLines(t *testing.T, what, file string, want []string) {
	t.Helper()
	got := readLines(t, file)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

// countSkills counts, under "role\tskill", each qualifier that the skill
// mentions of ms carry, once per record.
func countSkills(counts map[string]*qualifierCounts, role string, ms []roles.Mention) {
	seen := map[roles.Mention]bool{}
	for _, m := range ms {
		key := roles.Mention{ID: m.ID, Qualifier: m.Qualifier}
		if m.Kind != roles.KindSkill || seen[key] {
			continue
		}
		seen[key] = true
		c := counts[role+"\t"+m.ID]
		if c == nil {
			c = &qualifierCounts{}
			counts[role+"\t"+m.ID] = c
		}
		switch m.Qualifier {
		case roles.QualifierRequired:
			c.Required++
		case roles.QualifierPreferred:
			c.Preferred++
		case roles.QualifierNegated:
			c.Negated++
		}
	}
}

// mentioned is the skills that ms mention without negating them.
func mentioned(ms []roles.Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Kind == roles.KindSkill && m.Qualifier != roles.QualifierNegated && !slices.Contains(out, m.ID) {
			out = append(out, m.ID)
		}
	}
	return out
}

// roleLines are the lines of PREFIX-roles.jsonl for the counts.
func roleLines(counts map[string]int) []string {
	var out []string
	for role, n := range counts {
		out = append(out, fmt.Sprintf(`{"role":%q,"records":%d}`, role, n))
	}
	return out
}

// skillLines are the lines of PREFIX-skills.jsonl for the counts.
func skillLines(counts map[string]*qualifierCounts) []string {
	var out []string
	for key, c := range counts {
		role, skill, _ := strings.Cut(key, "\t")
		out = append(out, fmt.Sprintf(`{"role":%q,"skill":%q,"required":%d,"preferred":%d,"negated":%d}`, role, skill, c.Required, c.Preferred, c.Negated))
	}
	return out
}

// separatingLines are the lines of PREFIX-separating.jsonl for the records
// of the two back-end roles: the top skills by the difference of their
// shares, largest first, then by ID.
func separatingLines(records []backendUse, top int) []string {
	var dev, eng float64
	devN, engN := map[string]float64{}, map[string]float64{}
	for _, r := range records {
		n := devN
		if r.Role == engineer {
			n = engN
			eng++
		} else {
			dev++
		}
		for _, s := range r.Skills {
			n[s]++
		}
	}
	var rows []separating
	for _, s := range slices.Sorted(maps.Keys(maps.Collect(func(yield func(string, bool) bool) {
		for k := range devN {
			yield(k, true)
		}
		for k := range engN {
			yield(k, true)
		}
	}))) {
		r := separating{Skill: s}
		if dev > 0 {
			r.Developer = devN[s] / dev
		}
		if eng > 0 {
			r.Engineer = engN[s] / eng
		}
		r.Difference = r.Engineer - r.Developer
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b separating) int { return cmp.Compare(math.Abs(b.Difference), math.Abs(a.Difference)) })
	var out []string
	for _, r := range rows[:min(top, len(rows))] {
		out = append(out, fmt.Sprintf(`{"skill":%q,"developer":%v,"engineer":%v,"difference":%v}`, r.Skill, r.Developer, r.Engineer, r.Difference))
	}
	return out
}
