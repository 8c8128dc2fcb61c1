package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
