package main

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeRecord decodes one JSON Lines record as parseRecord does, and gives
// the same results: a fast path reads the common record, an object of
// members whose values are strings, numbers, true, false or null, with
// plain keys, each wanted member once and valid UTF-8; anything else goes
// to parseRecord, which also words every error. FuzzDecodeRecord checks
// the two agree.
func decodeRecord(raw, idField, textField string) (id json.RawMessage, text string, what string) {
	if id, text, ok := decodeRecordFast(raw, idField, textField); ok {
		return id, text, ""
	}
	return parseRecord(raw, idField, textField)
}

// decodeRecordFast decodes raw when it is a record of the common shape
// (see decodeRecord), and reports whether it was.
func decodeRecordFast(raw, idField, textField string) (id json.RawMessage, text string, ok bool) {
	p := &recordScan{s: raw}
	if !p.byte('{') {
		return nil, "", false
	}
	haveID, haveText := false, false
	for first := true; ; first = false {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' && first {
			p.i++
			break
		}
		key, ok := p.plainKey()
		if !ok || !p.byte(':') {
			return nil, "", false
		}
		p.space()
		start := p.i
		switch {
		case key == textField:
			if haveText {
				return nil, "", false
			}
			if text, ok = p.str(); !ok {
				return nil, "", false
			}
			haveText = true
		case key == idField:
			if haveID || !p.scalar() {
				return nil, "", false
			}
			id, haveID = json.RawMessage(p.s[start:p.i]), true
		default:
			if !p.scalar() {
				return nil, "", false
			}
		}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if !p.byte('}') {
			return nil, "", false
		}
		break
	}
	p.space()
	return id, text, p.i == len(p.s) && haveID && haveText
}

// recordScan reads a record's JSON from s at i.
type recordScan struct {
	s string
	i int
}

// space skips JSON white space.
func (p *recordScan) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte skips white space and then c, and reports whether c was there.
func (p *recordScan) byte(c byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// plainKey reads a member's name without escapes or control characters.
func (p *recordScan) plainKey() (string, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return "", false
	}
	end := strings.IndexByte(p.s[p.i+1:], '"')
	if end < 0 {
		return "", false
	}
	key := p.s[p.i+1 : p.i+1+end]
	for k := 0; k < len(key); k++ {
		if c := key[k]; c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return "", false
		}
	}
	p.i += end + 2
	return key, true
}

// scalar skips a string, a number, true, false or null.
func (p *recordScan) scalar() bool {
	if p.i >= len(p.s) {
		return false
	}
	switch c := p.s[p.i]; {
	case c == '"':
		_, ok := p.str()
		return ok
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if strings.HasPrefix(p.s[p.i:], lit) {
			p.i += len(lit)
			return true
		}
	}
	return false
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *recordScan) number() bool {
	s, i := p.s, p.i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i = digits(s, i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		if j := digits(s, i+1); j > i+1 {
			i = j
		} else {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digits(s, i)
		if j == i {
			return false
		}
		i = j
	}
	p.i = i
	return true
}

// digits returns the end of the decimal digits of s from i.
func digits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// str reads a JSON string of valid UTF-8 at i and returns its value. A string
// without escapes is a substring of the record; escapes are decoded
// except \u, which parseRecord handles (surrogate pairs, lone halves).
func (p *recordScan) str() (string, bool) {
	s := p.s
	if p.i >= len(s) || s[p.i] != '"' {
		return "", false
	}
	i := p.i + 1
	start := i
	var b []byte // the value so far, once there is an escape
	for i < len(s) {
		c := s[i]
		switch {
		case c == '"':
			p.i = i + 1
			if b == nil {
				return s[start:i], true
			}
			return string(append(b, s[start:i]...)), true
		case c == '\\':
			if i+1 >= len(s) {
				return "", false
			}
			e := unescaped[s[i+1]]
			if e == 0 {
				return "", false
			}
			if b == nil {
				b = make([]byte, 0, len(s)-p.i)
			}
			b = append(b, s[start:i]...)
			b = append(b, e)
			i += 2
			start = i
		case c < 0x20:
			return "", false
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return "", false
			}
			i += size
		}
	}
	return "", false
}

// unescaped maps the byte after a backslash to what the escape stands for,
// for the escapes of one byte; 0 for the rest.
var unescaped = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
