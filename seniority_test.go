package roles

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// seniorityCases are texts, their level, and their evidence as
// "level/cue:text", in text order. One table feeds the test and the fuzz
// seeds.
var seniorityCases = []struct {
	why, text string
	level     SeniorityLevel
	evidence  string
}{
	// Title words in the first line, per level and language.
	{"English intern", "Software Engineering Intern (Summer 2027)", SeniorityIntern, "intern/title:Intern"},
	{"German working student", "Werkstudent Softwareentwicklung (m/w/d)", SeniorityIntern, "intern/phrase:Werkstudent"},
	{"German intern", "Praktikant Backend-Entwicklung", SeniorityIntern, "intern/title:Praktikant"},
	{"French intern", "Stagiaire développeur Java", SeniorityIntern, "intern/phrase:Stagiaire"},
	{"French work-study", "Développeur backend en alternance", SeniorityIntern, "intern/phrase:alternance"},
	{"Spanish intern", "Becario desarrollador backend", SeniorityIntern, "intern/phrase:Becario"},
	{"Spanish internship", "Prácticas: desarrollador backend", SeniorityIntern, "intern/phrase:Prácticas"},
	{"English junior", "Junior Backend Developer", SeniorityJunior, "junior/title:Junior"},
	{"abbreviated junior", "Jr. Software Engineer", SeniorityJunior, "junior/title:Jr"},
	{"mid level", "Mid-level Backend Engineer", SeniorityMid, "mid/title:Mid"},
	{"English senior", "Senior Backend Engineer\nWe build payment services.", SenioritySenior, "senior/title:Senior"},
	{"abbreviated senior", "Sr. Backend Engineer", SenioritySenior, "senior/title:Sr"},
	{"German senior", "Senior Backend-Entwickler (m/w/d)", SenioritySenior, "senior/title:Senior"},
	{"Spanish senior", "Desarrollador backend sénior", SenioritySenior, "senior/title:sénior"},
	{"staff", "Staff Engineer, Platform", SeniorityStaff, "staff/title:Staff"},
	{"principal", "Principal Software Engineer", SeniorityStaff, "staff/title:Principal"},
	{"lead", "Lead Backend Engineer", SeniorityLead, "lead/title:Lead"},
	{"engineering manager", "Engineering Manager, Payments", SeniorityLead, "lead/title:Engineering Manager"},
	{"German team lead", "Teamleiter Softwareentwicklung", SeniorityLead, "lead/title:Teamleiter"},
	{"the most senior word of the title", "Senior Staff Engineer", SeniorityStaff, "senior/title:Senior staff/title:Staff"},
	// Elsewhere: next to a job noun, and not the level of others.
	{"a title in the text", "About the job\n\nWe are hiring a Senior Software Engineer to join us.", SenioritySenior, "senior/title:Senior"},
	{"a level after the job noun", "About the job\n\nBackend-Entwickler (Junior) gesucht.", SeniorityJunior, "junior/title:Junior"},
	{"others' levels", "Backend Engineer\n\nYou will mentor junior engineers and work with senior developers.", "", ""},
	{"the lead one reports to", "Report to the Tech Lead. Kotlin is used.", "", ""},
	{"a level word without a job noun", "Backend Engineer\n\nOur principal customers are banks.", "", ""},
	// Phrases and duties.
	{"entry level", "Backend Engineer\n\nThis is an entry-level role.", SeniorityJunior, "junior/phrase:entry-level"},
	{"Berufseinsteiger", "Backend-Entwickler\n\nAuch für Berufseinsteiger geeignet.", SeniorityJunior, "junior/phrase:Berufseinsteiger"},
	{"lead a team", "Backend Developer\n\nYou will lead a team of five.", SeniorityLead, "lead/duty:lead a team"},
	{"manage a team of", "Backend Developer\n\nYou will manage a team of 6 engineers.", SeniorityLead, "lead/duty:manage a team"},
	{"German duty", "Backend-Entwickler\n\nDu wirst ein kleines Team führen.", SeniorityLead, "lead/duty:Team führen"},
	{"French duty", "Développeur backend\n\nVous allez encadrer une équipe de quatre.", SeniorityLead, "lead/duty:encadrer une équipe"},
	{"Spanish duty", "Desarrollador backend\n\nVas a liderar un equipo de cinco.", SeniorityLead, "lead/duty:liderar un equipo"},
	{"the title lines outrank a duty", "Senior Backend Engineer\n\nYou will lead a team of three.", SenioritySenior, "senior/title:Senior lead/duty:lead a team"},
	// Years.
	{"7+ years is senior", "Backend Engineer\n\n7+ years of experience with Java.", SenioritySenior, "senior/years:Java"},
	{"3 years is mid", "Backend Engineer\n\n3 years of Python.", SeniorityMid, "mid/years:Python"},
	{"a year is junior", "Backend Engineer\n\n1 year of Python.", SeniorityJunior, "junior/years:Python"},
	{"the title lines outrank years", "Junior Backend Developer\n\n2+ years of Python.", SeniorityJunior, "junior/title:Junior mid/years:Python"},
	{"negated years count for nothing", "Backend Engineer\n\nNo Java.", "", ""},
	// Resumes.
	{"a resume's headline", "Jane Doe\nSenior Backend Engineer, Acme (2019 – present)\n- Python\nJunior Developer, Foo (2016–2019)",
		SenioritySenior, "senior/title:Senior senior/years:Backend Engineer junior/title:Junior"},
	{"a resume's most senior entry", "Jane Doe\njane@example.com\nBerlin, Germany, open to relocation within the European Union or to remote work\n\n" +
		"Backend Developer, Acme (2019 – present)\n- Python\n\nJunior Developer, Foo (2016–2019)\n- Java",
		SenioritySenior, "senior/years:Backend Developer junior/title:Junior"},
	{"body evidence: the most senior", "About the job\n\nThis is an entry-level role; 3+ years of Python.", SeniorityMid, "junior/phrase:entry-level mid/years:Python"},
	// Nothing.
	{"no evidence", "We use Go and Kafka.", "", ""},
	{"empty", "", "", ""},
}

// describeSeniority writes evidence as seniorityCases want it, and checks
// that each piece quotes the text.
func describeSeniority(t *testing.T, text string, ev []SeniorityEvidence) string {
	var b []string
	for _, e := range ev {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("evidence %+v does not quote %q", e, text)
		}
		b = append(b, fmt.Sprintf("%s/%s:%s", e.Level, e.Cue, e.Text))
	}
	return strings.Join(b, " ")
}

// TestSeniority checks the level and the evidence of each text, and that
// SeniorityMentions on Extract's mentions and SeniorityOf agree.
func TestSeniority(t *testing.T) {
	for _, tt := range seniorityCases {
		got := SeniorityOf(tt.text)
		if got.Level != tt.level {
			t.Errorf("%s: SeniorityOf(%q).Level = %q, want %q", tt.why, tt.text, got.Level, tt.level)
		}
		if ev := describeSeniority(t, tt.text, got.Evidence); ev != tt.evidence {
			t.Errorf("%s: SeniorityOf(%q) evidence:\n want %s\n got  %s", tt.why, tt.text, tt.evidence, ev)
		}
		if got.Evidence == nil {
			t.Errorf("%s: evidence is nil", tt.why)
		}
		ms := Extract(tt.text)
		before := slices.Clone(ms)
		again := Default().SeniorityMentions(tt.text, ms)
		if again.Level != got.Level || len(again.Evidence) != len(got.Evidence) || !slices.Equal(ms, before) {
			t.Errorf("%s: SeniorityMentions differs from SeniorityOf, or changed its mentions", tt.why)
		}
	}
}

// TestSFIA checks the scale: levels rise with SFIA, and the unknown level
// is 0.
func TestSFIA(t *testing.T) {
	prev := 0
	for _, l := range seniorityOrder[1:] {
		if l.SFIA() < prev || l.SFIA() < 1 || l.SFIA() > 7 {
			t.Errorf("%s.SFIA() = %d after %d", l, l.SFIA(), prev)
		}
		prev = l.SFIA()
	}
	if got := SeniorityLevel("").SFIA(); got != 0 {
		t.Errorf(`SeniorityLevel("").SFIA() = %d, want 0`, got)
	}
	if got := SeniorityLevel("wizard").SFIA(); got != 0 {
		t.Errorf(`SeniorityLevel("wizard").SFIA() = %d, want 0`, got)
	}
}

// FuzzSeniority checks that any text gets a known level or none, with
// evidence that quotes it, in text order, and the level among the
// evidence.
func FuzzSeniority(f *testing.F) {
	for _, tt := range seniorityCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := SeniorityOf(text)
		describeSeniority(t, text, s.Evidence)
		if (s.Level == "") != (len(s.Evidence) == 0) || s.Level.rank() == 0 && s.Level != "" {
			t.Fatalf("SeniorityOf(%q) = %+v", text, s)
		}
		if !slices.IsSortedFunc(s.Evidence, func(a, b SeniorityEvidence) int { return a.Start - b.Start }) {
			t.Fatalf("evidence of %q out of order: %+v", text, s.Evidence)
		}
		if s.Level != "" && !slices.ContainsFunc(s.Evidence, func(e SeniorityEvidence) bool { return e.Level == s.Level }) {
			t.Fatalf("SeniorityOf(%q): level %s is in no evidence", text, s.Level)
		}
	})
}

// TestSeniorityConcurrent levels texts on many goroutines at once, as the
// pooled scratch of SeniorityMentions is shared between calls: each
// result must be the one the text gets alone.
func TestSeniorityConcurrent(t *testing.T) {
	texts := benchDocs(t)
	for _, tt := range seniorityCases {
		texts = append(texts, tt.text)
	}
	want := make([]Seniority, len(texts))
	for i, text := range texts {
		want[i] = SeniorityOf(text)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 4 * len(texts) {
				i := (k*7 + g) % len(texts)
				if got := SeniorityOf(texts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("SeniorityOf(%.80q) on goroutine %d = %+v, want %+v", texts[i], g, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
