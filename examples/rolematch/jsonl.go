package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
)

// The exit statuses of a -jsonl run.
const (
	exitOK      = 0 // every record was read and reported
	exitRecords = 1 // some records were malformed and skipped (or, with -strict, the first ended the run)
	exitUsage   = 2 // bad flags or taxonomy, an input that cannot be read, output that cannot be written
)

// A record is one line of a JSON Lines input, not yet decoded: its place
// and its bytes. The reader only splits lines; workers decode them.
type record struct {
	input string
	line  int
	raw   string
	done  int64 // bytes of all inputs read through this record, for the progress line
	err   error // a record the reader already rejected (too long), or an input that failed
	out   chan []byte
}

// badRecordError is a record that rolematch skips: where it is and what is
// wrong with it.
type badRecordError struct {
	input string
	line  int
	what  string
}

func (e *badRecordError) Error() string { return fmt.Sprintf("%s:%d: %s", e.input, e.line, e.what) }

// parseRecord decodes one JSON Lines record: a JSON object with the ID
// under idField (any JSON value, kept as given but without white space
// between tokens) and the text under textField (a JSON string).
func parseRecord(raw, idField, textField string) (id json.RawMessage, text string, what string) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, "", fmt.Sprintf("record is a JSON %s, want an object", ute.Value)
		}
		return nil, "", fmt.Sprintf("invalid JSON: %v", err)
	}
	rawID, ok := fields[idField]
	if !ok {
		return nil, "", fmt.Sprintf("record has no %q member", idField)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, rawID); err != nil {
		return nil, "", fmt.Sprintf("member %q: %v", idField, err)
	}
	rawText, ok := fields[textField]
	if !ok {
		return nil, "", fmt.Sprintf("record has no %q member", textField)
	}
	if err := json.Unmarshal(rawText, &text); err != nil || len(rawText) == 0 || rawText[0] != '"' {
		return nil, "", fmt.Sprintf("member %q is %s, want a string", textField, jsonKind(rawText))
	}
	return compact.Bytes(), text, ""
}

// jsonKind names the kind of a JSON value by its first byte.
func jsonKind(v json.RawMessage) string {
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// jsonlGOGC is the garbage collector's GOGC for -jsonl, unless the
// environment sets GOGC. Each record's analysis allocates about a hundred
// kilobytes that die with it, over a live heap of a few megabytes (the
// taxonomy's tables are static data), so at the default of 100 the
// collector runs every few dozen records: its marking and write barriers
// took a fifth of the CPU of a run on 30 MB of records at one worker. At
// 400 that run used 17% less CPU and 49 MB of peak RSS instead of 28 MB.
const jsonlGOGC = 400

// runJSONL reads the records of inputs, analyzes them on c.workers
// goroutines and prints one JSON line per record, in input order.
func (c *cli) runJSONL(inputs []string) int {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(jsonlGOGC)
	}
	prog := c.newProgress(inputs)
	stop := make(chan struct{})
	order := make(chan *record, 4*c.workers) // the window: records read, not yet printed
	work := make(chan *record, c.workers)
	var wg sync.WaitGroup
	wg.Add(1 + c.workers)
	go func() {
		defer wg.Done()
		defer close(order)
		defer close(work)
		c.readRecords(inputs, order, work, stop)
	}()
	for range c.workers {
		go func() {
			defer wg.Done()
			c.analyzeRecords(work)
		}()
	}
	status := c.printRecords(order, prog)
	close(stop)
	for range order { // let the reader see stop, should it wait on a full window
	}
	wg.Wait()
	return status
}

// readRecords splits each input into records and sends each to order (for
// printing) then to work (for analysis), until the inputs end or stop is
// closed. A record it rejects itself, or an input it cannot read, goes to
// order only, with its error.
func (c *cli) readRecords(inputs []string, order, work chan<- *record, stop <-chan struct{}) {
	var base int64
	send := func(r *record) bool {
		select {
		case order <- r:
		case <-stop:
			return false
		}
		if r.err != nil {
			r.out <- nil
			return true
		}
		select {
		case work <- r:
			return true
		case <-stop:
			return false
		}
	}
	for _, name := range inputs {
		src, closeInput, err := c.openSource(name)
		if err != nil {
			if !send(&record{input: name, err: err, out: make(chan []byte, 1)}) {
				return
			}
			continue
		}
		for {
			doc, err := src.next()
			if err == io.EOF {
				break
			}
			r := &record{input: name, line: doc.line, raw: doc.text, done: base + src.off, err: err, out: make(chan []byte, 1)}
			var tooLong *tooLongError
			if errors.As(err, &tooLong) {
				r.line = tooLong.line
				r.err = &badRecordError{input: name, line: tooLong.line,
					what: fmt.Sprintf("record longer than -max-record %d bytes (it starts at byte offset %d); skipped", c.maxRecord, tooLong.off)}
			}
			if !send(r) {
				closeInput()
				return
			}
			if err != nil && tooLong == nil {
				break // the input cannot be read further
			}
		}
		base += src.off
		closeInput()
	}
}

// openSource opens one input, "-" for standard input, as a source of lines.
func (c *cli) openSource(name string) (*source, func(), error) {
	if name == "-" {
		return newSource(name, c.stdin, true, c.maxRecord, -1), func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return newSource(name, f, true, c.maxRecord, -1), func() { f.Close() }, nil
}

// analyzeRecords decodes and analyzes each record of work and sends its
// JSON line, or its error, to the record's out.
func (c *cli) analyzeRecords(work <-chan *record) {
	var jw jsonWriter // without a writer: each line stays in jw.b
	for r := range work {
		r.out <- bytes.Clone(c.analyzeRecord(&jw, r))
	}
}

// analyzeRecord decodes and analyzes r and returns its JSON line, or nil
// with r.err set for a malformed record. The line is jw's, which has no
// writer; it is valid until jw's next report.
func (c *cli) analyzeRecord(jw *jsonWriter, r *record) []byte {
	id, text, what := decodeRecord(r.raw, c.idField, c.textField)
	if what == "" && c.maxBytes > 0 && int64(len(text)) > c.maxBytes {
		what = fmt.Sprintf("text longer than -max-bytes %d; skipped", c.maxBytes)
	}
	if what != "" {
		r.err = &badRecordError{input: r.input, line: r.line, what: what}
		return nil
	}
	rep := analyze(c.tax, r.input, document{text: text, line: 1}, false, c.lang, c.nroles)
	rep.ID, rep.Line = id, r.line
	jw.report(rep) // without a writer, it cannot fail
	return jw.b
}

// printRecords prints the records of order as their analyses end, in
// order, and the errors of bad records on standard error. It returns the
// run's exit status.
func (c *cli) printRecords(order <-chan *record, prog *progress) int {
	w := newJSONWriter(c.stdout).w
	status, n := exitOK, 0
	defer prog.finish()
	for r := range order {
		line := <-r.out
		n++
		if r.err != nil {
			prog.clear()
		}
		var bad *badRecordError
		switch {
		case errors.As(r.err, &bad):
			fmt.Fprintf(c.stderr, "rolematch: %v\n", bad)
			status = max(status, exitRecords)
			if c.strict {
				w.Flush()
				return exitRecords
			}
		case r.err != nil:
			fmt.Fprintf(c.stderr, "rolematch: %v\n", r.err)
			status = exitUsage
		default:
			if _, err := w.Write(line); err != nil {
				fmt.Fprintf(c.stderr, "rolematch: %v: %v\n", errWrite, err)
				return exitUsage
			}
		}
		prog.update(n, r.done)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(c.stderr, "rolematch: %v: %v\n", errWrite, err)
		return exitUsage
	}
	return status
}

// checkJSONLFlags checks the flags of -jsonl, and that they come with it.
func (c *cli) checkJSONLFlags() bool {
	var problem string
	switch {
	case !c.jsonl:
		return true
	case c.lines:
		problem = "-jsonl and -lines: give one or the other"
	case c.idField == "" || c.textField == "":
		problem = "-id-field and -text-field: want a member's name, not \"\""
	case c.idField == c.textField:
		problem = fmt.Sprintf("-id-field and -text-field are both %q: want two members", c.idField)
	case c.maxRecord < 0:
		problem = fmt.Sprintf("-max-record %d: want 0 (no limit) or more", c.maxRecord)
	case c.workers < 1:
		problem = fmt.Sprintf("-workers %d: want 1 or more", c.workers)
	default:
		return true
	}
	fmt.Fprintf(c.stderr, "rolematch: %s\n", problem)
	return false
}
