package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// writeSharded writes the lines of col to shards files named
// prefix-SSSSS-of-NNNNN.jsonl, so that many workers write at once (textio.Write
// writes one file from one worker). A shard without lines writes no file.
func writeSharded(s beam.Scope, prefix string, shards int, col beam.PCollection) {
	shards = max(shards, 1)
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys each line by its shard: a hash of the line, so that a retried
// bundle puts it in the same shard.
type shardFn struct {
	Shards int
}

// ProcessElement keys line by its shard.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Prefix string
	Shards int
}

// ProcessElement writes the file of shard.
func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		buf.WriteString(line)
		buf.WriteByte('\n')
	}
	if err := buf.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("beam: writing %s: %v", name, err)
	}
	return w.Close()
}
