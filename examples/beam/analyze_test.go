package main

import (
	"context"
	"strings"
	"testing"
)

// TestAnalyzeErrorLocated checks that a record that makes the analysis
// fail is named in the error with where it was read: here a panic, of an
// analysis without its taxonomy.
func TestAnalyzeErrorLocated(t *testing.T) {
	rec := record{ID: "r7", Text: "Go", Source: "in/part-3.jsonl:12"}
	err := (&analyzeFn{}).ProcessElement(context.Background(), rec, func(string) {}, func(facts) {})
	want := `beam: in/part-3.jsonl:12: record "r7": panic: `
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want one starting %q", err, want)
	}
}
