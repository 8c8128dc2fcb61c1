package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// A progress prints a line on standard error that says how far a -jsonl
// run is: records, MB/s and, when the inputs' size is known, the time
// left. It rewrites the line in place ("\r") at most every interval. A nil
// *progress prints nothing.
type progress struct {
	w        io.Writer
	total    int64 // the inputs' size in bytes, -1 when unknown (standard input, a pipe)
	start    time.Time
	last     time.Time // when the line was last printed
	interval time.Duration
	now      func() time.Time
	records  int
	done     int64
	shown    bool // the line is on the terminal, to be cleared before an error
}

// newProgress returns the progress line of a run over inputs, or nil when
// standard error is not a terminal and -progress is not given.
func (c *cli) newProgress(inputs []string) *progress {
	if !c.progress && !isTerminal(c.stderr) {
		return nil
	}
	total := int64(0)
	for _, name := range inputs {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.Mode().IsRegular() {
			total = -1
			break
		}
		total += fi.Size()
	}
	now := time.Now()
	return &progress{w: c.stderr, total: total, start: now, last: now, interval: time.Second, now: time.Now}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update records that records records and done bytes of the inputs are
// through, and prints the line when interval has passed since the last.
func (p *progress) update(records int, done int64) {
	if p == nil {
		return
	}
	p.records, p.done = records, done
	if t := p.now(); t.Sub(p.last) >= p.interval {
		p.last = t
		p.print()
	}
}

// finish prints the line a last time and ends it.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.print()
	fmt.Fprintln(p.w)
}

// print prints the line over the last one, as in
// "12345 records, 48.2 MB, 21.3 MB/s, 1m5s left".
func (p *progress) print() {
	secs := p.now().Sub(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.done) / 1e6 / secs
	}
	line := fmt.Sprintf("%d records, %.1f MB, %.1f MB/s", p.records, float64(p.done)/1e6, rate)
	if p.total > 0 && rate > 0 {
		left := time.Duration(float64(p.total-p.done) / 1e6 / rate * float64(time.Second))
		line += fmt.Sprintf(", %v left", left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%-64s", line) // spaces over what a longer line left
	p.shown = true
}

// clear blanks the line, if shown, so that an error printed next starts
// a line of its own; the next update prints it again.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprintf(p.w, "\r%64s\r", "")
	p.shown = false
}
