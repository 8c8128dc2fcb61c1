package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runResume(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunJSONResume(t *testing.T) {
	posting := filepath.Join(t.TempDir(), "posting.txt")
	if err := os.WriteFile(posting, []byte("Backend Engineer\n\nWe need Go and Rust; Kafka is a plus."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runResume(t, "-posting", posting, "../../testdata/jsonresume/backend.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Headline: Backend Engineer\n",
		"  go                           level 4 ",
		`Not in the taxonomy: /skills/1/keywords/3: unknown skill "Storybook"`,
		"\nDecision: backend-developer (confidence ",
		"\nBackend Developer: 0.",
		"Against the posting " + posting + ":\n  - Rust ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	after := out[strings.Index(out, "Against the posting"):]
	if strings.Contains(after, "  - Go ") || strings.Contains(after, "Kafka") {
		t.Errorf("the resume shows Go and Kafka, yet they are gaps:\n%s", after)
	}
}

func TestRunErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"skills": [{"keywords": [1]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{bad}, 1, "roles: invalid JSON Resume: /skills/0/keywords/0: a number is not a string"},
		{[]string{"-posting", bad, "../../testdata/resumes/nurse.txt"}, 2, "-posting needs a JSON Resume document"},
		{[]string{"a", "b"}, 2, "usage:"},
		{[]string{"-jsonresume", "no-such-file"}, 1, "no-such-file"},
	}
	for _, tt := range tests {
		code, _, errs := runResume(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

// TestRunText: plain text is ranked as before, the sample when no file is
// named.
func TestRunText(t *testing.T) {
	code, out, errs := runResume(t)
	if code != 0 || !strings.HasPrefix(out, sample) || !strings.Contains(out, "\nBackend Developer: ") || !strings.Contains(out, "(learn: ") {
		t.Errorf("exit %d, stderr %q, output:\n%s", code, errs, out)
	}
}
