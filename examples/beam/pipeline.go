package main

import (
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// options are what build needs of the command line.
type options struct {
	Input  string // glob of the input files
	Output string // prefix of the output files
	Shards int    // number of results files
	Top    int    // number of separating skills listed
	Block  int64  // bytes per block of an uncompressed JSONL file (blockSize when 0; tests make it small)
}

// isJSONL reports whether the files of glob hold JSON Lines records rather
// than one record each.
func isJSONL(glob string) bool {
	glob = strings.TrimSuffix(glob, ".gz")
	return strings.HasSuffix(glob, ".jsonl") || strings.HasSuffix(glob, ".ndjson")
}

// build adds the whole pipeline to s: read, analyse, write the results,
// and the aggregates.
func build(s beam.Scope, o options) {
	recs, bad := readRecords(s.Scope("read"), o.Input, o.Block)
	if bad.IsValid() {
		textio.Write(s.Scope("write errors"), o.Output+"-errors.txt", bad)
	}
	results, facts := beam.ParDo2(s.Scope("analyse"), &analyzeFn{}, recs)
	writeSharded(s.Scope("write results"), o.Output+"-results", o.Shards, results)
	aggregate(s.Scope("aggregates"), o, facts)
}

// readRecords reads the records of the files that glob matches, lines of
// JSONL files or whole text files, and, for JSONL, the errors of the lines
// that are not records (text files have no such errors: bad is invalid).
// block is the size of the blocks an uncompressed JSONL file is read in
// (blockSize when 0). A glob without "*" must match a file (fileio's
// default); one with "*" may match none.
func readRecords(s beam.Scope, glob string, block int64) (recs, bad beam.PCollection) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	if isJSONL(glob) {
		return beam.ParDo2(s, &readJSONLFn{Block: block}, files)
	}
	return beam.ParDo(s, &readTextFn{Dir: globDir(glob)}, files), beam.PCollection{}
}

// aggregate counts what the facts of the records say: records per decided
// role, skills per role and qualifier, and the skills that separate the two
// back-end roles.
func aggregate(s beam.Scope, o options, facts beam.PCollection) {
	roleCounts := stats.Count(s, beam.ParDo(s, roleOf, facts))
	textio.Write(s, o.Output+"-roles.jsonl", beam.ParDo(s, formatRoleCount, roleCounts))

	uses := beam.ParDo(s, usesOf, facts)
	perSkill := beam.CombinePerKey(s, &qualifierCountFn{}, uses)
	textio.Write(s, o.Output+"-skills.jsonl", beam.ParDo(s, formatSkillCount, perSkill))

	backend := beam.ParDo(s, backendOf, facts)
	sep := beam.Combine(s, &separateFn{Top: o.Top}, backend)
	textio.Write(s, o.Output+"-separating.jsonl", sep)
}
