package main

import "testing"

// TestDecodeRecord checks what a JSONL line must hold to be a record.
func TestDecodeRecord(t *testing.T) {
	for _, c := range []struct {
		why, line string
		want      record
		err       string
	}{
		{"a string id", `{"id": "a1", "text": "Go"}`, record{ID: "a1", Text: "Go"}, ""},
		{"a number id is kept as written", `{"id": 1.50, "text": ""}`, record{ID: "1.50"}, ""},
		{"a negative number id", `{"id": -3, "text": "x"}`, record{ID: "-3", Text: "x"}, ""},
		{"other members are ignored", `{"text": "x", "id": "b", "source": {"site": 1}}`, record{ID: "b", Text: "x"}, ""},
		{"no id", `{"text": "x"}`, record{}, `no "id"`},
		{"a null id", `{"id": null, "text": "x"}`, record{}, `no "id"`},
		{"an id that is an object", `{"id": {}, "text": "x"}`, record{}, `"id" is neither a string nor a number`},
		{"no text", `{"id": "a"}`, record{}, `no "text" string`},
		{"not JSON", `{"id": "a", "text": "x"`, record{}, "not a JSON object: unexpected end of JSON input"},
	} {
		got, err := decodeRecord([]byte(c.line))
		if msg := errString(err); got != c.want || msg != c.err {
			t.Errorf("%s: decodeRecord(%q) = %+v, %q; want %+v, %q", c.why, c.line, got, msg, c.want, c.err)
		}
	}
}

// TestClip checks that clip cuts on a rune boundary.
func TestClip(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"short", "short"},
		{"abcdéfgh", "abcd…"}, // é is bytes 4 and 5: a cut at 5 backs up to 4
		{"abcdefgh", "abcde…"},
	} {
		if got := clip(c.s, 5); got != c.want {
			t.Errorf("clip(%q, 5) = %q, want %q", c.s, got, c.want)
		}
	}
}

// errString is err's message, "" for nil.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
