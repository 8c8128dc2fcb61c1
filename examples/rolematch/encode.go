package main

import (
	"bufio"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/openroles/roles"
)

// A jsonWriter prints reports as encoding/json prints the report struct
// (without HTML escapes), a line each, but without reflection and a piece
// at a time: it appends the JSON of a report to one buffer, which goes to
// the writer whenever it holds spillAt bytes, so that a document with a
// million mentions is not held a second time as JSON. TestJSONWriter
// checks it against encoding/json byte for byte.
type jsonWriter struct {
	w   *bufio.Writer // nil: the JSON stays in b
	b   []byte        // what is not yet written
	err error         // the first error
}

// spillAt is how much JSON a jsonWriter holds before it writes it out.
const spillAt = 32 << 10

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// report prints r as one line and flushes it. Without a writer, the line
// is left in j.b.
func (j *jsonWriter) report(r report) error {
	b := append(j.b[:0], '{')
	if len(r.ID) > 0 {
		b = append(b, `"id":`...)
		b = append(b, r.ID...)
		b = append(b, ',')
	}
	b = append(b, `"input":`...)
	b = appendString(b, r.Input)
	if r.Line != 0 {
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(r.Line), 10)
	}
	b = append(b, `,"role":`...)
	b = appendString(b, r.Role)
	b = append(b, `,"leaning":`...)
	b = appendFloat(b, r.Leaning)
	b = append(b, `,"seniority":`...)
	b = appendSeniority(b, r.Seniority)
	b = append(b, `,"mentions":`...)
	if r.Mentions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Mentions {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendMention(b, &r.Mentions[i])
			b = j.spill(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"roles":`...)
	b = appendRoles(b, r.Roles)
	j.b = append(b, "}\n"...)
	if j.w == nil {
		return nil
	}
	if j.err == nil {
		_, j.err = j.w.Write(j.b)
	}
	if j.err == nil {
		j.err = j.w.Flush()
	}
	j.b = j.b[:0]
	return j.err
}

// spill writes b out when it has grown to spillAt bytes and there is a
// writer, and returns what is left of it.
func (j *jsonWriter) spill(b []byte) []byte {
	if j.w == nil || len(b) < spillAt {
		return b
	}
	if j.err == nil {
		_, j.err = j.w.Write(b)
	}
	return b[:0]
}

// appendMention appends m as encoding/json encodes a mention.
func appendMention(b []byte, m *mention) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, m.ID)
	b = append(b, `,"kind":`...)
	b = appendString(b, m.Kind)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, m.Text)
	b = append(b, `,"qualifier":`...)
	b = appendString(b, m.Qualifier)
	b = append(b, `,"name":`...)
	b = appendString(b, m.Name)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(m.Line), 10)
	b = append(b, `,"column":`...)
	b = strconv.AppendInt(b, int64(m.Column), 10)
	if m.Years != 0 {
		b = append(b, `,"years":`...)
		b = appendFloat(b, m.Years)
	}
	if m.Lang != "" {
		b = append(b, `,"lang":`...)
		b = appendString(b, m.Lang)
	}
	return append(b, '}')
}

// appendSeniority appends s as encoding/json encodes a roles.Seniority.
func appendSeniority(b []byte, s roles.Seniority) []byte {
	b = append(b, `{"level":`...)
	b = appendString(b, string(s.Level))
	b = append(b, `,"evidence":`...)
	if s.Evidence == nil {
		return append(b, "null}"...)
	}
	b = append(b, '[')
	for i, e := range s.Evidence {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"level":`...)
		b = appendString(b, string(e.Level))
		b = append(b, `,"cue":`...)
		b = appendString(b, string(e.Cue))
		b = append(b, `,"text":`...)
		b = appendString(b, e.Text)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(e.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(e.End), 10)
		if e.Years != 0 {
			b = append(b, `,"years":`...)
			b = appendFloat(b, e.Years)
		}
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendRoles appends rs as encoding/json encodes a []role.
func appendRoles(b []byte, rs []role) []byte {
	if rs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range rs {
		if i > 0 {
			b = append(b, ',')
		}
		ro := &rs[i]
		b = append(b, `{"id":`...)
		b = appendString(b, ro.ID)
		b = append(b, `,"name":`...)
		b = appendString(b, ro.Name)
		b = append(b, `,"score":`...)
		b = appendFloat(b, ro.Score)
		b = append(b, `,"coverage":`...)
		b = appendFloat(b, ro.Coverage)
		b = append(b, `,"skills":`...)
		b = appendFloat(b, ro.Skills)
		b = append(b, `,"responsibilities":`...)
		b = appendFloat(b, ro.Responsibilities)
		b = append(b, `,"matched":`...)
		b = ro.Matched.appendJSON(b)
		b = append(b, `,"missing":`...)
		b = ro.Missing.appendJSON(b)
		b = append(b, `,"evidence":`...)
		b = ro.Evidence.appendJSON(b)
		b = append(b, '}')
	}
	return append(b, ']')
}

// coverageIDs lists a role's matched or missing items; in JSON, an array
// of their IDs, [] when there are none.
type coverageIDs []roles.Coverage

// MarshalJSON returns the IDs as a JSON array of strings.
func (cs coverageIDs) MarshalJSON() ([]byte, error) { return cs.appendJSON(nil), nil }

func (cs coverageIDs) appendJSON(b []byte) []byte {
	b = append(b, '[')
	for i := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, cs[i].ID)
	}
	return append(b, ']')
}

// evidenceOf is a role's matched items with what counts toward each; in
// JSON, an object from each matched ID to the input's concepts that count
// toward it, in order, each with the skills between ("postgresql→
// data-integration" for a hierarchy step), its keys in increasing order as
// encoding/json orders a map's.
type evidenceOf []roles.Coverage

// MarshalJSON returns the evidence as a JSON object.
func (es evidenceOf) MarshalJSON() ([]byte, error) { return es.appendJSON(nil), nil }

func (es evidenceOf) appendJSON(b []byte) []byte {
	var small [32]int
	order := small[:0]
	for i := range es {
		if len(es[i].Evidence) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return strings.Compare(es[x].ID, es[y].ID) })
	b = append(b, '{')
	for k := 0; k < len(order); {
		if k > 0 {
			b = append(b, ',')
		}
		id := es[order[k]].ID
		b = appendString(b, id)
		b = append(b, ':', '[')
		for n := 0; k < len(order) && es[order[k]].ID == id; k++ {
			b = appendChains(b, es[order[k]].Evidence, n > 0)
			n++
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendChains appends the chains of ev as the elements of a JSON array
// of strings, after a comma when more is true: each evidence's ID, then
// its vias, joined by "→". Items with the same ID share one array, as
// they would one key of a map.
func appendChains(b []byte, ev []roles.Evidence, more bool) []byte {
	for i, e := range ev {
		if i > 0 || more {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = appendStringBody(b, e.ID)
		for _, v := range e.Via {
			b = append(b, "→"...)
			b = appendStringBody(b, v)
		}
		b = append(b, '"')
	}
	return b
}

// chains returns the chains of ev as appendChains spells them, for the table.
func chains(ev []roles.Evidence) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		out[i] = strings.Join(append([]string{e.ID}, e.Via...), "→")
	}
	return out
}

// appendFloat appends f as encoding/json encodes a float64: the shortest
// decimal that reads back as f, in exponent form below 1e-6 and from 1e21
// (ECMAScript's rule), with "e-7" for "e-07". f is never NaN or ±Inf here.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString appends s as a JSON string, escaped as encoding/json
// escapes it without HTML escapes.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendStringBody(b, s)
	return append(b, '"')
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plain8 reports whether the eight bytes of s are all ASCII that a JSON
// string holds as they are: none below 0x20, none '"' or '\\', none from
// 0x80 on. It tests the eight at once, in one word.
func plain8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	quote, backslash := x^(ones*'"'), x^(ones*'\\')
	// A byte of v is 0 when ((v - 1) &^ v) has its high bit; a byte of x is
	// below 0x20 when ((x - 0x20) &^ x) has it, for x below 0x80.
	special := (x-ones*0x20)&^x | (quote-ones)&^quote | (backslash-ones)&^backslash
	return (special|x)&highs == 0
}

// appendStringBody appends s escaped, without the quotes: '"' and '\\'
// after a backslash; \b, \f, \n, \r and \t; other control characters as
// \u00XX; invalid UTF-8 as \ufffd; U+2028 and U+2029 as \u2028 and \u2029
// (they end lines in JavaScript); everything else as it is.
func appendStringBody(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			switch r {
			case utf8.RuneError:
				b = append(b, `\ufffd`...)
			default:
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}
