// Command beam runs the roles library over many postings or resumes as an
// Apache Beam pipeline: locally on the SDK's prism runner, or on Dataflow,
// Flink or any portable runner without a change to the code.
//
// Usage:
//
//	go run . -input 'postings/*.jsonl' -output out/run [-runner prism] [-shards N] [-top N]
//
// -input is a glob (a local path, or gs:// or s3:// on a cloud runner).
// When it ends in .jsonl, .ndjson, .jsonl.gz or .ndjson.gz, each line of
// each file is a record {"id": ..., "text": ...} ("id" a string or a
// number); otherwise each file is one record, whose ID is its path under
// the glob's directory, the part of the glob before its first wildcard up to
// the last "/" (with -input 'data/*/*.txt', data/a/posting.txt is
// "a/posting.txt"; with 'data/*.txt', data/posting.txt is "posting.txt").
// "*" and "**" match within one directory level on local and s3:// paths
// (filepath.Glob); only gs:// paths match "**" across levels. Each record is scanned once (roles.Taxonomy.Extract), decided
// (DecideMentions) and ranked (RankMentions) on the embedded taxonomy.
//
// -output is a prefix; the pipeline writes
//
//	PREFIX-results-SSSSS-of-NNNNN.jsonl  one line per record (see result), in -shards files
//	PREFIX-roles.jsonl                   {"role","records"}: how many records each role decided ("" for no role)
//	PREFIX-skills.jsonl                  {"role","skill","required","preferred","negated"}: in how many
//	                                     records of each decided role each skill is mentioned so
//	PREFIX-separating.jsonl              the -top skills whose share of records differs most
//	                                     between backend-developer and backend-engineer, largest first
//	PREFIX-errors.txt                    malformed JSONL records, one per line, as FILE:LINE: what is
//	                                     wrong: the line's first 80 bytes (only when there are some)
//
// A shard that receives no record writes no file. The runner is chosen by
// -runner (prism, the local runner, by default; dataflow; universal for
// Flink's job server): see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

var (
	input  = flag.String("input", "", "glob of the input files: JSONL (.jsonl, .ndjson, optionally .gz), or text files, one record each, whose ID is the path under the glob's directory (the part before the first wildcard, up to the last /); ** crosses directories only on gs://")
	output = flag.String("output", "", "prefix of the output files")
	shards = flag.Int("shards", 4, "number of files the results are written to")
	top    = flag.Int("top", 20, "number of skills listed in PREFIX-separating.jsonl")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("beam: -input and -output are required")
	}
	if w := globWarning(*input); w != "" {
		log.Print(w)
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, options{Input: *input, Output: *output, Shards: *shards, Top: *top})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: pipeline failed: %v", err)
	}
}

// globWarning is a warning about a glob that matches fewer files than it
// seems to, or "": "**" matches across directory levels only on GCS; the
// local and S3 file systems of the SDK match it as "*", within one level.
func globWarning(glob string) string {
	if !strings.Contains(glob, "**") || strings.HasPrefix(glob, "gs://") {
		return ""
	}
	return fmt.Sprintf("beam: warning: -input %q: ** matches within one directory level here, as * does (only gs:// paths match ** across levels): write the levels out ('data/*/*.txt', 'data/*/*/*.txt')", glob)
}
