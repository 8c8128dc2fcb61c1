package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openroles/roles"
)

var throughput = flag.Int("beam.records", 0, "with N > 0, TestThroughput runs the pipeline on N generated JSONL records and logs its speed")

// TestThroughput measures the pipeline on the local runner: N records, each
// made of paragraphs drawn from different sample documents, so that no two
// are alike. It logs records/s and MB/s of the whole run (start-up
// included), beside one core running the same analysis in a loop.
func TestThroughput(t *testing.T) {
	if *throughput <= 0 {
		t.Skip("set -beam.records N to measure")
	}
	var paras []string
	for _, text := range inputs(t) {
		for _, p := range strings.Split(text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	slices.Sort(paras)
	in := filepath.Join(t.TempDir(), "records.jsonl")
	recs, size := generate(t, in, paras, *throughput)

	start := time.Now()
	run(t, options{Input: in, Output: filepath.Join(t.TempDir(), "run"), Shards: 4, Top: 20})
	d := time.Since(start)
	t.Logf("pipeline (prism): %d records, %.1f MB in %v: %.0f records/s, %.2f MB/s",
		len(recs), float64(size)/1e6, d.Round(time.Millisecond), float64(len(recs))/d.Seconds(), float64(size)/1e6/d.Seconds())

	start = time.Now()
	tax := roles.Default()
	for _, r := range recs {
		analyze(tax, r)
	}
	d = time.Since(start)
	t.Logf("library, one core: %.0f records/s, %.2f MB/s", float64(len(recs))/d.Seconds(), float64(size)/1e6/d.Seconds())
}

// generate writes n records of 3 to 8 paragraphs each to path.
func generate(t *testing.T, path string, paras []string, n int) ([]record, int) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	rng := rand.New(rand.NewPCG(17, 17))
	recs, size := make([]record, 0, n), 0
	for i := range n {
		k := 3 + rng.IntN(6)
		parts := make([]string, k)
		for j := range parts {
			parts[j] = paras[rng.IntN(len(paras))]
		}
		r := record{ID: fmt.Sprintf("r%07d", i), Text: strings.Join(parts, "\n\n")}
		line, _ := json.Marshal(map[string]string{"id": r.ID, "text": r.Text})
		w.Write(append(line, '\n'))
		recs, size = append(recs, r), size+len(r.Text)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return recs, size
}
