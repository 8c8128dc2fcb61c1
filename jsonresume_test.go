package roles

import (
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// resumeNow is "today" for the tests: work without an endDate ends here.
var resumeNow = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func readResume(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/jsonresume/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestProfileFromJSONResume reads a document shaped like the schema's own
// sample resume (sample.resume.json of jsonresume/resume-schema), with
// content of our own, on the embedded taxonomy.
func TestProfileFromJSONResume(t *testing.T) {
	got, err := Default().profileFromJSONResume(readResume(t, "backend.json"), resumeNow)
	if err != nil {
		t.Fatal(err)
	}
	want := ResumeProfile{
		Profile: Profile{
			Skills: []ProfileSkill{
				// Tillbox, 2021-03 to today (5.75 years), names Go and
				// PostgreSQL; Harbourline, 2018-09-01 to 2021-02-28 (2.5
				// years), names PostgreSQL and Python; Studio Noord, 2017 to
				// 2017 (one year), names Python.
				{Skill: "go", Level: 4, Years: 5.8},
				{Skill: "postgresql", Level: 4, Years: 8.2}, // "PostgreSQL 15", found by Extract
				{Skill: "kafka", Level: 4, Years: 5.8},
				{Skill: "grpc", Level: 4},
				{Skill: "python", Level: 3, Years: 3.5},
				{Skill: "django", Level: 3, Years: 2.5},
				{Skill: "figma", Level: 3},
				{Skill: "docker", Level: 5}, // a skill given by its name alone, "Master"
				{Skill: "code-review"},      // "Team" is a heading: no level
				// Only in the work entries, in the order first found.
				{Skill: "cron", Years: 5.8},
				{Skill: "apis", Years: 5.8},
				{Skill: "database-optimization", Years: 5.8}, // "optimizing slow queries"
				{Skill: "mentoring", Years: 5.8},
				{Skill: "unit-testing", Years: 2.5},
				{Skill: "incident-management", Years: 2.5},
			},
			Responsibilities: []string{"debug-and-troubleshoot"},
		},
		Headline: "Backend Engineer",
		Unknown: []Problem{
			{Path: "/skills/1/keywords/3", Code: CodeUnknownSkill, Message: `unknown skill "Storybook"`},
			{Path: "/skills/3/keywords/0", Code: CodeWrongKind, Message: `"Backend Developer" is a role, not a skill`},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := Default().Rank(got.Profile); err != nil {
		t.Errorf("Rank rejects the imported profile: %v", err)
	}
}

// TestProfileFromJSONResumeCustom reads the same kind of document with a
// small custom taxonomy that knows neither Figma nor Storybook: they are
// listed, and the profile ranks.
func TestProfileFromJSONResumeCustom(t *testing.T) {
	doc := `{"basics": {"label": "Developer"},
	  "work": [{"position": "Developer", "startDate": "2020-01", "endDate": "2021-12",
	            "summary": "Go services on Postgres.", "highlights": ["Fixing bugs every day"]},
	           {"position": "Developer", "startDate": "2021-07", "endDate": "2022-06", "summary": "More Go."}],
	  "skills": [{"name": "Frontend", "level": "beginner", "keywords": ["Figma", "Storybook", "Golang"]},
	             {"name": "Backend", "level": "EXPERT", "keywords": ["golang", "Keeper", "fix-bugs"]}]}`
	tx := rankTaxonomy(t)
	got, err := tx.profileFromJSONResume([]byte(doc), resumeNow)
	if err != nil {
		t.Fatal(err)
	}
	want := ResumeProfile{
		Profile: Profile{
			Skills: []ProfileSkill{
				// Go: 2020-01 to 2021-12 and 2021-07 to 2022-06 overlap:
				// 2020-01-01 to 2022-07-01 is 2.5 years, not 3.
				{Skill: "golang", Level: 5, Years: 2.5},
				{Skill: "backend", Level: 5}, // a group's name, known as a skill's ID
				{Skill: "pg", Years: 2},
			},
			Responsibilities: []string{"fix-bugs"},
		},
		Headline: "Developer",
		Unknown: []Problem{
			{Path: "/skills/0/keywords/0", Code: CodeUnknownSkill, Message: `unknown skill "Figma"`},
			{Path: "/skills/0/keywords/1", Code: CodeUnknownSkill, Message: `unknown skill "Storybook"`},
			{Path: "/skills/1/keywords/1", Code: CodeWrongKind, Message: `"Keeper" is a role, not a skill`},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	r, err := tx.RankProfile(got.Profile)
	if err != nil || len(r.Unknown) != 0 {
		t.Errorf("RankProfile: %v, %v", r.Unknown, err)
	}
}

func TestResumeDates(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in      string
		end, ok bool
		want    time.Time
		why     string
	}{
		{"2019", false, true, day(2019, 1, 1), "a year starts on its first day"},
		{"2019", true, true, day(2020, 1, 1), "and ends after its last"},
		{"2019-04", false, true, day(2019, 4, 1), "a month"},
		{"2019-12", true, true, day(2020, 1, 1), "a month ending the year"},
		{"2020-02-29", true, true, day(2020, 3, 1), "a leap day, as an end"},
		{"2019-02-29", false, false, time.Time{}, "no such day"},
		{"2019-13", false, false, time.Time{}, "no such month"},
		{"2019-4", false, false, time.Time{}, "the schema wants two digits"},
		{"19", false, false, time.Time{}, "a year has four digits"},
		{"April 2019", false, false, time.Time{}, "not ISO 8601"},
		{"2019-04-15T10:00", false, false, time.Time{}, "no times"},
		{"+201-04", false, false, time.Time{}, "no signs"},
	}
	for _, tt := range tests {
		got, ok := parseResumeDate(tt.in, tt.end)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseResumeDate(%q, %v) = %v, %v; want %v, %v (%s)", tt.in, tt.end, got, ok, tt.want, tt.ok, tt.why)
		}
	}
	spans := []span{
		{day(2020, 1, 1), day(2021, 1, 1)},
		{day(2015, 1, 1), day(2016, 1, 1)},
		{day(2020, 7, 1), day(2022, 1, 1)}, // overlaps the first
		{day(2021, 1, 1), day(2021, 6, 1)}, // inside the third
	}
	if got := spanYears(spans); got != 3 {
		t.Errorf("spanYears = %v, want 3 (2015 and 2020-2021)", got)
	}
	if got := spanYears(nil); got != 0 {
		t.Errorf("spanYears(nil) = %v", got)
	}
}

// TestResumeStatedYears checks years that a document states in words: in
// basics.summary, in a work entry and in a keyword. A skill takes the most
// of what is stated and what its work entries span.
func TestResumeStatedYears(t *testing.T) {
	doc := `{"basics": {"summary": "Backend engineer with eight years of Java; no PHP for 3 years. I like Python."},
		"work": [{"startDate": "2024-12", "summary": "Kotlin and Java services; 12 years of Go before that."}],
		"skills": [{"name": "Languages", "keywords": ["Rust (3 years)"]}]}`
	got, err := Default().profileFromJSONResume([]byte(doc), resumeNow)
	if err != nil {
		t.Fatal(err)
	}
	want := []ProfileSkill{
		{Skill: "rust", Years: 3}, // the keyword
		{Skill: "java", Years: 8}, // the summary states more than the entry's 2 years
		{Skill: "kotlin", Years: 2},
		{Skill: "go", Years: 12}, // stated in the entry
		// Python, in the summary without years, and PHP, negated, are left out.
	}
	if diff := cmp.Diff(want, got.Profile.Skills); diff != "" {
		t.Errorf("skills (-want +got):\n%s", diff)
	}
}

func TestResumeLevel(t *testing.T) {
	for in, want := range map[string]int{
		"Beginner": 1, "novice": 1, "Elementary": 2, "Intermediate": 3, " Advanced ": 4,
		"Master": 5, "EXPERT": 5, "4": 4, "3/5": 3, "6": 0, "0": 0, "45": 0, "Guru": 0, "": 0,
	} {
		if got := resumeLevel(in); got != want {
			t.Errorf("resumeLevel(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestProfileFromJSONResumeErrors: what is not a JSON Resume document comes
// back as an *Error, every problem at once, with a JSON pointer (or a line
// and column for syntax).
func TestProfileFromJSONResumeErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // "path code" or "line:col code"
	}{
		{"truncated", `{"skills": [`, []string{"1:12 syntax"}},
		{"not JSON", "{\n  skills: []}", []string{"2:3 syntax"}},
		{"data after the document", `{} {}`, []string{"1:4 syntax"}},
		{"every wrong type at once", `{"basics": {"label": 7}, "work": [{"highlights": "one"}, {"startDate": 2019}],
		  "skills": [{"keywords": ["Go", 1, null]}, "Go", {"level": 5}]}`, []string{
			"/basics/label schema", "/skills/0/keywords/1 schema", "/skills/1 schema", "/skills/2/level schema",
			"/work/0/highlights schema", "/work/1/startDate schema",
		}},
		{"skills as an object", `{"skills": {"name": "Go"}}`, []string{"/skills schema"}},
		{"the document is an array", `[]`, []string{" schema"}},
		{"dates that are not ISO 8601", `{"work": [{"startDate": "March 2019", "endDate": "2020-13"}, {"startDate": "2019"}]}`,
			[]string{"/work/0/endDate schema", "/work/0/startDate schema"}},
		{"a bad date with a type error elsewhere", `{"work": [{"startDate": "soon"}], "skills": 3}`,
			[]string{"/skills schema", "/work/0/startDate schema"}},
		{"a member in another case", `{"Skills": 3}`, []string{"1:12 decode"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Default().profileFromJSONResume([]byte(tt.doc), resumeNow)
			var e *Error
			if !errors.As(err, &e) || e.Subject != "JSON Resume" || !strings.HasPrefix(err.Error(), "roles: invalid JSON Resume") {
				t.Fatalf("error %v, want an *Error about a JSON Resume", err)
			}
			var got []string
			for _, p := range e.Problems {
				if p.Line > 0 {
					got = append(got, fmt.Sprintf("%d:%d %s", p.Line, p.Column, p.Code))
				} else {
					got = append(got, p.Path+" "+string(p.Code))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%v\n(-want +got):\n%s", err, diff)
			}
		})
	}
}

// TestProfileFromJSONResumeNotMutated: reading a document does not change
// it, and twice gives the same answer.
func TestProfileFromJSONResumeNotMutated(t *testing.T) {
	data := readResume(t, "three-pages.json")
	before := slices.Clone(data)
	a, err := Default().profileFromJSONResume(data, resumeNow)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Default().profileFromJSONResume(data, resumeNow)
	if !slices.Equal(before, data) {
		t.Error("the document changed")
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("not deterministic:\n%s", diff)
	}
}

func FuzzProfileFromJSONResume(f *testing.F) {
	f.Add(string(readResume(f, "backend.json")))
	f.Add(string(readResume(f, "three-pages.json")))
	f.Add(`{"work": [{"startDate": "2019-02", "endDate": "present", "summary": "Go"}], "skills": [{"name": "Go", "level": "4/5"}]}`)
	f.Add(`{"skills": [{"keywords": ["Go", 1]}], "work": {}}`)
	f.Add("\xef\xbb\xbf{\"basics\": null, \"skills\": [null]}")
	tx := rankTaxonomy(f)
	f.Fuzz(func(t *testing.T, doc string) {
		for _, z := range []*Taxonomy{Default(), tx} {
			got, err := z.profileFromJSONResume([]byte(doc), resumeNow)
			if err != nil {
				checkResumeError(t, err)
				continue
			}
			checkResumeProfile(t, z, got)
			again, _ := z.profileFromJSONResume([]byte(doc), resumeNow)
			if !cmp.Equal(got, again) {
				t.Fatal("not deterministic")
			}
		}
	})
}

// checkResumeError checks that err is a proper error about a JSON Resume.
func checkResumeError(t *testing.T, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Subject != "JSON Resume" || len(e.Problems) == 0 {
		t.Fatalf("error %v is not a proper *Error", err)
	}
	for _, p := range e.Problems {
		if p.Line == 0 && p.Code != CodeSchema {
			t.Fatalf("problem %v has no line and is not a schema problem", p)
		}
	}
}

// checkResumeProfile checks the invariants of an imported profile: it
// ranks without error and names nothing twice; levels are in range and
// years finite; Unknown is sorted and never nil.
func checkResumeProfile(t *testing.T, z *Taxonomy, got ResumeProfile) {
	t.Helper()
	if _, err := z.Rank(got.Profile); err != nil {
		t.Fatalf("Rank rejects the imported profile: %v", err)
	}
	seen := map[string]bool{}
	for _, s := range got.Profile.Skills {
		if seen[s.Skill] || s.Level < 0 || s.Level > 5 || !(s.Years >= 0) || math.IsInf(s.Years, 0) {
			t.Fatalf("bad skill %+v", s)
		}
		seen[s.Skill] = true
	}
	if got.Unknown == nil || !slices.IsSortedFunc(got.Unknown, compareProblems) {
		t.Fatalf("Unknown %v", got.Unknown)
	}
}

// BenchmarkProfileFromJSONResume reads a three-page resume: six jobs with
// their highlights and six groups of skill keywords, about 1,100 words.
func BenchmarkProfileFromJSONResume(b *testing.B) {
	data := readResume(b, "three-pages.json")
	d := Default()
	if _, err := d.ProfileFromJSONResume(data); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := d.ProfileFromJSONResume(data); err != nil {
			b.Fatal(err)
		}
	}
}
