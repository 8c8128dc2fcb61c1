package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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
	if len(r.Roles) != 2 || r.Roles[0].ID != "backend-engineer" {
		t.Fatalf("roles = %+v, want both roles, backend-engineer first", r.Roles)
	}
	for _, ro := range r.Roles {
		if ro.Score <= 0 || ro.Score > 1 || len(ro.Matched) == 0 || ro.Missing == nil {
			t.Errorf("role %+v: want a score in (0, 1], matched IDs and a missing list", ro)
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
