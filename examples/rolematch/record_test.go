package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recordCases are records of the common shape, which the fast path
// decodes, and of every shape it leaves to parseRecord.
var recordCases = []struct {
	raw  string
	fast bool // decodeRecordFast decodes it
}{
	{`{"id":1,"text":"Go"}`, true},
	{` { "id" : "a-1" , "text" : "Go\nand \"Kafka\"\t\\ \/ \b\f\r" , "n": -0.5e+3, "t": true, "f": false, "z": null } ` + "\r", true},
	{`{"text":"","id":0}`, true},
	{`{"id":1,"text":"é 日本 🚀"}`, true},
	{`{"id":1,"text":"\u00e9"}`, false},                          // \u escapes: parseRecord
	{`{"id":1,"text":"\ud83d\ude80 \ud800"}`, false},             // surrogate pair, lone half
	{`{"id":1,"text":"bad \xff"}`, false},                        // invalid UTF-8 becomes U+FFFD
	{`{"id":1,"text":"a","text":"b"}`, false},                    // the last wins, as in a map
	{`{"id":1,"id":2,"text":"b"}`, false},                        // idem
	{`{"id":{"a": [1, 2]},"text":"Go"}`, false},                  // compacted by parseRecord
	{`{"id":1,"text":"Go","tags":["a"]}`, false},                 // nested value
	{`{"i\u0064":1,"text":"Go"}`, false},                         // escaped key
	{`{"id":1,"text":"Go",}`, false},                             // trailing comma: invalid
	{`{"id":1,"text":"Go"} x`, false},                            // trailing bytes: invalid
	{`{"id":01,"text":"Go"}`, false},                             // leading zero: invalid
	{`{"id":1.,"text":"Go"}`, false},                             // no fraction digits
	{`{"id":1e,"text":"Go"}`, false},                             // no exponent digits
	{`{"id":-,"text":"Go"}`, false},                              // no digits
	{`{"id":tru,"text":"Go"}`, false},                            // cut literal
	{`{"id":1,"text":"Go` + "\n" + `"}`, false},                  // control character in a string
	{`{"id":1,"text":"Go\x"}`, false},                            // bad escape
	{`{"id":1,"text":7}`, false},                                 // not a string
	{`{"id":1}`, false},                                          // no text
	{`{"text":"Go"}`, false},                                     // no id
	{`{}`, false},                                                // neither
	{`[1]`, false},                                               // not an object
	{``, false},                                                  // nothing
	{`{"id":1,"text":"Go"`, false},                               // cut
	{`{"id":1 "text":"Go"}`, false},                              // no comma
	{`{"id":-12.5E-3,"text":"Go","x":"\"","y":0}`, true},         // numbers, escapes elsewhere
	{`{"id":"\"quoted\"","text":"Go"}`, true},                    // an escaped ID stays as given
	{"{\"id\":1,\"text\":\"Go\"}\t\n", true},                     // white space after
	{`{"id":1,"text":"Go","":"empty key"}`, true},                // an empty key
	{`{"id":1,"text":"Go","k\u00e9":"x","z":"x"}`, false},        // escaped key elsewhere
	{`{"id":1,"text":"Go","ké":"x"}`, false},                     // non-ASCII key: parseRecord
	{`{"id":true,"text":"Go","other":"\u0000"}`, false},          // \u elsewhere
	{`{"id":null,"text":"Go","n":1.5e300,"m":-0,"o":1E2}`, true}, // literals and numbers
}

func TestDecodeRecord(t *testing.T) {
	for _, tc := range recordCases {
		_, _, fast := decodeRecordFast(tc.raw, "id", "text")
		if fast != tc.fast {
			t.Errorf("decodeRecordFast(%q) decoded: %v, want %v", tc.raw, fast, tc.fast)
		}
		checkDecodeRecord(t, tc.raw, "id", "text")
	}
}

// checkDecodeRecord checks that decodeRecord gives what parseRecord gives,
// and that its fast path decodes only records parseRecord accepts.
func checkDecodeRecord(t *testing.T, raw, idField, textField string) {
	t.Helper()
	type result struct{ ID, Text, What string }
	id, text, what := parseRecord(raw, idField, textField)
	want := result{string(id), text, what}
	id, text, what = decodeRecord(raw, idField, textField)
	if diff := cmp.Diff(want, result{string(id), text, what}); diff != "" {
		t.Errorf("decodeRecord(%q) (-parseRecord +decodeRecord):\n%s", raw, diff)
	}
	if id, text, ok := decodeRecordFast(raw, idField, textField); ok {
		if diff := cmp.Diff(want, result{string(id), text, ""}); diff != "" {
			t.Errorf("decodeRecordFast(%q) (-parseRecord +fast):\n%s", raw, diff)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	for _, tc := range recordCases {
		f.Add(tc.raw, "id", "text")
	}
	f.Add(`{"description":"Go","key":7}`, "key", "description")
	f.Fuzz(func(t *testing.T, raw, idField, textField string) {
		if idField == "" || textField == "" || idField == textField {
			return // the flags refuse these
		}
		checkDecodeRecord(t, raw, idField, textField)
	})
}
