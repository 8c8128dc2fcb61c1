package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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
		Roles []struct {
			ID      string   `json:"id"`
			Score   float64  `json:"score"`
			Matched []string `json:"matched"`
			Missing []string `json:"missing"`
		} `json:"roles"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	// Every role of the taxonomy is listed; the two back-end roles, which a
	// back-end posting shows, come first with matches, and the contrast roles
	// follow with lower scores (zero when the text shows none of their skills).
	if n := len(roles.Default().Roles()); len(r.Roles) != n {
		t.Fatalf("got %d roles, want all %d: %+v", len(r.Roles), n, r.Roles)
	}
	if r.Roles[0].ID != "backend-engineer" || r.Roles[1].ID != "backend-developer" {
		t.Fatalf("roles = %+v, want backend-engineer, then backend-developer, first", r.Roles)
	}
	for i, ro := range r.Roles {
		if ro.Score < 0 || ro.Score > 1 || ro.Missing == nil {
			t.Errorf("role %+v: want a score in [0, 1] and a missing list", ro)
		}
		if i < 2 && (ro.Score <= 0 || len(ro.Matched) == 0) {
			t.Errorf("back-end role %+v: want a positive score and matched IDs", ro)
		}
		if i >= 2 && ro.Score >= r.Roles[1].Score {
			t.Errorf("contrast role %+v scores at least backend-developer's %v", ro, r.Roles[1].Score)
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
	Input    string `json:"input"`
	Line     int    `json:"line"`
	Mentions []struct {
		ID, Kind, Text, Qualifier string
		Start, End, Line, Column  int
	} `json:"mentions"`
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
// per document, and every mention's text, line and column must be right by
// slowPosition.
func FuzzRolematch(f *testing.F) {
	for _, text := range positionTexts {
		f.Add([]byte(text), false)
		f.Add([]byte(text), true)
	}
	f.Add([]byte("Backend Developer\n  with Go; no Java\n\nKafka, PostgreSQL\r\n"), true)
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
// definition of -json's output.
func TestJSONWriter(t *testing.T) {
	tax := roles.Default()
	for _, text := range append(positionTexts, "Backend engineer: Go, <PostgreSQL> & REST APIs. No PHP.\n\"quoted\" Kafka") {
		for _, lines := range []bool{false, true} {
			r := analyze(tax, "in<&>.md", document{text: text, line: 3}, lines)
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
		}
	}
}
