package roles

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The article the embedded taxonomy states, word for word, as the seed
// gives it.
func readArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// quotedBy returns the concepts whose provenance quotes s in the given part.
func quotedBy(d *Taxonomy, part, s string) []Concept {
	var out []Concept
	match := func(p Provenance) bool {
		return p.Source == SourceArticle && p.Part == part && p.Quote == s
	}
	for _, r := range d.Roles() {
		if match(r.Provenance) {
			out = append(out, Concept{KindRole, r.ID, r.Name})
		}
		for _, rel := range r.Relations {
			if match(rel.Provenance) {
				out = append(out, Concept{KindRole, r.ID, r.Name})
			}
		}
	}
	for _, sk := range d.Skills() {
		if match(sk.Provenance) {
			out = append(out, Concept{KindSkill, sk.ID, sk.Name})
		}
	}
	for _, r := range d.Responsibilities() {
		if match(r.Provenance) {
			out = append(out, Concept{KindResponsibility, r.ID, r.Name})
		}
	}
	for _, c := range d.HiringCues() {
		if match(c.Provenance) {
			out = append(out, Concept{"hiring-cue", c.ID, c.Role})
		}
	}
	return out
}

// TestArticleBullets walks the article's four bulleted lists (18 bullets)
// and finds each bullet quoted by a skill or responsibility of the right
// part, required or carried by the right role.
func TestArticleBullets(t *testing.T) {
	d := Default()
	lists := []struct {
		part string
		kind Kind
		role string
		n    int
	}{
		{"developer-skills", KindSkill, "backend-developer", 5},
		{"developer-responsibilities", KindResponsibility, "backend-developer", 5},
		{"engineer-skills", KindSkill, "backend-engineer", 4},
		{"engineer-responsibilities", KindResponsibility, "backend-engineer", 4},
	}
	var groups [][]string
	inList := false
	for _, line := range strings.Split(readArticle(t), "\n") {
		line = strings.TrimSpace(line)
		if b, ok := strings.CutPrefix(line, "•"); ok {
			if !inList {
				groups = append(groups, nil)
				inList = true
			}
			groups[len(groups)-1] = append(groups[len(groups)-1], strings.TrimSpace(b))
		} else if line != "" {
			inList = false
		}
	}
	if len(groups) != len(lists) {
		t.Fatalf("found %d bulleted lists in the article, want %d", len(groups), len(lists))
	}
	total := 0
	for i, l := range lists {
		if len(groups[i]) != l.n {
			t.Errorf("list %d (%s) has %d bullets, want %d", i, l.part, len(groups[i]), l.n)
		}
		role, _ := d.Role(l.role)
		for _, bullet := range groups[i] {
			total++
			found := false
			for _, c := range quotedBy(d, l.part, bullet) {
				if c.Kind != l.kind {
					continue
				}
				found = true
				if l.kind == KindSkill && !roleRequires(role, c.ID, RequirementEssential) {
					t.Errorf("%s does not require %s (%q) as essential", l.role, c.ID, bullet)
				}
				if l.kind == KindResponsibility && !contains(role.Responsibilities, c.ID) {
					t.Errorf("%s does not carry %s (%q)", l.role, c.ID, bullet)
				}
			}
			if !found {
				t.Errorf("no %s of part %s quotes the bullet %q", l.kind, l.part, bullet)
			}
		}
	}
	if total != 18 {
		t.Errorf("walked %d bullets, want 18", total)
	}
}

func roleRequires(r Role, skill string, req Requirement) bool {
	for _, rs := range r.Skills {
		if rs.Skill == skill && rs.Requirement == req {
			return true
		}
	}
	return false
}

// TestArticleFocusAreas finds the five focus areas of back-end development,
// as the article lists them, under the backend-development skill.
func TestArticleFocusAreas(t *testing.T) {
	d := Default()
	m := regexp.MustCompile(`The primary focus of back-end development is ([^.]+)\.`).FindStringSubmatch(readArticle(t))
	if m == nil {
		t.Fatal("focus sentence not found in the article")
	}
	items := regexp.MustCompile(`,\s*(?:and\s+)?`).Split(m[1], -1)
	if len(items) != 5 {
		t.Fatalf("the article lists %d focus areas (%q), want 5", len(items), items)
	}
	for _, item := range items {
		c, ok := d.Lookup(item)
		if !ok || c.Kind != KindSkill {
			t.Errorf("focus area %q is not a skill name", item)
			continue
		}
		s, _ := d.Skill(c.ID)
		if !contains(s.Broader, "backend-development") {
			t.Errorf("focus area %s is not under backend-development", s.ID)
		}
		if s.Provenance.Part != "backend-development" || s.Provenance.Quote != m[0] {
			t.Errorf("focus area %s does not quote the focus sentence: %+v", s.ID, s.Provenance)
		}
	}
}

// TestArticleProse finds each statement of the article's prose (what
// back-end development is, the duties of each role, how they relate, the
// engineer's day to day, the hiring advice) quoted in the data.
func TestArticleProse(t *testing.T) {
	d := Default()
	article := strings.ReplaceAll(readArticle(t), "\n", " ")
	statements := []struct {
		part, quote string
		want        []Concept // concepts that must be among those quoting it
	}{
		{"backend-development", "The back-end is the behind-the-scenes part of a website or app that processes or stores any actions we take on a site.",
			[]Concept{{KindSkill, "backend-development", ""}}},
		{"developer-responsibilities", "Back-end Developers are responsible for working with the server-side logic found on websites and apps.",
			[]Concept{{KindRole, "backend-developer", ""}, {KindResponsibility, "work-with-server-side-logic", ""}}},
		{"developer-responsibilities", "A core part of their focus is making sure the website or app database is maintained, running at high performance, and that any requests from the front-end are responsive on the website.",
			[]Concept{{KindResponsibility, "maintain-database-performance", ""}, {KindResponsibility, "keep-requests-responsive", ""}}},
		{"developer-responsibilities", "They are very familiar with how the architecture created by the back-end engineers for the site was built and use this knowledge to develop features or tasks for the software.",
			[]Concept{{KindResponsibility, "develop-features-on-architecture", ""}, {KindRole, "backend-developer", ""}}},
		{"engineer-responsibilities", "A back-end engineer is a person who handles the building, designing, and maintaining any server-based needs of the web app.",
			[]Concept{{KindRole, "backend-engineer", ""}, {KindResponsibility, "build-design-maintain-server", ""}}},
		{"engineer-responsibilities", "To put it simply, they are in charge of building the foundation that the back-end developer works off of.",
			[]Concept{{KindRole, "backend-engineer", ""}}},
		{"engineer-responsibilities", "Because of this, it is their main responsibility to build the structure that a software application runs off of.",
			[]Concept{{KindResponsibility, "build-application-structure", ""}}},
		{"engineer-responsibilities", "Back-end engineers are also in charge of setting foundations for the software team to have what they need to achieve their main goals.",
			[]Concept{{KindResponsibility, "set-team-foundations", ""}}},
		{"engineer-responsibilities", "This means when they are working within a software development team, their main function is to write server scripts, business logic, and APIs that can be used at a later stage by developers and their team.",
			[]Concept{{KindResponsibility, "write-server-scripts-logic-apis", ""}}},
		{"engineer-day-to-day", "On a day-to-day basis, back-end engineers would optimize servers, make sure the structure is stable and secure, and create data storage solutions and reusable code libraries.",
			[]Concept{{KindResponsibility, "optimize-servers", ""}, {KindResponsibility, "keep-structure-stable-and-secure", ""},
				{KindResponsibility, "create-data-storage-day-to-day", ""}, {KindResponsibility, "create-reusable-code-libraries", ""}}},
		{"hiring-advice", "If you need someone who gives a guided plan that can make your business app successful, you will likely be looking at hiring a back-end engineer.",
			[]Concept{{"hiring-cue", "guided-plan", ""}}},
		{"hiring-advice", "But if you’re looking for someone who can be a part of your team on a more permanent basis and need them to maintain an already developed app/website, then a back-end developer is more the role you’re looking for.",
			[]Concept{{"hiring-cue", "permanent-team-member", ""}, {"hiring-cue", "maintain-existing-app", ""}}},
	}
	for _, st := range statements {
		if !strings.Contains(article, st.quote) {
			t.Errorf("statement is not in the article word for word: %q", st.quote)
			continue
		}
		got := quotedBy(d, st.part, st.quote)
		for _, w := range st.want {
			found := false
			for _, c := range got {
				found = found || (c.Kind == w.Kind && c.ID == w.ID)
			}
			if !found {
				t.Errorf("%s %s does not quote %q (part %s); quoted by %v", w.Kind, w.ID, st.quote, st.part, got)
			}
		}
	}
	// The relation between the roles, both ways.
	eng, _ := d.Role("backend-engineer")
	dev, _ := d.Role("backend-developer")
	if !hasRelation(eng, "builds-foundation-for", "backend-developer") || !hasRelation(dev, "works-on-foundation-of", "backend-engineer") {
		t.Errorf("the roles do not relate as the article says: %+v / %+v", eng.Relations, dev.Relations)
	}
	// Each hiring cue of the article points to the role the advice names.
	for _, c := range d.HiringCues() {
		if c.Provenance.Part != "hiring-advice" {
			continue
		}
		want := "backend-developer"
		if strings.Contains(c.Provenance.Quote, "hiring a back-end engineer") {
			want = "backend-engineer"
		}
		if c.Role != want {
			t.Errorf("hiring cue %s points to %s, the article says %s", c.ID, c.Role, want)
		}
	}
}

func hasRelation(r Role, typ, other string) bool {
	for _, rel := range r.Relations {
		if rel.Type == typ && rel.Role == other {
			return true
		}
	}
	return false
}

// TestArticleQuotesExist checks that every quote in the data is a statement
// of the article, word for word.
func TestArticleQuotesExist(t *testing.T) {
	article := readArticle(t)
	d := Default()
	check := func(where string, p Provenance) {
		if p.Source == SourceArticle && !strings.Contains(article, p.Quote) {
			t.Errorf("%s quotes %q, which is not in the article", where, p.Quote)
		}
	}
	for _, r := range d.Roles() {
		check(r.ID, r.Provenance)
		for _, rel := range r.Relations {
			check(r.ID+" relation", rel.Provenance)
		}
	}
	for _, s := range d.Skills() {
		check(s.ID, s.Provenance)
	}
	for _, r := range d.Responsibilities() {
		check(r.ID, r.Provenance)
	}
	for _, c := range d.HiringCues() {
		check(c.ID, c.Provenance)
	}
}

// TestArticleTechnologies finds each technology the article names as a
// skill under the competency whose bullet names it.
func TestArticleTechnologies(t *testing.T) {
	d := Default()
	tests := []struct {
		name       string
		competency string
	}{
		{"JavaScript", "web-scripting"},
		{"HTML5", "web-scripting"},
		{"PHP", "server-side-languages"},
		{"Python", "server-side-languages"},
		{"Java", "server-side-languages"},
		{"Java", "web-platform-knowledge"},
		{"HTML5", "web-platform-knowledge"},
		{"CSS3", "web-platform-knowledge"},
	}
	for _, tt := range tests {
		c, ok := d.Lookup(tt.name)
		if !ok || c.Kind != KindSkill {
			t.Errorf("%q is not a skill name", tt.name)
			continue
		}
		s, _ := d.Skill(c.ID)
		if !contains(s.Broader, tt.competency) {
			t.Errorf("%s (%q) is not directly under %s: broader %v", s.ID, tt.name, tt.competency, s.Broader)
		}
	}
}
