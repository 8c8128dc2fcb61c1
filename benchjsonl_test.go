package roles

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
)

// benchJSONL and benchJSONLSize make TestWriteBenchJSONL write a large
// JSON Lines input for rolematch -jsonl, as in
//
//	go test -run TestWriteBenchJSONL -benchjsonl /tmp/big.jsonl -benchjsonl-size 1GB .
var (
	benchJSONL     = flag.String("benchjsonl", "", "write generated postings and resumes as JSON Lines records to `file` (TestWriteBenchJSONL)")
	benchJSONLSize = flag.String("benchjsonl-size", "1GB", "the least size of the -benchjsonl file: a number of bytes with KB, MB or GB (powers of 1000)")
)

// writeBenchJSONL writes records {"id": n, "text": doc} of distinct
// documents of the benchmark corpus's generator, one per line, until size
// bytes are written. Distinct by a 64-bit hash: it holds 8 bytes per
// document, not the documents.
func writeBenchJSONL(w io.Writer, parts benchParts, t *Taxonomy, size int64) (records int, err error) {
	g := newCorpusGen(parts, t, 1)
	bw := bufio.NewWriterSize(w, 1<<20)
	seed, seen := maphash.MakeSeed(), map[uint64]bool{}
	var line bytes.Buffer
	for written := int64(0); written < size; {
		d := g.doc()
		h := maphash.String(seed, d)
		if seen[h] {
			continue
		}
		seen[h] = true
		text, _ := json.Marshal(d)
		line.Reset()
		fmt.Fprintf(&line, `{"id":%d,"text":%s}`+"\n", records+1, text)
		if _, err := bw.Write(line.Bytes()); err != nil {
			return records, err
		}
		written += int64(line.Len())
		records++
	}
	return records, bw.Flush()
}

// parseSize reads "1GB", "300MB", "64KB" or a number of bytes.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KB": 1e3, "MB": 1e6, "GB": 1e9} {
		if strings.HasSuffix(s, suffix) {
			s, mult = strings.TrimSuffix(s, suffix), m
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("roles: size %q: want a number of bytes, KB, MB or GB", s)
	}
	return n * mult, nil
}

// TestWriteBenchJSONL writes the -benchjsonl file when the flag names
// one; else it writes 2 MB to a temporary file and checks it: every line a
// record with the next ID and a text, texts distinct, the size reached.
func TestWriteBenchJSONL(t *testing.T) {
	path, sizeFlag := *benchJSONL, *benchJSONLSize
	if path == "" {
		path, sizeFlag = t.TempDir()+"/small.jsonl", "2MB"
	}
	size, err := parseSize(sizeFlag)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := writeBenchJSONL(f, readBenchParts(t), Default(), size)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d records in %s", n, path)
	if *benchJSONL != "" {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(data)) < size {
		t.Errorf("%d bytes, want at least %d", len(data), size)
	}
	seen := map[string]bool{}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		var r struct {
			ID   int    `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil || r.ID != i+1 || r.Text == "" || seen[r.Text] {
			t.Fatalf("line %d: %.80s: want a record with ID %d and a new text (%v)", i+1, line, i+1, err)
		}
		seen[r.Text] = true
	}
	if len(seen) != n {
		t.Errorf("%d records read, %d written", len(seen), n)
	}
}
