package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*record)(nil)).Elem())
	register.Function2x2(readFile)
	register.Function4x0(parseLine)
	register.Emitter1[record]()
	register.Emitter1[string]()
}

// A record is one document to analyse: a posting or a resume.
type record struct {
	ID   string // the record's "id", or the file's base name
	Text string
}

// readFile reads a whole file as one record, named by the file's base name.
func readFile(ctx context.Context, f fileio.ReadableFile) (record, error) {
	data, err := f.Read(ctx)
	if err != nil {
		return record{}, fmt.Errorf("beam: reading %s: %v", f.Metadata.Path, err)
	}
	return record{ID: path.Base(f.Metadata.Path), Text: string(data)}, nil
}

// parseLine decodes one line of the JSONL file file as a record, or emits
// to bad why it is not one. Blank lines are skipped.
func parseLine(file, line string, emit func(record), bad func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	r, err := decodeRecord([]byte(line))
	if err != nil {
		bad(fmt.Sprintf("%s: %v: %q", file, err, clip(line, 80)))
		return
	}
	emit(r)
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
