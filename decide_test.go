package roles

import (
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decideCases are short postings and resumes, one or more per role, written
// for these tests: each names its role's work the way real ones do.
var decideCases = []struct {
	name, text, role string
	lean             int // the sign of the leaning, for back-end texts
}{
	{"engineer by the work", `Senior Backend Engineer
Ledgerline, Berlin

You will lay the foundations of our new payments platform: design the architecture,
decide how we store ledger data at scale, and write the internal libraries and APIs
other teams build on. Go, PostgreSQL, Kafka, gRPC. You own the architecture decisions
and set the technical direction with the staff engineers.`, "backend-engineer", 1},
	{"developer by the work, engineer by the title", `Backend Engineer
Fernhill Insurance

Join the team that keeps our existing claims application running smoothly. You will
maintain the existing codebase, fix bugs reported by support, build features on the
platform we already have and keep the database maintained and fast.
Java, Spring Boot, Oracle, REST.`, "backend-developer", -1},
	{"engineer by the work, developer by the title", `Backend Developer (m/f/d)
Northwind Logistics

We are starting from scratch: you will design the architecture of our new routing service,
build the foundation the product teams build on, create data storage solutions and reusable
code libraries, and optimize servers for ten times today's load. Kotlin, PostgreSQL, Redis.`, "backend-engineer", 1},
	{"front-end", `Frontend Developer
Pixelhaus

Build user interfaces from designs in React and TypeScript, with CSS modules and Storybook.
You care about accessibility and web performance. Node.js experience is a plus.`, "frontend-developer", 0},
	{"full-stack", `Full-Stack Engineer
Trailmix

Build features end to end, from the database to the UI: React and TypeScript in the browser,
Node.js and PostgreSQL behind it. You will own features across the stack.`, "fullstack-developer", 0},
	{"DevOps", `Site Reliability Engineer
Cloudberry

Run our Kubernetes clusters on AWS, automate deployments with Terraform and Argo CD,
take part in the on-call rotation and lead post-mortems. Prometheus, Grafana, Linux.`, "devops-engineer", 0},
	{"data engineer", `Data Engineer
Orchard Analytics

Build and maintain data pipelines into Snowflake with Airflow and dbt, model the warehouse,
and ingest event data from Kafka. SQL and Python.`, "data-engineer", 0},
	{"data scientist", `Data Scientist
Brightside Retail

Build predictive models for demand, run A/B tests and present findings to stakeholders.
Python, pandas, scikit-learn, statistics.`, "data-scientist", 0},
	{"mobile", `iOS Engineer
Pocketbank

Build our native iOS app in Swift and SwiftUI, publish to the App Store, and work with
the Android team on shared features.`, "mobile-developer", 0},
	{"QA", `QA Automation Engineer
Testwell

Write test cases, build test automation frameworks with Selenium and Cypress, run regression
testing and report bugs in Jira.`, "qa-engineer", 0},
	{"security", `Application Security Engineer
Shieldware

Run secure code reviews and security assessments, threat modelling and penetration testing,
and respond to security incidents. OWASP Top 10, SAST and DAST tools.`, "security-engineer", 0},
	{"nothing technical", `Pastry Chef
Maison Lune

Bake croissants and tarts every morning for our two cafés. Early shifts, a warm team.`, "", 0},
}

func TestDecide(t *testing.T) {
	for _, tt := range decideCases {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide(tt.text)
			if d.Role != tt.role {
				t.Errorf("Role = %q (%.2f), want %q; evidence %v", d.Role, d.Confidence, tt.role, signalIDs(d.Evidence))
			}
			if sign(d.Leaning) != tt.lean {
				t.Errorf("Leaning = %+.2f, want the sign of %+d; evidence %v", d.Leaning, tt.lean, signalIDs(d.LeaningEvidence))
			}
			checkDecision(t, tt.text, d)
		})
	}
}

func sign(x float64) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func signalIDs(ss []Signal) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

// checkDecision checks what holds for every decision: fits in [0, 1]
// that, with None, sum to 1 over the options; roles sorted; the answer is
// the best option; its evidence adds up to the difference of the scores;
// the leaning in [-1, 1], and only for back-end work; and Decide agrees
// with DecideMentions.
func checkDecision(t *testing.T, text string, d Decision) {
	t.Helper()
	fam := map[string]float64{}
	for i, r := range d.Roles {
		if r.Fit < 0 || r.Fit > 1 || math.IsNaN(r.Fit) {
			t.Errorf("fit of %s = %v", r.Role, r.Fit)
		}
		if i > 0 && (d.Roles[i-1].Fit < r.Fit || d.Roles[i-1].Fit == r.Fit && d.Roles[i-1].Role > r.Role) {
			t.Errorf("roles out of order at %d: %v", i, d.Roles)
		}
		f := familyKey(r.Role)
		fam[f] = max(fam[f], r.Fit)
	}
	sum := d.None
	for _, f := range fam {
		sum += f
	}
	if len(d.Roles) > 0 && math.Abs(sum-1) > 1e-9 {
		t.Errorf("family fits and None sum to %v", sum)
	}
	best := d.None
	if d.Role != "" {
		best = fam[familyKey(d.Role)]
	}
	if d.Confidence != best || slices.ContainsFunc(slices.Collect(maps.Values(fam)), func(f float64) bool { return f > best }) || d.None > best {
		t.Errorf("answer %q (%v) is not the best option: none %v, families %v", d.Role, d.Confidence, d.None, fam)
	}
	checkEvidenceSum(t, d, fam)
	if d.Leaning < -1 || d.Leaning > 1 || d.Leaning != 0 && familyKey(d.Role) != "pair" {
		t.Errorf("Leaning = %v for role %q", d.Leaning, d.Role)
	}
	for _, s := range append(slices.Clone(d.Evidence), d.LeaningEvidence...) {
		if s.Count > 0 && text[s.Mention.Start:s.Mention.End] == "" {
			t.Errorf("signal %+v has an empty mention", s)
		}
	}
	if text != "" {
		if diff := cmp.Diff(d, Default().DecideMentions(text, Extract(text))); diff != "" {
			t.Errorf("Decide and DecideMentions differ (-Decide +DecideMentions):\n%s", diff)
		}
	}
}

// checkEvidenceSum checks that the evidence explains the answer: the log of
// the ratio of the answer's fit to the runner-up's is the sum of the
// evidence weights, less the start of no role when it is one of the two.
func checkEvidenceSum(t *testing.T, d Decision, fam map[string]float64) {
	t.Helper()
	if len(d.Roles) == 0 {
		return
	}
	fitOf := func(role string) float64 {
		if role == "" {
			return d.None
		}
		return fam[familyKey(role)]
	}
	want := math.Log(fitOf(d.Role) / fitOf(d.RunnerUp))
	got := 0.0
	for _, s := range d.Evidence {
		got += s.Weight
	}
	switch {
	case d.Role == "" && d.RunnerUp != "":
		got += noneBase
	case d.Role != "" && d.RunnerUp == "":
		got -= noneBase
	}
	if math.Abs(got-want) > 1e-6 {
		t.Errorf("evidence sums to %v, want log(fit(%q)/fit(%q)) = %v", got, d.Role, d.RunnerUp, want)
	}
}

// familyKey names the family of a role: the back-end pair is one.
func familyKey(role string) string {
	if role == developerID || role == engineerID {
		return "pair"
	}
	return role
}

// frontEndSkills are skills that front-end postings name and back-end
// postings rarely do.
var frontEndSkills = []string{"CSS", "Sass", "Vue.js", "React", "Angular", "Webpack", "Tailwind CSS", "Storybook", "Figma", "Svelte"}

// TestFrontEndSkillNeverRaisesBackEnd is a property of the model: a skill
// that pulls only toward other roles cannot raise the back-end pair's fit,
// whatever the text.
func TestFrontEndSkillNeverRaisesBackEnd(t *testing.T) {
	skills := frontEndSkills
	for _, tt := range decideCases {
		before := pairFit(Decide(tt.text))
		for _, s := range skills {
			text := tt.text + "\n\nAlso: " + s + "."
			if !strings.EqualFold(lastMention(text), s) {
				continue // the name needs context this sentence does not give
			}
			if after := pairFit(Decide(text)); after > before {
				t.Errorf("%s: adding %q raised the back-end fit from %v to %v", tt.name, s, before, after)
			}
		}
	}
}

func lastMention(text string) string {
	ms := Extract(text)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	return text[m.Start:m.End]
}

// pairFit is the back-end pair's fit.
func pairFit(d Decision) float64 {
	f := 0.0
	for _, r := range d.Roles {
		if familyKey(r.Role) == "pair" {
			f = max(f, r.Fit)
		}
	}
	return f
}

// FuzzDecide checks the invariants of checkDecision on any text.
func FuzzDecide(f *testing.F) {
	for _, tt := range decideCases {
		f.Add(tt.text)
	}
	f.Add("")
	f.Add("Product Manager\n\nOur stack: Go, Kafka, PostgreSQL, React.")
	f.Fuzz(func(t *testing.T, text string) {
		checkDecision(t, text, Decide(text))
	})
}

// benchPostings returns the postings of testdata/bench, distinct texts of
// a few hundred words each.
func benchPostings(b *testing.B) []string {
	files, _ := filepath.Glob("testdata/bench/posting-*")
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	if len(out) == 0 {
		b.Fatal("no postings in testdata/bench")
	}
	return out
}

// firstWords cuts text after its first n words.
func firstWords(text string, n int) string {
	words := 0
	for i := 0; i < len(text); i++ {
		if text[i] > ' ' && (i == 0 || text[i-1] <= ' ') {
			words++
			if words > n {
				return text[:i]
			}
		}
	}
	return text
}

// BenchmarkDecide measures the decision beyond Extract, on the postings of
// testdata/bench cut to their first 400 words (the size the goal names) and
// whole. Each op is one posting, in turn; "extract" is the yardstick,
// "decide-mentions" what deciding adds to a scan already made, "decide"
// both.
func BenchmarkDecide(b *testing.B) {
	whole := benchPostings(b)
	cut := make([]string, len(whole))
	for i, d := range whole {
		cut[i] = firstWords(d, 400)
	}
	for _, set := range []struct {
		name string
		docs []string
	}{{"400-words", cut}, {"whole", whole}} {
		b.Run(set.name, func(b *testing.B) { benchDecide(b, set.docs) })
	}
}

func benchDecide(b *testing.B, docs []string) {
	tx := Default()
	ms := make([][]Mention, len(docs))
	words, size := 0, 0
	for i, d := range docs {
		ms[i] = tx.Extract(d)
		words += len(strings.Fields(d))
		size += len(d)
	}
	b.Logf("%d postings, %d words and %d bytes on average", len(docs), words/len(docs), size/len(docs))
	tx.Decide(docs[0]) // build the indexes
	b.Run("extract", func(b *testing.B) {
		for i := range b.N {
			tx.Extract(docs[i%len(docs)])
		}
	})
	b.Run("decide-mentions", func(b *testing.B) {
		for i := range b.N {
			tx.DecideMentions(docs[i%len(docs)], ms[i%len(docs)])
		}
	})
	b.Run("decide", func(b *testing.B) {
		for i := range b.N {
			tx.Decide(docs[i%len(docs)])
		}
	})
}

// TestOccupationTitleGetsNoRole is a property of the model and the data:
// a text titled with any occupation's name gets no role, even when its
// company paragraph names a back-end, front-end or DevOps stack.
func TestOccupationTitleGetsNoRole(t *testing.T) {
	boilerplate := []string{
		"About us: our platform runs on Go, Kafka, PostgreSQL and Kubernetes on AWS, with REST APIs and microservices.",
		"Wir sind ein SaaS-Anbieter; unser Tech-Stack: React, TypeScript, Node.js, Docker und Terraform.",
		"Notre équipe technique développe en Java, Spring Boot et Angular, déployé avec GitLab CI.",
	}
	occ := Default().Occupations()
	if len(occ) < 50 {
		t.Fatalf("only %d occupations", len(occ))
	}
	for _, o := range occ {
		for _, b := range boilerplate {
			text := o.Name + " (m/w/d)\nAcme GmbH · Berlin\n\n" + b
			if d := Decide(text); d.Role != "" {
				t.Errorf("%q: decided %q (%.2f), want no role; evidence %v", o.Name, d.Role, d.Confidence, signalIDs(d.Evidence))
			}
		}
	}
}
