package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/openroles/roles"
)

// benchRecords names a JSON Lines file for BenchmarkRecords, such as one
// written by the root package's generator:
//
//	go test -run TestWriteBenchJSONL -benchjsonl /tmp/r.jsonl -benchjsonl-size 30MB ../..
//	go test -run '^$' -bench Records -benchmem -records /tmp/r.jsonl .
var benchRecords = flag.String("records", "", "JSON Lines `file` of records for BenchmarkRecords (default: the documents of ../../testdata/bench)")

// loadBenchRecords returns the records of -records, or one record per
// document of the benchmark corpus, their texts and the texts' total size.
func loadBenchRecords(b *testing.B) (raw, texts []string, textBytes int64) {
	b.Helper()
	if *benchRecords == "" {
		files, err := filepath.Glob("../../testdata/bench/*")
		if err != nil || len(files) == 0 {
			b.Fatalf("no benchmark corpus: %v", err)
		}
		for i, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, recordLine(i+1, string(data)))
		}
	} else {
		f, err := os.Open(*benchRecords)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			if len(bytes.TrimSpace(sc.Bytes())) > 0 {
				raw = append(raw, sc.Text())
			}
		}
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
	}
	for _, r := range raw {
		_, text, what := parseRecord(r, "id", "text")
		if what != "" {
			b.Fatalf("record %.40q: %s", r, what)
		}
		texts = append(texts, text)
		textBytes += int64(len(text))
	}
	return raw, texts, textBytes
}

// BenchmarkRecords measures what -jsonl does to each record on one
// goroutine (decode it, analyze it, write its JSON line), as it is and
// with -roles 0 (no ranking), beside its yardstick in the same run:
// Extract alone on the same texts. Each goes through every record once per
// iteration and counts the texts' bytes, so their MB/s compare directly;
// issue 17 asks -jsonl to be within 10% of Extract.
func BenchmarkRecords(b *testing.B) {
	raw, texts, size := loadBenchRecords(b)
	tax := roles.Default()
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for range b.N {
			for _, t := range texts {
				tax.Extract(t)
			}
		}
	})
	for _, bc := range []struct {
		name   string
		nroles int
	}{{"jsonl", -1}, {"jsonl-roles-0", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			c := &cli{tax: tax, idField: "id", textField: "text", nroles: bc.nroles}
			var jw jsonWriter
			b.SetBytes(size)
			b.ReportAllocs()
			for range b.N {
				for i, r := range raw {
					if c.analyzeRecord(&jw, &record{input: "bench.jsonl", line: i + 1, raw: r}) == nil {
						b.Fatal("no output")
					}
				}
			}
		})
	}
}

// recordLine is the JSON Lines record {"id":id,"text":text}.
func recordLine(id int, text string) string {
	t, err := json.Marshal(text)
	if err != nil {
		panic(err) // a string always marshals
	}
	return fmt.Sprintf(`{"id":%d,"text":%s}`, id, t)
}
