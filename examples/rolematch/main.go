// Command rolematch says which role each job posting or resume is about, and
// prints the roles, skills and responsibilities it mentions, where they are
// and how they are meant.
//
// Usage:
//
//	rolematch [-json] [-lines] [-max-bytes N] [-roles N] [-taxonomy FILE] [-lang TAG] [FILE...]
//	rolematch -jsonl [-id-field NAME] [-text-field NAME] [-max-record N] [-workers N]
//		[-strict] [-progress] [-max-bytes N] [-roles N] [-taxonomy FILE] [-lang TAG] [FILE...]
//
// It reads each FILE, or standard input when there is none, scans each
// document once (roles.Taxonomy.Extract) and prints one block per document.
// The block opens with the answer (see roles.Taxonomy.DecideMentions): the
// role the document is about and its fit, and for back-end work its leaning
// from -1 (the developer's work) to +1 (the engineer's), as in
//
//	backend-engineer 0.99, leaning engineer +0.57
//
// or "no role" with the fit of no role and what pushed toward it: the
// occupations outside the roles that the title names, or a text that shows
// too little of any role, as in
//
//	no role (0.34): the text shows too little of any role; the closest role is devops-engineer at 0.12
//
// Then come why (the concepts that weighed most toward the answer and
// toward the runner-up, each with its weight, the concept's name and where
// the document names it: in the title lines or the text, with the text
// matched), what moved the leaning, a table of mentions with their position
// (line:column, columns counted in characters), kind, ID, qualifier and the
// text matched, and every role with two numbers: its fit, which says which
// role the document is about and compares across roles and documents, and
// its coverage (roles.RoleMatch.Score), which says how much of the role the
// document shows, with what matched (and the concepts that count toward
// it) and what is missing.
//
// With -json it prints one JSON object per document, each on its own line
// (here a posting read from standard input, shortened and broken at "..."):
//
//	{"input":"-","role":"backend-engineer","leaning":0.5652173913043479,
//	 "seniority":{"level":"senior","evidence":[{"level":"senior","cue":"title","text":"Senior","start":0,"end":6}]},
//	 "mentions":[...,{"id":"go","kind":"skill","start":347,"end":349,"text":"Go","qualifier":"required","name":"Go","line":7,"column":28},...],
//	 "roles":[{"id":"backend-engineer","name":"Backend Engineer","score":0.9857177663806644,"coverage":0.41486242424242425,
//	   "skills":0.45870545454545464,"responsibilities":0.08333333333333333,"matched":["server-side-languages",...],
//	   "missing":["accessibility-compliance",...],"evidence":{...}},{"id":"backend-developer",...},...]}
//
// "input" is the file name, or "-" for standard input. "role" is the ID of
// the role the document is about, or "" when none fits; "leaning" is in
// [-1, 1], and 0 unless the role is backend-developer or backend-engineer.
// "seniority" holds the "level" of the work (intern, junior, mid, senior,
// staff or lead; "" when the document does not say) and its "evidence"
// (see roles.Seniority). A mention has "years" when the document attaches
// years of experience to it ("5+ years of Go").
// A mention's "start" and "end" are byte offsets into the document; its
// "line" and "column" place it in the input. "roles" lists every role of
// the taxonomy by fit, highest first, equal fits by ID: "score" is the fit,
// in [0, 1] and comparable across roles, and "coverage", also in [0, 1],
// how much of the role the document shows, with its "skills" and
// "responsibilities" parts.
//
// -roles N prints only the N roles that fit best, in the table and in
// "roles"; -roles 0 prints none (an empty "roles") and does not rank the
// roles at all: ranking them and writing their coverage is nearly half
// the work on each document. The default, -1, prints every role. The
// answer, "role", is the same either way.
//
// Each input is one document, unless -lines is given: then each line of an
// input is a document of its own (a stream of postings, one per line),
// blank lines are skipped, the line end ("\n" or "\r\n") is not part of
// the document, and each report says which line it is about (the table's
// header reads "== FILE:LINE", the JSON object has "line"). Either way
// rolematch holds one document at a time, so its memory grows with the
// longest document, not with the input. -max-bytes N skips every document
// longer than N bytes, with an error on standard error that names the
// input, the document's line and its byte offset, and goes on with the next
// document; rolematch then exits with status 1. N is 0, no limit, by
// default; a service that runs rolematch on text it does not trust should
// set it.
//
// -taxonomy FILE uses a taxonomy in the package's JSON format instead of the
// embedded one, or an overlay (a file without a top-level "roles" member,
// see roles.Overlay) applied to the embedded one; when it is invalid,
// rolematch prints every problem to standard error and exits with status 1.
// It also exits with status 1 when an input cannot be read.
//
// -lang TAG prints the names of roles and other concepts (in "why", in the
// reasons for "no role", and the "name" of each role in JSON) in the
// language of the BCP 47 tag, such as de, fr or es-419, where the taxonomy
// has them (see roles.Role.NameIn), and in English where it has not. It
// changes nothing of what is found: text in any language is read as
// always, and each mention's "lang" says which language's name matched.
//
// # Batches of records
//
// With -jsonl, each line of each input is a JSON Lines record, an object
// such as {"id": 17, "text": "Senior Backend Engineer..."}, and rolematch
// prints one JSON line per record, in input order: the record's "id" (any
// JSON value, as given, without white space between its tokens), the
// "input" and the "line" it is on, then the same members as -json prints
// for the record's text read as a whole input (the mentions' "start",
// "end", "line" and "column" are then places in the decoded text).
// -id-field and -text-field name other members to read. Blank lines are
// skipped. Records are analyzed on -workers goroutines (GOMAXPROCS, the
// cores, by default) and printed in order; rolematch holds a window of a
// few records per worker, never the input, so its memory stays flat
// however long the input (README.md gives the figures). Unless the
// environment sets GOGC, -jsonl sets it to 400: the analyses allocate much
// and keep little, and fewer collections save CPU for a few tens of MB.
// A large input to try it on:
//
//	go test -run TestWriteBenchJSONL -benchjsonl /tmp/big.jsonl -benchjsonl-size 1GB .
//	go run ./examples/rolematch -jsonl -workers 1 /tmp/big.jsonl > /dev/null
//
// A malformed record (not JSON, not an object, no "id" or "text" member,
// a "text" that is not a string, a line longer than -max-record bytes, 16
// MiB by default, or a text longer than -max-bytes) is skipped with an
// error on standard error that says where it is and what is wrong, as in
//
//	rolematch: postings.jsonl:1207: member "text" is null, want a string
//
// and the run goes on; with -strict it stops there. The exit status is 0
// when every record was reported, 1 when some were malformed, and 2 for a
// usage error (flags, an invalid taxonomy), an input that cannot be read
// (reported, the other inputs are still read) or an output that cannot be
// written. When standard error is a terminal, or with -progress, a line
// on it says how far the run is: records, MB read, MB/s and, when every
// input is a regular file, the time left.
//
//	go run ./examples/rolematch testdata/posting.md
//	zcat postings.txt.gz | go run ./examples/rolematch -lines -json -max-bytes 1000000
//	go run ./examples/rolematch -jsonl -text-field description postings.jsonl > results.jsonl
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/openroles/roles"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// report is what rolematch says about one document. Each analysis adds a
// section: a field here, a line in analyze, a printer in printTable and one
// in jsonWriter.report (TestJSONWriter fails until it is there).
type report struct {
	ID      json.RawMessage `json:"id,omitempty"` // with -jsonl, the record's ID as given
	Input   string          `json:"input"`
	Line    int             `json:"line,omitempty"` // with -lines, the input's line that is this document
	Role    string          `json:"role"`           // the ID of the role the document is about, "" for none
	Leaning float64         `json:"leaning"`        // in [-1, 1]: -1 developer, +1 engineer, 0 unless back-end
	// Seniority is how senior the work is, with its evidence.
	Seniority roles.Seniority `json:"seniority"`
	Mentions  []mention       `json:"mentions"`
	Roles     []role          `json:"roles"` // by fit, highest first, then by ID

	decision roles.Decision // the whole answer, for the table
}

// role is a roles.RoleMatch in short, with the role's fit: the IDs of what
// matched and what is missing, and for each matched ID the concepts of the
// input that count toward it.
type role struct {
	ID               string      `json:"id"`
	Name             string      `json:"name"`
	Score            float64     `json:"score"`            // the fit (roles.RoleFit.Fit): which role the input is about
	Coverage         float64     `json:"coverage"`         // roles.RoleMatch.Score: how much of the role the input shows
	Skills           float64     `json:"skills"`           // the skills part of the coverage
	Responsibilities float64     `json:"responsibilities"` // the responsibilities part
	Matched          coverageIDs `json:"matched"`          // the IDs of what matched
	Missing          coverageIDs `json:"missing"`          // the IDs of what is missing
	Evidence         evidenceOf  `json:"evidence"`         // matched ID → the input's concepts, "postgresql→data-integration" for a hierarchy step
}

// mention is a roles.Mention with its text and position spelled out.
type mention struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Qualifier string `json:"qualifier"`
	Name      string `json:"name"`   // the taxonomy's name that matched
	Line      int    `json:"line"`   // from 1
	Column    int    `json:"column"` // from 1, in characters
	// Years is the years of experience the text attaches to the mention
	// ("5+ years of Go"); left out when it states none.
	Years float64 `json:"years,omitempty"`
	// Lang is the language of the name that matched, when it is a
	// localized one ("de"); left out for the concept's own names.
	Lang string `json:"lang,omitempty"`
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	inputs, ok := c.parseFlags(args)
	if !ok {
		return 2
	}
	c.tax = roles.Default()
	if c.taxFile != "" {
		var err error
		if c.tax, err = loadTaxonomy(c.taxFile); err != nil {
			printError(stderr, err)
			if c.jsonl {
				return exitUsage
			}
			return 1
		}
	}
	if c.lang != "" {
		// The tag is checked as the package checks one.
		if _, err := c.tax.WithLanguages(c.lang); err != nil {
			fmt.Fprintf(stderr, "rolematch: -lang: %v\n", err)
			return 2
		}
	}
	if c.jsonl {
		return c.runJSONL(inputs)
	}
	c.json = newJSONWriter(stdout)
	for _, name := range inputs {
		if err := c.input(name); err != nil {
			fmt.Fprintf(stderr, "rolematch: %v\n", err)
			if errors.Is(err, errWrite) {
				return 1
			}
			c.status = 1
		}
	}
	return c.status
}

// cli is one run of rolematch: its flags and where it is in its output.
type cli struct {
	asJSON   bool
	lines    bool
	maxBytes int64
	nroles   int // -roles: how many roles to print, -1 for all
	taxFile  string
	lang     string // the language of the names printed, "" for English
	tax      *roles.Taxonomy

	// -jsonl and its flags
	jsonl              bool
	idField, textField string
	maxRecord          int64
	workers            int
	strict, progress   bool

	stdin          io.Reader
	stdout, stderr io.Writer
	json           *jsonWriter
	printed        int // reports printed so far
	status         int // 1 once an input or a document failed
}

// errWrite marks a failure to write the output, which ends the run.
var errWrite = errors.New("cannot write the output")

const usage = `usage: rolematch [-json] [-lines] [-max-bytes N] [-roles N] [-taxonomy FILE] [-lang TAG] [FILE...]
       rolematch -jsonl [-id-field NAME] [-text-field NAME] [-max-record N] [-workers N]
                 [-strict] [-progress] [-max-bytes N] [-roles N] [-taxonomy FILE] [-lang TAG] [FILE...]

For each FILE (standard input when there is none), rolematch says which role
the document is about, with its fit in [0, 1], or "no role"; for back-end
work, its leaning from -1 (the developer's work: features, maintenance,
fixes) to +1 (the engineer's: the foundation, its architecture and scale);
why; the roles, skills and responsibilities it mentions; and every role's
fit (which role the text is about, comparable across roles) beside its
coverage (how much of the role the text shows).

`

func (c *cli) parseFlags(args []string) (inputs []string, ok bool) {
	fs := flag.NewFlagSet("rolematch", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.BoolVar(&c.asJSON, "json", false, "print one JSON object per document, one per line: \"role\", \"leaning\", \"mentions\",\nand \"roles\" by fit, each with \"score\" (the fit) and \"coverage\"")
	fs.BoolVar(&c.lines, "lines", false, "read each line of each input as a document of its own (blank lines are skipped)")
	fs.Int64Var(&c.maxBytes, "max-bytes", 0, "skip, with an error, any document longer than `N` bytes (0: no limit)")
	fs.IntVar(&c.nroles, "roles", -1, "print only the `N` roles that fit best (-1: all; 0: none, and the roles are not ranked)")
	fs.StringVar(&c.taxFile, "taxonomy", "", "use the taxonomy in this JSON `file` instead of the embedded one")
	fs.StringVar(&c.lang, "lang", "", "print the names of concepts in this language, a BCP 47 `tag` such as de, fr or es-419,\nwhere the taxonomy has them, else in English")
	fs.BoolVar(&c.jsonl, "jsonl", false, "read JSON Lines records {\"id\": ..., \"text\": ...} and print one JSON line per record, with its \"id\"")
	fs.StringVar(&c.idField, "id-field", "id", "with -jsonl, the member of a record that holds its ID (any JSON value)")
	fs.StringVar(&c.textField, "text-field", "text", "with -jsonl, the member of a record that holds its text (a JSON string)")
	fs.Int64Var(&c.maxRecord, "max-record", 16<<20, "with -jsonl, skip, with an error, any record (line) longer than `N` bytes (0: no limit)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "with -jsonl, analyze records on `N` goroutines")
	fs.BoolVar(&c.strict, "strict", false, "with -jsonl, stop at the first malformed record")
	fs.BoolVar(&c.progress, "progress", false, "with -jsonl, print a progress line on standard error even when it is not a terminal")
	fs.Usage = func() {
		fmt.Fprint(c.stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, false
	}
	if c.maxBytes < 0 {
		fmt.Fprintf(c.stderr, "rolematch: -max-bytes %d: want 0 (no limit) or more\n", c.maxBytes)
		return nil, false
	}
	if c.nroles < -1 {
		fmt.Fprintf(c.stderr, "rolematch: -roles %d: want -1 (all), 0 (none) or more\n", c.nroles)
		return nil, false
	}
	if !c.checkJSONLFlags() {
		return nil, false
	}
	inputs = fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return inputs, true
}

// input reads the documents of one input, "-" for standard input, and
// prints a report on each. A document over -max-bytes is reported on
// standard error and skipped; the input goes on. It returns the first error
// that ends the input.
func (c *cli) input(name string) error {
	r := c.stdin
	var size int64 = -1
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r = f
	}
	src := newSource(name, r, c.lines, c.maxBytes, size)
	for {
		doc, err := src.next()
		var tooLong *tooLongError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &tooLong):
			fmt.Fprintf(c.stderr, "rolematch: %v\n", err)
			c.status = 1
			continue
		case err != nil:
			return err
		}
		if err := c.print(analyze(c.tax, name, doc, c.lines, c.lang, c.nroles)); err != nil {
			return err
		}
	}
}

// print prints one report, as a JSON line or as a table block.
func (c *cli) print(r report) error {
	c.printed++
	if c.asJSON {
		if err := c.json.report(r); err != nil {
			return fmt.Errorf("%w: %v", errWrite, err)
		}
		return nil
	}
	if c.printed > 1 {
		fmt.Fprintln(c.stdout)
	}
	printTable(c.stdout, r)
	return nil
}

// loadTaxonomy reads a taxonomy file, or an overlay file that it applies to
// the embedded taxonomy: a taxonomy has a top-level "roles" member, an
// overlay never does.
func loadTaxonomy(path string) (*roles.Taxonomy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) == nil {
		if _, ok := top["roles"]; !ok {
			return roles.Default().Overlay(data)
		}
	}
	return roles.Parse(data)
}

// printError prints a taxonomy's problems one per line, with their place.
func printError(w io.Writer, err error) {
	var te *roles.Error
	if errors.As(err, &te) && len(te.Problems) > 1 {
		subject := te.Subject
		if subject == "" {
			subject = "taxonomy"
		}
		fmt.Fprintf(w, "rolematch: invalid %s: %d problems:\n", subject, len(te.Problems))
		for _, p := range te.Problems {
			fmt.Fprintf(w, "\t%s\n", p)
		}
		return
	}
	fmt.Fprintf(w, "rolematch: %v\n", err)
}

// analyze builds the report on one input, which it scans once: the
// mentions found feed both the decision and the ranking. The names of
// concepts are in the language lang ("" for English). The report holds
// the nroles roles that fit best, all of them for -1; for 0 the roles are
// not ranked.
func analyze(t *roles.Taxonomy, name string, doc document, lines bool, lang string, nroles int) report {
	ms := t.Extract(doc.text)
	d := t.DecideMentions(doc.text, ms)
	r := report{Input: name, Role: d.Role, Leaning: d.Leaning, Seniority: t.SeniorityMentions(doc.text, ms),
		Mentions: mentions(doc, ms), Roles: []role{}, decision: d}
	if nroles != 0 {
		r.Roles = rolesOf(t.RankMentions(ms), d)
		if nroles > 0 && nroles < len(r.Roles) {
			r.Roles = r.Roles[:nroles]
		}
	}
	if lines {
		r.Line = doc.line
	}
	if lang != "" {
		for _, ev := range [][]roles.Signal{r.decision.Evidence, r.decision.LeaningEvidence} {
			for i := range ev {
				ev[i].Name = t.NameIn(ev[i].Concept, lang)
			}
		}
		for i := range r.Roles {
			r.Roles[i].Name = t.NameIn(roles.Concept{Kind: roles.KindRole, ID: r.Roles[i].ID, Name: r.Roles[i].Name}, lang)
		}
	}
	return r
}

// mentions spells out the mentions found in doc with their text and position.
func mentions(doc document, ms []roles.Mention) []mention {
	out := make([]mention, 0, len(ms))
	text := doc.text
	pos := newPositions(text, doc.line)
	for _, m := range ms {
		line, col := pos.at(m.Start)
		out = append(out, mention{
			ID: m.ID, Kind: string(m.Kind), Start: m.Start, End: m.End,
			Text: text[m.Start:m.End], Qualifier: string(m.Qualifier), Name: m.Name,
			Line: line, Column: col, Years: m.Years, Lang: m.Lang,
		})
	}
	return out
}

// rolesOf puts each role's coverage beside its fit in d, and orders the
// roles by fit, highest first, then by ID. The roles hold the slices of
// ranked, not copies.
func rolesOf(ranked []roles.RoleMatch, d roles.Decision) []role {
	out := make([]role, 0, len(ranked))
	for _, m := range ranked {
		ro := role{ID: m.Role, Name: m.Name, Coverage: m.Score, Skills: m.Skills,
			Responsibilities: m.Responsibilities, Matched: m.Matched, Missing: m.Missing, Evidence: m.Matched}
		for _, f := range d.Roles {
			if f.Role == m.Role {
				ro.Score = f.Fit
				break
			}
		}
		out = append(out, ro)
	}
	slices.SortFunc(out, func(a, b role) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// printTable prints a report as a readable block: the answer, why, the
// leaning's evidence, the mentions, then every role's fit and coverage.
func printTable(w io.Writer, r report) {
	input := r.Input
	if r.Line > 0 {
		input = fmt.Sprintf("%s:%d", r.Input, r.Line)
	}
	fmt.Fprintf(w, "== %s: %d mentions\n", input, len(r.Mentions))
	fmt.Fprintln(w, answer(r.decision))
	fmt.Fprintln(w, seniority(r.Seniority))
	printWhy(w, r)
	if len(r.Mentions) > 0 {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "POSITION\tKIND\tID\tQUALIFIER\tTEXT")
		for _, m := range r.Mentions {
			fmt.Fprintf(tw, "%d:%d\t%s\t%s\t%s\t%s\n", m.Line, m.Column, m.Kind, m.ID, m.Qualifier, oneLine(m.Text))
		}
		tw.Flush()
	}
	if len(r.Roles) > 0 {
		fmt.Fprintln(w)
		printRoles(w, r.Roles)
	}
}

// printRoles prints each role's fit and coverage, with what matched and
// what is missing.
func printRoles(w io.Writer, rs []role) {
	fmt.Fprintln(w, "ROLES (fit: which role the text is about; coverage: how much of the role it shows)")
	width := 0
	for _, ro := range rs {
		width = max(width, len(ro.ID))
	}
	for _, ro := range rs {
		fmt.Fprintf(w, "%-*s  fit %.2f  coverage %.2f  (skills %.2f, responsibilities %.2f)\n",
			width, ro.ID, ro.Score, ro.Coverage, ro.Skills, ro.Responsibilities)
		for _, c := range ro.Matched {
			fmt.Fprintf(w, "  + %s  ← %s\n", c.ID, strings.Join(chains(c.Evidence), ", "))
		}
		if len(ro.Missing) > 0 {
			ids := make([]string, len(ro.Missing))
			for i, c := range ro.Missing {
				ids[i] = c.ID
			}
			fmt.Fprintf(w, "  - missing: %s\n", strings.Join(ids, ", "))
		}
	}
}

// The article's two roles, which alone have a leaning.
const (
	developerID = "backend-developer"
	engineerID  = "backend-engineer"
)

// seniority says in one line how senior the work is, and the first piece
// of evidence for that level.
func seniority(s roles.Seniority) string {
	if s.Level == "" {
		return "seniority: not stated"
	}
	for _, e := range s.Evidence {
		if e.Level == s.Level {
			return fmt.Sprintf("seniority: %s (SFIA level %d), from %s %q", s.Level, s.Level.SFIA(), e.Cue, e.Text)
		}
	}
	return fmt.Sprintf("seniority: %s (SFIA level %d)", s.Level, s.Level.SFIA())
}

// answer says in one line which role d found and how sure it is: the role
// and its fit, and for back-end work its leaning; or "no role", the fit of
// no role, and what pushed toward it.
func answer(d roles.Decision) string {
	if d.Role == "" {
		return fmt.Sprintf("no role (%.2f): %s", d.Confidence, noneReason(d))
	}
	s := fmt.Sprintf("%s %.2f", d.Role, d.Confidence)
	if d.Role != developerID && d.Role != engineerID {
		return s
	}
	switch l := math.Round(d.Leaning*100) / 100; {
	case l > 0:
		return fmt.Sprintf("%s, leaning engineer %+.2f", s, l)
	case l < 0:
		return fmt.Sprintf("%s, leaning developer %+.2f", s, l)
	}
	return s + ", leaning neither way 0.00"
}

// noneReason says what pushed a document toward no role: the concepts that
// weigh toward none (occupations named in the title), or that it names too
// little of any role; and which role came closest.
func noneReason(d roles.Decision) string {
	var names []string
	title, occupations := true, true
	for _, s := range d.Evidence {
		if s.Weight <= 0 {
			break // the positive weights come first
		}
		names = append(names, s.Name)
		title = title && s.Title
		occupations = occupations && s.Kind == roles.KindOccupation
	}
	best := "the taxonomy has no role"
	if len(d.Roles) > 0 {
		best = fmt.Sprintf("the closest role is %s at %.2f", d.Roles[0].Role, d.Roles[0].Fit)
	}
	if len(names) == 0 {
		return "the text shows too little of any role; " + best
	}
	where, what := "text", "which weighs toward no role"
	if title {
		where = "title"
	}
	if occupations {
		what = "a job outside the roles"
	}
	return fmt.Sprintf("the %s names %s, %s; %s", where, strings.Join(names, ", "), what, best)
}

// printWhy prints the evidence that weighed most toward the answer and
// toward the runner-up, then, for back-end work, what moved the leaning.
func printWhy(w io.Writer, r report) {
	d := r.decision
	if len(d.Evidence) > 0 {
		fmt.Fprintf(w, "why: + toward %s, - toward %s\n", option(d.Role), option(d.RunnerUp))
		printSignals(w, r.Mentions, strongest(d.Evidence, 3))
	}
	if d.Role != developerID && d.Role != engineerID {
		return
	}
	if len(d.LeaningEvidence) == 0 {
		fmt.Fprintln(w, "leaning: the text names nothing that only the developer or only the engineer does")
		return
	}
	fmt.Fprintln(w, "leaning: + toward the engineer's work, - toward the developer's")
	printSignals(w, r.Mentions, strongest(d.LeaningEvidence, 3))
}

// option names a role ID, or "no role" for "".
func option(id string) string {
	if id == "" {
		return "no role"
	}
	return id
}

// strongest returns up to n signals of ev with positive weights, the
// largest first, then up to n with negative weights, the most negative
// first; ev is ordered as roles.Decision orders its evidence.
func strongest(ev []roles.Signal, n int) []roles.Signal {
	var out []roles.Signal
	for _, s := range ev {
		if s.Weight <= 0 || len(out) == n {
			break
		}
		out = append(out, s)
	}
	for i, k := len(ev)-1, 0; i >= 0 && ev[i].Weight < 0 && k < n; i, k = i-1, k+1 {
		out = append(out, ev[i])
	}
	return out
}

// printSignals prints one line per signal: its weight, the concept and
// where the document names it, with ms (the report's mentions) for the
// position and the text.
func printSignals(w io.Writer, ms []mention, ev []roles.Signal) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range ev {
		where := "text"
		if s.Title {
			where = "title"
		}
		if m, ok := find(ms, s.Mention); ok {
			where = fmt.Sprintf("%s %d:%d %q", where, m.Line, m.Column, oneLine(m.Text))
		}
		if s.Count > 1 {
			where += fmt.Sprintf(" (%d mentions)", s.Count)
		}
		fmt.Fprintf(tw, "  %+.2f\t%s (%s)\t%s\n", s.Weight, s.Name, s.Kind, where)
	}
	tw.Flush()
}

// find returns the report's mention that is m; ms is in order of Start.
func find(ms []mention, m roles.Mention) (mention, bool) {
	i, _ := slices.BinarySearchFunc(ms, m.Start, func(x mention, start int) int { return cmp.Compare(x.Start, start) })
	for ; i < len(ms) && ms[i].Start == m.Start; i++ {
		if ms[i].ID == m.ID && ms[i].Kind == string(m.Kind) && ms[i].End == m.End {
			return ms[i], true
		}
	}
	return mention{}, false
}

// oneLine shows text on one line: runs of white space become one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// positions turns byte offsets into lines and columns; offsets must come in
// increasing order, as mentions do. It keeps the line and column of the
// last offset asked for and moves on from there, so that a text costs one
// pass whatever the number of mentions and the length of its lines
// (counting from the start of the line for each mention was quadratic on
// a long line: 35 s for 1 MB on one line).
type positions struct {
	text      string
	off       int // the offset that line and col describe
	line, col int // from 1; col in characters (runes, each invalid byte one)
	examined  int // bytes looked at so far, for tests: at most len(text)
}

func newPositions(text string, line int) *positions {
	return &positions{text: text, line: line, col: 1}
}

// at returns the line and column of off, counted from the line newPositions
// was given; a column counts runes as utf8.RuneCountInString does.
func (p *positions) at(off int) (line, col int) {
	for p.off < off {
		seg := p.text[p.off:off]
		nl := strings.IndexByte(seg, '\n')
		if nl < 0 {
			p.col += utf8.RuneCountInString(seg)
			p.examined += len(seg)
			p.off = off
			break
		}
		p.line++
		p.col = 1
		p.examined += nl + 1
		p.off += nl + 1
	}
	return p.line, p.col
}
