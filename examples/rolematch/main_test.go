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
