package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openroles/roles"
)

// largeSize is the size of the inputs of TestLargeInput, decompressed:
// more than the 64 MB blocks that textio splits files in, and than the
// compressed size of the same data (which is what textio read of it).
const largeSize = 70 << 20

// filler is text without a skill, a role or a responsibility of the
// taxonomy, to make records long and cheap to analyse.
const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. "

// largeRecord is the text of record i of TestLargeInput: a line that names
// a role and two skills, and n bytes of filler.
func largeRecord(i, n int) string {
	head := fmt.Sprintf("Record %d. Backend engineer: Go and PostgreSQL required.\n\n", i)
	return head + strings.Repeat(filler, n/len(filler))
}

// writeGzip writes to path, gzipped, what write writes.
func writeGzip(t *testing.T, path string, write func(w *bufio.Writer)) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	w := bufio.NewWriter(zw)
	write(w)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestLargeInput runs the pipeline on a gzipped JSONL file and a gzipped
// text file of 70 MB each (decompressed), and checks that every record is
// read, whole, and that a malformed line past 64 MB is reported with its
// line number. With -short, it is skipped.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 140 MB of input")
	}
	in, out := t.TempDir(), t.TempDir()
	const recSize = 100 << 10
	n := largeSize / recSize
	jsonl := filepath.Join(in, "records.jsonl.gz")
	writeGzip(t, jsonl, func(w *bufio.Writer) {
		for i := range n {
			line, _ := json.Marshal(map[string]any{"id": i, "text": largeRecord(i, recSize)})
			fmt.Fprintf(w, "%s\n", line)
		}
		fmt.Fprintf(w, "{\"id\": \"last\"}\n")
	})
	o := options{Input: jsonl, Output: filepath.Join(out, "jsonl"), Shards: 2, Top: 10}
	run(t, o)
	var ids []string
	for _, line := range readLines(t, o.Output+"-results-*-of-*.jsonl") {
		var r struct{ ID string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	if slices.Sort(ids); len(ids) != n || ids[0] != "0" || !slices.Equal(slices.Compact(ids), ids) {
		t.Errorf("%d records written (%d distinct), want %d", len(ids), len(slices.Compact(ids)), n)
	}
	wantBad := []string{fmt.Sprintf(`%s:%d: no "text" string: "{\"id\": \"last\"}"`, jsonl, n+1)}
	if got := readLines(t, o.Output+"-errors.txt"); !slices.Equal(got, wantBad) {
		t.Errorf("errors:\n got %q\nwant %q", got, wantBad)
	}

	text := filepath.Join(in, "posting.txt.gz")
	big := largeRecord(0, largeSize)
	writeGzip(t, text, func(w *bufio.Writer) { w.WriteString(big) })
	o = options{Input: filepath.Join(in, "*.txt.gz"), Output: filepath.Join(out, "text"), Shards: 1, Top: 10}
	run(t, o)
	ms := roles.Extract(big)
	got := readLines(t, o.Output+"-results-*-of-*.jsonl")
	var r result
	if len(got) != 1 || json.Unmarshal([]byte(got[0]), &r) != nil || r.ID != "posting.txt.gz" || !slices.Equal(r.Mentions, ms) {
		t.Errorf("text file of %d bytes: got %d results, the first %.200q; want one, with the ID posting.txt.gz and %d mentions", len(big), len(got), got, len(ms))
	}
}
