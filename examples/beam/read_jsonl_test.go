package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
)

// readPieces runs fn over file, one restriction after another, and returns
// what it emits: each record as "SOURCE ID", and each error.
func readPieces(t *testing.T, fn *readJSONLFn, file fileio.ReadableFile, rests []offsetrange.Restriction) []string {
	t.Helper()
	var out []string
	emit := func(r record) { out = append(out, r.Source+" "+r.ID) }
	bad := func(s string) { out = append(out, s) }
	for _, rest := range rests {
		rt := sdf.NewLockRTracker(offsetrange.NewTracker(rest))
		if err := fn.ProcessElement(context.Background(), rt, file, emit, bad); err != nil {
			t.Fatalf("restriction %v: %v", rest, err)
		}
		if !rt.IsDone() {
			t.Fatalf("restriction %v: not done (%v)", rest, rt.GetError())
		}
	}
	return out
}

// smallJSONL writes to dir/name (gzipped when name ends in .gz) a few
// records among a blank line, a malformed line and a last line without its
// newline, and returns the file and what reading it must emit.
func smallJSONL(t *testing.T, dir, name string) (fileio.ReadableFile, []string) {
	t.Helper()
	path := filepath.Join(dir, name)
	lines := []string{`{"id": "a", "text": "Go"}`, ``, `{"id": 2, "text": "a longer text, about Kubernetes and Terraform"}`,
		`{"id": "b"`, `{"id": "c", "text": ""}` + "\r", `{"id": "d", "text": "x"}`}
	data := []byte(strings.Join(lines, "\n"))
	if strings.HasSuffix(name, ".gz") {
		data = gzipped(t, data)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{path + ":1 a", path + ":3 2", path + `:4: not a JSON object: unexpected end of JSON input: "{\"id\": \"b\""`, path + ":5 c", path + ":6 d"}
	return fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(data))}}, want
}

// TestReadJSONLPieces cuts a file in two at every byte, and into blocks of
// every size, and checks that the pieces read every line once, with its
// number: a plain file by the lines that start in each piece, a gzipped one
// whole by the piece that holds its last byte.
func TestReadJSONLPieces(t *testing.T) {
	for _, name := range []string{"small.jsonl", "small.jsonl.gz"} {
		file, want := smallJSONL(t, t.TempDir(), name)
		size := file.Metadata.Size
		for k := range size + 1 {
			halves := []offsetrange.Restriction{{Start: 0, End: k}, {Start: k, End: size}}
			if got := readPieces(t, &readJSONLFn{}, file, halves); !slices.Equal(got, want) {
				t.Errorf("%s cut at %d:\n got %q\nwant %q", name, k, got, want)
			}
		}
		for block := int64(1); block <= size; block++ {
			fn := &readJSONLFn{Block: block}
			rests := fn.SplitRestriction(file, fn.CreateInitialRestriction(file))
			if got := readPieces(t, fn, file, rests); !slices.Equal(got, want) {
				t.Errorf("%s in blocks of %d (%v):\n got %q\nwant %q", name, block, rests, got, want)
			}
		}
	}
}

// TestReadJSONLLongerThanListed checks that a file holding more than its
// listed size fails rather than lose its lines past that size, as a
// gzipped object that GCS serves decompressed would.
func TestReadJSONLLongerThanListed(t *testing.T) {
	file, _ := smallJSONL(t, t.TempDir(), "small.jsonl")
	file.Metadata.Size = 30 // inside line 3
	fn := &readJSONLFn{}
	rt := sdf.NewLockRTracker(offsetrange.NewTracker(fn.CreateInitialRestriction(file)))
	var got []string
	err := fn.ProcessElement(context.Background(), rt, file, func(r record) { got = append(got, r.ID) }, func(string) {})
	want := fmt.Sprintf("beam: %s holds more than the 30 bytes it was listed with", file.Metadata.Path)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want one starting %q (records read: %q)", err, want, got)
	}
}
