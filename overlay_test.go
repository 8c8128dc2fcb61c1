package roles

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
			ID: "acme-deploy", Name: "AcmeDeploy", Type: Tool, Description: "In-house.",
			Broader: []string{"backend-development"}, Provenance: Provenance{Source: SourceExtension},
		}}},
		Extend: []Extension{
			{ID: "go", AltNames: []string{"Go-lang"}, NameRules: []NameRule{{Name: "Go-lang", Exact: true}}},
			{ID: "backend-developer", Skills: []RoleSkill{{Skill: "acme-deploy", Requirement: Optional, Importance: 2}, {Skill: "apis", Requirement: Essential, Importance: 5}}},
			{ID: "databases", Broader: []string{"scripting"}},
		},
	}
	got, err := Default().With(o)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fresh, Default(), cmp.AllowUnexported(Taxonomy{}, file{})); diff != "" {
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
	if i := slices.IndexFunc(rs, func(s RoleSkill) bool { return s.Skill == "apis" }); i < 0 || rs[i].Importance != 5 || rs[i].Requirement != Essential {
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
			if diff := cmp.Diff(a, b, cmp.AllowUnexported(Taxonomy{}, file{}), cmpopts.EquateEmpty()); diff != "" {
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
		{"a taxonomy is not an overlay", `{"version": "x", "roles": []}`, "(root)"},
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
	base := fixtureBase(f)
	before := dump(base)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := base.Overlay(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || len(e.Problems) == 0 {
				t.Fatalf("error %v (%T) is not an *Error with problems", err, err)
			}
			if !slices.IsSortedFunc(e.Problems, compareProblems) {
				t.Fatalf("problems not sorted: %v", e.Problems)
			}
			if got != nil {
				t.Fatal("a taxonomy and an error")
			}
			return
		}
		// Whatever the overlay, the result is a valid taxonomy.
		checkRoundTrip(t, got)
		again, err := base.Overlay(data)
		if err != nil || dump(again) != dump(got) {
			t.Fatalf("same overlay, different result: %v", err)
		}
		if dump(base) != before {
			t.Fatal("the overlay changed the base")
		}
	})
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
    "roles": [{"id": "frontend-developer", "name": "Frontend Developer", "description": "UI.",
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
