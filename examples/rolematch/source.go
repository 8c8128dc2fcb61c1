package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A document is one text that rolematch reports on: a whole input, or with
// -lines one line of it.
type document struct {
	text string
	line int   // the input's line where text starts, from 1
	off  int64 // the input's byte offset where text starts
}

// A source reads the documents of one input in order, holding one document
// at a time in memory (and no more than -max-bytes of it when that is set).
type source struct {
	name  string
	r     *bufio.Reader // with -lines
	whole io.Reader     // without -lines
	size  int64         // the input's size when known, else -1
	max   int64         // -max-bytes, 0 for no limit
	line  int           // the input's line where the next document starts
	off   int64         // the input's byte offset where the next document starts
	done  bool
	buf   []byte // the line being read, reused
}

func newSource(name string, r io.Reader, lines bool, max, size int64) *source {
	s := &source{name: name, size: size, max: max, line: 1}
	if lines {
		s.r = bufio.NewReaderSize(r, 64<<10)
	} else {
		s.whole = r
	}
	return s
}

// tooLongError reports a document over -max-bytes, which is skipped.
type tooLongError struct {
	input string
	line  int
	off   int64
	max   int64
}

func (e *tooLongError) Error() string {
	return fmt.Sprintf("%s:%d: document longer than -max-bytes %d (it starts at byte offset %d); skipped",
		e.input, e.line, e.max, e.off)
}

// next returns the next document, io.EOF after the last one, or a
// *tooLongError for a document it skipped (call next again for the rest).
func (s *source) next() (document, error) {
	if s.r != nil {
		return s.nextLine()
	}
	if s.done {
		return document{}, io.EOF
	}
	s.done = true
	var b strings.Builder
	r := s.whole
	if s.max > 0 {
		r = io.LimitReader(r, s.max+1)
	}
	if s.size >= 0 {
		b.Grow(int(capped(s.size, s.max+1)))
	}
	if _, err := io.Copy(&b, r); err != nil {
		return document{}, fmt.Errorf("%s: %w", s.name, err)
	}
	if s.max > 0 && int64(b.Len()) > s.max {
		return document{}, &tooLongError{input: s.name, line: 1, max: s.max}
	}
	return document{text: b.String(), line: 1}, nil
}

// capped returns n, or limit when limit is positive and smaller.
func capped(n, limit int64) int64 {
	if limit > 0 && limit < n {
		return limit
	}
	return n
}

// nextLine returns the next line that is not blank, without its line end
// ("\n" or "\r\n").
func (s *source) nextLine() (document, error) {
	for {
		doc := document{line: s.line, off: s.off}
		over, err := s.readLine()
		if err != nil {
			return document{}, err
		}
		s.line++
		if over {
			return document{}, &tooLongError{input: s.name, line: doc.line, off: doc.off, max: s.max}
		}
		if len(bytes.TrimSpace(s.buf)) == 0 {
			continue
		}
		doc.text = string(s.buf)
		return doc, nil
	}
}

// readLine reads one line into s.buf, keeping no more than -max-bytes and a
// line end of it: over reports a longer line, whose rest it reads and drops.
// It returns io.EOF only when there is no line left.
func (s *source) readLine() (over bool, err error) {
	s.buf = s.buf[:0]
	read := 0
	for {
		chunk, err := s.r.ReadSlice('\n')
		read += len(chunk)
		s.off += int64(len(chunk))
		if s.max > 0 && int64(len(s.buf)+len(chunk)) > s.max+2 {
			over = true
		} else if !over {
			s.buf = append(s.buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && read > 0, err == nil:
			s.buf = bytes.TrimSuffix(bytes.TrimSuffix(s.buf, []byte("\n")), []byte("\r"))
			return over || s.max > 0 && int64(len(s.buf)) > s.max, nil
		case err == io.EOF:
			return false, io.EOF
		default:
			return false, fmt.Errorf("%s:%d: %w", s.name, s.line, err)
		}
	}
}
