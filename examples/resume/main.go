// Command resume ranks a resume against the embedded taxonomy's roles and
// lists what it lacks for each: the skills and duties the resume shows, the
// mentions and hierarchy steps through which they count, and the missing
// skills with the concrete technologies that would fill them.
//
//	go run ./examples/resume                     # a sample resume
//	go run ./examples/resume testdata/resumes/php-maintainer.txt
//
// A JSON Resume document (https://jsonresume.org/schema), named by an
// argument ending in .json or read with -jsonresume, becomes a profile
// (roles.ProfileFromJSONResume): the command prints the profile with its
// levels and years, the keywords the taxonomy does not know, which role the
// profile is about (roles.DecideProfile), the ranking and the gaps. With
// -posting, it also holds the profile against a job posting, a text file:
// the skills the posting asks for that the resume lacks, and the years it
// asks that the resume does not show (roles.GapsFor).
//
//	go run ./examples/resume testdata/jsonresume/backend.json
//	go run ./examples/resume -posting testdata/posting.md testdata/jsonresume/backend.json
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openroles/roles"
)

const sample = `Jane Roe, back-end developer

Skills: Go, PostgreSQL, Python, Docker, Kafka, REST, OAuth, clean code,
unit testing.

Experience
  2019-2024  Acme Shop. Maintained the database and kept it fast (database
             performance); troubleshooting production issues; mentoring
             junior developers; building features on the platform team's
             architecture.
`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command, with its arguments and outputs given; it returns the
// exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("resume", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("jsonresume", false, "read the file as a JSON Resume document (the default for names ending in .json)")
	posting := fs.String("posting", "", "a job posting (text) to hold a JSON Resume against")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "usage: resume [-jsonresume] [-posting file] [file]")
		return 2
	}
	var data []byte
	name := ""
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		data = b
	}
	if *asJSON || strings.HasSuffix(strings.ToLower(name), ".json") {
		return jsonResume(data, *posting, stdout, stderr)
	}
	if *posting != "" {
		fmt.Fprintln(stderr, "resume: -posting needs a JSON Resume document")
		return 2
	}
	text := string(data)
	if name == "" {
		text = sample
		fmt.Fprint(stdout, sample)
	}
	return plainText(text, stdout, stderr)
}

// plainText ranks a resume given as text, and lists its gaps for each role.
func plainText(text string, stdout, stderr io.Writer) int {
	t := roles.Default()
	mentions := t.Extract(text)
	for _, m := range t.RankMentions(mentions) {
		printMatch(stdout, m, func(e roles.Evidence) string {
			if len(e.Mentions) > 0 {
				mm := e.Mentions[0]
				return fmt.Sprintf("%q", text[mm.Start:mm.End])
			}
			return e.ID
		})
		gaps, err := t.GapsMentions(mentions, m.Role)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		printGaps(stdout, gaps)
	}
	return 0
}

// jsonResume reads a JSON Resume document into a profile and prints what
// the taxonomy makes of it; with a posting, what it lacks for the posting.
func jsonResume(data []byte, postingFile string, stdout, stderr io.Writer) int {
	t := roles.Default()
	r, err := t.ProfileFromJSONResume(data)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	printProfile(stdout, r)
	d, err := t.DecideProfile(r.Profile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	printDecision(stdout, d)
	ranking, err := t.RankProfile(r.Profile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, m := range ranking.Matches {
		printMatch(stdout, m, nil)
		gaps, err := t.Gaps(r.Profile, m.Role)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		printGaps(stdout, gaps)
	}
	if postingFile == "" {
		return 0
	}
	text, err := os.ReadFile(postingFile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	gaps, err := t.GapsFor(t.Extract(string(text)), r.Profile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintf(stdout, "\nAgainst the posting %s:\n", postingFile)
	if len(gaps) == 0 {
		fmt.Fprintln(stdout, "  nothing missing")
	}
	printGaps(stdout, gaps)
	return 0
}

// printProfile prints what was read from a JSON Resume document.
func printProfile(w io.Writer, r roles.ResumeProfile) {
	fmt.Fprintf(w, "Headline: %s\nSkills:\n", r.Headline)
	for _, s := range r.Profile.Skills {
		fmt.Fprintf(w, "  %-28s", s.Skill)
		if s.Level > 0 {
			fmt.Fprintf(w, " level %d", s.Level)
		}
		if s.Years > 0 {
			fmt.Fprintf(w, " %g years", s.Years)
		}
		fmt.Fprintln(w)
	}
	if len(r.Profile.Responsibilities) > 0 {
		fmt.Fprintf(w, "Responsibilities: %s\n", strings.Join(r.Profile.Responsibilities, ", "))
	}
	for _, u := range r.Unknown {
		fmt.Fprintf(w, "Not in the taxonomy: %s\n", u)
	}
}

// printDecision prints which role the profile is about.
func printDecision(w io.Writer, d roles.Decision) {
	role := d.Role
	if role == "" {
		role = "no role"
	}
	fmt.Fprintf(w, "\nDecision: %s (confidence %.2f, runner-up %q", role, d.Confidence, d.RunnerUp)
	if d.Leaning != 0 {
		fmt.Fprintf(w, ", leaning %+.2f", d.Leaning)
	}
	fmt.Fprintln(w, ")")
}

// printMatch prints a role's score and what counts toward it; source, when
// not nil, names where a piece of evidence comes from instead of its ID.
func printMatch(w io.Writer, m roles.RoleMatch, source func(roles.Evidence) string) {
	fmt.Fprintf(w, "\n%s: %.2f (skills %.2f, responsibilities %.2f)\n", m.Name, m.Score, m.Skills, m.Responsibilities)
	for _, c := range m.Matched {
		var from []string
		for _, e := range c.Evidence {
			src := e.ID
			if source != nil {
				src = source(e)
			}
			if len(e.Via) > 0 {
				src += " → " + strings.Join(e.Via, " → ")
			}
			from = append(from, src)
		}
		fmt.Fprintf(w, "  + %-50s %.2f  %s\n", c.Name, c.Value, strings.Join(from, "; "))
	}
}

// printGaps prints gaps, each with up to five skills that would fill it,
// or the years asked and shown.
func printGaps(w io.Writer, gaps []roles.Gap) {
	for _, g := range gaps {
		fmt.Fprintf(w, "  - %-50s %s %d", g.Name, g.Requirement, g.Importance)
		if g.WantYears > 0 {
			fmt.Fprintf(w, "  (%g years asked, %g shown)", g.WantYears, g.HaveYears)
		}
		if len(g.Options) > 0 {
			var names []string
			for i, o := range g.Options {
				if i == 5 {
					names = append(names, fmt.Sprintf("and %d more", len(g.Options)-5))
					break
				}
				names = append(names, o.Name)
			}
			fmt.Fprintf(w, "  (learn: %s)", strings.Join(names, ", "))
		}
		fmt.Fprintln(w)
	}
}
