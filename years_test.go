package roles

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// yearsNow is the reference date of the years tests: "present" is December
// 2026.
var yearsNow = time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)

// yearsCases are texts and the years of each of their mentions, in text
// order, as "ID=years" ("ID" alone for none). One table feeds the test
// and the fuzz seeds.
var yearsCases = []struct {
	why, text, want string
}{
	// Phrases of years, and the mention they name.
	{"digits and a plus", "5+ years of Python", "python=5"},
	{"number word, apostrophe, experience with", "at least three years' experience with PostgreSQL", "postgresql=3"},
	{"a range gives its lower bound", "2-4 yrs of Python", "python=2"},
	{"a range in words", "2 to 4 years of Java", "java=2"},
	{"between and", "between 3 and 5 years of Kotlin", "kotlin=3"},
	{"years in brackets after the mention", "Java (3+ years)", "java=3"},
	{"a decade", "a decade of Java", "java=10"},
	{"years for a role", "minimum 2 years in a backend engineer role", "backend-engineer=2"},
	{"years for a role, as", "minimum 2 years as a backend developer", "backend-developer=2"},
	{"across a list", "3+ years with Python, Kafka and PostgreSQL", "python=3 kafka=3 postgresql=3"},
	{"a list before bracketed years", "Java and Kotlin (5 years)", "java=5 kotlin=5"},
	{"German", "mindestens 3 Jahre Erfahrung mit Python", "python=3"},
	{"German, years after experience", "Berufserfahrung von 2+ Jahren mit Java", "java=2"},
	{"German number word", "drei Jahre Erfahrung mit Kubernetes", "kubernetes=3"},
	{"French", "3 ans d'expérience en Java", "java=3"},
	{"French number word with a hyphen", "dix-sept ans d'expérience en Java", "java=17"},
	{"Spanish", "5 años de experiencia con Python", "python=5"},
	{"Spanish number word", "cinco años de experiencia con Java", "java=5"},
	{"years after the mention", "We have used Java for 12 years", "java=12"},
	{"experience of", "Java experience of 5 years", "java=5"},
	{"a dash after the mention", "Python – 5 Jahre", "python=5"},
	{"one phrase each", "Kubernetes: 3 yrs; Docker: 2 yrs", "kubernetes=3 docker=2"},
	{"a decimal", "2.5 years of Python", "python=2.5"},
	{"many words between", "2+ years of experience building services in Python", "python=2"},
	// Qualifiers.
	{"a semicolon ends the list; a plus gets none", "3+ years of Python; Kafka is a plus", "python=3 kafka"},
	{"a preferred item takes no required years", "3+ years of Java, ideally Kotlin", "java=3 kotlin"},
	{"negated before", "No Java, 5 years of Python", "java python=5"},
	{"negated after", "5 years of Python, no Java", "python=5 java"},
	{"negated mention takes none", "5 years of experience, not with PHP", "php"},
	// Traps.
	{"a time ago", "Founded 10 years ago, we use Java.", "java"},
	{"millions", "over 2 million users on Java", "java"},
	{"a compound adjective", "a 3-year roadmap for Kubernetes", "kubernetes"},
	{"a singular year word after a number", "a 2 year contract with Python", "python"},
	{"an age limit", "18+ Java", "java"},
	{"an age", "10 years old Java codebase", "java"},
	{"around the clock", "24/7 Java on-call", "java incident-management"},
	{"versions", "Java 17 and Python 3.11", "java python"},
	{"a salary", "$120k a year, Java", "java"},
	{"a salary in digits", "120,000 a year plus Python", "python"},
	{"a salary per year", "€70,000 per year, 30 days off, Kotlin", "kotlin"},
	{"a run", "For 2 years in a row we won with Kubernetes", "kubernetes"},
	{"a time ahead", "within 2 years you will own Python", "python"},
	{"German: ago", "vor 10 Jahren gegründet, Java", "java"},
	{"French: ago", "il y a 10 ans, Java", "java"},
	{"Spanish: ago", "hace 10 años, Java", "java"},
	{"a date that is no range", "In 2019 we moved to Kotlin.", "kotlin"},
	{"a range inside prose", "Our 2024–2026 roadmap: Java", "java"},
	{"a year word without a number", "Several years of Java", "java"},
	{"too many years", "60 years of Java", "java"},
	{"no years across a sentence", "5 years of experience. Python is used.", "python"},
	// Dated entries.
	{"to the present", "2019 - present: Python services at Acme", "python=7.9"},
	{"months, the lines of the entry", "Backend Engineer, Acme — Jan 2018 – Mar 2021\nBuilt Python and Kafka services.",
		"backend-engineer=3.2 python=3.2 kafka=3.2"},
	{"years alone", "2016–2019 | Java developer", "java=3"},
	{"after the title", "Java Developer, 2015 - 2018", "java=3"},
	{"German since", "seit 2020: Python-Entwickler", "python=6.9"},
	{"French since", "depuis 2019 : développeur Java", "java=7.9"},
	{"Spanish since", "desde 2018: desarrollador Python", "python=8.9"},
	{"months in digits at the start of a line", "03/2019 – 05/2021 Backend-Entwickler\nJava, Kafka", "backend-developer=2.2 java=2.2 kafka=2.2"},
	{"German present", "01.2020 – heute | Kotlin", "kotlin=6.9"},
	{"one entry per paragraph", "Senior Engineer at Acme (2019 – present)\n- Python, Kafka\n\nJunior dev at Foo (2016–2019)\n- Java",
		"python=7.9 kafka=7.9 java=3"},
	{"two entries in a paragraph", "2020 – 2024: Python\n- Kafka\n2016 – 2020: Java", "python=4 kafka=4 java=4"},
	{"stated years win over the span", "2016 – 2024: 2 years of Java, then Kotlin", "java=2 kotlin=8"},
	{"no span across paragraphs", "Java\n\n2016–2019 | Kotlin", "java kotlin=3"},
	{"dates on the last line of a paragraph go on to its list", "### Engineer — Acme\n*Jan 2018 – Mar 2021*\n\n- Python\n\n- Kafka",
		"python=3.2 kafka=3.2"},
	{"up to the next span", "Acme\n2016 – 2020\n\n- Java\n\nFoo\n2020 – 2024\n\n- Kotlin", "java=4 kotlin=4"},
	{"up to a heading", "Acme | 2016 – 2020\n\n- Java\n\n## Skills\n\nPython, Kafka", "java=4 python kafka"},
	{"up to a line in capitals", "Acme | 2016 – 2020\n\n- Java\n\nSKILLS\nPython", "java=4 python"},
	{"up to a line of one word", "Acme | 2016 – 2020\n\n- Java\n\nSkills\n\nPython", "java=4 python"},
	{"not from a span with lines after it", "2016 – 2020: Java\nat Acme\n\nKotlin", "java=4 kotlin"},
	{"an entry dated by one month takes no years from the next", "10/2024    Bootcamp\n           (Java, React)\n2016 - 2023    Clerk, Python",
		"java react python=7"},
	{"an entry dated by one year, then a span", "2021\n- Python\n2016 – 2020  Acme\n- Java", "python java=4"},
	{"a date after a list mark is an item of its entry", "2016 – 2024  Acme\n- 2019: moved to Kotlin\n- Java", "kotlin=8 java=8"},
}

// describeYears writes mentions as yearsCases want them.
func describeYears(ms []Mention) string {
	var b []string
	for _, m := range ms {
		if m.Years != 0 {
			b = append(b, fmt.Sprintf("%s=%v", m.ID, m.Years))
		} else {
			b = append(b, m.ID)
		}
	}
	return strings.Join(b, " ")
}

// TestYears checks the years each text attaches to its mentions.
func TestYears(t *testing.T) {
	for _, tt := range yearsCases {
		got := describeYears(ExtractAt(tt.text, yearsNow))
		if got != tt.want {
			t.Errorf("%s: ExtractAt(%q) years:\n want %s\n got  %s", tt.why, tt.text, tt.want, got)
		}
	}
}

// TestYearsPresentNeedsDate checks that Extract reads "present" as the
// current month, and ExtractAt as the caller's date.
func TestYearsPresentNeedsDate(t *testing.T) {
	const text = "2019 - present: Python services"
	at := ExtractAt(text, time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
	if len(at) != 1 || at[0].Years != 2 {
		t.Errorf("ExtractAt(%q, 2021-01-01) = %+v, want Python with 2 years", text, at)
	}
	now := time.Now()
	want := math.Round(float64((now.Year()-2019)*12+int(now.Month())-1)/12*10) / 10
	if got := Extract(text); len(got) != 1 || got[0].Years != want {
		t.Errorf("Extract(%q) = %+v, want Python with %v years", text, got, want)
	}
}

// FuzzYears checks that years are never negative, not a number or more than
// fifty, and that a paragraph's years do not depend on the paragraphs
// around it but through an entry's dates carried on: the mentions of a and
// of b get the same years in a+"\n\nNotes:\n\n"+b (a heading between them,
// which ends what a carries) as alone, whenever they are the same mentions
// with the same qualifiers.
func FuzzYears(f *testing.F) {
	for _, tt := range yearsCases {
		f.Add(tt.text, "5+ years of Python and Java")
	}
	f.Add("2019 – present:", "Python, Kafka")
	f.Fuzz(func(t *testing.T, a, b string) {
		const sep = "\n\nNotes:\n\n"
		joined := a + sep + b
		all := ExtractAt(joined, yearsNow)
		for _, m := range all {
			if !(m.Years >= 0 && m.Years <= 50) {
				t.Fatalf("ExtractAt(%q): %s has %v years", joined, m.ID, m.Years)
			}
		}
		var inA, inB []Mention
		for _, m := range all {
			switch {
			case m.End <= len(a):
				inA = append(inA, m)
			case m.Start >= len(a)+len(sep):
				m.Start, m.End = m.Start-len(a)-len(sep), m.End-len(a)-len(sep)
				inB = append(inB, m)
			}
		}
		for _, part := range []struct {
			text string
			got  []Mention
		}{{a, inA}, {b, inB}} {
			alone := ExtractAt(part.text, yearsNow)
			if len(alone) != len(part.got) || len(alone) == 0 {
				continue
			}
			same := true
			for i := range alone {
				x, y := alone[i], part.got[i]
				same = same && x.Start == y.Start && x.End == y.End && x.ID == y.ID && x.Qualifier == y.Qualifier
			}
			if same {
				if diff := cmp.Diff(alone, part.got); diff != "" {
					t.Fatalf("years of %q change in %q (-alone +joined):\n%s", part.text, joined, diff)
				}
			}
		}
	})
}

// TestYearsSpaces checks spans and phrases with no-break spaces and tabs
// around them, as text from PDF and HTML has.
func TestYearsSpaces(t *testing.T) {
	for _, text := range []string{"Java\u00a0– 5\u00a0years", "2016\u00a0–\u00a02019\u00a0| Java", "Java\t2016 – 2019\t", "ÉQUIPE | 2016 – 2019 | Java"} {
		ms := ExtractAt(text, yearsNow)
		if len(ms) != 1 || ms[0].Years == 0 {
			t.Errorf("ExtractAt(%q) = %+v, want Java with years", text, ms)
		}
	}
}

// TestYearsLongParagraph checks years in a paragraph long enough to be
// settled in parts, whose old hits are let go: each phrase still reaches
// its mention.
func TestYearsLongParagraph(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "%d years of Java, Kafka and Python. ", i%9+1)
	}
	ms := ExtractAt(b.String(), yearsNow)
	if len(ms) != 9000 {
		t.Fatalf("%d mentions, want 9000", len(ms))
	}
	for i, m := range ms {
		if want := float64(i/3%9 + 1); m.Years != want {
			t.Fatalf("mention %d (%s at %d) has %v years, want %v", i, m.ID, m.Start, m.Years, want)
		}
	}
}
