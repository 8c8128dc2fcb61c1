package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/openroles/roles"
)

func TestRunJSON(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"-json"}, strings.NewReader("Backend Developer\n  with Go; no Java"), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	var r struct {
		Input    string `json:"input"`
		Mentions []struct {
			ID, Kind, Text, Qualifier string
			Start, End, Line, Column  int
		} `json:"mentions"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if r.Input != "-" {
		t.Errorf("input = %q, want -", r.Input)
	}
	found := false
	for _, m := range r.Mentions {
		if m.ID == "go" {
			found = true
			if m.Text != "Go" || m.Line != 2 || m.Column != 8 || m.Kind != "skill" {
				t.Errorf("go mention = %+v", m)
			}
		}
	}
	if !found {
		t.Errorf("no mention of go in %s", out.String())
	}
}

func TestRunTableAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	if err := os.WriteFile(a, []byte("Go and PostgreSQL"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{a, filepath.Join(dir, "missing.txt")}, nil, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d with a missing input, want 1", code)
	}
	if !strings.Contains(out.String(), "== "+a+": ") || !strings.Contains(out.String(), "1:1") {
		t.Errorf("table output:\n%s", out.String())
	}
	if !strings.Contains(errb.String(), "missing.txt") {
		t.Errorf("stderr does not name the missing input: %s", errb.String())
	}
}

func TestRunBadTaxonomy(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": "1", "roles": [], "skills": [{"id": "Bad ID"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-taxonomy", bad}, strings.NewReader("Go"), &out, &errb); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "/skills/0") {
		t.Errorf("stderr does not locate the problems:\n%s", errb.String())
	}
}

func TestRunJSONRoles(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-json"}, strings.NewReader("Backend engineer: Go, PostgreSQL, REST APIs. No PHP."), &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	var r struct {
		Role  string `json:"role"`
		Roles []struct {
			ID       string   `json:"id"`
			Score    float64  `json:"score"`
			Coverage float64  `json:"coverage"`
			Matched  []string `json:"matched"`
			Missing  []string `json:"missing"`
		} `json:"roles"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	// Every role of the taxonomy is listed; the two back-end roles, which a
	// back-end posting shows, come first, with the highest fits and matches,
	// and the contrast roles follow with lower fits and lower coverage (zero
	// when the text shows none of their skills).
	if n := len(roles.Default().Roles()); len(r.Roles) != n {
		t.Fatalf("got %d roles, want all %d: %+v", len(r.Roles), n, r.Roles)
	}
	if r.Role != "backend-engineer" || r.Roles[0].ID != "backend-engineer" || r.Roles[1].ID != "backend-developer" {
		t.Fatalf("role %q, roles = %+v; want backend-engineer, then backend-developer, first", r.Role, r.Roles)
	}
	for i, ro := range r.Roles {
		if ro.Score < 0 || ro.Score > 1 || ro.Coverage < 0 || ro.Coverage > 1 || ro.Missing == nil {
			t.Errorf("role %+v: want a fit and a coverage in [0, 1] and a missing list", ro)
		}
		if i < 2 && (ro.Coverage <= 0 || len(ro.Matched) == 0) {
			t.Errorf("back-end role %+v: want a positive coverage and matched IDs", ro)
		}
		if i >= 2 && (ro.Score >= r.Roles[1].Score || ro.Coverage >= r.Roles[1].Coverage) {
			t.Errorf("contrast role %+v fits or covers at least as much as backend-developer %+v", ro, r.Roles[1])
		}
	}
	if strings.Count(out.String(), "\n") != 1 {
		t.Errorf("want one line per input, got:\n%s", out.String())
	}
}

// An overlay file is applied to the embedded taxonomy.
func TestRunOverlayTaxonomy(t *testing.T) {
	dir := t.TempDir()
	overlay := filepath.Join(dir, "acme.json")
	doc := `{"version": "acme-1", "add": {"skills": [{"id": "shipit", "name": "ShipIt", "type": "tool",
		"description": "An in-house deploy tool.", "broader": ["website-architecture"], "provenance": {"source": "extension"}}]}}`
	if err := os.WriteFile(overlay, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-taxonomy", overlay}, strings.NewReader("We deploy with ShipIt."), &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "shipit") {
		t.Errorf("the overlay's skill is not found:\n%s", out.String())
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": "x", "remove": ["no-such-skill"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"-taxonomy", bad}, strings.NewReader("Go"), &out, &errb); code != 1 {
		t.Errorf("exit %d for a bad overlay, want 1", code)
	}
	if !strings.Contains(errb.String(), "/remove/0") {
		t.Errorf("stderr does not locate the overlay's problem:\n%s", errb.String())
	}
}

// slowPosition is the obvious reference for positions.at: the line is one
// more than the newlines before off, the column one more than the runes
// between the last of them and off.
func slowPosition(text string, firstLine, off int) (line, col int) {
	before := text[:off]
	start := strings.LastIndexByte(before, '\n') + 1
	return firstLine + strings.Count(before, "\n"), utf8.RuneCountInString(before[start:]) + 1
}

// positionTexts feed TestPositions and the seeds of FuzzRolematch: lines of
// different lengths, characters of 1 to 4 bytes, invalid UTF-8, CRLF.
var positionTexts = []string{
	"",
	"Go",
	"Backend Developer\n  with Go; no Java",
	"\n\n\nGo\n",
	"Café: Go, Kafka — and ☃ PostgreSQL 🐘 Python\nnext line: Rust",
	"bad \xff\xfe bytes\xe2\x82 then Go\r\nand Kafka\r\n",
	strings.Repeat("Go, Python and PostgreSQL. ", 200),
}

// TestPositions checks positions.at against slowPosition at every offset of
// each text, asked in increasing order with gaps as mentions come.
func TestPositions(t *testing.T) {
	for _, text := range positionTexts {
		for _, step := range []int{1, 3, 17} {
			p := newPositions(text, 5)
			for off := 0; off <= len(text); off += step {
				if off < len(text) && !utf8.RuneStart(text[off]) && utf8.ValidString(text) {
					continue // mentions start on a character
				}
				line, col := p.at(off)
				wl, wc := slowPosition(text, 5, off)
				if line != wl || col != wc {
					t.Fatalf("%.40q: at(%d) = %d:%d, want %d:%d", text, off, line, col, wl, wc)
				}
			}
		}
	}
}

// TestPositionsLinear: finding the position of every mention on one long
// line looks at each byte once. Counting from the start of the line for each
// mention looked at about n²/20 bytes here (35 s for a 1 MB line).
func TestPositionsLinear(t *testing.T) {
	text := strings.Repeat("Go, Python and PostgreSQL. ", 4000) // 108 kB on one line
	p := newPositions(text, 1)
	for off := 0; off < len(text); off += 10 {
		p.at(off)
	}
	if p.examined > len(text) {
		t.Errorf("examined %d bytes for a text of %d", p.examined, len(text))
	}
}

// jsonReport is what the tests read back from -json.
type jsonReport struct {
	Input    string  `json:"input"`
	Line     int     `json:"line"`
	Role     string  `json:"role"`
	Leaning  float64 `json:"leaning"`
	Mentions []struct {
		ID, Kind, Text, Qualifier string
		Start, End, Line, Column  int
	} `json:"mentions"`
	Roles []struct {
		ID       string  `json:"id"`
		Score    float64 `json:"score"`
		Coverage float64 `json:"coverage"`
	} `json:"roles"`
}

// decodeLines decodes each line of out as one report, failing on anything
// that is not exactly one JSON object per line.
func decodeLines(t testing.TB, out string) []jsonReport {
	t.Helper()
	var reports []jsonReport
	for _, line := range strings.SplitAfter(out, "\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\n") || !strings.HasPrefix(line, "{") {
			t.Fatalf("output line %q is not a JSON object on a line of its own", line)
		}
		var r jsonReport
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v in %q", err, line)
		}
		reports = append(reports, r)
	}
	return reports
}

// With -lines each line is a document: blank lines give no report, a
// mention's offsets are in its line and its line and column in the input.
func TestRunLines(t *testing.T) {
	in := "Go developer\n\n   \nKafka and PostgreSQL\r\nlast line: Python"
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-lines"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	reports := decodeLines(t, out.String())
	var lines []int
	for _, r := range reports {
		lines = append(lines, r.Line)
	}
	if fmt.Sprint(lines) != "[1 4 5]" {
		t.Fatalf("reports on lines %v, want [1 4 5]:\n%s", lines, out.String())
	}
	k := reports[1].Mentions[0]
	if k.ID != "kafka" || k.Start != 0 || k.End != 5 || k.Line != 4 || k.Column != 1 {
		t.Errorf("first mention of line 4 = %+v, want kafka at 0:5, 4:1", k)
	}
	last := reports[2].Mentions[len(reports[2].Mentions)-1]
	if last.Text != "Python" || last.Start != 11 || last.Line != 5 || last.Column != 12 {
		t.Errorf("last mention of line 5 = %+v, want Python at 11, 5:12", last)
	}
	out.Reset()
	if code := run([]string{"-lines"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "== -:4: ") || !strings.Contains(out.String(), "\n4:1 ") {
		t.Errorf("table output does not place line 4:\n%s", out.String())
	}
}

// -max-bytes skips a longer document with an error that names the input,
// the line and the byte offset, and goes on with the next one.
func TestRunMaxBytes(t *testing.T) {
	in := "Go\n" + strings.Repeat("Kafka ", 30) + "\nPython, exactly 16\n"
	var out, errb bytes.Buffer
	code := run([]string{"-json", "-lines", "-max-bytes", "18"}, strings.NewReader(in), &out, &errb)
	if code != 1 {
		t.Errorf("exit %d with a document over -max-bytes, want 1", code)
	}
	if got := decodeLines(t, out.String()); len(got) != 2 || got[0].Line != 1 || got[1].Line != 3 {
		t.Errorf("want reports on lines 1 and 3, got:\n%s", out.String())
	}
	want := "rolematch: -:2: document longer than -max-bytes 18 (it starts at byte offset 3); skipped\n"
	if errb.String() != want {
		t.Errorf("stderr = %q, want %q", errb.String(), want)
	}

	dir := t.TempDir()
	big, small := filepath.Join(dir, "big.md"), filepath.Join(dir, "small.md")
	if err := os.WriteFile(big, []byte(strings.Repeat("Go ", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(small, []byte("Go and Rust"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"-json", "-max-bytes", "11", big, small}, nil, &out, &errb); code != 1 {
		t.Errorf("exit %d with an input over -max-bytes, want 1", code)
	}
	if got := decodeLines(t, out.String()); len(got) != 1 || got[0].Input != small {
		t.Errorf("want one report, on %s, got:\n%s", small, out.String())
	}
	if !strings.Contains(errb.String(), big+":1: document longer than -max-bytes 11") {
		t.Errorf("stderr does not name %s: %s", big, errb.String())
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// A source holds no more than -max-bytes of a document, however long it is:
// a 4 MB line is read through and dropped, and a whole input is read no
// further than the limit.
func TestSourceMemoryBounded(t *testing.T) {
	long := strings.Repeat("Python ", 600_000)
	s := newSource("-", strings.NewReader(long+"\nGo\n"), true, 100, -1)
	var tooLong *tooLongError
	if _, err := s.next(); !errors.As(err, &tooLong) {
		t.Fatalf("next() = %v, want a *tooLongError", err)
	}
	if cap(s.buf) > 1024 {
		t.Errorf("held %d bytes of a line over -max-bytes 100", cap(s.buf))
	}
	if doc, err := s.next(); err != nil || doc.text != "Go" || doc.line != 2 || doc.off != int64(len(long))+1 {
		t.Errorf("next() = %+v, %v; want Go on line 2", doc, err)
	}
	if _, err := s.next(); err != io.EOF {
		t.Errorf("next() at the end = %v, want io.EOF", err)
	}

	cr := &countingReader{r: strings.NewReader(long)}
	s = newSource("-", cr, false, 100, -1)
	if _, err := s.next(); !errors.As(err, &tooLong) {
		t.Fatalf("next() = %v, want a *tooLongError", err)
	}
	if cr.n > 101 {
		t.Errorf("read %d bytes of an input over -max-bytes 100", cr.n)
	}
}

// fuzzDocument is a document as FuzzRolematch expects rolematch to read it.
type fuzzDocument struct {
	text string
	line int // 0 without -lines, as the report says
}

// fuzzDocuments splits stdin as the package doc says: one document, or with
// -lines each line that is not blank, without its "\n" or "\r\n".
func fuzzDocuments(stdin string, lines bool) []fuzzDocument {
	if !lines {
		return []fuzzDocument{{text: stdin}}
	}
	var docs []fuzzDocument
	for i, line := range strings.SplitAfter(stdin, "\n") {
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if len(bytes.TrimSpace([]byte(line))) > 0 {
			docs = append(docs, fuzzDocument{text: line, line: i + 1})
		}
	}
	return docs
}

// jsonText is s as it reads back from JSON, where each invalid byte is
// U+FFFD.
func jsonText(s string) string {
	b, _ := json.Marshal(s)
	var back string
	json.Unmarshal(b, &back)
	return back
}

// FuzzRolematch runs rolematch -json, with and without -lines, on arbitrary
// standard input: it must succeed with one JSON object on a line of its own
// per document, every mention's text, line and column must be right by
// slowPosition, and the decision must hold together (checkJSONDecision).
func FuzzRolematch(f *testing.F) {
	for _, text := range positionTexts {
		f.Add([]byte(text), false)
		f.Add([]byte(text), true)
	}
	f.Add([]byte("Backend Developer\n  with Go; no Java\n\nKafka, PostgreSQL\r\n"), true)
	for _, tc := range decideCases {
		f.Add([]byte(tc.text), false)
		f.Add([]byte(tc.text), true)
	}
	f.Fuzz(func(t *testing.T, stdin []byte, lines bool) {
		args := []string{"-json"}
		if lines {
			args = append(args, "-lines")
		}
		var out, errb bytes.Buffer
		if code := run(args, bytes.NewReader(stdin), &out, &errb); code != 0 || errb.Len() > 0 {
			t.Fatalf("exit %d, stderr %q", code, errb.String())
		}
		reports := decodeLines(t, out.String())
		docs := fuzzDocuments(string(stdin), lines)
		if len(reports) != len(docs) {
			t.Fatalf("%d reports for %d documents:\n%s", len(reports), len(docs), out.String())
		}
		for i, r := range reports {
			doc := docs[i]
			if r.Input != "-" || r.Line != doc.line {
				t.Fatalf("report %d is on %s:%d, want -:%d", i, r.Input, r.Line, doc.line)
			}
			checkJSONDecision(t, r)
			first := max(doc.line, 1)
			for _, m := range r.Mentions {
				if m.Start < 0 || m.Start > m.End || m.End > len(doc.text) {
					t.Fatalf("mention %+v out of a document of %d bytes", m, len(doc.text))
				}
				if want := jsonText(doc.text[m.Start:m.End]); m.Text != want {
					t.Errorf("mention %+v: text %q, want %q", m, m.Text, want)
				}
				if line, col := slowPosition(doc.text, first, m.Start); m.Line != line || m.Column != col {
					t.Errorf("mention %+v at %d:%d, want %d:%d", m, m.Line, m.Column, line, col)
				}
			}
		}
	})
}

// TestJSONWriter: the jsonWriter prints every report byte for byte as
// encoding/json prints the report struct, so the struct stays the
// definition of -json's output. The texts give every field a value that
// is not its zero: a role and none, leanings of both signs, fits that
// differ from coverage.
func TestJSONWriter(t *testing.T) {
	tax := roles.Default()
	texts := append(positionTexts, "Backend engineer: Go, <PostgreSQL> & REST APIs. No PHP.\n\"quoted\" Kafka")
	for _, tc := range decideCases {
		texts = append(texts, tc.text)
	}
	seen := map[string]bool{}
	for _, text := range texts {
		for _, lines := range []bool{false, true} {
			r := analyze(tax, "in<&>.md", document{text: text, line: 3}, lines, "", -1)
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
			if err := newJSONWriter(&got).report(r); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%.30q: jsonWriter printed\n%s\nencoding/json\n%s", text, got.String(), want.String())
			}
			seen["role"] = seen["role"] || r.Role != ""
			seen["no role"] = seen["no role"] || r.Role == "" && len(r.Mentions) > 0
			seen["leaning < 0"] = seen["leaning < 0"] || r.Leaning < 0
			seen["leaning > 0"] = seen["leaning > 0"] || r.Leaning > 0
			seen["fit ≠ coverage"] = seen["fit ≠ coverage"] || len(r.Roles) > 0 && r.Roles[0].Score != r.Roles[0].Coverage
		}
	}
	for _, what := range []string{"role", "no role", "leaning < 0", "leaning > 0", "fit ≠ coverage"} {
		if !seen[what] {
			t.Errorf("no report has %s: the test does not cover that field", what)
		}
	}
}

// decideCases are short postings written for these tests (not texts of the
// evaluation set), one for each kind of answer rolematch prints. They feed
// TestDecideViews, TestGolden, TestJSONWriter and the seeds of
// FuzzRolematch. The checks are on direction (which role, the leaning's
// sign, the order of the output), not on exact fits, which move with the
// data.
var decideCases = []struct {
	name string
	text string
	role string // the role wanted, "" for none
	lean int    // the sign wanted of the leaning: -1 developer, +1 engineer, 0
}{{
	// A back-end posting whose work is the engineer's: a new service's
	// foundation, its architecture and its scale, libraries for others.
	name: "backend-engineer",
	text: `Senior Backend Engineer, Payments Platform
Berlin or remote within Europe
About the role
We are starting a new ledger service, and you will lay its foundations: you will own the
architecture decisions, design the system for ten times today's load, and write the internal
libraries that the other product teams build on.
You bring several years of Go, PostgreSQL and Kafka, and have run services on Kubernetes.
`,
	role: "backend-engineer", lean: +1,
}, {
	// A back-end posting whose work is the developer's: features on the
	// platform that exists, keeping it running, fixing bugs, integrations.
	name: "backend-developer",
	text: `Backend Developer (PHP)
Lyon, hybrid
About the role
Our shop has run on the same Laravel platform for eight years. You will ship features on the
platform we already have, keep the existing product running smoothly, fix bugs reported by our
support team and connect third-party data feeds from our suppliers.
We use PHP 8, Laravel, MySQL and REST APIs.
`,
	role: "backend-developer", lean: -1,
}, {
	// A front-end posting that asks for a little Node.js: it covers part of
	// the back-end roles but is about the front end, and has no leaning.
	name: "frontend",
	text: `Frontend Developer
Amsterdam, full time
About the role
You will build the customer-facing web app of our booking platform in Vue.js and TypeScript,
style it with CSS and bundle it with Webpack. You care about accessibility and responsive
design, and you review your teammates' pull requests.
Nice to have: some Node.js for our small API layer.
`,
	role: "frontend-developer",
}, {
	// A job outside every role whose company paragraph names the firm's
	// technology: no role, and no leaning.
	name: "product-manager",
	text: `Product Manager, Checkout
London, hybrid
About the role
You will own the roadmap of our checkout, talk to customers every week and set priorities with
design and engineering, and you will measure what each release changes for our shoppers.
About us: we are a team of 80, and our platform runs on Python, Docker and Kubernetes, with
REST APIs on AWS.
`,
}}

// sign returns -1, 0 or +1 as x is negative, zero or positive.
func sign(x float64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// checkJSONDecision checks what every -json line must say of its decision:
// the leaning in [-1, 1] and 0 unless the role is back-end, every fit and
// coverage in [0, 1], the roles by fit, highest first, then by ID, and the
// role (when there is one) first among them.
func checkJSONDecision(t testing.TB, r jsonReport) {
	t.Helper()
	if r.Leaning < -1 || r.Leaning > 1 || r.Leaning != 0 && r.Role != developerID && r.Role != engineerID {
		t.Errorf("role %q with leaning %v: want one in [-1, 1], 0 unless back-end", r.Role, r.Leaning)
	}
	for i, ro := range r.Roles {
		if ro.Score < 0 || ro.Score > 1 || ro.Coverage < 0 || ro.Coverage > 1 {
			t.Errorf("role %+v: want a fit and a coverage in [0, 1]", ro)
		}
		if i > 0 && (r.Roles[i-1].Score < ro.Score || r.Roles[i-1].Score == ro.Score && r.Roles[i-1].ID > ro.ID) {
			t.Errorf("roles %+v then %+v: want them by fit, highest first, then by ID", r.Roles[i-1], ro)
		}
	}
	if r.Role != "" && (len(r.Roles) == 0 || r.Roles[0].ID != r.Role) {
		t.Errorf("role %q is not the first of the roles %+v", r.Role, r.Roles)
	}
}

// runOn runs rolematch with args on text and returns its output.
func runOn(t *testing.T, text string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, strings.NewReader(text), &out, &errb); code != 0 {
		t.Fatalf("rolematch %v: exit %d, stderr %s", args, code, errb.String())
	}
	return out.String()
}

// TestDecideViews checks the answer in both views: -json's role, leaning
// and roles, and the table's answer line, then why, the leaning's evidence
// for back-end work, the mentions and the roles, in that order.
func TestDecideViews(t *testing.T) {
	for _, tc := range decideCases {
		t.Run(tc.name, func(t *testing.T) {
			reports := decodeLines(t, runOn(t, tc.text, "-json"))
			if len(reports) != 1 {
				t.Fatalf("%d reports, want 1", len(reports))
			}
			r := reports[0]
			checkJSONDecision(t, r)
			if r.Role != tc.role || sign(r.Leaning) != tc.lean {
				t.Errorf("-json: role %q, leaning %+.2f; want %q and a leaning of sign %+d", r.Role, r.Leaning, tc.role, tc.lean)
			}
			checkTable(t, tc.role, tc.lean, r, runOn(t, tc.text))
		})
	}
}

// whyLine is a line of evidence in the table: weight, concept (kind), where.
var whyLine = regexp.MustCompile(`^  [+-]\d+\.\d\d  .+ \((skill|responsibility|role|occupation)\) +(title|text) \d+:\d+ ".+"( \(\d+ mentions\))?$`)

// checkTable checks the table view of one document against what -json said
// of it (r): the answer first, then the sections in order.
func checkTable(t *testing.T, role string, lean int, r jsonReport, table string) {
	t.Helper()
	lines := strings.Split(table, "\n")
	want := "no role ("
	if role != "" {
		want = fmt.Sprintf("%s %.2f", role, r.Roles[0].Score)
	}
	if len(lines) < 2 || !strings.HasPrefix(lines[1], want) {
		t.Fatalf("the table does not open with %q:\n%s", want, table)
	}
	if words := map[int]string{-1: ", leaning developer -", 1: ", leaning engineer +"}; lean != 0 && !strings.Contains(lines[1], words[lean]) {
		t.Errorf("answer %q does not say %q", lines[1], words[lean])
	}
	sections := []string{"why: ", "leaning: ", "POSITION ", "ROLES (fit: "}
	if role != developerID && role != engineerID {
		sections = slices.Delete(sections, 1, 2)
	}
	at := 1
	for _, s := range sections {
		i := slices.IndexFunc(lines[at:], func(l string) bool { return strings.HasPrefix(l, s) })
		if i < 0 {
			t.Fatalf("no section %q after line %d, or out of order:\n%s", s, at+1, table)
		}
		at += i
	}
	if strings.Contains(table, "\nleaning: ") != (role == developerID || role == engineerID) {
		t.Errorf("the leaning's evidence is shown for a role of %q:\n%s", role, table)
	}
	checkEvidenceLines(t, lines, lean)
}

// checkEvidenceLines checks the lines of the why and leaning sections: each
// names a weight, a concept, title or text and the text matched; toward
// the answer (+) before toward the runner-up (-); and the leaning's
// evidence has a line on the side the leaning takes.
func checkEvidenceLines(t *testing.T, lines []string, lean int) {
	t.Helper()
	section, last := "", ""
	sides := map[string]bool{}
	for _, l := range lines[2:] {
		switch {
		case strings.HasPrefix(l, "why: "), strings.HasPrefix(l, "leaning: "):
			section, last = l[:strings.Index(l, ":")], "+"
			continue
		case !strings.HasPrefix(l, "  ") || section == "":
			section = ""
			continue
		}
		if !whyLine.MatchString(l) {
			t.Errorf("%s line %q is not weight, concept (kind), where", section, l)
		}
		if l[2:3] == "+" && last == "-" {
			t.Errorf("%s line %q toward the answer comes after one toward the runner-up", section, l)
		}
		last = l[2:3]
		sides[section+last] = true
	}
	if lean != 0 && !sides["leaning"+map[int]string{-1: "-", 1: "+"}[lean]] {
		t.Errorf("no leaning evidence on the side of the leaning %+d:\n%s", lean, strings.Join(lines, "\n"))
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares both views of each of decideCases with
// testdata/NAME.golden (the table) and testdata/NAME.json.golden; -update
// rewrites them.
func TestGolden(t *testing.T) {
	for _, tc := range decideCases {
		for _, view := range []struct{ file, flag string }{{".golden", ""}, {".json.golden", "-json"}} {
			var args []string
			if view.flag != "" {
				args = append(args, view.flag)
			}
			got := runOn(t, tc.text, args...)
			file := filepath.Join("testdata", tc.name+view.file)
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		}
	}
}

// TestAnswer checks the wording of the answer line on decisions made by
// hand, among them one that the embedded data cannot give yet: a title
// that names an occupation outside the roles.
func TestAnswer(t *testing.T) {
	occupation := roles.Signal{Concept: roles.Concept{Kind: roles.KindOccupation, ID: "product-manager", Name: "Product Manager"},
		Weight: 5, Title: true}
	docker := roles.Signal{Concept: roles.Concept{Kind: roles.KindSkill, ID: "docker", Name: "Docker"}, Weight: -0.5}
	closest := []roles.RoleFit{{Role: "devops-engineer", Fit: 0.04}}
	for _, tc := range []struct {
		why  string
		d    roles.Decision
		want string
	}{
		{"the engineer's work", roles.Decision{Role: engineerID, Confidence: 0.834, Leaning: 0.42},
			"backend-engineer 0.83, leaning engineer +0.42"},
		{"the developer's work", roles.Decision{Role: engineerID, Confidence: 0.6, Leaning: -0.2},
			"backend-engineer 0.60, leaning developer -0.20"},
		{"a leaning that rounds to 0 names no side", roles.Decision{Role: developerID, Confidence: 0.7, Leaning: 0.004},
			"backend-developer 0.70, leaning neither way 0.00"},
		{"no leaning outside back-end work", roles.Decision{Role: "frontend-developer", Confidence: 0.95},
			"frontend-developer 0.95"},
		{"an occupation in the title", roles.Decision{Confidence: 0.91, Roles: closest, Evidence: []roles.Signal{occupation, docker}},
			"no role (0.91): the title names Product Manager, a job outside the roles; the closest role is devops-engineer at 0.04"},
		{"too little of any role", roles.Decision{Confidence: 0.45, Roles: closest, Evidence: []roles.Signal{docker}},
			"no role (0.45): the text shows too little of any role; the closest role is devops-engineer at 0.04"},
	} {
		if got := answer(tc.d); got != tc.want {
			t.Errorf("%s: answer = %q, want %q", tc.why, got, tc.want)
		}
	}
}

// TestRunLang checks that -lang prints the names of concepts in the
// language given, falling back to the primary language, and finds what it
// finds without it.
func TestRunLang(t *testing.T) {
	const posting = "Backend-Entwickler (m/w/d)\n\nDu übernimmst die Wartung und Weiterentwicklung bestehender Anwendungen mit Go und PostgreSQL."
	runJSON := func(args ...string) (out string, r struct {
		Roles []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"roles"`
		Mentions []struct {
			ID   string `json:"id"`
			Lang string `json:"lang"`
		} `json:"mentions"`
	}) {
		t.Helper()
		var b, errb bytes.Buffer
		if code := run(append([]string{"-json"}, args...), strings.NewReader(posting), &b, &errb); code != 0 {
			t.Fatalf("%q: exit %d, stderr %s", args, code, errb.String())
		}
		if err := json.Unmarshal(b.Bytes(), &r); err != nil {
			t.Fatalf("%v in %s", err, b.String())
		}
		return b.String(), r
	}
	_, en := runJSON()
	_, de := runJSON("-lang", "de-AT")
	if diff := cmp.Diff(en.Mentions, de.Mentions); diff != "" {
		t.Errorf("-lang changed the mentions (-without +with):\n%s", diff)
	}
	langs := map[string]string{}
	for _, m := range de.Mentions {
		langs[m.ID] = m.Lang
	}
	if langs["backend-developer"] != "de" || langs["go"] != "" {
		t.Errorf("mention languages %v: want de for the German title, none for Go", langs)
	}
	names := map[string]string{}
	for _, r := range de.Roles {
		names[r.ID] = r.Name
	}
	tx := roles.Default()
	for id, want := range map[string]string{"backend-developer": "Backend-Entwickler", "backend-engineer": "Backend-Ingenieur"} {
		if names[id] != want {
			t.Errorf("-lang de-AT: role %s named %q, want %q", id, names[id], want)
		}
		if r, _ := tx.Role(id); r.NameIn("de") != want {
			t.Errorf("the taxonomy's German name of %s is %q, not %q", id, r.NameIn("de"), want)
		}
	}

	var table, errb bytes.Buffer
	if code := run([]string{"-lang", "de"}, strings.NewReader(posting), &table, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	if !strings.Contains(table.String(), "Backend-Entwickler (role)") {
		t.Errorf("the table's why does not name the role in German:\n%s", table.String())
	}
}

// TestRunLangBadTag checks that a malformed -lang tag stops rolematch with
// the package's word for it.
func TestRunLangBadTag(t *testing.T) {
	var errb bytes.Buffer
	if code := run([]string{"-lang", "German"}, strings.NewReader("Go"), io.Discard, &errb); code != 2 ||
		!strings.Contains(errb.String(), `"German" is not a language tag`) {
		t.Errorf("-lang German: exit %d, stderr %q; want 2 and the tag's problem", code, errb.String())
	}
}

// TestRolesFlag: -roles N prints the first N roles of the full list, in
// JSON and in the table, 0 prints none, and nothing else changes.
func TestRolesFlag(t *testing.T) {
	text := decideCases[0].text
	all := jsonFields(t, runOn(t, text, "-json"))
	var allRoles []json.RawMessage
	if err := json.Unmarshal([]byte(all["roles"]), &allRoles); err != nil || len(allRoles) < 3 {
		t.Fatalf("-json roles: %v, %d roles", err, len(allRoles))
	}
	for _, n := range []int{0, 1, 2, len(allRoles), len(allRoles) + 5} {
		got := jsonFields(t, runOn(t, text, "-json", "-roles", fmt.Sprint(n)))
		want := maps.Clone(all)
		kept := allRoles[:min(n, len(allRoles))]
		roles, err := json.Marshal(kept)
		if err != nil {
			t.Fatal(err)
		}
		want["roles"] = string(roles)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("-json -roles %d (-want +got):\n%s", n, diff)
		}
		table := runOn(t, text, "-roles", fmt.Sprint(n))
		if has := strings.Contains(table, "\nROLES ("); has != (n > 0) {
			t.Errorf("-roles %d: the table has ROLES: %v, want %v", n, has, n > 0)
		}
		if lines := strings.Count(table, "  fit "); lines != len(kept) {
			t.Errorf("-roles %d: the table lists %d roles, want %d", n, lines, len(kept))
		}
	}
	var stderr bytes.Buffer
	if code := run([]string{"-roles", "-2"}, strings.NewReader(text), io.Discard, &stderr); code != 2 ||
		!strings.Contains(stderr.String(), "rolematch: -roles -2: want -1 (all), 0 (none) or more") {
		t.Errorf("-roles -2: exit %d, stderr %q; want 2 and the error", code, stderr.String())
	}
}
