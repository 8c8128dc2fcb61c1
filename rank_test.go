package roles

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rankTaxonomyJSON is a small taxonomy whose numbers can be worked out by
// hand. Skills: backend ⊃ storage ⊃ sql ⊃ pg; backend ⊃ lang ⊃ {golang,
// python}; orm under both sql and lang; auth; talk (required by no role).
//
//	keeper:  storage essential 5 (weight 10), auth essential 3 (6), lang optional 2 (2); Σ 18
//	         responsibilities fix-bugs, write-tests
//	builder: lang essential 5 (10), sql essential 4 (8), auth optional 1 (1); Σ 19
//	         responsibilities design-systems, write-tests
const rankTaxonomyJSON = `{
  "version": "test-1",
  "roles": [
    {"id": "keeper", "name": "Keeper", "altNames": ["maintenance developer"], "description": "Keeps an app running.",
     "skills": [
       {"skill": "storage", "requirement": "essential", "importance": 5},
       {"skill": "auth", "requirement": "essential", "importance": 3},
       {"skill": "lang", "requirement": "optional", "importance": 2}],
     "responsibilities": ["write-tests", "fix-bugs"],
     "relations": [{"type": "works-on-foundation-of", "role": "builder", "description": "Works on what the builder built.", "provenance": {"source": "extension"}}],
     "provenance": {"source": "extension"}},
    {"id": "builder", "name": "Builder", "altNames": ["platform engineer"], "description": "Builds the platform.",
     "skills": [
       {"skill": "lang", "requirement": "essential", "importance": 5},
       {"skill": "sql", "requirement": "essential", "importance": 4},
       {"skill": "auth", "requirement": "optional", "importance": 1}],
     "responsibilities": ["design-systems", "write-tests"],
     "relations": [{"type": "builds-foundation-for", "role": "keeper", "description": "Builds what the keeper works on.", "provenance": {"source": "extension"}}],
     "provenance": {"source": "extension"}}
  ],
  "skills": [
    {"id": "backend", "name": "Back-end development", "type": "competency", "description": "d", "provenance": {"source": "extension"}},
    {"id": "storage", "name": "Data storage", "type": "competency", "description": "d", "broader": ["backend"], "provenance": {"source": "extension"}},
    {"id": "sql", "name": "SQL databases", "type": "competency", "description": "d", "broader": ["storage"], "provenance": {"source": "extension"}},
    {"id": "pg", "name": "PostgreSQL", "altNames": ["Postgres"], "type": "database", "description": "d", "broader": ["sql"], "provenance": {"source": "extension"}},
    {"id": "lang", "name": "Server languages", "type": "competency", "description": "d", "broader": ["backend"], "provenance": {"source": "extension"}},
    {"id": "golang", "name": "Go", "altNames": ["Golang"], "type": "language", "description": "d", "broader": ["lang"], "provenance": {"source": "extension"}},
    {"id": "python", "name": "Python", "type": "language", "description": "d", "broader": ["lang"], "provenance": {"source": "extension"}},
    {"id": "orm", "name": "ORM", "type": "tool", "description": "d", "broader": ["sql", "lang"], "provenance": {"source": "extension"}},
    {"id": "auth", "name": "Authentication", "type": "competency", "description": "d", "provenance": {"source": "extension"}},
    {"id": "talk", "name": "Communication", "type": "practice", "description": "d", "provenance": {"source": "extension"}}
  ],
  "responsibilities": [
    {"id": "fix-bugs", "name": "Fixing bugs", "description": "d", "skills": ["lang"], "provenance": {"source": "extension"}},
    {"id": "design-systems", "name": "Designing systems", "description": "d", "skills": ["storage"], "provenance": {"source": "extension"}},
    {"id": "write-tests", "name": "Writing tests", "description": "d", "skills": ["lang"], "provenance": {"source": "extension"}}
  ],
  "hiringCues": [
    {"id": "plan", "role": "builder", "phrases": ["guided plan", "plan", "roadmap"], "weight": 5, "provenance": {"source": "extension"}},
    {"id": "maintain", "role": "keeper", "phrases": ["maintain", "existing app"], "weight": 4, "provenance": {"source": "extension"}},
    {"id": "permanent", "role": "keeper", "phrases": ["long term", "permanent"], "weight": 2, "provenance": {"source": "extension"}}
  ],
  "qualifiers": {
    "preferred": ["nice to have"], "required": ["requirements"],
    "negated": ["no", "not", "no need for", "don't need"], "negatedAfter": ["not required"]
  }
}`

func rankTaxonomy(t testing.TB) *Taxonomy {
	t.Helper()
	tx, err := Parse([]byte(rankTaxonomyJSON))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func skills(names ...string) Profile {
	var p Profile
	for _, n := range names {
		p.Skills = append(p.Skills, ProfileSkill{Skill: n})
	}
	return p
}

func mentionAt(kind Kind, id string, q Qualifier, start int) Mention {
	return Mention{Kind: kind, ID: id, Start: start, End: start + len(id), Name: id, Qualifier: q}
}

// summary renders matches compactly, for table tests: the score and parts,
// then each matched (+) and missing (-) item with its evidence.
func summary(ms []RoleMatch) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%s %.4f (skills %.4f, responsibilities %.4f, title %.1f)\n", m.Role, m.Score, m.Skills, m.Responsibilities, m.Title)
		for _, list := range []struct {
			sign  string
			items []Coverage
		}{{"+", m.Matched}, {"-", m.Missing}} {
			for _, c := range list.items {
				if len(c.Evidence) == 0 {
					fmt.Fprintf(&b, "  %s %s\n", list.sign, c.ID)
					continue
				}
				fmt.Fprintf(&b, "  %s %s %.4f:", list.sign, c.ID, c.Value)
				for _, e := range c.Evidence {
					fmt.Fprintf(&b, " %s", e.ID)
					if len(e.Via) > 0 {
						fmt.Fprintf(&b, ">%s", strings.Join(e.Via, ">"))
					}
					fmt.Fprintf(&b, "=%.3f", e.Weight)
					if e.Entry >= 0 {
						fmt.Fprintf(&b, "#%d", e.Entry)
					}
					for _, mm := range e.Mentions {
						fmt.Fprintf(&b, "@%d", mm.Start)
					}
					if e.Count != len(e.Mentions) && e.Entry < 0 {
						fmt.Fprintf(&b, "(of %d)", e.Count)
					}
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// rankCases is the one table of profiles behind the golden tests, the
// reference check, the benchmarks and the fuzz seeds.
var rankCases = []struct {
	name string
	why  string
	p    Profile
	want string
}{
	{
		name: "narrower skill climbs two steps",
		why:  "pg is two steps under keeper's storage (0.64) and one under builder's sql (0.8)",
		p:    skills("pg"),
		want: `keeper 0.2667 (skills 0.3556, responsibilities 0.0000, title 0.0)
  + storage 0.6400: pg>sql>storage=0.640#0
  - auth
  - lang
builder 0.2526 (skills 0.3368, responsibilities 0.0000, title 0.0)
  + sql 0.8000: pg>sql=0.800#0
  - lang
  - auth
`,
	},
	{
		name: "two languages combine as independent chances",
		why:  "golang and python each give lang 0.8; together 1-0.2×0.2 = 0.96; names resolve through Lookup",
		p:    skills("Postgres", "Golang", "python"),
		want: `builder 0.6316 (skills 0.8421, responsibilities 0.0000, title 0.0)
  + lang 0.9600: golang>lang=0.800#1 python>lang=0.800#2
  + sql 0.8000: pg>sql=0.800#0
  - auth
keeper 0.3467 (skills 0.4622, responsibilities 0.0000, title 0.0)
  + storage 0.6400: pg>sql>storage=0.640#0
  + lang 0.9600: golang>lang=0.800#1 python>lang=0.800#2
  - auth
`,
	},
	{
		name: "levels and years do not scale the weight, the first entry counts",
		why:  "a role asks no years: level 1 and years 2.5 weigh 1 as an entry without them; auth named twice counts once, with its first entry (#0)",
		p: Profile{Skills: []ProfileSkill{
			{Skill: "auth", Level: 1}, {Skill: "storage", Level: 1, Years: 10}, {Skill: "Authentication", Years: 2.5},
		}},
		want: `keeper 0.6667 (skills 0.8889, responsibilities 0.0000, title 0.0)
  + storage 1.0000: storage=1.000#1
  + auth 1.0000: auth=1.000#0
  - lang
builder 0.0395 (skills 0.0526, responsibilities 0.0000, title 0.0)
  + auth 1.0000: auth=1.000#0
  - lang
  - sql
`,
	},
	{
		name: "responsibilities count toward the roles that carry them",
		why:  "write-tests is shared, fix-bugs is the keeper's only",
		p:    Profile{Responsibilities: []string{"Writing tests", "fix-bugs"}},
		want: `keeper 0.2500 (skills 0.0000, responsibilities 1.0000, title 0.0)
  + fix-bugs 1.0000: fix-bugs=1.000#1
  + write-tests 1.0000: write-tests=1.000#0
  - storage
  - auth
  - lang
builder 0.1250 (skills 0.0000, responsibilities 0.5000, title 0.0)
  + write-tests 1.0000: write-tests=1.000#0
  - lang
  - sql
  - auth
`,
	},
	{
		name: "everything the builder asks for",
		why:  "a full profile scores 1",
		p: Profile{
			Skills:           []ProfileSkill{{Skill: "lang"}, {Skill: "sql"}, {Skill: "auth"}},
			Responsibilities: []string{"design-systems", "write-tests"},
		},
		want: `builder 1.0000 (skills 1.0000, responsibilities 1.0000, title 0.0)
  + lang 1.0000: lang=1.000#0
  + sql 1.0000: sql=1.000#1
  + auth 1.0000: auth=1.000#2
  + design-systems 1.0000: design-systems=1.000#0
  + write-tests 1.0000: write-tests=1.000#1
keeper 0.7917 (skills 0.8889, responsibilities 0.5000, title 0.0)
  + storage 0.8000: sql>storage=0.800#1
  + auth 1.0000: auth=1.000#2
  + lang 1.0000: lang=1.000#0
  + write-tests 1.0000: write-tests=1.000#1
`,
	},
	{
		name: "nothing back-end",
		why:  "a skill no role asks for scores 0 everywhere; ties go by role ID",
		p:    skills("Communication"),
		want: `builder 0.0000 (skills 0.0000, responsibilities 0.0000, title 0.0)
  - lang
  - sql
  - auth
keeper 0.0000 (skills 0.0000, responsibilities 0.0000, title 0.0)
  - storage
  - auth
  - lang
`,
	},
}

func TestRankProfiles(t *testing.T) {
	tx := rankTaxonomy(t)
	for _, tc := range rankCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tx.Rank(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if s := summary(got); s != tc.want {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", tc.why, s, tc.want)
			}
		})
	}
}

// repeatedMentions names pg twenty times, then rules it out five times,
// then rules auth out ten times.
func repeatedMentions() []Mention {
	var ms []Mention
	for i := range 20 {
		ms = append(ms, mentionAt(KindSkill, "pg", QualifierRequired, 10*i))
	}
	for i := range 5 {
		ms = append(ms, mentionAt(KindSkill, "pg", QualifierNegated, 500+10*i))
	}
	for i := range 10 {
		ms = append(ms, mentionAt(KindSkill, "auth", QualifierNegated, 1000+10*i))
	}
	return ms
}

// rankMentionCases are mentions ranked on rankTaxonomy, each with the
// summary it must give.
var rankMentionCases = []struct {
	name string
	why  string
	ms   []Mention
	want string
}{
	{
		name: "negation, responsibility and title",
		why: "keeper: storage 6.4 - auth 6 = 0.4/18; fix-bugs 1 of 2; title +0.05. " +
			"builder: sql 6.4 - auth 1 = 5.4/19",
		ms: []Mention{
			mentionAt(KindSkill, "pg", QualifierRequired, 0),
			mentionAt(KindSkill, "auth", QualifierNegated, 10),
			mentionAt(KindResponsibility, "fix-bugs", QualifierRequired, 20),
			mentionAt(KindRole, "keeper", QualifierRequired, 30),
		},
		want: `builder 0.2132 (skills 0.2842, responsibilities 0.0000, title 0.0)
  + sql 0.8000: pg>sql=0.800@0
  - lang
  - auth -1.0000: auth=-1.000@10
keeper 0.1917 (skills 0.0222, responsibilities 0.5000, title 1.0)
  + storage 0.6400: pg>sql>storage=0.640@0
  + fix-bugs 1.0000: fix-bugs=1.000@20
  + keeper 1.0000: keeper=1.000@30
  - auth -1.0000: auth=-1.000@10
  - lang
`,
	},
	{
		name: "ruling out a broad skill rules out the narrower ones",
		why:  "no storage: keeper's storage and builder's sql (narrower) are both ruled out; the score stops at 0",
		ms:   []Mention{mentionAt(KindSkill, "storage", QualifierNegated, 0), mentionAt(KindSkill, "python", QualifierPreferred, 9)},
		want: `builder 0.0000 (skills -0.2105, responsibilities 0.0000, title 0.0)
  + lang 0.4000: python>lang=0.400@9
  - sql -1.0000: storage>sql=-1.000@0
  - auth
keeper 0.0000 (skills -0.5111, responsibilities 0.0000, title 0.0)
  + lang 0.4000: python>lang=0.400@9
  - storage -1.0000: storage=-1.000@0
  - auth
`,
	},
	{
		name: "repeats count once, negation loses to a plain mention",
		why: "auth is named, preferred and negated: it counts as named (1), with its two positive mentions; " +
			"unknown IDs and kinds are ignored; a negated title costs 0.05",
		ms: []Mention{
			mentionAt(KindSkill, "auth", QualifierPreferred, 0),
			mentionAt(KindSkill, "auth", QualifierNegated, 5),
			mentionAt(KindSkill, "auth", QualifierRequired, 10),
			mentionAt(KindSkill, "nosuch", QualifierRequired, 15),
			mentionAt(KindResponsibility, "auth", QualifierRequired, 20),
			mentionAt(KindRole, "builder", QualifierNegated, 25),
		},
		want: `keeper 0.2500 (skills 0.3333, responsibilities 0.0000, title 0.0)
  + auth 1.0000: auth=1.000@0@10
  - storage
  - lang
builder 0.0000 (skills 0.0526, responsibilities 0.0000, title -1.0)
  + auth 1.0000: auth=1.000@0@10
  - lang
  - sql
  - builder -1.0000: builder=-1.000@25
`,
	},
	{
		name: "evidence shows eight mentions and counts them all",
		why: "pg twenty times and auth ruled out ten times: the evidence shows the first eight of each, " +
			"and the counts; a named pg is not ruled out by its negated mentions, which do not count",
		ms: repeatedMentions(),
		want: `builder 0.2132 (skills 0.2842, responsibilities 0.0000, title 0.0)
  + sql 0.8000: pg>sql=0.800@0@10@20@30@40@50@60@70(of 20)
  - lang
  - auth -1.0000: auth=-1.000@1000@1010@1020@1030@1040@1050@1060@1070(of 10)
keeper 0.0167 (skills 0.0222, responsibilities 0.0000, title 0.0)
  + storage 0.6400: pg>sql>storage=0.640@0@10@20@30@40@50@60@70(of 20)
  - auth -1.0000: auth=-1.000@1000@1010@1020@1030@1040@1050@1060@1070(of 10)
  - lang
`,
	},
}

func TestRankMentions(t *testing.T) {
	tx := rankTaxonomy(t)
	for _, tc := range rankMentionCases {
		t.Run(tc.name, func(t *testing.T) {
			got := tx.RankMentions(tc.ms)
			if s := summary(got); s != tc.want {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", tc.why, s, tc.want)
			}
		})
	}
}

func TestRankErrors(t *testing.T) {
	tx := rankTaxonomy(t)
	p := Profile{
		Skills: []ProfileSkill{
			{Skill: "golang"}, {Skill: "pyton"}, {Skill: "Keeper"}, {Skill: "pg", Level: 6}, {Skill: "sql", Years: -1},
			{Skill: "sql", Years: math.NaN()}, {Skill: ""},
		},
		Responsibilities: []string{"fix-bugs", "auth", "nope"},
	}
	_, err := tx.Rank(p)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Rank error %v is not an *Error", err)
	}
	want := []Problem{
		{Path: "/responsibilities/1", Code: CodeWrongKind, Message: `"auth" is a skill, not a responsibility`},
		{Path: "/responsibilities/2", Code: CodeUnknownResponsibility, Message: `unknown responsibility "nope"`},
		{Path: "/skills/1", Code: CodeUnknownSkill, Message: `unknown skill "pyton"`},
		{Path: "/skills/2", Code: CodeWrongKind, Message: `"Keeper" is a role, not a skill`},
		{Path: "/skills/3/level", Code: CodeLevel, Message: "level 6 is not between 0 and 5"},
		{Path: "/skills/4/years", Code: CodeYears, Message: "years -1 is not a number of years"},
		{Path: "/skills/5/years", Code: CodeYears, Message: "years NaN is not a number of years"},
		{Path: "/skills/6", Code: CodeUnknownSkill, Message: `unknown skill ""`},
	}
	if !slices.Equal(e.Problems, want) {
		t.Errorf("problems:\ngot  %q\nwant %q", e.Problems, want)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "roles: invalid profile: 8 problems:\n\t/responsibilities/1: ") {
		t.Errorf("message %q", msg)
	}
	_, err = tx.Rank(skills("golang", "pyton"))
	if got, want := err.Error(), `roles: invalid profile: /skills/1: unknown skill "pyton"`; got != want {
		t.Errorf("one problem: got %q, want %q", got, want)
	}
	if _, err := tx.Gaps(skills("golang"), "nosuch"); err == nil || err.Error() != `roles: invalid argument: unknown role "nosuch"` {
		t.Errorf("Gaps with unknown role: %v", err)
	}
	if _, err := tx.Gaps(skills("pyton"), "keeper"); !errors.As(err, &e) {
		t.Errorf("Gaps with bad profile: %v", err)
	}
}

// TestRankOrderAndRange checks, on the default taxonomy, facts that hold
// whatever skills the data gains: scores in [0, 1], sorted, a profile of
// every skill and responsibility of a role scoring 1, and skills alone 0.75.
func TestRankOrderAndRange(t *testing.T) {
	tx := Default()
	for _, role := range tx.Roles() {
		var p Profile
		for _, s := range role.Skills {
			p.Skills = append(p.Skills, ProfileSkill{Skill: s.Skill})
		}
		got, err := tx.Rank(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range got {
			if m.Score < 0 || m.Score > 1 {
				t.Errorf("%s: score %v out of range", m.Role, m.Score)
			}
			if i > 0 && (got[i-1].Score < m.Score || got[i-1].Score == m.Score && got[i-1].Role > m.Role) {
				t.Errorf("not sorted at %d: %s %v after %s %v", i, m.Role, m.Score, got[i-1].Role, got[i-1].Score)
			}
			if m.Role == role.ID && math.Abs(m.Score-skillShare) > 1e-9 {
				t.Errorf("%s with all its skills: score %v, want %v", role.ID, m.Score, skillShare)
			}
		}
		p.Responsibilities = role.Responsibilities
		got, _ = tx.Rank(p)
		for _, m := range got {
			if m.Role == role.ID && math.Abs(m.Score-1) > 1e-9 {
				t.Errorf("%s with all its skills and responsibilities: score %v, want 1", role.ID, m.Score)
			}
		}
	}
}

// TestRelevance: inputs with nothing back-end in them score below 0.15 for
// every role of the default taxonomy, even when they name stray
// competencies ("regulatory compliance" and "compatibility" in a nurse's
// resume) or a role in passing.
func TestRelevance(t *testing.T) {
	const threshold = 0.15
	tx := Default()
	cases := map[string][]Mention{
		"nurse": {
			mentionAt(KindSkill, "accessibility-compliance", QualifierRequired, 0),
			mentionAt(KindSkill, "cross-platform-compatibility", QualifierRequired, 30),
		},
		"sales rep selling to engineers": {
			mentionAt(KindRole, "backend-engineer", QualifierRequired, 0),
			mentionAt(KindRole, "backend-developer", QualifierRequired, 30),
			mentionAt(KindSkill, "accessibility-compliance", QualifierRequired, 60),
		},
		"nothing found": nil,
	}
	for name, ms := range cases {
		for _, m := range tx.RankMentions(ms) {
			if m.Score >= threshold {
				t.Errorf("%s: %s scores %.3f, want below %v", name, m.Role, m.Score, threshold)
			}
		}
	}
}

// TestRankMonotone: adding a skill to a profile never lowers a role's score,
// and removing one never raises it; stating or raising a level or years
// never lowers it.
func TestRankMonotone(t *testing.T) {
	for _, tx := range []*Taxonomy{rankTaxonomy(t), Default()} {
		all := tx.Skills()
		rng := rand.New(rand.NewSource(1))
		for range 300 {
			var p Profile
			for _, s := range all {
				if rng.Intn(3) == 0 {
					p.Skills = append(p.Skills, ProfileSkill{Skill: s.ID, Level: rng.Intn(6), Years: float64(rng.Intn(4))})
				}
			}
			extra := ProfileSkill{Skill: all[rng.Intn(len(all))].ID, Level: rng.Intn(6)}
			bigger := Profile{Skills: append(slices.Clone(p.Skills), extra)}
			// Insert the extra skill at the front too, so that order does
			// not matter.
			front := Profile{Skills: append([]ProfileSkill{extra}, p.Skills...)}
			base := scores(t, tx, p)
			for _, q := range []Profile{bigger, front} {
				for role, s := range scores(t, tx, q) {
					if s < base[role] {
						t.Fatalf("adding %+v to %+v lowered %s from %v to %v", extra, p, role, base[role], s)
					}
				}
			}
			if len(p.Skills) > 0 {
				k := rng.Intn(len(p.Skills))
				smaller := Profile{Skills: slices.Delete(slices.Clone(p.Skills), k, k+1)}
				for role, s := range scores(t, tx, smaller) {
					if s > base[role] {
						t.Fatalf("removing %+v raised %s from %v to %v", p.Skills[k], role, base[role], s)
					}
				}
				up := Profile{Skills: slices.Clone(p.Skills)}
				up.Skills[k].Level = min(5, up.Skills[k].Level+1)
				up.Skills[k].Years += 1 + float64(rng.Intn(3))
				for role, s := range scores(t, tx, up) {
					if s < base[role] {
						t.Fatalf("raising the level of %+v lowered %s from %v to %v", p.Skills[k], role, base[role], s)
					}
				}
			}
		}
	}
}

// TestRankStatedYearsAndLevels: the issue's own case, Go and PostgreSQL on
// the embedded taxonomy, scored 0.226 with nothing stated, 0.158 with one
// year and 0.136 with level 1 before. A role asks no years, so whatever is
// stated meets it and every role scores as with nothing stated, here and
// when deciding.
func TestRankStatedYearsAndLevels(t *testing.T) {
	plain := Profile{Skills: []ProfileSkill{{Skill: "Go"}, {Skill: "PostgreSQL"}}}
	want := scores(t, Default(), plain)
	wantDecision, err := Default().DecideProfile(plain)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []ProfileSkill{{Years: 1}, {Level: 1}, {Level: 5}, {Years: 0.5, Level: 2}, {Years: 11}} {
		p := Profile{Skills: []ProfileSkill{{Skill: "Go", Level: st.Level, Years: st.Years}, {Skill: "PostgreSQL", Level: st.Level, Years: st.Years}}}
		if diff := cmp.Diff(want, scores(t, Default(), p)); diff != "" {
			t.Errorf("level %d, years %v: scores changed (-nothing stated +stated):\n%s", st.Level, st.Years, diff)
		}
		d, err := Default().DecideProfile(p)
		if err != nil {
			t.Fatal(err)
		}
		if d.Role != wantDecision.Role || d.Confidence != wantDecision.Confidence {
			t.Errorf("level %d, years %v: decision %s %v, want %s %v", st.Level, st.Years, d.Role, d.Confidence, wantDecision.Role, wantDecision.Confidence)
		}
	}
}

func scores(t *testing.T, tx *Taxonomy, p Profile) map[string]float64 {
	t.Helper()
	ms, err := tx.Rank(p)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, m := range ms {
		out[m.Role] = m.Score
	}
	return out
}

// slowScores computes the scores straight from the formula's definition,
// walking the hierarchy for every pair: an obviously right reference for the
// indexed implementation.
func slowScores(tx *Taxonomy, ms []Mention) map[string]float64 {
	ref := slowRef{tx: tx, concepts: slowConcepts(tx, ms)}
	out := map[string]float64{}
	for _, r := range tx.Roles() {
		out[r.ID] = ref.score(&r)
	}
	return out
}

// slowRef is the reference ranking of one input: its concepts, by kind and
// ID (with no name), and the best positive weight and negation of each.
type slowRef struct {
	tx       *Taxonomy
	concepts map[Concept]*slowState
}

type slowState struct {
	pos float64
	neg bool
}

// slowConcepts merges the mentions the taxonomy knows by concept.
func slowConcepts(tx *Taxonomy, ms []Mention) map[Concept]*slowState {
	concepts := map[Concept]*slowState{}
	for _, m := range ms {
		c, ok := tx.Lookup(m.ID)
		if !ok || c.Kind != m.Kind || c.ID != m.ID {
			continue
		}
		c.Name = ""
		s := concepts[c]
		if s == nil {
			s = &slowState{}
			concepts[c] = s
		}
		switch m.Qualifier {
		case QualifierNegated:
			s.neg = true
		case QualifierPreferred:
			s.pos = max(s.pos, preferredWeight)
		default:
			s.pos = 1
		}
	}
	return concepts
}

// dist is the number of broader steps from skill a to skill b, or -1.
func (ref *slowRef) dist(a, b string) int {
	if a == b {
		return 0
	}
	best := -1
	s, _ := ref.tx.Skill(a)
	for _, up := range s.Broader {
		if d := ref.dist(up, b); d >= 0 && (best < 0 || d+1 < best) {
			best = d + 1
		}
	}
	return best
}

// skillValue is the value of a role skill: 1 - Π(1 - w) over the input's
// skills at or below it, less 1 when the input rules out one at or above it.
func (ref *slowRef) skillValue(rs RoleSkill) float64 {
	miss, neg := 1.0, false
	for c, s := range ref.concepts {
		if c.Kind != KindSkill {
			continue
		}
		if s.pos > 0 {
			if d := ref.dist(c.ID, rs.Skill); d >= 0 {
				miss *= 1 - s.pos*math.Pow(stepDiscount, float64(d))
			}
		} else if ref.dist(rs.Skill, c.ID) >= 0 {
			neg = true
		}
	}
	v := 1 - miss
	if neg {
		v--
	}
	return v
}

// parts returns a role's skills part (and the total weight of its skills),
// its responsibilities part and its title.
func (ref *slowRef) parts(r *Role) (skills, total, duties, title float64) {
	var sum float64
	for _, rs := range r.Skills {
		w := float64(rs.Importance)
		if rs.Requirement == RequirementEssential {
			w *= 2
		}
		total += w
		sum += w * ref.skillValue(rs)
	}
	if total > 0 {
		skills = sum / total
	}
	for _, id := range r.Responsibilities {
		if s := ref.concepts[Concept{Kind: KindResponsibility, ID: id}]; s != nil && s.pos > 0 {
			duties += s.pos
		} else if s != nil {
			duties--
		}
	}
	if len(r.Responsibilities) > 0 {
		duties /= float64(len(r.Responsibilities))
	}
	if s := ref.concepts[Concept{Kind: KindRole, ID: r.ID}]; s != nil {
		title = s.pos
		if s.pos == 0 {
			title = -1
		}
	}
	return skills, total, duties, title
}

// score is a role's score: the parts weighed by their shares.
func (ref *slowRef) score(r *Role) float64 {
	skills, total, duties, title := ref.parts(r)
	sShare, dShare := skillShare, 1-skillShare
	if total == 0 {
		sShare, dShare = 0, 1
	}
	if len(r.Responsibilities) == 0 {
		dShare = 0
		if total > 0 {
			sShare = 1
		}
	}
	return min(1, max(0, sShare*skills+dShare*duties+titleBonus*title))
}

// randomMentions draws mentions of random concepts with random qualifiers.
func randomMentions(tx *Taxonomy, rng *rand.Rand, n int) []Mention {
	var ids []Concept
	for _, s := range tx.Skills() {
		ids = append(ids, Concept{KindSkill, s.ID, s.Name})
	}
	for _, r := range tx.Responsibilities() {
		ids = append(ids, Concept{KindResponsibility, r.ID, r.Name})
	}
	for _, r := range tx.Roles() {
		ids = append(ids, Concept{KindRole, r.ID, r.Name})
	}
	qs := []Qualifier{QualifierRequired, QualifierRequired, QualifierPreferred, QualifierNegated, ""}
	ms := make([]Mention, n)
	for i := range ms {
		c := ids[rng.Intn(len(ids))]
		ms[i] = Mention{Kind: c.Kind, ID: c.ID, Start: 10 * i, End: 10*i + 5, Name: c.Name, Qualifier: qs[rng.Intn(len(qs))]}
	}
	return ms
}

func TestRankMatchesReference(t *testing.T) {
	for _, tx := range []*Taxonomy{rankTaxonomy(t), Default()} {
		rng := rand.New(rand.NewSource(2))
		for range 500 {
			ms := randomMentions(tx, rng, rng.Intn(12))
			want := slowScores(tx, ms)
			for _, m := range tx.RankMentions(ms) {
				if math.Abs(m.Score-want[m.Role]) > 1e-9 {
					t.Fatalf("%v\n%s: fast %v, reference %v", ms, m.Role, m.Score, want[m.Role])
				}
			}
		}
	}
}

// TestLongMentionsMatchReference: past shortFacts concepts, facts are found
// through a map; scores must still agree with the reference.
func TestLongMentionsMatchReference(t *testing.T) {
	tx := Default()
	rng := rand.New(rand.NewSource(4))
	for range 50 {
		ms := randomMentions(tx, rng, shortFacts+rng.Intn(3*shortFacts))
		want := slowScores(tx, ms)
		for _, m := range tx.RankMentions(ms) {
			if math.Abs(m.Score-want[m.Role]) > 1e-9 {
				t.Fatalf("%v\n%s: fast %v, reference %v", ms, m.Role, m.Score, want[m.Role])
			}
		}
	}
}

func TestRankDoesNotShare(t *testing.T) {
	tx := rankTaxonomy(t)
	ms := []Mention{mentionAt(KindSkill, "pg", QualifierRequired, 0)}
	p := skills("pg", "Golang")
	first, _ := tx.Rank(p)
	firstM := tx.RankMentions(ms)
	before, beforeM := summary(first), summary(firstM)
	// Scribble over everything returned.
	for _, list := range [][]RoleMatch{first, firstM} {
		for i := range list {
			for j := range list[i].Matched {
				c := &list[i].Matched[j]
				c.ID = "x"
				for k := range c.Evidence {
					e := &c.Evidence[k]
					for v := range e.Via {
						e.Via[v] = "x"
					}
					for v := range e.Mentions {
						e.Mentions[v].ID = "x"
					}
					e.Via = append(e.Via, "y")
				}
				c.Evidence = append(c.Evidence, Evidence{ID: "z"})
			}
		}
	}
	if ms[0].ID != "pg" || p.Skills[1].Skill != "Golang" {
		t.Error("ranking changed its input")
	}
	again, _ := tx.Rank(p)
	if s := summary(again); s != before {
		t.Errorf("changing a result changed the next one:\n%s\nwant\n%s", s, before)
	}
	if s := summary(tx.RankMentions(ms)); s != beforeM {
		t.Errorf("changing a result changed the next one:\n%s\nwant\n%s", s, beforeM)
	}
}

func TestRankConcurrent(t *testing.T) {
	tx := rankTaxonomy(t) // fresh, so that the index is built under the race
	want := summary(mustRank(tx.Rank(rankCases[1].p)))
	done := make(chan string)
	for range 8 {
		go func() {
			done <- summary(mustRank(tx.Rank(rankCases[1].p)))
		}()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Rank differs:\n%s", got)
		}
	}
}

func mustRank[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestPackageShortcuts(t *testing.T) {
	p := skills("postgresql", "clean-code")
	a, err1 := Rank(p)
	b, err2 := Default().Rank(p)
	if err1 != nil || err2 != nil || summary(a) != summary(b) {
		t.Errorf("Rank differs from Default().Rank: %v %v", err1, err2)
	}
	if summary(RankText("PostgreSQL")) != summary(Default().RankText("PostgreSQL")) {
		t.Error("RankText differs from Default().RankText")
	}
}

var benchProfile = Profile{Skills: []ProfileSkill{
	{Skill: "go", Level: 4}, {Skill: "PostgreSQL", Years: 3}, {Skill: "clean-code"}, {Skill: "apis"},
	{Skill: "server-side-logic"}, {Skill: "user authentication"}, {Skill: "website-architecture", Level: 2}, {Skill: "scripting"},
}}

func BenchmarkRank(b *testing.B) {
	tx := Default()
	tx.ranker()
	b.Run("profile", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := tx.Rank(benchProfile); err != nil {
				b.Fatal(err)
			}
		}
	})
	// Baseline: resolving the profile's names alone, which Rank must do.
	b.Run("baseline-lookup", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			for _, s := range benchProfile.Skills {
				if _, ok := tx.Lookup(s.Skill); !ok {
					b.Fatal(s.Skill)
				}
			}
		}
	})
}

func BenchmarkRankMentions(b *testing.B) {
	tx := Default()
	tx.ranker()
	ms := randomMentions(tx, rand.New(rand.NewSource(3)), 20)
	b.Run("mentions", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			tx.RankMentions(ms)
		}
	})
	// Baseline: the slow reference implementation of the same formula.
	b.Run("baseline-reference", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			slowScores(tx, ms)
		}
	})
}

// BenchmarkDeepChain is the first ranking of a fresh taxonomy whose 100,000
// skills form one chain (see rankedChain): RankText, GapsText and Advise on
// a text that reaches both ends of it. It should take under 1 s and 200 MB.
// The taxonomy's Parse and its matcher, which extraction needs, are built
// outside the timing.
func BenchmarkDeepChain(b *testing.B) {
	const n = 100_000
	data := rankedChain(n)
	text := chainText(n)
	b.ReportAllocs()
	for range b.N {
		b.StopTimer()
		tx, err := Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		tx.Extract("")
		b.StartTimer()
		tx.RankText(text)
		if _, err := tx.GapsText(text, "deep"); err != nil {
			b.Fatal(err)
		}
		tx.Advise(text)
	}
}

func FuzzRank(f *testing.F) {
	for _, tc := range rankCases {
		for _, s := range tc.p.Skills {
			f.Add(s.Skill, "", s.Level, s.Years)
		}
	}
	f.Add("Golang", "pyton", 3, 2.5)
	f.Add("", "\xff", -1, math.Inf(1))
	tx := rankTaxonomy(f)
	f.Fuzz(func(t *testing.T, a, b string, level int, years float64) {
		p := Profile{Skills: []ProfileSkill{{Skill: a, Level: level, Years: years}, {Skill: b}}, Responsibilities: []string{b}}
		got, err := tx.Rank(p)
		checkRankProfile(t, tx, p, got, err)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) == 0 || !strings.HasPrefix(err.Error(), "roles: ") {
				t.Fatalf("error %v is not a proper *Error", err)
			}
			for _, pr := range e.Problems {
				if !strings.HasPrefix(pr.Path, "/skills/") && !strings.HasPrefix(pr.Path, "/responsibilities/0") {
					t.Fatalf("problem path %q", pr.Path)
				}
			}
			return
		}
		if len(got) != 2 {
			t.Fatalf("%d matches", len(got))
		}
		for _, m := range got {
			if !(m.Score >= 0 && m.Score <= 1) {
				t.Fatalf("score %v", m.Score)
			}
		}
		again, _ := tx.Rank(p)
		if summary(again) != summary(got) {
			t.Fatal("not deterministic")
		}
	})
}

// FuzzInputs feeds arbitrary IDs, kinds and qualifiers to every function
// that takes them: each either works or returns a "roles: " *Error.
func FuzzInputs(f *testing.F) {
	f.Add("skill", "pg", "preferred", "keeper", "builder")
	f.Add("role", "keeper", "negated", "nosuch", "plan")
	f.Add("responsibility", "fix-bugs", "", "Keeper", "\xff")
	tx := rankTaxonomy(f)
	f.Fuzz(func(t *testing.T, kind, id, q, a, b string) {
		checkErr := func(what string, err error) {
			if err == nil {
				return
			}
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) == 0 || !strings.HasPrefix(err.Error(), "roles: ") {
				t.Fatalf("%s: error %v is not a proper *Error", what, err)
			}
		}
		ms := []Mention{{Kind: Kind(kind), ID: id, Start: 0, End: len(id), Qualifier: Qualifier(q)}}
		for _, m := range tx.RankMentions(ms) {
			if !(m.Score >= 0 && m.Score <= 1) {
				t.Fatalf("score %v", m.Score)
			}
		}
		_, err := tx.Compare(a, b)
		checkErr("Compare", err)
		_, err = tx.Gaps(Profile{Skills: []ProfileSkill{{Skill: id}}}, a)
		checkErr("Gaps", err)
		_, err = tx.GapsMentions(ms, b)
		checkErr("GapsMentions", err)
		_, err = tx.AdviseCues(a, b)
		checkErr("AdviseCues", err)
	})
}

// TestDutiesDecide: the article's two roles share most technology; what they
// do tells them apart. Texts that name only duties rank the role that
// carries them first, on the default taxonomy.
func TestDutiesDecide(t *testing.T) {
	tests := []struct {
		want   string
		duties []string
	}{
		{"backend-developer", []string{"debug-and-troubleshoot", "train-and-support-team", "maintain-database-performance"}},
		{"backend-engineer", []string{"optimize-servers", "data-storage-solutions", "write-server-scripts-logic-apis"}},
	}
	for _, tc := range tests {
		var ms []Mention
		for i, id := range tc.duties {
			ms = append(ms, mentionAt(KindResponsibility, id, QualifierRequired, 40*i))
		}
		// The same technology for both: server-side logic and databases.
		ms = append(ms, mentionAt(KindSkill, "server-side-logic", QualifierRequired, 200), mentionAt(KindSkill, "databases", QualifierRequired, 240))
		got := Default().RankMentions(ms)
		if got[0].Role != tc.want || got[0].Score <= got[1].Score {
			t.Errorf("duties %v: %s %.3f first, then %s %.3f; want %s first", tc.duties, got[0].Role, got[0].Score, got[1].Role, got[1].Score, tc.want)
		}
	}
}

// TestProfileEqualsMentions: a profile without levels or years ranks as the
// same concepts mentioned as required.
func TestProfileEqualsMentions(t *testing.T) {
	for _, tx := range []*Taxonomy{rankTaxonomy(t), Default()} {
		rng := rand.New(rand.NewSource(4))
		for range 200 {
			var p Profile
			var ms []Mention
			for _, m := range randomMentions(tx, rng, rng.Intn(10)) {
				m.Qualifier = QualifierRequired
				switch m.Kind {
				case KindSkill:
					p.Skills = append(p.Skills, ProfileSkill{Skill: m.ID})
				case KindResponsibility:
					p.Responsibilities = append(p.Responsibilities, m.ID)
				default:
					continue
				}
				ms = append(ms, m)
			}
			got, err := tx.Rank(p)
			if err != nil {
				t.Fatal(err)
			}
			want := tx.RankMentions(ms)
			for i := range got {
				if got[i].Role != want[i].Role || got[i].Score != want[i].Score {
					t.Fatalf("%+v: profile %s %v, mentions %s %v", p, got[i].Role, got[i].Score, want[i].Role, want[i].Score)
				}
			}
		}
	}
}

// TestLongProfile: past shortFacts entries duplicates are found through a
// map; the result must not change.
func TestLongProfile(t *testing.T) {
	tx := Default()
	var p Profile
	for range 3 {
		for _, s := range tx.Skills() {
			p.Skills = append(p.Skills, ProfileSkill{Skill: s.Name})
		}
	}
	long, err := tx.Rank(p)
	if err != nil {
		t.Fatal(err)
	}
	short, _ := tx.Rank(Profile{Skills: p.Skills[:len(p.Skills)/3]})
	for i := range long {
		if long[i].Role != short[i].Role || long[i].Score != short[i].Score {
			t.Errorf("repeating the profile changed %s: %v → %v", long[i].Role, short[i].Score, long[i].Score)
		}
	}
}

// TestRankProfileLeavesOutUnknown: RankProfile scores a profile with
// unknown entries as Rank scores it without them, and lists each left-out
// entry by its path in the profile as given; levels and years out of range
// stay errors.
func TestRankProfileLeavesOutUnknown(t *testing.T) {
	junk := []ProfileSkill{{Skill: "Zeplin"}, {Skill: "Storybook"}, {Skill: "Shop Keeper"}, {Skill: ""}, {Skill: "fix-bugs"}}
	for _, tx := range []*Taxonomy{rankTaxonomy(t), Default()} {
		all := tx.Skills()
		rng := rand.New(rand.NewSource(2))
		for range 200 {
			var known, mixed Profile
			wantPaths := []string{"/responsibilities/0"} // sorted by path
			for _, s := range all {
				if rng.Intn(4) == 0 {
					ps := ProfileSkill{Skill: s.ID, Level: rng.Intn(6)}
					known.Skills = append(known.Skills, ps)
					mixed.Skills = append(mixed.Skills, ps)
				}
				if rng.Intn(len(all)) < 2 {
					wantPaths = append(wantPaths, fmt.Sprintf("/skills/%d", len(mixed.Skills)))
					mixed.Skills = append(mixed.Skills, junk[rng.Intn(len(junk))])
				}
			}
			mixed.Responsibilities = []string{"Pair programming"}
			got, err := tx.RankProfile(mixed)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, u := range got.Unknown {
				paths = append(paths, u.Path)
			}
			if diff := cmp.Diff(wantPaths, paths); diff != "" {
				t.Fatalf("unknown entries (-want +got):\n%s", diff)
			}
			sc := map[string]float64{}
			for _, m := range got.Matches {
				sc[m.Role] = m.Score
			}
			if diff := cmp.Diff(scores(t, tx, known), sc); diff != "" {
				t.Fatalf("scores (-without the unknown entries +with them):\n%s", diff)
			}
		}
	}
	r, err := Default().RankProfile(Profile{Skills: []ProfileSkill{{Skill: "Communication"}, {Skill: "Go"}}})
	if err != nil || len(r.Unknown) != 0 || r.Unknown == nil || len(r.Matches) == 0 {
		t.Errorf("RankProfile(Communication, Go) = %v unknown, %d matches, %v; want none unknown (not nil)", r.Unknown, len(r.Matches), err)
	}
	_, err = Default().RankProfile(Profile{Skills: []ProfileSkill{{Skill: "Figma"}, {Skill: "go", Level: 6}, {Skill: "sql", Years: -1}}})
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) != 2 || e.Problems[0].Code != CodeLevel || e.Problems[1].Code != CodeYears {
		t.Errorf("RankProfile with a level of 6 and negative years: %v; want those two problems", err)
	}
}

// checkRankProfile checks RankProfile against what Rank returned for p: the
// same matches when Rank accepts p; when Rank rejects it only for unknown
// entries, those entries as Unknown; otherwise an error.
func checkRankProfile(t *testing.T, tx *Taxonomy, p Profile, got []RoleMatch, err error) {
	t.Helper()
	rp, perr := tx.RankProfile(p)
	var e *Error
	switch {
	case err == nil:
		if perr != nil || len(rp.Unknown) != 0 || summary(rp.Matches) != summary(got) {
			t.Fatalf("RankProfile differs from Rank: %v, %v", rp.Unknown, perr)
		}
	case !errors.As(err, &e):
		t.Fatalf("Rank error %v is not an *Error", err)
	case slices.ContainsFunc(e.Problems, func(pr Problem) bool { return pr.Code == CodeLevel || pr.Code == CodeYears }):
		if perr == nil {
			t.Fatalf("RankProfile accepts what Rank rejects with %v", err)
		}
	default:
		if perr != nil || !slices.Equal(rp.Unknown, e.Problems) {
			t.Fatalf("RankProfile: %v, %v; want Unknown %v", rp.Unknown, perr, e.Problems)
		}
	}
}
