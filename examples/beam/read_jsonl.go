package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn5x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(record), func(string), error](&readJSONLFn{})
}

// blockSize is the size of the blocks that the readers of an uncompressed
// JSONL file share out, the size textio uses.
const blockSize int64 = 64 << 20

// readJSONLFn reads the records of JSONL files, one a line, lines numbered
// from 1; a line that is not a record goes to the errors as FILE:LINE, what
// is wrong, and the line's first 80 bytes.
//
// It is a splittable DoFn over the byte offsets of a file, as textio.Read
// is, with two differences. It counts lines, so that every record knows
// where it came from. And it reads a gzipped file whole, in one piece:
// textio measures a gzipped file by its compressed size but claims the
// offsets of its decompressed lines, so it stops once those pass the
// compressed size, dropping the rest of the file (most of it) without a
// word. A gzip stream cannot be entered in the middle, so a gzipped file
// is never split, and one large file is read by one worker.
type readJSONLFn struct {
	Block int64 // bytes per block of an uncompressed file; blockSize when 0
}

// compressed reports whether file is read through gzip, which fileio
// decides by the extension.
func compressed(file fileio.ReadableFile) bool {
	return filepath.Ext(file.Metadata.Path) == ".gz"
}

// CreateInitialRestriction covers the whole file, by its size on disk.
func (f *readJSONLFn) CreateInitialRestriction(file fileio.ReadableFile) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: file.Metadata.Size}
}

// SplitRestriction cuts an uncompressed file into blocks, merging a last
// block smaller than a quarter into the one before (as textio does), and
// leaves a compressed file whole.
func (f *readJSONLFn) SplitRestriction(file fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if compressed(file) {
		return []offsetrange.Restriction{rest}
	}
	block := cmp.Or(f.Block, blockSize)
	splits := rest.SizedSplits(block)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start <= block/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the bytes of the file that rest covers.
func (f *readJSONLFn) RestrictionSize(_ fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

// CreateTracker tracks the offsets claimed in rest.
func (f *readJSONLFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement reads the lines of file that start in the restriction of
// rt, or, for a compressed file, all its lines if the restriction holds the
// file's last byte (so that, however a runner splits it, one reader reads
// the file, once). It fails when the file cannot be read, or holds more
// bytes than it was listed with (an object that GCS decompresses as it
// serves it, or a file that grew), rather than leave lines out.
func (f *readJSONLFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, file fileio.ReadableFile, emit func(record), bad func(string)) error {
	rest := rt.GetRestriction().(offsetrange.Restriction)
	name := file.Metadata.Path
	whole := compressed(file)
	if rest.Start >= rest.End || whole && !rt.TryClaim(file.Metadata.Size-1) {
		return nil
	}
	fd, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("beam: reading %s: %v", name, err)
	}
	defer fd.Close()
	l := &lineReader{rd: bufio.NewReaderSize(fd, 1<<20), line: 1}
	if !whole && rest.Start > 0 {
		if err := l.skip(rest.Start); err != nil {
			return fmt.Errorf("beam: reading %s up to byte %d: %v", name, rest.Start, err)
		}
	}
	for whole || rt.TryClaim(l.pos) {
		text, n, err := l.next()
		if text != "" {
			parseLine(name, n, text, emit, bad)
		}
		if err == io.EOF {
			if !whole {
				rt.TryClaim(rest.End) // nothing is left: done
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("beam: reading %s:%d: %v", name, n, err)
		}
	}
	end := rt.GetRestriction().(offsetrange.Restriction).End // a runner may have split rest
	if _, err := l.rd.Peek(1); err == nil && end == file.Metadata.Size {
		return fmt.Errorf("beam: %s holds more than the %d bytes it was listed with (a file that grew, or an object served decompressed): its lines past byte %d would be lost", name, file.Metadata.Size, file.Metadata.Size)
	}
	return nil
}

// A lineReader reads the lines of a file and numbers them.
type lineReader struct {
	rd   *bufio.Reader
	pos  int64 // offset of the next line in the file as read (decompressed)
	line int   // number of the next line, from 1
}

// skip moves to the first line that starts at or after offset start > 0:
// past the byte before start, and on to the end of its line.
func (l *lineReader) skip(start int64) error {
	n, err := io.CopyN(newlineCounter{&l.line}, l.rd, start-1)
	l.pos += n
	if err != nil {
		return err
	}
	if _, _, err := l.next(); err != nil && err != io.EOF {
		return err
	}
	return nil
}

// next reads the next line and its number. The text keeps its "\n", and is
// "" only at the end of the file.
func (l *lineReader) next() (string, int, error) {
	text, err := l.rd.ReadString('\n')
	n := l.line
	l.pos += int64(len(text))
	if strings.HasSuffix(text, "\n") {
		l.line++
	}
	return text, n, err
}

// newlineCounter counts the newlines written to it.
type newlineCounter struct{ n *int }

// Write counts the newlines of p.
func (c newlineCounter) Write(p []byte) (int, error) {
	*c.n += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// parseLine decodes line n of file as a record, or emits to bad why it is
// not one. Blank lines are skipped; the line's end, "\n" or "\r\n", is not
// part of it.
func parseLine(file string, n int, line string, emit func(record), bad func(string)) {
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if strings.TrimSpace(line) == "" {
		return
	}
	where := file + ":" + strconv.Itoa(n)
	r, err := decodeRecord([]byte(line))
	if err != nil {
		bad(fmt.Sprintf("%s: %v: %q", where, err, clip(line, 80)))
		return
	}
	r.Source = where
	emit(r)
}
