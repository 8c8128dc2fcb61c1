package roles

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// extractCase is one case of the extraction tables in testdata/extract.
type extractCase struct {
	why  string
	text string
	want []string // brief form: MATCHED=ID, then " preferred" or " negated"
}

// The extraction tables. Each file says which taxonomy its cases run on;
// the format is described at the top of testdata/extract/corpus.txt.
var (
	extractCases     = mustReadCases("testdata/extract/corpus.txt")
	defaultNameCases = mustReadCases("testdata/extract/default-names.txt")
	defaultCueCases  = mustReadCases("testdata/extract/default-cues.txt")
	defaultDataCases = mustReadCases("testdata/extract/default-data.txt")
	recallCases      = mustReadCases("testdata/extract/recall.txt")
	langCueCases     = mustReadCases("testdata/extract/qualifiers-lang.txt")
	langCoordCases   = mustReadCases("testdata/extract/coord-lang.txt")
)

func mustReadCases(path string) []extractCase {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	cases, err := parseCases(path, data)
	if err == nil && len(cases) == 0 {
		err = fmt.Errorf("%s: no cases", path)
	}
	if err != nil {
		panic(err)
	}
	return cases
}

// parseCases reads a file of extraction cases: blocks of a "why", a "text"
// and a "want" line, with # comments and blank lines between them.
func parseCases(path string, data []byte) ([]extractCase, error) {
	var cases []extractCase
	var c extractCase
	next := "why" // the keyword the next line must start with
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if next == "why" && (line == "" || strings.HasPrefix(line, "#")) {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		if key != next {
			return nil, fmt.Errorf("%s:%d: want a %q line, got %q", path, n, next, line)
		}
		var err error
		switch key {
		case "why":
			c = extractCase{why: strings.TrimSpace(rest)}
			next = "text"
		case "text":
			c.text, err = strconv.Unquote(strings.TrimSpace(rest))
			next = "want"
		case "want":
			c.want, err = quotedList(rest)
			cases = append(cases, c)
			next = "why"
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %v", path, n, key, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if next != "why" {
		return nil, fmt.Errorf("%s: the last case has no %q line", path, next)
	}
	return cases, nil
}

// quotedList reads Go string literals separated by spaces.
func quotedList(s string) ([]string, error) {
	out := []string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, fmt.Errorf("at %q: %v", s, err)
		}
		v, _ := strconv.Unquote(q)
		out = append(out, v)
		s = s[len(q):]
	}
	return out, nil
}

func TestParseCases(t *testing.T) {
	good := "# a comment\n\nwhy  the reason\ntext \"Go\\nand Rust\"\nwant \"Go=go\" \"Rust=rust preferred\"\n\nwhy  none\ntext \"\"\nwant\n"
	got, err := parseCases("f.txt", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []extractCase{
		{why: "the reason", text: "Go\nand Rust", want: []string{"Go=go", "Rust=rust preferred"}},
		{why: "none", text: "", want: []string{}},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(extractCase{})); diff != "" {
		t.Errorf("parseCases mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []struct{ in, err string }{
		{"why  x\nwant \"a\"\n", `f.txt:2: want a "text" line, got "want \"a\""`},
		{"why  x\ntext Go\nwant\n", `f.txt:2: text: invalid syntax`},
		{"why  x\ntext \"Go\"\nwant \"a\" b\n", `f.txt:3: want: at "b": invalid syntax`},
		{"why  x\ntext \"Go\"\n", `f.txt: the last case has no "want" line`},
	} {
		_, err := parseCases("f.txt", []byte(c.in))
		if err == nil || err.Error() != c.err {
			t.Errorf("parseCases(%q) error = %v, want %s", c.in, err, c.err)
		}
	}
}
