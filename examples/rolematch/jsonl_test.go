package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// jsonlMixed is a small input with every kind of malformed line among good
// records: each bad line says in want what rolematch must say about it
// (the stderr line after "rolematch: FILE:LINE: "), each good one its ID.
var jsonlMixed = []struct {
	line string
	id   string // the ID printed, for a good record
	bad  string // the error, for a bad one
}{
	{line: `{"id":1,"text":"Senior Backend Engineer: Go, Kafka and PostgreSQL; you own the architecture."}`, id: `1`},
	{line: ``}, // blank lines are skipped
	{line: `  `},
	{line: `{"id": "a-2" , "text":"React developer\nwith TypeScript"}`, id: `"a-2"`},
	{line: `{"id":3,"text":"Python`, bad: `invalid JSON: unexpected end of JSON input`},
	{line: `{"id":4}`, bad: `record has no "text" member`},
	{line: `{"text":"Go"}`, bad: `record has no "id" member`},
	{line: `{"id":6,"text":6}`, bad: `member "text" is a number, want a string`},
	{line: `{"id":7,"text":null}`, bad: `member "text" is null, want a string`},
	{line: `["id",8]`, bad: `record is a JSON array, want an object`},
	{line: `{"id":9,"text":"` + strings.Repeat("Go ", 100) + `"}`, bad: `record longer than -max-record 200 bytes (it starts at byte offset OFF); skipped`},
	{line: "{\"id\":{\"n\": [10, 1]},\"text\":\"Backend developer: PHP, Laravel, bug fixes\"}\r", id: `{"n":[10,1]}`},
	{line: `{"id":null,"text":"","other":true}`, id: `null`},
	{line: `{"id":12,"text":"Kafka"}`, id: `12`},
}

// mixedInput returns jsonlMixed as one input, and the IDs and the errors
// (for the file name) that rolematch -jsonl -max-record 200 must print.
func mixedInput(name string) (input string, ids []string, errs []string) {
	var b strings.Builder
	for i, l := range jsonlMixed {
		off := b.Len()
		b.WriteString(l.line + "\n")
		switch {
		case l.id != "":
			ids = append(ids, l.id)
		case l.bad != "":
			what := strings.Replace(l.bad, "OFF", fmt.Sprint(off), 1)
			errs = append(errs, fmt.Sprintf("rolematch: %s:%d: %s", name, i+1, what))
		}
	}
	return b.String(), ids, errs
}

// runJSONLOn runs rolematch with args on stdin and returns its exit
// status, its output lines and its error lines.
func runJSONLOn(t *testing.T, stdin string, args ...string) (int, []string, []string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, splitLines(out.String()), splitLines(errb.String())
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// TestJSONLMixed: on several workers, every good record is printed once,
// in input order, with its ID; every bad line gets its located error in
// order; blank lines are skipped; the exit status is 1.
func TestJSONLMixed(t *testing.T) {
	input, ids, errs := mixedInput("-")
	for _, workers := range []string{"1", "3"} {
		code, out, stderr := runJSONLOn(t, input, "-jsonl", "-max-record", "200", "-workers", workers)
		if code != exitRecords {
			t.Errorf("-workers %s: exit %d, want %d", workers, code, exitRecords)
		}
		if diff := cmp.Diff(ids, recordIDs(t, out)); diff != "" {
			t.Errorf("-workers %s: IDs (-want +got):\n%s", workers, diff)
		}
		if diff := cmp.Diff(errs, stderr); diff != "" {
			t.Errorf("-workers %s: errors (-want +got):\n%s", workers, diff)
		}
	}
}

// recordIDs returns the "id" of each output line, and checks that the
// lines are JSON objects.
func recordIDs(t *testing.T, out []string) []string {
	t.Helper()
	var ids []string
	for _, l := range out {
		var r struct{ ID json.RawMessage }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%v in %.80s", err, l)
		}
		ids = append(ids, string(r.ID))
	}
	return ids
}

// TestJSONLSameAsJSON: each line of -jsonl holds what -json prints for
// the record's text read as a whole input, field for field, besides the
// record's "id", "input" and "line".
func TestJSONLSameAsJSON(t *testing.T) {
	input, _, _ := mixedInput("-")
	_, out, _ := runJSONLOn(t, input, "-jsonl", "-max-record", "200", "-lang", "de")
	var texts []string
	for _, l := range jsonlMixed {
		var r struct{ Text string }
		if l.id != "" && json.Unmarshal([]byte(l.line), &r) == nil {
			texts = append(texts, r.Text)
		}
	}
	if len(out) != len(texts) {
		t.Fatalf("%d lines for %d records", len(out), len(texts))
	}
	for i, text := range texts {
		got := jsonFields(t, out[i])
		if got["input"] != `"-"` || got["line"] == "" {
			t.Errorf("record %d: input %s, line %s: want \"-\" and the record's line", i, got["input"], got["line"])
		}
		delete(got, "id")
		delete(got, "line")
		want := jsonFields(t, runOn(t, text, "-json", "-lang", "de"))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("record %d, %.30q: -jsonl against -json (-want +got):\n%s", i, text, diff)
		}
	}
}

// jsonFields decodes one JSON object into its members' JSON text.
func jsonFields(t *testing.T, line string) map[string]string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("%v in %.80s", err, line)
	}
	out := map[string]string{}
	for k, v := range m {
		out[k] = string(v)
	}
	return out
}

// TestJSONLStrict: -strict prints the records before the first bad one,
// its error, and stops with status 1.
func TestJSONLStrict(t *testing.T) {
	input, ids, errs := mixedInput("-")
	code, out, stderr := runJSONLOn(t, input, "-jsonl", "-strict", "-max-record", "200", "-workers", "2")
	if code != exitRecords {
		t.Errorf("exit %d, want %d", code, exitRecords)
	}
	if diff := cmp.Diff(ids[:2], recordIDs(t, out)); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(errs[:1], stderr); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestJSONLFiles: several files are read in the order given, each record
// placed in its own file; a file that cannot be opened is reported and
// the others are read, with status 2.
func TestJSONLFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	write(t, a, "{\"id\":\"a1\",\"text\":\"Go\"}\n\n{\"id\":\"a2\",\"text\":\"Rust\"}")
	write(t, b, "{\"id\":\"b1\",\"text\":\"Java\"}\n")
	code, out, stderr := runJSONLOn(t, "", "-jsonl", a, filepath.Join(dir, "none.jsonl"), b)
	if code != exitUsage || len(stderr) != 1 || !strings.Contains(stderr[0], "none.jsonl") {
		t.Errorf("exit %d, stderr %q: want %d and one error on none.jsonl", code, stderr, exitUsage)
	}
	var got []string
	for _, l := range out {
		f := jsonFields(t, l)
		got = append(got, f["id"]+" "+f["input"]+":"+f["line"])
	}
	want := []string{`"a1" "` + a + `":1`, `"a2" "` + a + `":3`, `"b1" "` + b + `":1`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestJSONLFieldFlags: -id-field and -text-field name the members read;
// "id" and "text" are then members like any other.
func TestJSONLFieldFlags(t *testing.T) {
	in := `{"key":"k1","body":"Go and Kafka","id":1,"text":5}` + "\n" + `{"id":2,"text":"Go"}` + "\n"
	code, out, stderr := runJSONLOn(t, in, "-jsonl", "-id-field", "key", "-text-field", "body")
	if code != exitRecords || len(stderr) != 1 || !strings.HasSuffix(stderr[0], `-:2: record has no "key" member`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if len(out) != 1 || !strings.Contains(out[0], `"text":"Go"`) || jsonFields(t, out[0])["id"] != `"k1"` {
		t.Errorf("output %q: want the record k1 with its mention of Go", out)
	}
}

// TestJSONLUsage: flags that do not go together, or out of range, end
// the run with status 2 before any input is read.
func TestJSONLUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-jsonl", "-lines"},
		{"-jsonl", "-workers", "0"},
		{"-jsonl", "-max-record", "-1"},
		{"-jsonl", "-id-field", ""},
		{"-jsonl", "-id-field", "x", "-text-field", "x"},
		{"-jsonl", "-taxonomy", "/nonexistent/taxonomy.json"},
	} {
		code, out, stderr := runJSONLOn(t, `{"id":1,"text":"Go"}`, args...)
		if code != exitUsage || len(out) != 0 || len(stderr) == 0 {
			t.Errorf("%q: exit %d, %d lines out, stderr %q: want %d, none, an error", args, code, len(out), stderr, exitUsage)
		}
	}
}

// TestJSONLOrderMany: many records of different lengths, on more workers
// than cores, come out in input order, each once.
func TestJSONLOrderMany(t *testing.T) {
	var b strings.Builder
	var want []string
	for i := range 600 {
		text := strings.Repeat("Go, Kafka and PostgreSQL. ", 1+(i*7919)%40)
		fmt.Fprintf(&b, "{\"id\":%d,\"text\":%q}\n", i, text)
		want = append(want, fmt.Sprint(i))
	}
	code, out, stderr := runJSONLOn(t, b.String(), "-jsonl", "-workers", "8")
	if code != exitOK || len(stderr) != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(want, recordIDs(t, out)); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

// endless is an input of records that never ends.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	e.n++
	return copy(p, fmt.Sprintf("{\"id\":%d,\"text\":\"Go and Kafka\"}\n", e.n)), nil
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestJSONLWriteFails: an output that fails ends the run with status 2,
// even on an endless input: the reader stops once the window is full.
func TestJSONLWriteFails(t *testing.T) {
	var errb bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"-jsonl", "-workers", "2"}, &endless{}, failWriter{}, &errb) }()
	select {
	case code := <-done:
		if code != exitUsage || !strings.Contains(errb.String(), "disk full") {
			t.Errorf("exit %d, stderr %q: want %d and the write error", code, errb.String(), exitUsage)
		}
	case <-time.After(time.Minute):
		t.Fatal("the run did not end after its output failed")
	}
}

// TestProgress: the line counts records and bytes, gives MB/s and, when
// the size is known, the time left; it is printed once an interval has
// passed, and ended by finish.
func TestProgress(t *testing.T) {
	var b bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &b, total: 40e6, start: clock, last: clock, interval: time.Second, now: func() time.Time { return clock }}
	clock = clock.Add(500 * time.Millisecond)
	p.update(10, 5e6)
	if b.Len() != 0 {
		t.Errorf("printed %q before an interval passed", b.String())
	}
	clock = clock.Add(1500 * time.Millisecond)
	p.update(100, 10e6)
	if got, want := strings.TrimSpace(b.String()), "100 records, 10.0 MB, 5.0 MB/s, 6s left"; got != want {
		t.Errorf("line %q, want %q", got, want)
	}
	b.Reset()
	p.clear()
	if want := "\r" + strings.Repeat(" ", 64) + "\r"; b.String() != want {
		t.Errorf("clear printed %q, want %q", b.String(), want)
	}
	p.clear() // nothing shown: nothing to clear
	if b.Len() != 66 {
		t.Errorf("a second clear printed %q", b.String()[min(66, b.Len()):])
	}
	p.total = -1
	p.finish()
	if got := b.String(); !strings.HasSuffix(strings.TrimRight(got, " \n"), "100 records, 10.0 MB, 5.0 MB/s") || !strings.HasSuffix(got, "\n") {
		t.Errorf("after finish, with no size: %q", got)
	}
	var nilp *progress
	nilp.update(1, 1) // a run without a progress line
	nilp.clear()
	nilp.finish()
}

// TestProgressFlag: -progress prints the line on an error output that is
// not a terminal; without it, nothing.
func TestProgressFlag(t *testing.T) {
	in := `{"id":1,"text":"Go"}` + "\n"
	if _, _, stderr := runJSONLOn(t, in, "-jsonl"); len(stderr) != 0 {
		t.Errorf("without -progress: stderr %q", stderr)
	}
	_, _, stderr := runJSONLOn(t, in, "-jsonl", "-progress")
	if len(stderr) != 1 || !strings.Contains(stderr[0], "1 records") {
		t.Errorf("with -progress: stderr %q, want the progress line", stderr)
	}
}

// FuzzJSONL runs rolematch -jsonl on arbitrary input with a small
// -max-record: it must end with status 0 or 1 (1 exactly when it printed
// errors), and every line that is not blank must give one output line or
// one located error, in order of lines; each output line carries the ID
// that parseRecord reads from its line.
func FuzzJSONL(f *testing.F) {
	input, _, _ := mixedInput("-")
	f.Add([]byte(input))
	f.Add([]byte("{\"id\":1,\"text\":\"Go\"}\r\n\n{\"id\":2,\"text\":\"\\u00e9 Kafka\"}"))
	f.Add([]byte("{\"id\":1,\"text\":\"\xff\"}\n{\"id\":1e400,\"text\":\"x\"}\n{\"id\":1,\"id\":2,\"text\":\"x\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out, errb bytes.Buffer
		code := run([]string{"-jsonl", "-max-record", "64", "-workers", "2"}, bytes.NewReader(data), &out, &errb)
		if code != exitOK && code != exitRecords || (code == exitRecords) != (errb.Len() > 0) {
			t.Fatalf("exit %d, stderr %q", code, errb.String())
		}
		outs, errs := splitLines(out.String()), splitLines(errb.String())
		lines := strings.Split(string(data), "\n")
		k := 0
		for i, l := range lines {
			l = strings.TrimSuffix(l, "\r")
			if strings.TrimSpace(l) == "" {
				continue
			}
			if len(errs) > 0 && strings.HasPrefix(errs[0], fmt.Sprintf("rolematch: -:%d: ", i+1)) {
				errs = errs[1:]
				continue
			}
			if k == len(outs) {
				t.Fatalf("line %d, %q: no output and no error", i+1, l)
			}
			id, _, what := parseRecord(l, "id", "text")
			f := jsonFields(t, outs[k])
			if what != "" || f["id"] != string(id) || f["line"] != fmt.Sprint(i+1) {
				t.Fatalf("line %d, %q: printed %.80s (parseRecord: id %s, %q)", i+1, l, outs[k], id, what)
			}
			k++
		}
		if k != len(outs) || len(errs) != 0 {
			t.Fatalf("%d outputs and errors %q left over", len(outs)-k, errs)
		}
	})
}
