package roles

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fixtureBase is the small taxonomy the overlay fixtures apply to. It is not
// the embedded one, so that the fixtures' golden files do not change when the
// embedded data grows.
func fixtureBase(t testing.TB) *Taxonomy {
	t.Helper()
	data, err := os.ReadFile("testdata/overlay/base.json")
	if err != nil {
		t.Fatal(err)
	}
	base, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return base
}

// dump writes a taxonomy as short lines, for golden files that show what an
// overlay did.
func dump(t *Taxonomy) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version %s\n", t.Version())
	for _, r := range t.Roles() {
		fmt.Fprintf(&b, "role %s %q alt=%q\n", r.ID, r.Name, r.AltNames)
		for _, s := range r.Skills {
			fmt.Fprintf(&b, "\tskill %s %s %d\n", s.Skill, s.Requirement, s.Importance)
		}
		fmt.Fprintf(&b, "\tresponsibilities %s\n", strings.Join(r.Responsibilities, " "))
		for _, rel := range r.Relations {
			fmt.Fprintf(&b, "\trelation %s %s\n", rel.Type, rel.Role)
		}
	}
	for _, s := range t.Skills() {
		fmt.Fprintf(&b, "skill %s %q %s alt=%q broader=%q", s.ID, s.Name, s.Type, s.AltNames, s.Broader)
		for _, r := range s.NameRules {
			fmt.Fprintf(&b, " rule=%+v", r)
		}
		b.WriteByte('\n')
	}
	for _, r := range t.Responsibilities() {
		fmt.Fprintf(&b, "responsibility %s %q alt=%q skills=%q\n", r.ID, r.Name, r.AltNames, r.Skills)
	}
	for _, c := range t.HiringCues() {
		fmt.Fprintf(&b, "cue %s %s %d %q\n", c.ID, c.Role, c.Weight, c.Phrases)
	}
	for _, o := range t.Occupations() {
		fmt.Fprintf(&b, "occupation %s %q alt=%q", o.ID, o.Name, o.AltNames)
		for _, r := range o.NameRules {
			fmt.Fprintf(&b, " rule=%+v", r)
		}
		b.WriteByte('\n')
	}
	q := t.QualifierCues()
	fmt.Fprintf(&b, "qualifiers preferred=%q required=%q negated=%q negatedAfter=%q\n", q.Preferred, q.Required, q.Negated, q.NegatedAfter)
	return b.String()
}

// overlayCases are the fixtures in testdata/overlay: each NAME.json is
// applied to base.json and NAME.golden holds either the resulting taxonomy
// (dumped) or the problems, one per line. They also seed FuzzOverlay.
func overlayCases(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob("testdata/overlay/*.json")
	if err != nil {
		t.Fatal(err)
	}
	names = slices.DeleteFunc(names, func(n string) bool { return filepath.Base(n) == "base.json" })
	if len(names) == 0 {
		t.Fatal("no overlay fixtures")
	}
	return names
}

func TestOverlayFixtures(t *testing.T) {
	base := fixtureBase(t)
	before := dump(base)
	for _, path := range overlayCases(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := base.Overlay(data)
			var out string
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is a %T, not an *Error", err, err)
				}
				if !slices.IsSortedFunc(e.Problems, compareProblems) {
					t.Errorf("problems not sorted: %v", e.Problems)
				}
				if !strings.HasPrefix(err.Error(), "roles: ") {
					t.Errorf("error %q does not start with roles: ", err)
				}
				for _, p := range e.Problems {
					out += p.String() + "\n"
				}
			} else {
				out = dump(got)
				// The result is as valid as a file: it writes itself as
				// one that Parse accepts and that gives it back.
				checkRoundTrip(t, got)
			}
			golden(t, "overlay/"+name+".golden", []byte(out))
		})
	}
	if after := dump(base); after != before {
		t.Errorf("overlays changed the base (-before +after):\n%s", cmp.Diff(before, after))
	}
}

func TestOverlayLeavesDefaultAlone(t *testing.T) {
	fresh, err := Parse(embeddedTaxonomy)
	if err != nil {
		t.Fatal(err)
	}
	o := Overlay{
		Version: "test",
		Remove:  []string{"postgresql"},
		Add: OverlayEntries{Skills: []Skill{{
			ID: "acme-deploy", Name: "AcmeDeploy", Type: SkillTypeTool, Description: "In-house.",
			Broader: []string{"backend-development"}, Provenance: Provenance{Source: SourceExtension},
		}}},
		Extend: []Extension{
			{ID: "go", AltNames: []string{"Go-lang"}, NameRules: []NameRule{{Name: "Go-lang", Exact: true}}},
			{ID: "backend-developer", Skills: []RoleSkill{{Skill: "acme-deploy", Requirement: RequirementOptional, Importance: 2}, {Skill: "apis", Requirement: RequirementEssential, Importance: 5}}},
			{ID: "go", Broader: []string{"backend-development"}},
		},
	}
	got, err := Default().With(o)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fresh, Default(), cmp.AllowUnexported(Taxonomy{}, file{}), ignoreFuncs); diff != "" {
		t.Errorf("With changed the default taxonomy (-want +got):\n%s", diff)
	}
	if _, ok := got.Skill("postgresql"); ok {
		t.Error("postgresql still in the result")
	}
	if c, ok := got.Lookup("go-lang"); !ok || c.ID != "go" {
		t.Errorf(`Lookup("go-lang") = %v, %v; want go`, c, ok)
	}
	// The result does not share memory with the overlay.
	o.Add.Skills[0].Broader[0] = "apis"
	o.Extend[0].AltNames[0] = "changed"
	if s, _ := got.Skill("acme-deploy"); s.Broader[0] != "backend-development" {
		t.Errorf("changing the overlay changed the result: broader %q", s.Broader)
	}
	if _, ok := got.Lookup("go-lang"); !ok {
		t.Error("changing the overlay changed the result's names")
	}
	rs := got.RoleSkills("backend-developer")
	if i := slices.IndexFunc(rs, func(s RoleSkill) bool { return s.Skill == "apis" }); i < 0 || rs[i].Importance != 5 || rs[i].Requirement != RequirementEssential {
		t.Errorf("apis in backend-developer = %+v; want essential 5", rs)
	}
}

func TestWithNilLists(t *testing.T) {
	// A role built in Go may leave its lists nil; the JSON format wants
	// arrays, and With must not hold that against the caller.
	got, err := fixtureBase(t).With(Overlay{
		Version: "v",
		Add:     OverlayEntries{Roles: []Role{{ID: "tester", Name: "Tester", Description: "Tests.", Provenance: Provenance{Source: SourceExtension}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, ok := got.Role("tester"); !ok || len(r.Skills) != 0 {
		t.Errorf("Role(tester) = %+v, %v", r, ok)
	}
}

func TestWithDoesNotChangeOverlay(t *testing.T) {
	data, err := os.ReadFile("testdata/overlay/extend.json")
	if err != nil {
		t.Fatal(err)
	}
	o, err := ParseOverlay(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(o)
	if _, err := fixtureBase(t).With(o); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(o)
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("With changed its overlay (-want +got):\n%s", diff)
	}
}

func TestOverlayIsWith(t *testing.T) {
	// Taxonomy.Overlay is documented as ParseOverlay then With.
	base := fixtureBase(t)
	for _, path := range overlayCases(t) {
		data, _ := os.ReadFile(path)
		a, errA := base.Overlay(data)
		var b *Taxonomy
		o, errB := ParseOverlay(data)
		if errB == nil {
			b, errB = base.With(o)
		}
		if fmt.Sprint(errA) != fmt.Sprint(errB) {
			t.Errorf("%s: Overlay error %v, With error %v", path, errA, errB)
			continue
		}
		if errA == nil {
			if diff := cmp.Diff(a, b, cmp.AllowUnexported(Taxonomy{}, file{}), cmpopts.EquateEmpty(), ignoreFuncs); diff != "" {
				t.Errorf("%s: Overlay and With differ (-Overlay +With):\n%s", path, diff)
			}
		}
	}
}

func TestParseOverlaySyntax(t *testing.T) {
	for _, tc := range []struct {
		why, data, want string
	}{
		{"syntax error has a line and column", "{\n  \"version\": \"x\",,\n}", "line 2, column 18"},
		{"trailing data", `{"version": "x"} {}`, "unexpected data after"},
		{"a taxonomy is not an overlay", `{"version": "x", "roles": []}`, "roles: invalid overlay: additionalProperties 'roles' not allowed"},
		{"empty input", ``, "unexpected end of input"},
	} {
		_, err := ParseOverlay([]byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: ParseOverlay(%q) = %v; want an error containing %q", tc.why, tc.data, err, tc.want)
		}
	}
}

func FuzzOverlay(f *testing.F) {
	for _, path := range overlayCases(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, tc := range occupationCases {
		data, err := marshalOverlay(tc.o)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\x03\x11\x42\x07\x99\x15\x21\x00\x05\x31\x77\x13\x02\x88\x64\x09"))
	base := fixtureBase(f)
	before := dump(base)
	f.Fuzz(func(t *testing.T, data []byte) {
		// As a file.
		got, err := base.Overlay(data)
		checkOverlayResult(t, data, got, err)
		if err == nil {
			again, err := base.Overlay(data)
			if err != nil || dump(again) != dump(got) {
				t.Fatalf("same overlay, different result: %v", err)
			}
		}
		// As choices: an overlay of plausible changes, many of them in
		// conflict, built in Go.
		o := randomOverlay(&fuzzSource{data}, base)
		got, err = base.With(o)
		js, _ := marshalOverlay(o)
		checkOverlayResult(t, js, got, err)
		if err == nil {
			checkApplied(t, o, got)
		}
		if dump(base) != before {
			t.Fatal("the overlay changed the base")
		}
	})
}

// checkOverlayResult checks what applying the overlay doc gave: a valid
// taxonomy, or an *Error whose problems are sorted and each located at a
// value that exists in doc.
func checkOverlayResult(t *testing.T, doc []byte, got *Taxonomy, err error) {
	t.Helper()
	if err == nil {
		checkRoundTrip(t, got)
		return
	}
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) == 0 {
		t.Fatalf("error %v (%T) is not an *Error with problems", err, err)
	}
	if got != nil {
		t.Fatal("a taxonomy and an error")
	}
	if !slices.IsSortedFunc(e.Problems, compareProblems) {
		t.Fatalf("problems not sorted: %v", e.Problems)
	}
	var v any
	if json.Unmarshal(doc, &v) != nil {
		return // a syntax error: located by line and column
	}
	for _, p := range e.Problems {
		if p.Code == "" {
			t.Errorf("problem without a code: %+v", p)
		}
		if strings.Contains(p.Message, "in the resulting taxonomy") {
			t.Errorf("problem not located in the overlay: %v\n%s", p, doc)
		}
		if !resolves(v, p.Path) {
			t.Errorf("problem at %q, which is not in the overlay: %v\n%s", p.Path, p, doc)
		}
	}
}

// checkApplied checks that a result holds what the overlay asked for.
func checkApplied(t *testing.T, o Overlay, got *Taxonomy) {
	t.Helper()
	for _, id := range o.Remove {
		if c, ok := got.Lookup(id); ok && c.ID == id {
			t.Errorf("removed %q is still there", id)
		}
	}
	for _, e := range []OverlayEntries{o.Add, o.Replace} {
		for _, r := range e.Roles {
			if g, ok := got.Role(r.ID); !ok || g.Name != r.Name || len(g.Skills) != len(r.Skills) {
				t.Errorf("role %q: got %+v, want %+v", r.ID, g, r)
			}
		}
		for _, s := range e.Skills {
			if g, ok := got.Skill(s.ID); !ok || g.Name != s.Name {
				t.Errorf("skill %q: got %+v, want %+v", s.ID, g, s)
			}
		}
		for _, r := range e.Responsibilities {
			if g, ok := got.Responsibility(r.ID); !ok || g.Name != r.Name {
				t.Errorf("responsibility %q: got %+v, want %+v", r.ID, g, r)
			}
		}
		for _, oc := range e.Occupations {
			if g, ok := got.Occupation(oc.ID); !ok || g.Name != oc.Name {
				t.Errorf("occupation %q: got %+v, want %+v", oc.ID, g, oc)
			}
		}
	}
	for _, x := range o.Extend {
		for _, n := range x.AltNames {
			if c, ok := got.Lookup(n); !ok || c.ID != x.ID {
				t.Errorf("name %q added to %q finds %v, %v", n, x.ID, c, ok)
			}
		}
		for _, b := range x.Broader {
			if s, _ := got.Skill(x.ID); !slices.Contains(s.Broader, b) {
				t.Errorf("%q: broader %q missing from %q", x.ID, b, s.Broader)
			}
		}
	}
	// A later extension of the same role and skill overrides an earlier one.
	last := map[[2]string]RoleSkill{}
	for _, x := range o.Extend {
		for _, rs := range x.Skills {
			last[[2]string{x.ID, rs.Skill}] = rs
		}
	}
	for k, rs := range last {
		if !slices.Contains(got.RoleSkills(k[0]), rs) {
			t.Errorf("%q: skill %+v missing from %+v", k[0], rs, got.RoleSkills(k[0]))
		}
	}
}

// resolves tells whether the JSON pointer p names a value in v.
func resolves(v any, p string) bool {
	if p == "" {
		return true
	}
	for _, tok := range strings.Split(p[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return false
			}
			v = x[i]
		default:
			return false
		}
	}
	return true
}

// randomOverlay builds an overlay of changes to base from fuzz input: IDs
// and names are drawn mostly from those base has, so that conflicts of
// every kind come up, and sometimes new or missing ones.
func randomOverlay(r *fuzzSource, base *Taxonomy) Overlay {
	d := draw{r: r}
	for _, x := range base.Roles() {
		d.ids, d.names = append(d.ids, x.ID), append(d.names, x.Name)
	}
	for _, x := range base.Skills() {
		d.ids, d.names = append(d.ids, x.ID), append(d.names, append([]string{x.Name}, x.AltNames...)...)
	}
	for _, x := range base.Responsibilities() {
		d.ids, d.names = append(d.ids, x.ID), append(d.names, x.Name)
	}
	for _, x := range base.HiringCues() {
		d.ids = append(d.ids, x.ID)
	}
	for _, x := range base.Occupations() {
		d.ids, d.names = append(d.ids, x.ID), append(d.names, append([]string{x.Name}, x.AltNames...)...)
	}
	d.ids = append(d.ids, "new-1", "new-2", "new-3")
	o := Overlay{Version: "fuzz"}
	for range r.intn(3) {
		o.Remove = append(o.Remove, d.id())
	}
	for range r.intn(4) {
		e := &o.Add
		if r.intn(2) == 0 {
			e = &o.Replace
		}
		d.entry(e)
	}
	for range r.intn(4) {
		o.Extend = append(o.Extend, d.extension())
	}
	return o
}

// draw makes the parts of a random overlay from fuzz input, with IDs and
// names drawn from ids and names.
type draw struct {
	r          *fuzzSource
	ids, names []string
}

// fromExtension is the provenance of the entries tests make.
var fromExtension = Provenance{Source: SourceExtension}

func (d *draw) id() string { return d.ids[d.r.intn(len(d.ids))] }

func (d *draw) name() string {
	if d.r.intn(3) == 0 {
		return d.names[d.r.intn(len(d.names))]
	}
	return fmt.Sprintf("Name %d", d.r.intn(6))
}

// entry adds a concept or a hiring cue to e.
func (d *draw) entry(e *OverlayEntries) {
	r := d.r
	switch r.intn(5) {
	case 0:
		e.Skills = append(e.Skills, Skill{ID: d.id(), Name: d.name(), Type: SkillTypeTool, Description: "d", Broader: r.pick(d.ids, 2), Provenance: fromExtension})
	case 1:
		ro := Role{ID: d.id(), Name: d.name(), Description: "d", Responsibilities: r.pick(d.ids, 2), Provenance: fromExtension}
		for _, s := range r.pick(d.ids, 2) {
			ro.Skills = append(ro.Skills, RoleSkill{Skill: s, Requirement: RequirementOptional, Importance: 1 + r.intn(5)})
		}
		if r.intn(2) == 0 {
			ro.Relations = []RoleRelation{{Type: "builds-foundation-for", Role: d.id(), Provenance: fromExtension}}
		}
		e.Roles = append(e.Roles, ro)
	case 2:
		e.Responsibilities = append(e.Responsibilities, Responsibility{ID: d.id(), Name: d.name(), Description: "d", Skills: r.pick(d.ids, 2), Provenance: fromExtension})
	case 3:
		e.HiringCues = append(e.HiringCues, HiringCue{ID: d.id(), Role: d.id(), Phrases: []string{"p"}, Weight: 1 + r.intn(5), Provenance: fromExtension})
	case 4:
		e.Occupations = append(e.Occupations, Occupation{ID: d.id(), Name: d.name(), AltNames: []string{d.name()}, Description: "d", Provenance: fromExtension})
	}
}

// extension is an extension of a random concept with one random field.
func (d *draw) extension() Extension {
	r := d.r
	x := Extension{ID: d.id()}
	switch r.intn(5) {
	case 0:
		x.AltNames = []string{d.name()}
	case 1:
		x.NameRules = []NameRule{{Name: d.name(), Exact: true}}
	case 2:
		x.Broader = r.pick(d.ids, 2)
	case 3:
		for _, s := range r.pick(d.ids, 2) {
			x.Skills = append(x.Skills, RoleSkill{Skill: s, Requirement: RequirementEssential, Importance: 1 + r.intn(5)})
		}
	case 4:
		x.Responsibilities = r.pick(d.ids, 2)
	}
	return x
}

func TestOverlayConcurrent(t *testing.T) {
	// Overlays on the shared default, while others read it, race with
	// nothing (run under -race).
	data := []byte(`{"version": "c", "remove": ["postgresql"], "extend": [{"id": "go", "altNames": ["Go-lang"]}]}`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := Default().Overlay(data)
			if err != nil {
				t.Error(err)
				return
			}
			if _, ok := got.Lookup("go-lang"); !ok {
				t.Error("Go-lang not found in the result")
			}
			if _, ok := Default().Skill("postgresql"); !ok {
				t.Error("postgresql missing from the default")
			}
			_ = Default().Roles()
		}()
	}
	wg.Wait()
}

// BenchmarkOverlay applies an overlay to the embedded taxonomy, beside the
// baseline of parsing the taxonomy that results, saved as a file: what a
// program pays for keeping its changes as an overlay rather than as a
// merged copy.
func BenchmarkOverlay(b *testing.B) {
	data := []byte(`{
  "version": "bench",
  "remove": ["postgresql"],
  "add": {
    "skills": [{"id": "shipit", "name": "ShipIt", "type": "tool", "description": "In-house.",
      "broader": ["web-platform-knowledge"], "provenance": {"source": "extension"}}],
    "roles": [{"id": "integration-engineer", "name": "Integration Engineer", "description": "Integrations.",
      "skills": [{"skill": "shipit", "requirement": "optional", "importance": 2}],
      "responsibilities": ["optimize-ui-performance"], "provenance": {"source": "extension"}}]
  },
  "extend": [{"id": "backend-developer", "altNames": ["services developer"],
    "skills": [{"skill": "apis", "requirement": "essential", "importance": 5}]}]
}`)
	merged, err := Default().Overlay(data)
	if err != nil {
		b.Fatal(err)
	}
	saved, err := merged.MarshalJSON()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("overlay", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := Default().Overlay(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse-merged", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := Parse(saved); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestRandomOverlays(t *testing.T) {
	// The generated overlays of FuzzOverlay, many of them, in every run:
	// results are valid and problems are located in the overlay.
	base := fixtureBase(t)
	rng := rand.New(rand.NewPCG(3, 4))
	var ok, failed int
	for range 1500 {
		b := make([]byte, 40)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		o := randomOverlay(&fuzzSource{b}, base)
		got, err := base.With(o)
		js, _ := marshalOverlay(o)
		checkOverlayResult(t, js, got, err)
		if err == nil {
			checkApplied(t, o, got)
		}
		if t.Failed() {
			t.Fatalf("overlay: %s", js)
		}
		if err == nil {
			ok++
		} else {
			failed++
		}
	}
	// Both outcomes must be common, or the generator tests little.
	if ok < 100 || failed < 100 {
		t.Errorf("%d overlays applied, %d failed; want both above 100", ok, failed)
	}
}

func TestOverlayDocSample(t *testing.T) {
	// The sample overlay in the doc comment of Overlay applies to the
	// embedded taxonomy as it is.
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, "overlay.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var sample string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Doc == nil || len(g.Specs) != 1 {
			continue
		}
		if ts, ok := g.Specs[0].(*ast.TypeSpec); ok && ts.Name.Name == "Overlay" {
			text := g.Doc.Text()
			start := strings.Index(text, "\t{\n")
			end := strings.Index(text, "\n\t}\n")
			if start < 0 || end < start {
				t.Fatalf("no sample in the doc of Overlay:\n%s", text)
			}
			sample = text[start : end+3]
		}
	}
	got, err := Default().Overlay([]byte(sample))
	if err != nil {
		t.Fatalf("the sample in the doc of Overlay: %v\n%s", err, sample)
	}
	if c, ok := got.Lookup("services developer"); !ok || c.ID != "backend-developer" {
		t.Errorf("Lookup(services developer) = %v, %v", c, ok)
	}
}

func TestOverlaySchema(t *testing.T) {
	s := OverlaySchema()
	var doc struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(s, &doc); err != nil || doc.ID != OverlaySchemaID {
		t.Fatalf("OverlaySchema $id = %q, %v; want %q", doc.ID, err, OverlaySchemaID)
	}
	// A copy: changing it changes nothing.
	s[0] = 'x'
	if OverlaySchema()[0] != '{' {
		t.Error("OverlaySchema returned the package's own bytes")
	}
	if _, err := compiledSchema(OverlaySchemaID); err != nil {
		t.Fatal(err)
	}
}

// ignoreFuncs skips the lazily built parts of a Taxonomy (func values never
// compare equal); what they build is compared through the public API.
var ignoreFuncs = cmp.FilterPath(func(p cmp.Path) bool {
	return p.Last().Type().Kind() == reflect.Func
}, cmp.Ignore())

// TestOverlayReadsCodesNotMessages applies every overlay fixture twice: as
// usual, and with every message of the merged taxonomy's check reworded.
// The problems must come out the same, with the same codes at the same
// paths: the overlay drops name clashes and locates cycles by their Code and
// Cycle, never by the words of a message.
func TestOverlayReadsCodesNotMessages(t *testing.T) {
	base := fixtureBase(t)
	fromCheck := map[Code]bool{}
	reworded := func(f *file) []Problem {
		probs := check(f)
		for i := range probs {
			fromCheck[probs[i].Code] = true
			probs[i].Message = "reworded " + strconv.Itoa(i)
		}
		return probs
	}
	type located struct {
		Path string
		Code Code
	}
	run := func(data []byte, check func(*file) []Problem) []located {
		o, err := ParseOverlay(data)
		if err != nil {
			return nil
		}
		m := newMerge(base, &o)
		m.run(check)
		out := []located{}
		for _, p := range m.probs {
			out = append(out, located{p.Path, p.Code})
		}
		slices.SortFunc(out, func(a, b located) int { return strings.Compare(a.Path+" "+string(a.Code), b.Path+" "+string(b.Code)) })
		return out
	}
	for _, path := range overlayCases(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(run(data, check), run(data, reworded)); diff != "" {
			t.Errorf("%s: rewording check's messages changed the problems (-as is +reworded):\n%s", path, diff)
		}
	}
	// The fixtures must give check's two kinds of problem that the overlay
	// treats apart, or this test could not fail.
	for _, c := range []Code{CodeNameClash, CodeCycle} {
		if !fromCheck[c] {
			t.Errorf("no overlay fixture makes check report %q", c)
		}
	}
}

func TestOverlayLocatesLongCycle(t *testing.T) {
	// Two chains of the base, s0 → … → s6 and s7 → … → s14 → s0, which an
	// extension closes into a cycle of 15 skills with the link s6 → s7. The
	// message shows the cycle's ends only, without that link; the problem
	// is still located at the extension.
	var skills []string
	for i := range 15 {
		broader := ""
		switch {
		case i == 14:
			broader = `"s0"`
		case i != 6:
			broader = strconv.Quote("s" + strconv.Itoa(i+1))
		}
		skills = append(skills, fmt.Sprintf(`{"id": "s%d", "name": "Skill %d", "type": "tool", "description": "D.",
			"broader": [%s], "provenance": {"source": "extension"}}`, i, i, broader))
	}
	base, err := Parse([]byte(badDoc(`"skills": [` + strings.Join(skills, ", ") + `]`)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = base.Overlay([]byte(`{"version": "x", "extend": [{"id": "s6", "broader": ["s7"]}]}`))
	var e *Error
	if !errors.As(err, &e) || len(e.Problems) != 1 {
		t.Fatalf("Overlay error %v; want one problem", err)
	}
	p := e.Problems[0]
	if p.Path != "/extend/0/broader/0" || p.Code != CodeCycle || strings.Contains(p.Message, "s6 → s7") {
		t.Errorf("problem %+v; want a cycle at /extend/0/broader/0 whose message leaves out s6 → s7", p)
	}
}

// occupation is an occupation with the fields the format requires.
func occupation(id, name string, alt ...string) Occupation {
	return Occupation{ID: id, Name: name, AltNames: alt, Description: "A job outside the roles.",
		Provenance: fromExtension}
}

// placed is where a problem is and what kind it is.
type placed struct {
	Path string
	Code Code
}

// The fixture base's occupations, as base.json has them.
var (
	baseProductManager = Occupation{ID: "product-manager", Name: "Product Manager", AltNames: []string{"Produktmanager"},
		Description: "Decides what a product does and in what order (fixture).", Provenance: fromExtension}
	baseRecruiter = Occupation{ID: "recruiter", Name: "Recruiter", AltNames: []string{"Talent Acquisition Specialist"},
		Description: "Finds and hires people (fixture).", Provenance: fromExtension}
)

// occupationCases apply to the fixture base, which has the occupations
// product-manager and recruiter: each gives the occupations of the result
// (want) or the problems (probs). They also seed FuzzOverlay.
var occupationCases = []struct {
	why   string
	o     Overlay
	want  []Occupation
	probs []placed
}{
	{why: "add: a new occupation joins the base's",
		o:    Overlay{Add: OverlayEntries{Occupations: []Occupation{occupation("accountant", "Accountant", "Buchhalter")}}},
		want: []Occupation{occupation("accountant", "Accountant", "Buchhalter"), baseProductManager, baseRecruiter}},
	{why: "replace: the entry replaces the base's whole, its altNames too",
		o:    Overlay{Replace: OverlayEntries{Occupations: []Occupation{occupation("product-manager", "Product Manager", "Chef de produit")}}},
		want: []Occupation{occupation("product-manager", "Product Manager", "Chef de produit"), baseRecruiter}},
	{why: "remove: nothing links to an occupation, so it is only dropped",
		o:    Overlay{Remove: []string{"recruiter"}},
		want: []Occupation{baseProductManager}},
	{why: "remove frees the names, which a new occupation may take",
		o: Overlay{Remove: []string{"recruiter"},
			Add: OverlayEntries{Occupations: []Occupation{occupation("talent-acquisition", "Talent Acquisition Specialist")}}},
		want: []Occupation{baseProductManager, occupation("talent-acquisition", "Talent Acquisition Specialist")}},
	{why: "extend: names and name rules add to a base occupation's",
		o: Overlay{Extend: []Extension{{ID: "product-manager", AltNames: []string{"PM"},
			NameRules: []NameRule{{Name: "PM", CaseSensitive: true}}}}},
		want: []Occupation{{ID: "product-manager", Name: "Product Manager", AltNames: []string{"Produktmanager", "PM"},
			NameRules:   []NameRule{{Name: "PM", CaseSensitive: true}},
			Description: baseProductManager.Description, Provenance: baseProductManager.Provenance}, baseRecruiter}},
	{why: "extend: an occupation the overlay adds",
		o: Overlay{Add: OverlayEntries{Occupations: []Occupation{occupation("accountant", "Accountant")}},
			Extend: []Extension{{ID: "accountant", AltNames: []string{"Buchhalterin"}}}},
		want: []Occupation{occupation("accountant", "Accountant", "Buchhalterin"), baseProductManager, baseRecruiter}},
	{why: "add: an ID the base has, as an occupation or as another kind",
		o: Overlay{Add: OverlayEntries{Occupations: []Occupation{occupation("product-manager", "Product Lead"), occupation("go", "Gopher")},
			Skills: []Skill{{ID: "recruiter", Name: "Recruiting", Type: SkillTypePractice, Description: "d", Provenance: fromExtension}}}},
		probs: []placed{{"/add/occupations/0/id", CodeExists}, {"/add/occupations/1/id", CodeExists}, {"/add/skills/0/id", CodeExists}}},
	{why: "replace: an ID the base lacks, or has as another kind",
		o: Overlay{Replace: OverlayEntries{Occupations: []Occupation{occupation("accountant", "Accountant"), occupation("go", "Gopher")},
			Roles: []Role{{ID: "recruiter", Name: "Recruiter", Description: "d", Provenance: fromExtension}}}},
		probs: []placed{{"/replace/occupations/0/id", CodeReplaceUnknown}, {"/replace/occupations/1/id", CodeWrongKind}, {"/replace/roles/0/id", CodeWrongKind}}},
	{why: "remove: an ID the base lacks, and one twice",
		o:     Overlay{Remove: []string{"accountant", "recruiter", "recruiter"}},
		probs: []placed{{"/remove/0", CodeRemoveUnknown}, {"/remove/2", CodeRepeated}}},
	{why: "a removed occupation cannot be replaced or extended",
		o: Overlay{Remove: []string{"recruiter"}, Replace: OverlayEntries{Occupations: []Occupation{occupation("recruiter", "Recruiter")}},
			Extend: []Extension{{ID: "recruiter", AltNames: []string{"Headhunter"}}}},
		probs: []placed{{"/extend/0/id", CodeRemoved}, {"/replace/occupations/0/id", CodeRemoved}}},
	{why: "one ID defined twice, as an occupation and as a skill",
		o: Overlay{Add: OverlayEntries{Occupations: []Occupation{occupation("accountant", "Accountant")},
			Skills: []Skill{{ID: "accountant", Name: "Accounting", Type: SkillTypePractice, Description: "d", Provenance: fromExtension}}}},
		probs: []placed{{"/add/occupations/0/id", CodeDuplicateID}}},
	{why: "extend: an unknown occupation, and fields an occupation does not have",
		o: Overlay{Extend: []Extension{{ID: "accountant", AltNames: []string{"Buchhalter"}},
			{ID: "product-manager", Broader: []string{"apis"}, Skills: []RoleSkill{{Skill: "go", Requirement: RequirementOptional, Importance: 1}},
				Responsibilities: []string{"build-apis"}}}},
		probs: []placed{{"/extend/0/id", CodeExtendUnknown}, {"/extend/1/broader", CodeExtendMisfit},
			{"/extend/1/responsibilities", CodeExtendMisfit}, {"/extend/1/skills", CodeExtendMisfit}}},
	{why: "names: an occupation's name is another concept's, and the other way round",
		o: Overlay{Add: OverlayEntries{Occupations: []Occupation{occupation("accountant", "Accountant", "Go", "Produktmanager", "accountant")}},
			Extend: []Extension{{ID: "go", AltNames: []string{"Recruiter"}}, {ID: "recruiter", AltNames: []string{"PHP"}}}},
		probs: []placed{{"/add/occupations/0/altNames/0", CodeNameClash}, {"/add/occupations/0/altNames/1", CodeNameClash},
			{"/add/occupations/0/altNames/2", CodeNameClash}, {"/extend/0/altNames/0", CodeNameClash}, {"/extend/1/altNames/0", CodeNameClash}}},
	{why: "name rules and blank names in occupations are located in the overlay",
		o: Overlay{Replace: OverlayEntries{Occupations: []Occupation{{ID: "recruiter", Name: "Recruiter", AltNames: []string{"--"},
			NameRules: []NameRule{{Name: "Headhunter"}}, Description: "d", Provenance: fromExtension}}},
			Extend: []Extension{{ID: "product-manager", NameRules: []NameRule{{Name: "PM"}}}}},
		probs: []placed{{"/extend/0/nameRules/0/name", CodeNameRule}, {"/replace/occupations/0/altNames/0", CodeEmptyName},
			{"/replace/occupations/0/nameRules/0/name", CodeNameRule}}},
	{why: "nothing may link to an occupation as a skill, a responsibility or a role",
		o: Overlay{Add: OverlayEntries{
			Roles: []Role{{ID: "tester", Name: "Tester", Description: "d", Skills: []RoleSkill{{Skill: "recruiter", Requirement: RequirementOptional, Importance: 1}},
				Responsibilities: []string{"product-manager"}, Provenance: fromExtension}},
			HiringCues: []HiringCue{{ID: "hiring", Role: "recruiter", Phrases: []string{"hiring"}, Weight: 1, Provenance: fromExtension}}}},
		probs: []placed{{"/add/hiringCues/0/role", CodeWrongKind}, {"/add/roles/0/responsibilities/0", CodeWrongKind}, {"/add/roles/0/skills/0/skill", CodeWrongKind}}},
	{why: "the schema refuses an occupation without a description",
		o:     Overlay{Add: OverlayEntries{Occupations: []Occupation{{ID: "nurse", Name: "Nurse", Provenance: fromExtension}}}},
		probs: []placed{{"/add/occupations/0/description", CodeSchema}}},
	{why: "ParseOverlay counts the words of an occupation's names",
		o:     Overlay{Replace: OverlayEntries{Occupations: []Occupation{occupation("recruiter", strings.Repeat("very ", 32)+"long")}}},
		probs: []placed{{"/replace/occupations/0/name", CodeTooLong}}},
}

// TestOverlayOccupations applies each of occupationCases to the fixture
// base: the result's occupations, each found by its names as an
// occupation, or the problems at their places in the overlay.
func TestOverlayOccupations(t *testing.T) {
	base := fixtureBase(t)
	for _, tc := range occupationCases {
		t.Run(tc.why, func(t *testing.T) {
			o := tc.o
			o.Version = "occupations"
			got, err := base.With(o)
			var probs []placed
			var e *Error
			if errors.As(err, &e) {
				for _, p := range e.Problems {
					probs = append(probs, placed{p.Path, p.Code})
					if strings.Contains(p.Message, "a occupation") {
						t.Errorf("message without its article: %v", p)
					}
				}
			} else if err != nil {
				t.Fatalf("error %v is a %T, not an *Error", err, err)
			}
			if diff := cmp.Diff(tc.probs, probs); diff != "" {
				t.Fatalf("problems (-want +got):\n%s", diff)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tc.want, got.Occupations(), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("occupations (-want +got):\n%s", diff)
			}
			for _, oc := range tc.want {
				for _, n := range append([]string{oc.Name}, oc.AltNames...) {
					want := Concept{KindOccupation, oc.ID, oc.Name}
					if c, ok := got.Lookup(n); !ok || c != want {
						t.Errorf("Lookup(%q) = %v, %v; want %v", n, c, ok, want)
					}
				}
			}
			checkRoundTrip(t, got)
		})
	}
}
