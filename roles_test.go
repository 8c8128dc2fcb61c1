package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/openroles/roles/internal/engine"
)

// TestEmbeddedMatchesSchema checks the embedded data against the schema,
// which Default skips at run time.
func TestEmbeddedMatchesSchema(t *testing.T) {
	sch, err := compiledSchema(SchemaID)
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	var doc any
	d := json.NewDecoder(bytes.NewReader(embeddedTaxonomy))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Fatalf("embedded taxonomy does not match the schema: %#v", err)
	}
	if _, err := Parse(embeddedTaxonomy); err != nil {
		t.Fatalf("Parse(embedded): %v", err)
	}
}

// TestDefaultEqualsParse shows that Default's fast path builds the same
// taxonomy as the fully checked Parse.
func TestDefaultEqualsParse(t *testing.T) {
	parsed, err := Parse(embeddedTaxonomy)
	if err != nil {
		t.Fatal(err)
	}
	def := Default()
	if diff := cmp.Diff(snapshot(parsed), snapshot(def)); diff != "" {
		t.Errorf("Default() differs from Parse(embedded) (-want +got):\n%s", diff)
	}
	if Default() != def {
		t.Error("Default() returned a different taxonomy on the second call")
	}
}

// view is everything a caller can read from a taxonomy.
type view struct {
	Version          string
	Roles            []Role
	Skills           []Skill
	Responsibilities []Responsibility
	HiringCues       []HiringCue
	Occupations      []Occupation
	Qualifiers       QualifierCues
	Narrower         map[string][]Skill
	Broader          map[string][]Skill
	RoleSkills       map[string][]RoleSkill
}

func snapshot(t *Taxonomy) view {
	v := view{
		Version:          t.Version(),
		Roles:            t.Roles(),
		Skills:           t.Skills(),
		Responsibilities: t.Responsibilities(),
		HiringCues:       t.HiringCues(),
		Occupations:      t.Occupations(),
		Qualifiers:       t.QualifierCues(),
		Narrower:         map[string][]Skill{},
		Broader:          map[string][]Skill{},
		RoleSkills:       map[string][]RoleSkill{},
	}
	for _, s := range v.Skills {
		v.Narrower[s.ID] = t.Narrower(s.ID)
		v.Broader[s.ID] = t.Broader(s.ID)
	}
	for _, r := range v.Roles {
		v.RoleSkills[r.ID] = t.RoleSkills(r.ID)
	}
	return v
}

// scribbler changes values returned by a taxonomy, everywhere they hold
// slices or fields that the taxonomy might share.
type scribbler struct{}

func (scribbler) strings(ss []string) {
	for i := range ss {
		ss[i] = "changed"
	}
}

func (w scribbler) rules(rs []NameRule) {
	for i := range rs {
		rs[i].Name = "changed"
		rs[i].CaseSensitive = !rs[i].CaseSensitive
		w.strings(rs[i].Context)
		w.strings(rs[i].NotWithin)
	}
}

func (w scribbler) localized(ls []Localized) {
	for i := range ls {
		ls[i].Lang, ls[i].Name, ls[i].Description = "changed", "changed", "changed"
		w.strings(ls[i].AltNames)
	}
}

func (w scribbler) role(r Role) {
	w.localized(r.Localized)
	w.strings(r.AltNames)
	w.rules(r.NameRules)
	w.strings(r.Responsibilities)
	for i := range r.Skills {
		r.Skills[i].Skill = "changed"
		r.Skills[i].Importance = 99
	}
	for i := range r.Relations {
		r.Relations[i].Role = "changed"
	}
	for i := range r.Crosswalk {
		r.Crosswalk[i].Code = "changed"
	}
}

func (w scribbler) skill(s Skill) {
	w.localized(s.Localized)
	w.strings(s.AltNames)
	w.rules(s.NameRules)
	w.strings(s.Broader)
}

func (w scribbler) responsibility(r Responsibility) {
	w.localized(r.Localized)
	w.strings(r.AltNames)
	w.rules(r.NameRules)
	w.strings(r.Skills)
}

func (w scribbler) occupation(o Occupation) {
	w.localized(o.Localized)
	w.strings(o.AltNames)
	w.rules(o.NameRules)
}

// view changes everything in a snapshot.
func (w scribbler) view(v view) {
	for _, r := range v.Roles {
		w.role(r)
	}
	for _, s := range v.Skills {
		w.skill(s)
	}
	for _, r := range v.Responsibilities {
		w.responsibility(r)
	}
	for _, c := range v.HiringCues {
		w.strings(c.Phrases)
	}
	for _, o := range v.Occupations {
		w.occupation(o)
	}
	for _, q := range [][]string{v.Qualifiers.Preferred, v.Qualifiers.Required, v.Qualifiers.Negated, v.Qualifiers.NegatedAfter, v.Qualifiers.NotNegating} {
		w.strings(q)
	}
	for i := range v.Qualifiers.Localized {
		l := &v.Qualifiers.Localized[i]
		l.Lang = "changed"
		for _, q := range [][]string{l.Preferred, l.Required, l.Negated, l.NegatedAfter, l.NotNegating} {
			w.strings(q)
		}
	}
	for _, m := range []map[string][]Skill{v.Narrower, v.Broader} {
		for _, ss := range m {
			for _, s := range ss {
				w.skill(s)
			}
		}
	}
	for _, rs := range v.RoleSkills {
		for i := range rs {
			rs[i].Skill = "changed"
		}
	}
}

// deepCopy returns a copy of v that shares no memory with it.
func deepCopy(t testing.TB, v view) view {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var c view
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v, c, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("a view does not survive JSON (-before +after):\n%s", diff)
	}
	return c
}

// withOccupation is the default taxonomy with an occupation that has names
// and a name rule, added by an overlay: the embedded data has none yet, and
// is not likely to get this one.
func withOccupation(t testing.TB) *Taxonomy {
	t.Helper()
	tx, err := Default().Overlay([]byte(`{"version": "with-occupation", "add": {"occupations": [{
		"id": "lighthouse-keeper", "name": "Lighthouse Keeper", "altNames": ["Lightkeeper"],
		"localized": [{"lang": "de", "name": "Leuchtturmwärter", "altNames": ["Leuchtturmwärterin"], "description": "Hütet Licht und Station eines Leuchtturms."}],
		"nameRules": [{"name": "Lightkeeper", "caseSensitive": true, "notWithin": ["Lightkeeper Pro"]}],
		"description": "Keeps a lighthouse's light and station.", "provenance": {"source": "extension"}}],
		"qualifiers": {"localized": [{"lang": "de", "preferred": ["von Vorteil"]}]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestAccessorsReturnCopies changes everything the accessors returned and
// finds the default unchanged, and a taxonomy made from it by an overlay.
func TestAccessorsReturnCopies(t *testing.T) {
	def, occ := Default(), withOccupation(t)
	// What the accessors return is copied in full before it is changed:
	// if they shared memory, a snapshot would change with them.
	before, beforeOcc := deepCopy(t, snapshot(def)), deepCopy(t, snapshot(occ))
	if len(beforeOcc.Occupations) == 0 {
		t.Fatal("no occupation to change")
	}
	var w scribbler
	for _, tx := range []*Taxonomy{def, occ} {
		w.view(snapshot(tx))
		if r, ok := tx.Role("backend-developer"); ok {
			w.role(r)
		}
		if s, ok := tx.Skill("go"); ok {
			w.skill(s)
		}
		if r, ok := tx.Responsibility("debug-and-troubleshoot"); ok {
			w.responsibility(r)
		}
		if o, ok := tx.Occupation("lighthouse-keeper"); ok {
			w.occupation(o)
		}
	}
	sch := Schema()
	for i := range sch {
		sch[i] = 0
	}

	if diff := cmp.Diff(before, snapshot(def), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("changing returned values changed the default (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(beforeOcc, snapshot(occ), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("changing returned values changed the taxonomy with an occupation (-want +got):\n%s", diff)
	}
	if !json.Valid(Schema()) {
		t.Error("changing the bytes Schema returned changed the schema")
	}
}

// zeroText holds names of the default taxonomy, which a zero Taxonomy does
// not know.
const zeroText = "Must have Go, PostgreSQL and Kubernetes; a backend developer to maintain our app long term."

// zeroOverlay adds one skill to whatever base it is applied to.
const zeroOverlay = `{"version": "acme-1", "add": {"skills": [{"id": "postgresql", "name": "PostgreSQL",
	"type": "database", "description": "A database.", "provenance": {"source": "extension"}}]}}`

// errorKind says whether err is nil, an *Error, or something else.
func errorKind(err error) string {
	var e *Error
	switch {
	case err == nil:
		return "no error"
	case errors.As(err, &e):
		return "*Error"
	}
	return "other error: " + err.Error()
}

// zeroCases are calls on a zero Taxonomy and what they return: call names
// the method, and after a slash what the case tries.
var zeroCases = []struct {
	call string
	got  func(z *Taxonomy) any
	want any
}{
	{"Version", func(z *Taxonomy) any { return z.Version() }, ""},
	{"Roles", func(z *Taxonomy) any { return z.Roles() }, []Role{}},
	{"Role", func(z *Taxonomy) any { r, ok := z.Role("backend-developer"); return []any{r, ok} }, []any{Role{}, false}},
	{"Skills", func(z *Taxonomy) any { return z.Skills() }, []Skill{}},
	{"Skill", func(z *Taxonomy) any { s, ok := z.Skill("go"); return []any{s, ok} }, []any{Skill{}, false}},
	{"Responsibilities", func(z *Taxonomy) any { return z.Responsibilities() }, []Responsibility{}},
	{"Responsibility", func(z *Taxonomy) any {
		r, ok := z.Responsibility("build-apis")
		return []any{r, ok}
	}, []any{Responsibility{}, false}},
	{"HiringCues", func(z *Taxonomy) any { return z.HiringCues() }, []HiringCue{}},
	{"Occupations", func(z *Taxonomy) any { return z.Occupations() }, []Occupation{}},
	{"Decide", func(z *Taxonomy) any { return z.Decide(zeroText) }, zeroDecision},
	{"DecideMentions", func(z *Taxonomy) any { return z.DecideMentions(zeroText, Default().Extract(zeroText)) }, zeroDecision},
	{"DecideProfile", func(z *Taxonomy) any {
		_, err := z.DecideProfile(Profile{Skills: []ProfileSkill{{Skill: "go"}}})
		return errorKind(err)
	}, "*Error"},
	{"DecideProfile/empty", func(z *Taxonomy) any {
		d, err := z.DecideProfile(Profile{})
		return []any{d, errorKind(err)}
	}, []any{zeroDecision, "no error"}},
	{"Occupation", func(z *Taxonomy) any {
		o, ok := z.Occupation("product-manager")
		return []any{o, ok}
	}, []any{Occupation{}, false}},
	{"QualifierCues", func(z *Taxonomy) any { return z.QualifierCues() }, QualifierCues{}},
	{"Lookup", func(z *Taxonomy) any { c, ok := z.Lookup("Go"); return []any{c, ok} }, []any{Concept{}, false}},
	{"Narrower", func(z *Taxonomy) any { return z.Narrower("databases") }, []Skill(nil)},
	{"Broader", func(z *Taxonomy) any { return z.Broader("go") }, []Skill(nil)},
	{"RoleSkills", func(z *Taxonomy) any { return z.RoleSkills("backend-developer") }, []RoleSkill(nil)},
	{"Extract", func(z *Taxonomy) any { return z.Extract(zeroText) }, []Mention{}},
	{"Mentions", func(z *Taxonomy) any { return slices.Collect(z.Mentions(zeroText)) }, []Mention(nil)},
	{"GapsFor", func(z *Taxonomy) any {
		g, err := z.GapsFor([]Mention{{Kind: KindSkill, ID: "go", Years: 5}}, Profile{Skills: []ProfileSkill{{Skill: "go", Years: 2}}})
		return []any{g, errorKind(err)}
	}, []any{[]Gap{}, "no error"}},
	{"ProfileFromJSONResume", func(z *Taxonomy) any {
		r, err := z.ProfileFromJSONResume([]byte(`{"work": [{"startDate": "2019", "summary": "Go"}], "skills": [{"keywords": ["Go"]}]}`))
		return []any{r, errorKind(err)}
	}, []any{ResumeProfile{Unknown: []Problem{{Path: "/skills/0/keywords/0", Code: CodeUnknownSkill, Message: `unknown skill "Go"`}}}, "no error"}},
	{"RankProfile", func(z *Taxonomy) any {
		r, err := z.RankProfile(Profile{Skills: []ProfileSkill{{Skill: "go"}}})
		return []any{r, errorKind(err)}
	}, []any{ProfileRanking{Matches: []RoleMatch{}, Unknown: []Problem{{Path: "/skills/0", Code: CodeUnknownSkill, Message: `unknown skill "go"`}}}, "no error"}},
	{"ExtractAt", func(z *Taxonomy) any { return z.ExtractAt(zeroText, yearsNow) }, []Mention{}},
	{"Seniority", func(z *Taxonomy) any { return z.Seniority("Backend Engineer") }, Seniority{Evidence: []SeniorityEvidence{}}},
	{"SeniorityMentions", func(z *Taxonomy) any { return z.SeniorityMentions("Senior Engineer", nil) },
		Seniority{Level: SenioritySenior, Evidence: []SeniorityEvidence{{Level: SenioritySenior, Cue: CueTitle, Text: "Senior", End: 6}}}},
	{"Rank/empty profile", func(z *Taxonomy) any {
		m, err := z.Rank(Profile{})
		return []any{m, errorKind(err)}
	}, []any{[]RoleMatch{}, "no error"}},
	{"Rank/unknown skill", func(z *Taxonomy) any {
		_, err := z.Rank(Profile{Skills: []ProfileSkill{{Skill: "go"}}})
		return errorKind(err)
	}, "*Error"},
	{"RankText", func(z *Taxonomy) any { return z.RankText(zeroText) }, []RoleMatch{}},
	{"RankMentions/of another taxonomy", func(z *Taxonomy) any {
		return z.RankMentions(Default().Extract(zeroText))
	}, []RoleMatch{}},
	{"Gaps", func(z *Taxonomy) any { _, err := z.Gaps(Profile{}, "backend-developer"); return errorKind(err) }, "*Error"},
	{"GapsText", func(z *Taxonomy) any { _, err := z.GapsText(zeroText, "backend-developer"); return errorKind(err) }, "*Error"},
	{"GapsMentions", func(z *Taxonomy) any {
		_, err := z.GapsMentions(nil, "backend-developer")
		return errorKind(err)
	}, "*Error"},
	{"Compare", func(z *Taxonomy) any {
		_, err := z.Compare("backend-developer", "backend-engineer")
		return errorKind(err)
	}, "*Error"},
	{"Advise", func(z *Taxonomy) any { return z.Advise(zeroText) }, Advice{Scores: []RoleScore{}, Cues: []CueMatch{}}},
	{"AdviseCues/none", func(z *Taxonomy) any {
		a, err := z.AdviseCues()
		return []any{a, errorKind(err)}
	}, []any{Advice{Scores: []RoleScore{}, Cues: []CueMatch{}}, "no error"}},
	{"AdviseCues/unknown", func(z *Taxonomy) any { _, err := z.AdviseCues("guided-plan"); return errorKind(err) }, "*Error"},
	{"Overlay/adds to nothing", func(z *Taxonomy) any {
		tx, err := z.Overlay([]byte(zeroOverlay))
		if err != nil {
			return err.Error()
		}
		return []any{tx.Version(), len(tx.Skills()), len(tx.Extract(zeroText))}
	}, []any{"acme-1", 1, 1}},
	{"With", func(z *Taxonomy) any {
		tx, err := z.With(Overlay{Version: "acme-2"})
		if err != nil {
			return err.Error()
		}
		return []any{tx.Version(), len(tx.Roles())}
	}, []any{"acme-2", 0}},
	{"WithLanguages", func(z *Taxonomy) any {
		tx, err := z.WithLanguages("de")
		if err != nil {
			return err.Error()
		}
		_, found := tx.Lookup("go")
		return []any{tx.Version(), len(tx.Extract(zeroText)), found}
	}, []any{"", 0, false}},
	{"NameIn", func(z *Taxonomy) any {
		return z.NameIn(Concept{Kind: KindSkill, ID: "go", Name: "Go"}, "de")
	}, "Go"},
	{"UnmarshalJSON/null", func(z *Taxonomy) any { return errorKind(z.UnmarshalJSON([]byte("null"))) }, "no error"},
	{"UnmarshalJSON/invalid", func(z *Taxonomy) any { return errorKind(z.UnmarshalJSON([]byte("{}"))) }, "*Error"},
	{"MarshalJSON", func(z *Taxonomy) any {
		b, err := z.MarshalJSON()
		return []any{string(b), errorKind(err)}
	}, []any{"null", "no error"}},
	{"WriteJSON", func(z *Taxonomy) any {
		var b strings.Builder
		err := z.WriteJSON(&b)
		return []any{b.String(), errorKind(err)}
	}, []any{"null\n", "no error"}},
}

// zeroDecision is the decision of an empty taxonomy: no role, surely.
var zeroDecision = Decision{Confidence: 1, None: 1, Roles: []RoleFit{}, Evidence: []Signal{}, LeaningEvidence: []Signal{}}

// TestZeroTaxonomy runs the zeroCases on a zero Taxonomy, such as a struct
// field that was never set: it is an empty taxonomy, so each method works,
// finds nothing and leaves it zero, and none panics. A new method fails the
// test until it has a case.
func TestZeroTaxonomy(t *testing.T) {
	tested := map[string]bool{}
	for _, tt := range zeroCases {
		method, _, _ := strings.Cut(tt.call, "/")
		tested[method] = true
		t.Run(tt.call, func(t *testing.T) {
			var z Taxonomy
			if diff := cmp.Diff(tt.want, tt.got(&z)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if !reflect.ValueOf(z).IsZero() {
				t.Error("the call changed the zero Taxonomy")
			}
		})
	}
	typ := reflect.TypeFor[*Taxonomy]()
	for i := range typ.NumMethod() {
		if m := typ.Method(i).Name; !tested[m] {
			t.Errorf("Taxonomy.%s has no zero-value case", m)
		}
	}
}

// TestNilTaxonomyPanics keeps the promise of the Taxonomy doc: a nil
// *Taxonomy is not an empty taxonomy, and using one is a bug that shows.
func TestNilTaxonomyPanics(t *testing.T) {
	for name, call := range map[string]func(*Taxonomy){
		"Extract": func(tx *Taxonomy) { tx.Extract("Go") },
		"Roles":   func(tx *Taxonomy) { tx.Roles() },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s on a nil *Taxonomy did not panic", name)
				}
			}()
			call(nil)
		}()
	}
}

// TestParseDoesNotChangeInput checks that Parse leaves the caller's bytes
// alone, for good data and bad.
func TestParseDoesNotChangeInput(t *testing.T) {
	for _, data := range [][]byte{embeddedTaxonomy, []byte(badDoc(`"roles": [{"id": "Bad ID"}]`))} {
		in := bytes.Clone(data)
		Parse(in)
		if !bytes.Equal(in, data) {
			t.Error("Parse changed its input")
		}
	}
}

// TestConcurrentDefault reads the default from many goroutines at once; run
// with -race.
func TestConcurrentDefault(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]view, 16)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := Default()
			results[i] = snapshot(d)
			d.Lookup("Golang")
			d.Lookup("backend-engineer")
		}()
	}
	wg.Wait()
	for i := 1; i < len(results); i++ {
		if diff := cmp.Diff(results[0], results[i]); diff != "" {
			t.Fatalf("goroutine %d saw a different taxonomy (-want +got):\n%s", i, diff)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in   string
		want Concept
		ok   bool
		why  string
	}{
		{"backend-developer", Concept{KindRole, "backend-developer", "Backend Developer"}, true, "by ID"},
		{"Back-end Developer", Concept{KindRole, "backend-developer", "Backend Developer"}, true, "alt name, other case, hyphen"},
		{"back end   developer", Concept{KindRole, "backend-developer", "Backend Developer"}, true, "separators fold to one space"},
		{"GOLANG", Concept{KindSkill, "go", "Go"}, true, "alt name in upper case"},
		{"postgres", Concept{KindSkill, "postgresql", "PostgreSQL"}, true, "short name"},
		{"data storage solutions", Concept{KindResponsibility, "data-storage-solutions", "Creating and implementing data storage solutions"}, true, "responsibility by name"},
		{"Go", Concept{KindSkill, "go", "Go"}, true, "preferred name; rules apply to text, not to lookups"},
		{"Communication", Concept{KindSkill, "communication", "Communication skills"}, true, "an ID in another case"},
		{"BACKEND-DEVELOPER", Concept{KindRole, "backend-developer", "Backend Developer"}, true, "an ID in upper case"},
		{"fortran", Concept{}, false, "unknown"},
		{"", Concept{}, false, "empty"},
	}
	for _, tt := range tests {
		got, ok := Default().Lookup(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("Lookup(%q) = %v, %v; want %v, %v (%s)", tt.in, got, ok, tt.want, tt.ok, tt.why)
		}
	}
}

func TestHierarchy(t *testing.T) {
	d := Default()
	ids := func(ss []Skill) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.ID)
		}
		return out
	}
	under := ids(d.Narrower("backend-development"))
	for _, id := range []string{"apis", "databases", "scripting", "website-architecture", "backend-logic"} {
		if !contains(under, id) {
			t.Errorf("focus area %q is not under backend-development: %v", id, under)
		}
	}
	if got := ids(d.Broader("postgresql")); !contains(got, "data-integration") {
		t.Errorf("Broader(postgresql) = %v, want data-integration among them", got)
	}
	if got := d.Narrower("no-such-skill"); got != nil {
		t.Errorf("Narrower of an unknown skill = %v, want nil", got)
	}
	if got := d.Broader("backend-development"); got != nil {
		t.Errorf("Broader of the root = %v, want nil", got)
	}
	rs := d.RoleSkills("backend-developer")
	for i := 1; i < len(rs); i++ {
		if compareRoleSkills(rs[i-1], rs[i]) > 0 {
			t.Errorf("RoleSkills not in order at %d: %v then %v", i, rs[i-1], rs[i])
		}
	}
	if d.RoleSkills("nobody") != nil {
		t.Error("RoleSkills of an unknown role is not nil")
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// badDoc builds a taxonomy document from a valid minimal one, replacing or
// adding top-level members with the JSON given.
func badDoc(members string) string {
	base := map[string]string{
		"version":          `"1"`,
		"roles":            `[]`,
		"skills":           `[]`,
		"responsibilities": `[]`,
		"hiringCues":       `[]`,
		"qualifiers":       `{"preferred": [], "required": [], "negated": [], "negatedAfter": []}`,
	}
	var extra []string
	if members != "" {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte("{"+members+"}"), &m); err != nil {
			panic(err)
		}
		for k, v := range m {
			if _, ok := base[k]; ok {
				base[k] = string(v)
			} else {
				extra = append(extra, fmt.Sprintf("%q: %s", k, v))
			}
		}
	}
	var parts []string
	for _, k := range []string{"version", "roles", "skills", "responsibilities", "hiringCues", "qualifiers"} {
		parts = append(parts, fmt.Sprintf("%q: %s", k, base[k]))
	}
	return "{" + strings.Join(append(parts, extra...), ",\n") + "}"
}

const (
	skillA = `{"id": "a", "name": "Alpha", "type": "competency", "description": "A.", "provenance": {"source": "extension"}}`
	skillB = `{"id": "b", "name": "Beta", "type": "language", "description": "B.", "broader": ["a"], "provenance": {"source": "extension"}}`
)

// parseErrorCases are bad taxonomies, one for each class of bad input, and
// the problems each must give: every problem at once, sorted by path.
var parseErrorCases = []struct {
	name string
	doc  string
	want []Problem
}{
	{
		name: "syntax error gives line and column",
		doc:  "{\n  \"version\": \"1\",\n  \"roles\": [,]\n}",
		want: []Problem{{Line: 3, Column: 13, Code: CodeSyntax, Message: "invalid JSON: invalid character ',' looking for beginning of value"}},
	},
	{
		name: "truncated document",
		doc:  `{"version": "1"`,
		want: []Problem{{Line: 1, Column: 16, Code: CodeSyntax, Message: "invalid JSON: unexpected end of input"}},
	},
	{
		name: "data after the document",
		doc:  badDoc("") + "\n{}",
		want: []Problem{{Line: 7, Column: 1, Code: CodeSyntax, Message: "unexpected data after the top-level JSON value"}},
	},
	{
		name: "duplicate IDs across kinds",
		doc: badDoc(`"skills": [` + skillA + `, ` + strings.Replace(skillB, `"id": "b"`, `"id": "a"`, 1) + `],
			"responsibilities": [{"id": "a", "name": "Doing A", "description": "D.", "skills": [], "provenance": {"source": "extension"}}]`),
		want: []Problem{
			{Path: "/responsibilities/0/id", Code: CodeDuplicateID, Message: `duplicate ID "a" (first defined at /skills/0/id)`},
			{Path: "/skills/1/broader/0", Code: CodeSelfReference, Message: `skill "a" is broader than itself`},
			{Path: "/skills/1/id", Code: CodeDuplicateID, Message: `duplicate ID "a" (first defined at /skills/0/id)`},
		},
	},
	{
		name: "dangling references",
		doc: badDoc(`"skills": [` + strings.Replace(skillB, `["a"]`, `["nope"]`, 1) + `],
			"roles": [{"id": "r", "name": "R role", "description": "R.", "skills": [{"skill": "ghost", "requirement": "essential", "importance": 3}],
				"responsibilities": ["b"], "relations": [{"type": "builds-foundation-for", "role": "other", "provenance": {"source": "extension"}}],
				"provenance": {"source": "extension"}}],
			"hiringCues": [{"id": "c", "role": "b", "phrases": ["x"], "weight": 1, "provenance": {"source": "extension"}}]`),
		want: []Problem{
			{Path: "/hiringCues/0/role", Code: CodeWrongKind, Message: `"b" is a skill, not a role`},
			{Path: "/roles/0/relations/0/role", Code: CodeUnknownRole, Message: `unknown role "other"`},
			{Path: "/roles/0/responsibilities/0", Code: CodeWrongKind, Message: `"b" is a skill, not a responsibility`},
			{Path: "/roles/0/skills/0/skill", Code: CodeUnknownSkill, Message: `unknown skill "ghost"`},
			{Path: "/skills/0/broader/0", Code: CodeUnknownSkill, Message: `unknown skill "nope"`},
		},
	},
	{
		name: "occupations: an ID another concept has, a skill's name, and links to them",
		doc: badDoc(`"skills": [` + skillA + `],
			"roles": [{"id": "r", "name": "R role", "description": "R.", "skills": [{"skill": "accountant", "requirement": "essential", "importance": 3}],
				"responsibilities": [], "provenance": {"source": "extension"}}],
			"occupations": [
				{"id": "a", "name": "Accountant", "description": "Keeps the books.", "provenance": {"source": "extension"}},
				{"id": "accountant", "name": "Buchhalter", "altNames": ["alpha"], "description": "Keeps the books.", "provenance": {"source": "extension"}}]`),
		want: []Problem{
			{Path: "/occupations/0/id", Code: CodeDuplicateID, Message: `duplicate ID "a" (first defined at /skills/0/id)`},
			{Path: "/occupations/1/altNames/0", Code: CodeNameClash, Message: `name "alpha" is also a name of "a" (at /skills/0/name)`},
			{Path: "/roles/0/skills/0/skill", Code: CodeWrongKind, Message: `"accountant" is an occupation, not a skill`},
		},
	},
	{
		name: "cycle among broader skills",
		doc: badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"broader": ["b"], "type"`, 1) + `, ` + skillB + `,
			{"id": "c", "name": "Gamma", "type": "tool", "description": "C.", "broader": ["c"], "provenance": {"source": "extension"}}]`),
		want: []Problem{
			{Path: "/skills/0/broader", Code: CodeCycle, Message: "broader skills form a cycle: a → b → a", Cycle: &Cycle{Skills: []string{"a", "b"}}},
			{Path: "/skills/2/broader/0", Code: CodeSelfReference, Message: `skill "c" is broader than itself`},
		},
	},
	{
		name: "a name claimed by two concepts, and blank names",
		doc: badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"altNames": ["Back-End", " - "], "type"`, 1) + `, ` +
			strings.Replace(skillB, `"type"`, `"altNames": ["back end"], "nameRules": [{"name": "Gamma", "notWithin": ["Delta"]}], "type"`, 1) + `]`),
		want: []Problem{
			{Path: "/skills/0/altNames/1", Code: CodeEmptyName, Message: `name " - " has no letters or digits`},
			{Path: "/skills/1/altNames/0", Code: CodeNameClash, Message: `name "back end" is also a name of "a" (at /skills/0/altNames/0)`},
			{Path: "/skills/1/nameRules/0/name", Code: CodeNameRule, Message: `"Gamma" is not a name of "b"`},
			{Path: "/skills/1/nameRules/0/notWithin/0", Code: CodeNameRule, Message: `phrase "Delta" does not contain the name "Gamma"`},
		},
	},
	{
		name: "schema: unknown member, bad ID, bad enum, missing member",
		doc: badDoc(`"skills": [` + strings.Replace(strings.Replace(skillA, `"id": "a"`, `"id": "Not Kebab"`, 1), `"competency"`, `"magic"`, 1) + `],
			"colour": "blue", "roles": [{"id": "r", "name": "R"}]`),
		want: []Problem{
			{Path: "", Code: CodeSchema, Message: "additionalProperties 'colour' not allowed (schema: additionalProperties)"},
			{Path: "/roles/0", Code: CodeSchema, Message: "missing properties: 'description', 'skills', 'responsibilities', 'provenance' (schema: required)"},
			{Path: "/skills/0/id", Code: CodeSchema, Message: "does not match pattern '^[a-z0-9]+(-[a-z0-9]+)*$' (schema: pattern)"},
			{Path: "/skills/0/type", Code: CodeSchema, Message: `value must be one of "competency", "language", "framework", "database", "platform", "tool", "protocol", "practice", "standard" (schema: enum)`},
		},
	},
	{
		name: "article provenance needs part and quote",
		doc:  badDoc(`"skills": [` + strings.Replace(skillA, `{"source": "extension"}`, `{"source": "article"}`, 1) + `]`),
		want: []Problem{
			{Path: "/skills/0/provenance", Code: CodeSchema, Message: "missing properties: 'part', 'quote' (schema: required)"},
		},
	},
}

// TestParseErrors shows that each class of bad input gives its located
// error.
func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := Parse([]byte(tt.doc))
			if tx != nil {
				t.Errorf("Parse returned a taxonomy with an error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse error = %v (%T), want *Error", err, err)
			}
			if diff := cmp.Diff(tt.want, e.Problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if !strings.HasPrefix(err.Error(), "roles: ") {
				t.Errorf("error %q does not start with \"roles: \"", err)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	one := &Error{Problems: []Problem{{Path: "/skills/0/id", Message: "bad"}}}
	if got, want := one.Error(), "roles: invalid taxonomy: /skills/0/id: bad"; got != want {
		t.Errorf("one problem: got %q, want %q", got, want)
	}
	many := newError([]Problem{{Path: "/skills/10", Message: "b"}, {Path: "/skills/9", Message: "a"}, {Message: "root"}, {Line: 2, Column: 3, Message: "syntax"}})
	want := "roles: invalid taxonomy: 4 problems:\n\troot\n\tline 2, column 3: syntax\n\t/skills/9: a\n\t/skills/10: b"
	if got := many.Error(); got != want {
		t.Errorf("many problems:\ngot  %q\nwant %q", got, want)
	}
}

func TestPointer(t *testing.T) {
	if got, want := pointer("skills", 3, "a/b~c"), "/skills/3/a~1b~0c"; got != want {
		t.Errorf("pointer = %q, want %q", got, want)
	}
}

// TestParseNeverLoads shows that data naming files and URLs makes Parse read
// nothing: the names are plain strings to it.
func TestParseNeverLoads(t *testing.T) {
	doc := badDoc(`"$schema": "file:///etc/passwd", "skills": [` + strings.Replace(skillA, `"description": "A."`, `"description": "http://example.com/x.json"`, 1) + `]`)
	if _, err := Parse([]byte(doc)); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	doc = badDoc(`"$ref": "http://127.0.0.1:1/schema.json"`)
	_, err := Parse([]byte(doc))
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) != 1 || !strings.Contains(e.Problems[0].Message, "'$ref' not allowed") {
		t.Fatalf("Parse with $ref = %v, want one schema problem", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(embeddedTaxonomy)
	f.Add([]byte(badDoc("")))
	f.Add([]byte(badDoc(`"skills": [` + skillA + `, ` + skillB + `]`)))
	f.Add([]byte(`{"version": 1`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := bytes.Clone(data)
		tx, err := Parse(in)
		if !bytes.Equal(in, data) {
			t.Fatal("Parse changed its input")
		}
		if err == nil {
			if tx == nil {
				t.Fatal("nil taxonomy without error")
			}
			snapshot(tx)
			return
		}
		var e *Error
		if !errors.As(err, &e) || len(e.Problems) == 0 {
			t.Fatalf("error %v is not an *Error with problems", err)
		}
		for i, p := range e.Problems {
			if p.Message == "" || p.Code == "" {
				t.Errorf("problem %d has no message or no code: %+v", i, p)
			}
			if i > 0 && compareProblems(e.Problems[i-1], p) >= 0 {
				t.Errorf("problems not sorted and unique at %d", i)
			}
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.Run("first-call", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := newDefault(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			Default()
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.Run("embedded", func(b *testing.B) {
		b.SetBytes(int64(len(embeddedTaxonomy)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := Parse(embeddedTaxonomy); err != nil {
				b.Fatal(err)
			}
		}
	})
	// The baseline: decoding the same bytes into the same structs, without
	// any checks or indexes.
	b.Run("json-decode-only", func(b *testing.B) {
		b.SetBytes(int64(len(embeddedTaxonomy)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			var f file
			if err := json.Unmarshal(embeddedTaxonomy, &f); err != nil {
				b.Fatal(err)
			}
		}
	})
	// A large custom taxonomy: 70,000 names, as a classification such as
	// ESCO would bring.
	esco := escoDocument(b, 70000)
	b.Run("esco-70k", func(b *testing.B) {
		b.SetBytes(int64(len(esco)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := Parse(esco); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// escoDocument returns a valid taxonomy file of n ESCO-like names
// (see escoNames), as ESCO shapes its skills: most have a preferred name
// and one to three alternative names, and a third of them have a broader
// skill among those before them.
func escoDocument(tb testing.TB, n int) []byte {
	tb.Helper()
	names := escoNames(n)
	f := file{Version: "esco-like", Roles: []Role{}, Responsibilities: []Responsibility{},
		HiringCues: []HiringCue{}, Qualifiers: Default().QualifierCues()}
	for i := 0; i < len(names); {
		s := Skill{ID: fmt.Sprintf("esco-%d", len(f.Skills)), Name: names[i], Type: SkillTypeCompetency,
			Description: "The ability to " + names[i] + ".", Provenance: Provenance{Source: SourceExtension}}
		alt := min(len(f.Skills)%4, len(names)-i-1)
		s.AltNames = names[i+1 : i+1+alt]
		if k := len(f.Skills); k%3 == 1 {
			s.Broader = []string{fmt.Sprintf("esco-%d", k*7/10)}
		}
		f.Skills = append(f.Skills, s)
		i += 1 + alt
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestSchemaReportsOnlyTheFault gives a bad value to one name member of a
// concept, of a taxonomy or an overlay, and wants one problem, at that
// value: the members beside it are valid and must not be reported as "not
// allowed" as well.
func TestSchemaReportsOnlyTheFault(t *testing.T) {
	resp := `{"id": "d", "name": "Doing D", "description": "D.", "skills": [], "provenance": {"source": "extension"}}`
	withNames := func(concept, names string) string {
		return strings.Replace(concept, `"description"`, names+`, "description"`, 1)
	}
	tests := []struct {
		why, path string
		err       func(*testing.T) error
	}{
		{"a number among a skill's altNames", "/skills/0/altNames/1",
			parseErr(badDoc(`"skills": [` + withNames(skillA, `"altNames": ["A1", 5]`) + `]`))},
		{"a role's name not a string", "/roles/0/name", parseErr(badDoc(`"roles": [` + roleDoc(`"name": 7, "altNames": ["Arr"]`) + `]`))},
		{"a responsibility's altNames not a list", "/responsibilities/0/altNames",
			parseErr(badDoc(`"responsibilities": [` + withNames(resp, `"altNames": "Doing"`) + `]`))},
		{"a name rule without a name", "/skills/0/nameRules/0",
			parseErr(badDoc(`"skills": [` + withNames(skillA, `"altNames": ["A1"], "nameRules": [{"exact": true}]`) + `]`))},
		{"an empty name", "/skills/0/name", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"Alpha"`, `""`, 1) + `]`))},
		{"a number among an added skill's altNames", "/add/skills/0/altNames/0",
			overlayErr(`{"version": "x", "add": {"skills": [` + withNames(skillA, `"altNames": [5]`) + `]}}`)},
		{"a replacing role's name not a string", "/replace/roles/0/name",
			overlayErr(`{"version": "x", "replace": {"roles": [` + roleDoc(`"id": "backend-developer", "name": 7`) + `]}}`)},
		{"a number among an extension's altNames", "/extend/0/altNames/0",
			overlayErr(`{"version": "x", "extend": [{"id": "go", "altNames": [5]}]}`)},
	}
	for _, tt := range tests {
		var e *Error
		if err := tt.err(t); !errors.As(err, &e) {
			t.Errorf("%s: error %v, want an *Error", tt.why, err)
			continue
		}
		if len(e.Problems) != 1 || e.Problems[0].Path != tt.path || e.Problems[0].Code != CodeSchema {
			t.Errorf("%s: got %d problems, want one schema problem at %s:\n%v", tt.why, len(e.Problems), tt.path, e)
		}
	}
}

// TestIntegralNumbers shows that a number the schema counts as an integer
// (draft 2020-12: any number with a zero fraction) is read as one, in a
// taxonomy and in an overlay.
func TestIntegralNumbers(t *testing.T) {
	for _, lit := range []string{"4", "4.0", "4.000", "4e0", "40e-1", "0.4E1", "4.0e+0"} {
		doc := badDoc(`"skills": [` + skillA + `], "roles": [` +
			roleDoc(`"skills": [{"skill": "a", "requirement": "essential", "importance": `+lit+`}]`) + `],
			"hiringCues": [{"id": "c", "role": "r", "phrases": ["x"], "weight": ` + lit + `, "provenance": {"source": "extension"}}]`)
		tx, err := Parse([]byte(doc))
		if err != nil {
			t.Errorf("importance and weight %s: %v", lit, err)
			continue
		}
		if got := tx.RoleSkills("r")[0].Importance; got != 4 {
			t.Errorf("importance %s read as %d", lit, got)
		}
		if got := tx.HiringCues()[0].Weight; got != 4 {
			t.Errorf("weight %s read as %d", lit, got)
		}
		o := `{"version": "x", "extend": [{"id": "backend-developer", "skills": [{"skill": "go", "requirement": "essential", "importance": ` + lit + `}]}]}`
		ov, err := ParseOverlay([]byte(o))
		if err != nil {
			t.Errorf("overlay importance %s: %v", lit, err)
		} else if got := ov.Extend[0].Skills[0].Importance; got != 4 {
			t.Errorf("overlay importance %s read as %d", lit, got)
		}
	}
}

func TestPlainInteger(t *testing.T) {
	tests := []struct {
		lit, want string
		ok        bool
	}{
		{"4", "4", true}, {"4.0", "4", true}, {"-4.50e1", "-45", true}, {"40e-1", "4", true}, {"0.0", "0", true},
		{"1e18", "1000000000000000000", false}, {"123456789012345678", "123456789012345678", true},
		{"4.5", "", false}, {"45e-1", "", false}, {"1e999999999", "", false}, {"1e-999999999", "", false},
	}
	for _, tt := range tests {
		got, ok := plainInteger(tt.lit)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("plainInteger(%q) = %q, %v; want %q, %v", tt.lit, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDecodeFailureIsLocated gives data that the schema accepts but Go
// cannot decode (a member given twice: the schema sees the last, the
// decoder both) and wants the value's pointer.
func TestDecodeFailureIsLocated(t *testing.T) {
	for _, tt := range []struct{ doc, path string }{
		{`{"version": "x", "extend": [{"id": "go", "altNames": "Golang", "altNames": ["Golang"]}]}`, "/extend/0/altNames"},
		{`{"version": "x", "extend": [{"id": "go", "altNames": ["A", 7], "altNames": []}]}`, "/extend/0/altNames/1"},
		{`{"version": "x", "add": {"skills": [{"id": 5, "id": "a", "name": "Alpha", "type": "competency", "description": "A.", "provenance": {"source": "extension"}}]}, "extend": [{"id": "go"}]}`, "/add/skills/0/id"},
		{`{"version": "x", "extend": [{"id": "r", "skills": [{"skill": "go", "requirement": "optional", "importance": 1.5, "importance": 2}]}]}`,
			"/extend/0/skills/0/importance"},
	} {
		_, err := ParseOverlay([]byte(tt.doc))
		var e *Error
		if !errors.As(err, &e) || len(e.Problems) != 1 || e.Problems[0].Path != tt.path || e.Problems[0].Code != CodeDecode {
			t.Errorf("ParseOverlay(%s) = %v; want one decode problem at %s", tt.doc, err, tt.path)
		}
	}
}

// words returns n words: prefix0 prefix1 ...
func words(prefix string, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = prefix + strconv.Itoa(i)
	}
	return strings.Join(w, " ")
}

// TestMaxWordsIsTheEngines shows that maxWords is the engine's limit: a name
// of maxWords words is found whole, one word more is found on its first
// maxWords words only, which is why Parse refuses it.
func TestMaxWordsIsTheEngines(t *testing.T) {
	long := words("a", maxWords+1)
	c := engine.Config{Names: []engine.Name{{ID: "x", Text: words("b", maxWords)}, {ID: "y", Text: long}}}
	m := engine.New(&c)
	for i, text := range []string{c.Names[0].Text, long} {
		var spans []string
		m.Collect(text, func(hits []engine.Hit) {
			for _, h := range hits {
				spans = append(spans, text[h.Start:h.End])
			}
		})
		if whole := len(spans) == 1 && spans[0] == text; whole != (i == 0) {
			t.Errorf("name of %d words: found as %q", len(strings.Fields(text)), spans)
		}
	}
}

// TestTooLong gives names and phrases of maxWords+1 words in every place
// that holds them, and wants a located problem for each; maxWords words
// are fine.
func TestTooLong(t *testing.T) {
	for _, n := range []int{maxWords, maxWords + 1} {
		q := strconv.Quote(words("w", n))
		skill := strings.Replace(skillA, `"type"`, `"altNames": [`+q+`], "nameRules": [{"name": "Alpha", "context": [`+q+`], "notWithin": ["`+words("v", n-1)+` Alpha"]}], "type"`, 1)
		occ := `{"id": "o", "name": "Omega", "altNames": [` + strings.Replace(q, "w", "o", -1) + `], "nameRules": [{"name": "Omega", "context": [` + q + `]}],
			"description": "O.", "provenance": {"source": "extension"}}`
		doc := badDoc(`"skills": [` + skill + `], "roles": [` + roleDoc(`"name": `+strings.Replace(q, "w", "r", -1)) + `],
			"responsibilities": [{"id": "d", "name": ` + strings.Replace(q, "w", "d", -1) + `, "description": "D.", "skills": [], "provenance": {"source": "extension"}}],
			"hiringCues": [{"id": "c", "role": "r", "phrases": ["x", ` + q + `], "weight": 1, "provenance": {"source": "extension"}}],
			"qualifiers": {"preferred": [` + q + `], "required": [], "negated": ["no", ` + q + `], "negatedAfter": []},
			"occupations": [` + occ + `]`)
		want := []string{"/hiringCues/0/phrases/1", "/occupations/0/altNames/0", "/occupations/0/nameRules/0/context/0", "/qualifiers/negated/1", "/qualifiers/preferred/0", "/responsibilities/0/name",
			"/roles/0/name", "/skills/0/altNames/0", "/skills/0/nameRules/0/context/0", "/skills/0/nameRules/0/notWithin/0"}
		if n == maxWords {
			want = nil
		}
		if got := problemPaths(t, parseErr(doc)(t), CodeTooLong); !slices.Equal(got, want) {
			t.Errorf("%d words: too long at %q, want %q", n, got, want)
		}
		o := `{"version": "x", "add": {"skills": [` + strings.Replace(skill, `"id": "a"`, `"id": "new"`, 1) + `], "qualifiers": {"negated": [` + q + `]}},
			"replace": {"qualifiers": {"required": [` + q + `]}, "occupations": [` + occ + `]}, "extend": [{"id": "go", "altNames": [` + strings.Replace(q, "w", "g", -1) + `]}]}`
		want = []string{"/add/qualifiers/negated/0", "/add/skills/0/altNames/0", "/add/skills/0/nameRules/0/context/0",
			"/add/skills/0/nameRules/0/notWithin/0", "/extend/0/altNames/0", "/replace/occupations/0/altNames/0",
			"/replace/occupations/0/nameRules/0/context/0", "/replace/qualifiers/required/0"}
		if n == maxWords {
			want = nil
		}
		if got := problemPaths(t, overlayErr(o)(t), CodeTooLong); !slices.Equal(got, want) {
			t.Errorf("overlay, %d words: too long at %q, want %q", n, got, want)
		}
	}
}

// problemPaths returns the paths of err's problems with code c; err must be
// nil or an *Error.
func problemPaths(t *testing.T, err error, c Code) []string {
	t.Helper()
	var e *Error
	if err == nil {
		return nil
	}
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not an *Error", err)
	}
	var paths []string
	for _, p := range e.Problems {
		if p.Code == c {
			paths = append(paths, p.Path)
		}
	}
	return paths
}
