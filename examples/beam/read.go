package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*record)(nil)).Elem())
	register.DoFn2x2[context.Context, fileio.ReadableFile, record, error](&readTextFn{})
	register.Emitter1[record]()
	register.Emitter1[string]()
}

// A record is one document to analyse: a posting or a resume.
type record struct {
	ID     string // the record's "id", or the text file's path under the glob's directory (see textID)
	Text   string
	Source string // where the record was read: FILE:LINE for a JSONL line, the path of a text file
}

// readTextFn reads whole files as records, one each.
type readTextFn struct {
	Dir string // the directory of the glob that matched the files (see globDir)
}

// ProcessElement reads f as one record, named by its path under the
// glob's directory.
func (fn *readTextFn) ProcessElement(ctx context.Context, f fileio.ReadableFile) (record, error) {
	data, err := f.Read(ctx)
	if err != nil {
		return record{}, fmt.Errorf("beam: reading %s: %v", f.Metadata.Path, err)
	}
	return record{ID: textID(fn.Dir, f.Metadata.Path), Text: string(data), Source: f.Metadata.Path}, nil
}

// globDir is the part of glob before its first wildcard, up to and
// including the last "/": the directory that every match lies under, as
// written ("" when the glob has no "/" before a wildcard).
func globDir(glob string) string {
	if i := strings.IndexAny(glob, `*?[\`); i >= 0 {
		glob = glob[:i]
	}
	return glob[:strings.LastIndex(glob, "/")+1]
}

// textID is the ID of the text file at path, which a glob whose directory
// is dir matched: path under dir, with "/" between its parts. Files of one
// directory keep their base names, files of different directories differ,
// and the IDs do not change when the whole tree moves. Should the path not
// lie under dir (which the file systems of Beam never do), it is the whole
// path.
func textID(dir, path string) string {
	if rel, ok := strings.CutPrefix(path, dir); ok && rel != "" {
		return rel
	}
	// filepath.Glob cleans what it returns: "./in//*" matches "in/a".
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, "../") {
		return path
	}
	return filepath.ToSlash(rel)
}

// decodeRecord decodes {"id": ..., "text": ...}: "id" is a string or a
// number (kept as written), "text" a string; other members are ignored.
func decodeRecord(line []byte) (record, error) {
	var raw struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return record{}, fmt.Errorf("not a JSON object: %v", err)
	}
	var r record
	switch id := bytes.TrimSpace(raw.ID); {
	case len(id) == 0 || string(id) == "null":
		return record{}, fmt.Errorf("no \"id\"")
	case id[0] == '"':
		if err := json.Unmarshal(id, &r.ID); err != nil {
			return record{}, fmt.Errorf("\"id\": %v", err)
		}
	case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
		r.ID = string(id)
	default:
		return record{}, fmt.Errorf("\"id\" is neither a string nor a number")
	}
	if raw.Text == nil {
		return record{}, fmt.Errorf("no \"text\" string")
	}
	r.Text = *raw.Text
	return r, nil
}

// clip shortens s to at most n bytes, on a rune boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// utf8RuneStart reports whether b can start a UTF-8 encoding.
func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
