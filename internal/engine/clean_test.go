package engine

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// cleanCases are texts with markup and their clean copies (see clean.go).
// Each is also checked against the reference.
var cleanCases = []struct {
	why, text, want string
}{
	// Character references.
	{"numeric and named references", "C&#35;, C&#x23;, C&#X23; and C&num;", "C#, C#, C# and C#"},
	{"a no-break space", "Entwickler&nbsp;(m/w/d)", "Entwickler\u00a0(m/w/d)"},
	{"accented letters", "d&eacute;veloppeur, &Auml;rger, Stra&szlig;e, gar&ccedil;on, espa&ntilde;ol", "développeur, Ärger, Straße, garçon, español"},
	{"typography", "Go &ndash; Rust &mdash; &ldquo;SQL&rdquo; &hellip; &middot; it&rsquo;s", "Go – Rust — “SQL” … · it’s"},
	{"ASCII marks by name", "&lt;b&gt; &quot;Go&quot; &apos;C&apos; &amp; &period;NET", "<b> \"Go\" 'C' & .NET"},
	{"one pass: what a reference writes is text", "&amp;lt;b&amp;gt; &amp;#35;", "&lt;b&gt; &#35;"},
	{"no reference without ';', a name or digits", "R&D, AT&T; &amp &unknown; &#; &#x; &#12a; &; &", "R&D, AT&T; &amp &unknown; &#; &#x; &#12a; &; &"},
	{"names are case-sensitive", "&Amp; &NBSP; &AMP;", "&Amp; &NBSP; &"},
	{"Windows-1252 numbers, and numbers that are no character", "&#150; &#146; &#0; &#xD800; &#1114112; &#99999999999999999999;", "– ’ \ufffd \ufffd \ufffd \ufffd"},
	// Compatibility forms.
	{"full-width letters, digits and marks", "Ｐｏｓｔｇｒｅｓｑｌ １６ ＆ Ｃ＃", "Postgresql 16 & C#"},
	{"bold, italic and sans-serif styled text", "𝗣𝘆𝘁𝗵𝗼𝗻 𝑃𝑦𝑡ℎ𝑜𝑛 𝐊𝐚𝐟𝐤𝐚 𝟭𝟮", "Python Python Kafka 12"},
	{"ligatures of text from a PDF", "Workﬂow conﬁguration, eﬃcient", "Workflow configuration, efficient"},
	{"other letters stay", "Ärger ĳ ½ ² ™ ｱ", "Ärger ĳ ½ ² ™ ｱ"},
	// Tags.
	{"attributes are no text", `<div data-lang="python" class='x'>Go</div>`, "Go\n"},
	{"inline tags leave nothing", "<b>Python</b>, <i>Go</i> and Py<b>thon</b>", "Python, Go and Python"},
	{"a value with '>' in quotes", `<a title="a > b" href='https://x.io/?q=python'>Go</a>`, "Go"},
	{"attributes over lines, no value, self-closing", "<img\nsrc=x.png\nalt=\"Java\" hidden/>Go", "Go"},
	{"upper-case tags", "<B>Go</B> and <U>Rust</U><BR>C<BR>D<B>E</B>", "Go and Rust\nC\nD<B>E"},
	{"line breaks", "Go<br>Rust<br/>Java<br />C<br>\n  D", "Go\nRust\nJava\nC\nD"},
	{"two breaks make a paragraph", "Go<br><br>Rust<br>\n<br>\nC", "Go\n\nRust\n\nC"},
	{"script and style with all they hold, end tags in either case", "<script type=\"text/javascript\">var lang = '<b>python</b>';</script>Go<style>.java { }</STYLE>", "Go"},
	{"style ends at its end tag", "<style>.java { }</style>Go", "Go"},
	{"a script without an end tag is dropped alone", "<script>python", "python"},
	{"comments, declarations, processing instructions", "<!DOCTYPE html><?xml version=\"1.0\"?><!-- Python -->Go<![endif]>", "Go"},
	{"an unclosed comment is text", "<!-- Python", "<!-- Python"},
	{"a declaration holds no '<'", "<![Go](https://go.dev) <script>python</script>", "<![Go](https://go.dev) "},
	{"a lone '<' is text", "a < b, <3, <5 years, x<y, <- back, <>", "a < b, <3, <5 years, x<y, <- back, <>"},
	{"generics are text", "List<String>, Map<K, V>, Box<U>, C<T>, Future<Output>, vector<int>", "List<String>, Map<K, V>, Box<U>, C<T>, Future<Output>, vector<int>"},
	{"unknown elements and mixed case are text", "<o:p>Go</o:p> <Div>x</Div> <custom-el>y</custom-el>", "<o:p>Go</o:p> <Div>x</Div> <custom-el>y</custom-el>"},
	{"a tag must close", `<a title="unclosed>Go`, `<a title="unclosed>Go`},
	{"a tag is at most maxTag bytes", "<a " + strings.Repeat("x ", maxTag/2) + ">Go", "<a " + strings.Repeat("x ", maxTag/2) + ">Go"},
	{"attributes set apart by spaces", `<a b="c"d>Go`, `<a b="c"d>Go`},
	{"a value without quotes holds no quote, '=' or backtick", "<a b=x`y>Go <a b=x'>Go <a b=x=y>Go", "<a b=x`y>Go <a b=x'>Go <a b=x=y>Go"},
	// Structure.
	{"a heading and a list", "<h3>Nice to have</h3>\n<ul>\n  <li>Kafka</li>\n  <li><p>Redis</p></li>\n</ul>\n<p>We offer</p>",
		"### Nice to have\n\n- Kafka\n- Redis\n\nWe offer\n\n"},
	{"a list after a paragraph", "<p>Requirements:</p><ul><li>Go</li><li>SQL</li></ul>Benefits", "Requirements:\n\n- Go\n- SQL\n\nBenefits"},
	{"nested lists, items without end tags", "<ol><li>Go<ul><li>gRPC</ul><li>Rust</ol>", "- Go\n- gRPC\n- Rust\n\n"},
	{"cells and rows start lines", "<table><tr><td>Go</td><td>5 years</td></tr></table>", "Go\n5 years\n\n"},
	{"divs as lines", "<div>Go</div><div>Rust</div>", "Go\nRust\n"},
	{"an empty item", "<ul><li></li><li>Go</li></ul>", "- \n- Go\n\n"},
	{"the end of an item ends its line", "<li>Go</li><b>Kafka</b> and <li>Rust</li>\n<li>SQL", "- Go\nKafka and \n- Rust\n- SQL"},
	// Markdown stays as it is.
	{"Markdown", "# Skills\n- **Go**\n- `Rust` & C\n[Kafka](https://kafka.apache.org) <https://go.dev>", "# Skills\n- **Go**\n- `Rust` & C\n[Kafka](https://kafka.apache.org) <https://go.dev>"},
}

func TestClean(t *testing.T) {
	for _, c := range cleanCases {
		var cl cleaner
		if got := cl.clean(c.text); got != c.want {
			t.Errorf("%s: clean(%q) mismatch (-want +got):\n%s", c.why, c.text, cmp.Diff(c.want, got))
		}
		checkClean(t, c.text)
	}
}

// checkClean checks the clean copy of text and its offsets against the
// reference: the same copy, and every character of it mapped back alike.
func checkClean(t *testing.T, text string) {
	t.Helper()
	var c cleaner
	got, ref := c.clean(text), refClean(text)
	if got != string(ref.text) {
		t.Fatalf("clean(%q) differs from the reference (-reference +clean):\n%s", text, cmp.Diff(string(ref.text), got))
	}
	if len(c.edits) == 0 && got != text {
		t.Fatalf("clean(%q) changed the text without edits", text)
	}
	first := -1
	if len(ref.marks) > 0 {
		first = ref.marks[0].start
	}
	if p := (&cleaner{}).firstMarkup(text); p != first {
		t.Fatalf("firstMarkup(%q) = %d, the reference's first markup is at %d", text, p, first)
	}
	for i := 0; i < len(got); {
		_, size := utf8.DecodeRuneInString(got[i:])
		s, e := c.original(i, i+size)
		if rs, re := ref.original(i, i+size); s != rs || e != re {
			t.Fatalf("clean(%q): %q at %d maps to %d-%d, the reference says %d-%d", text, got[i:i+size], i, s, e, rs, re)
		}
		i += size
	}
}

// TestCleanOffsets checks what a scan finds in text with markup: the
// original bytes of each mention, and its qualifier.
func TestCleanOffsets(t *testing.T) {
	m := New(&Config{
		Names: []Name{
			{ID: "csharp", Text: "C#", Skill: true}, {ID: "python", Text: "Python", Skill: true},
			{ID: "postgresql", Text: "PostgreSQL", Skill: true}, {ID: "kafka", Text: "Kafka", Skill: true},
			{ID: "redis", Text: "Redis", Skill: true}, {ID: "go", Text: "Go", Skill: true},
			{ID: "ml", Text: "Machine Learning", Skill: true}, {ID: "dev", Text: "développeur"},
		},
		Cues: Cues{Preferred: []string{"nice to have"}, Required: []string{"requirements"}},
	})
	cases := []struct {
		text string
		want []string // the mentions' bytes, then " preferred" when so
	}{
		{"C&#35; developer", []string{"C&#35;"}},
		{"&#67;&#35; and C&num;", []string{"&#67;&#35;", "C&num;"}},
		{"Ｐｏｓｔｇｒｅｓｑｌ, 𝗣𝘆𝘁𝗵𝗼𝗻", []string{"Ｐｏｓｔｇｒｅｓｑｌ", "𝗣𝘆𝘁𝗵𝗼𝗻"}},
		{"d&eacute;veloppeur Python", []string{"d&eacute;veloppeur", "Python"}},
		{`<div data-lang="python">Go</div><!-- Kafka --><script>redis()</script>`, []string{"Go"}},
		{"<b>Machine</b> <b>Learning</b> and Py<b>thon</b>", []string{"Machine</b> <b>Learning", "Py<b>thon"}},
		{"Machine&nbsp;Learning", []string{"Machine&nbsp;Learning"}},
		{"<p>Requirements: Python</p>\n<h3>Nice to have</h3>\n<ul>\n<li>Kafka</li>\n<li>Redis</li>\n</ul>\n<p>We use Go.</p>",
			[]string{"Python", "Kafka preferred", "Redis preferred", "Go"}},
		{"List<String> in Go, a < b, C<T>", []string{"Go"}},
	}
	for _, c := range cases {
		got := []string{}
		m.Scan(c.text, func(h Hit) bool {
			s := c.text[h.Start:h.End]
			if h.Qualifier == Preferred {
				s += " preferred"
			}
			got = append(got, s)
			return true
		})
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("mentions in %q (-want +got):\n%s", c.text, diff)
		}
		checkAgainstReference(t, m, c.text, c.text)
		checkFillTokens(t, m, c.text, c.text)
	}
}

// markupText builds random HTML and Markdown around the names of m: names
// as text, with characters written as references or compatibility forms,
// in tags and list items, and names where they are no text (in attributes,
// comments, scripts and styles), whose spans it returns, with noise: a
// lone '<' or '&', generics, unclosed tags and comments.
func markupText(r *rand.Rand, m *Matcher, pieces int) (string, []refSpan) {
	var b strings.Builder
	var hidden []refSpan
	name := func() string {
		toks := m.phraseToks(int32(r.IntN(len(m.phrases))))
		joins := []string{" ", " ", "&nbsp;", "</b> <b>", "-", "\n", "<br>", "&#32;"}
		return disguise(r, strings.Join(toks, joins[r.IntN(len(joins))]))
	}
	hide := func(before, after string) {
		b.WriteString(before)
		start := b.Len()
		b.WriteString(name())
		hidden = append(hidden, refSpan{start, b.Len()})
		b.WriteString(after)
	}
	for range pieces {
		switch r.IntN(12) {
		case 0:
			hide(`<div data-lang="`, `">`)
		case 1:
			hide("<a title='", "' href=x>")
		case 2:
			hide("<!-- ", " -->")
		case 3:
			hide(`<script>var x = "`, `";</script>`)
		case 4:
			hide("<style>.", " { }</STYLE>")
		case 5:
			b.WriteString(markupNoise[r.IntN(len(markupNoise))])
		default:
			w := markupWraps[r.IntN(len(markupWraps))]
			b.WriteString(strings.Replace(w, "%", name(), 1))
		}
		b.WriteString([]string{" ", "\n", "", ", ", "\n\n", "  \n"}[r.IntN(6)])
	}
	return b.String(), hidden
}

var (
	markupWraps = []string{"%", "%", "<b>%</b>", "<li>%</li>", "<p>%</p>", "<h3>%</h3>", "<td>%", "**%**",
		"- %", "# %", "[%](https://x.io)", "<span class=\"s\">%</span>", "<LI>%", "<br>%", "%<br/>", "`%`",
		"<ul><li>%</li></ul>", "<h3>Nice to have</h3><ul><li>%</li></ul>", "Py<i>%</i>"}
	markupNoise = []string{"a < b", "<3", "List<String>", "Box<U>", "R&D", "&amp", "AT&T;", "&unknown;", "<",
		">", "&", "&#", "<!", "<!--", "<a href=\"x", "</", "<ul>", "</ul>", "</li>", "<p>", "</p>", "<br>",
		"<!DOCTYPE html>", "&lt;b&gt;", "x<y>z", "<script>", "</script>", "<B>", "\u00a0", "ﬁ", "Ｘ"}
)

// disguise writes some characters of s as character references or
// compatibility forms.
func disguise(r *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= utf8.RuneSelf || r.IntN(4) != 0 {
			b.WriteRune(c)
			continue
		}
		switch r.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "&#%d;", c)
		case 1:
			fmt.Fprintf(&b, "&#x%X;", c)
		case 2:
			if 0x21 <= c && c <= 0x7e {
				b.WriteRune(c - 0x21 + 0xff01) // full width
			} else {
				b.WriteRune(c)
			}
		case 3:
			switch {
			case 'A' <= c && c <= 'Z':
				b.WriteRune(c - 'A' + 0x1d5d4) // sans-serif bold
			case 'a' <= c && c <= 'z':
				b.WriteRune(c - 'a' + 0x1d5ee)
			case '0' <= c && c <= '9':
				b.WriteRune(c - '0' + 0x1d7ec)
			default:
				b.WriteRune(c)
			}
		default:
			if n, ok := map[rune]string{'&': "&amp;", '#': "&num;", '.': "&period;", '+': "&plus;", ' ': "&nbsp;", '/': "&sol;"}[c]; ok {
				b.WriteString(n)
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// TestFirstMarkup checks that firstMarkup, which searches a chunk at a
// time, finds one piece of markup anywhere in a long text, at the edges
// of its chunks too.
func TestFirstMarkup(t *testing.T) {
	var prose strings.Builder
	for prose.Len() < 40<<10 {
		prose.WriteString("Go and Kafka – “quoted” • bullets — dashes, R&D, a < b; ")
	}
	text := prose.String()
	r := rand.New(rand.NewPCG(7, 8))
	for _, markup := range []string{"&#35;", "<br>", "Ｐ", "ℎ", "𝗣", "ﬁ", "<!-- x -->"} {
		for _, at := range []int{0, 8<<10 - 1, 8 << 10, 16<<10 - 2, len(text) - 1, r.IntN(len(text)), r.IntN(len(text))} {
			for !utf8.RuneStart(text[at]) {
				at--
			}
			checkClean(t, text[:at]+markup+text[at:])
		}
	}
	checkClean(t, text)
}

func TestCleanRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range []*Config{corpusConfig(), defaultConfig()} {
		m := New(c)
		for i := range 200 {
			text, hidden := markupText(r, m, 30)
			checkHygiene(t, m, c, fmt.Sprintf("random markup %d", i), text, hidden)
		}
	}
}

// FuzzHygiene builds random HTML and Markdown around the names of the
// corpus taxonomy (markupText) and checks the hits' offsets: in the text,
// never inside markup nor in a name that is no text, their bytes a name of
// the concept; and the scanner against the reference.
func FuzzHygiene(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint8(20))
	f.Add(uint64(7), uint64(7), uint8(60))
	m, c := corpusMatcher(), corpusConfig()
	f.Fuzz(func(t *testing.T, a, b uint64, n uint8) {
		text, hidden := markupText(rand.New(rand.NewPCG(a, b)), m, int(n))
		checkHygiene(t, m, c, "fuzz", text, hidden)
	})
}

// checkHygiene checks the hits of m, built from c, in text, where the spans hidden hold
// names that are no text.
func checkHygiene(t *testing.T, m *Matcher, c *Config, name, text string, hidden []refSpan) {
	t.Helper()
	checkClean(t, text)
	ref := refClean(text)
	var got []Hit
	m.Collect(text, func(hits []Hit) { got = slices.Clone(hits) })
	end := 0
	for _, h := range got {
		if h.Start < end || h.End <= h.Start || h.End > len(text) || !utf8.RuneStart(text[h.Start]) ||
			(h.End < len(text) && !utf8.RuneStart(text[h.End])) {
			t.Fatalf("%s: hit %+v out of order, range or runes in %q", name, h, text)
		}
		end = h.End
		clean := string(refClean(text[h.Start:h.End]).text)
		if !matchesName(clean, &c.Names[h.Name]) {
			t.Fatalf("%s: hit %q (%q) is not a form of %q", name, text[h.Start:h.End], clean, c.Names[h.Name].Text)
		}
		for _, s := range slices.Concat(ref.marks, hidden) {
			if (s.start < h.Start && h.Start < s.end) || (s.start < h.End && h.End < s.end) {
				t.Fatalf("%s: hit %q at %d-%d starts or ends inside %q", name, text[h.Start:h.End], h.Start, h.End, text[s.start:s.end])
			}
		}
		for _, s := range hidden {
			// The words of a mention may be on either side of a tag that
			// holds a name, but its first and last are no such name.
			if (s.start <= h.Start && h.Start < s.end) || (s.start < h.End && h.End <= s.end) {
				t.Fatalf("%s: hit %q at %d-%d is in %q, which is no text", name, text[h.Start:h.End], h.Start, h.End, text[s.start:s.end])
			}
		}
	}
	checkAgainstReference(t, m, name, text)
	checkFillTokens(t, m, name, text)
}

// htmlDocs returns the postings and resumes of testdata/bench as a rich-text
// editor would write them: paragraphs in <p>, list items in <li>, headings
// in <h3>, '&' and '<' as references.
func htmlDocs(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/bench/*")
	if err != nil || len(files) == 0 {
		tb.Fatal("no texts in ../../testdata/bench", err)
	}
	var docs []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var b strings.Builder
		inList := false
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(strings.TrimSpace(line))
			item, isItem := strings.CutPrefix(line, "- ")
			if isItem != inList {
				b.WriteString(map[bool]string{true: "<ul>\n", false: "</ul>\n"}[isItem])
				inList = isItem
			}
			switch {
			case isItem:
				fmt.Fprintf(&b, "  <li><span class=\"item\">%s</span></li>\n", item)
			case strings.HasPrefix(line, "#"):
				fmt.Fprintf(&b, "<h3 id=\"h\">%s</h3>\n", strings.TrimLeft(line, "# "))
			case line != "":
				fmt.Fprintf(&b, "<p style=\"margin:0\">%s</p>\n", line)
			}
		}
		docs = append(docs, b.String())
	}
	return docs
}

// BenchmarkClean makes the clean copy of the postings and resumes of
// testdata/bench written as HTML, and scans them; scan-plain scans the
// clean copies themselves, for the cost of cleaning beside that of a scan.
func BenchmarkClean(b *testing.B) {
	docs := htmlDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	var c cleaner
	b.Run("clean", func(b *testing.B) {
		b.SetBytes(int64(size))
		for range b.N {
			for _, d := range docs {
				c.clean(d)
			}
		}
	})
	m := defaultMatcher()
	scan := func(docs []string) func(b *testing.B) {
		return func(b *testing.B) {
			b.SetBytes(int64(size))
			for range b.N {
				for _, d := range docs {
					m.Collect(d, func([]Hit) {})
				}
			}
		}
	}
	b.Run("scan-html", scan(docs))
	plain := make([]string, len(docs))
	for i, d := range docs {
		plain[i] = c.clean(d)
	}
	b.Run("scan-plain", scan(plain))
}

// TestCleanConcurrent scans texts with and without markup, in turns, from
// several goroutines on one matcher, whose pooled scanners go from one kind
// of text to the other: each gets the hits it gets alone.
func TestCleanConcurrent(t *testing.T) {
	m := defaultMatcher()
	html := htmlDocs(t)
	var texts []string
	for _, d := range html {
		texts = append(texts, d, Clean(d))
	}
	want := make([][]Hit, len(texts))
	for i, text := range texts {
		m.Collect(text, func(hits []Hit) { want[i] = slices.Clone(hits) })
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(texts) {
				i := (k*7 + g) % len(texts)
				var got []Hit
				m.Scan(texts[i], func(h Hit) bool { got = append(got, h); return true })
				if !slices.Equal(got, want[i]) {
					t.Errorf("text %d: concurrent hits differ:\n%v\nwant %v", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
