package bridge

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/openroles/roles"
)

// decode parses what an API function returned, failing on anything but
// one JSON document.
func decode[T any](t *testing.T, out string) T {
	t.Helper()
	var v T
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return v
}

type errorDoc struct {
	Error *ErrorInfo `json:"error"`
}

// TestErrorsLocated: each failing call returns {"error": ...} with the
// subject, the message and every problem at its JSON pointer, or its line
// and column, as the library's *roles.Error gives them.
func TestErrorsLocated(t *testing.T) {
	tests := []struct {
		why  string
		out  string
		want ErrorInfo
	}{
		{
			"an overlay that removes an ID the taxonomy lacks",
			ApplyJSON(KindOverlay, `{"version": "x", "remove": ["postgresql", "no-such-skill"]}`, "Go", ""),
			ErrorInfo{Subject: "overlay", Problems: []Problem{{Path: "/remove/1", Code: roles.CodeRemoveUnknown}}},
		},
		{
			"an overlay that is not JSON: a line and a column",
			ApplyJSON(KindOverlay, "{\n  \"version\": \"x\",,\n}", "", ""),
			ErrorInfo{Subject: "overlay", Problems: []Problem{{Line: 2, Column: 18, Code: roles.CodeSyntax}}},
		},
		{
			"a JSON Resume with a number for a keyword",
			ApplyJSON(KindResume, `{"skills": [{"keywords": [1]}]}`, "", ""),
			ErrorInfo{Subject: "JSON Resume", Problems: []Problem{{Path: "/skills/0/keywords/0", Code: roles.CodeSchema}}},
		},
		{
			"two unknown roles compared: both reported",
			CompareJSON("nope", "backend-developer-x", "de"),
			ErrorInfo{Subject: "argument", Problems: []Problem{{Code: roles.CodeUnknownRole}, {Code: roles.CodeUnknownRole}}},
		},
		{
			"an unknown kind is an error of no problems",
			ApplyJSON("taxonomy", "{}", "", ""),
			ErrorInfo{Problems: []Problem{}},
		},
	}
	for _, tt := range tests {
		got := decode[errorDoc](t, tt.out).Error
		if got == nil {
			t.Errorf("%s: no error: %s", tt.why, tt.out)
			continue
		}
		if !strings.HasPrefix(got.Message, "roles: ") {
			t.Errorf("%s: message %q", tt.why, got.Message)
		}
		// Messages are the library's to word; the rest is compared.
		got.Message, tt.want.Message = "", ""
		for i := range got.Problems {
			if got.Problems[i].Message == "" {
				t.Errorf("%s: problem %d has no message", tt.why, i)
			}
			got.Problems[i].Message = ""
		}
		if diff := cmp.Diff(tt.want, *got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.why, diff)
		}
	}
}

// TestInfo: errors.As finds a *roles.Error however deeply wrapped; other
// errors keep their message and have no problems.
func TestInfo(t *testing.T) {
	_, err := roles.Default().Overlay([]byte(`{"version": "x", "remove": ["nope"]}`))
	wrapped := errors.Join(errors.New("context"), err)
	if got := Info(wrapped); got.Subject != "overlay" || len(got.Problems) != 1 || got.Problems[0].Path != "/remove/0" || got.Message != wrapped.Error() {
		t.Errorf("wrapped *roles.Error: %+v", got)
	}
	if got := Info(errors.New("roles: plain")); got.Subject != "" || got.Message != "roles: plain" || got.Problems == nil || len(got.Problems) != 0 {
		t.Errorf("plain error: %+v", got)
	}
}

// TestGuardPanics: a panic comes back as an error document, not out of
// the call.
func TestGuardPanics(t *testing.T) {
	out := guard(func() (any, error) { panic("boom") })
	got := decode[errorDoc](t, out).Error
	if got == nil || got.Message != "roles: internal error: boom" {
		t.Errorf("got %s", out)
	}
}

// TestCompareJSON: the library's comparison, concepts named in the
// language asked for, empty lists as [].
func TestCompareJSON(t *testing.T) {
	want, err := roles.Compare("backend-developer", "backend-engineer")
	if err != nil {
		t.Fatal(err)
	}
	out := CompareJSON("backend-developer", "backend-engineer", "de")
	got := decode[struct{ Comparison roles.Comparison }](t, out).Comparison
	tx := roles.Default()
	if got.A.Name != nameOf(tx, roles.KindRole, "backend-developer", "de") || got.A.Name == want.A.Name {
		t.Errorf("role A named %q in German, %q in English", got.A.Name, want.A.Name)
	}
	// With the names put back in English it is the library's comparison.
	english := func(c *roles.Concept) { c.Name = nameOf(tx, c.Kind, c.ID, "") }
	english(&got.A)
	english(&got.B)
	for _, l := range [][]roles.ComparedSkill{got.SharedSkills, got.OnlyASkills, got.OnlyBSkills} {
		for i := range l {
			english(&l[i].Skill)
		}
	}
	for _, l := range [][]roles.Concept{got.SharedResponsibilities, got.OnlyAResponsibilities, got.OnlyBResponsibilities} {
		for i := range l {
			english(&l[i])
		}
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-library +bridge):\n%s", diff)
	}
	// Renaming changed nothing the library hands out later.
	again, _ := roles.Compare("backend-developer", "backend-engineer")
	if diff := cmp.Diff(want, again); diff != "" {
		t.Errorf("the library's comparison changed after CompareJSON (-before +after):\n%s", diff)
	}
	if out := CompareJSON("qa-engineer", "qa-engineer", ""); strings.Contains(out, "null") {
		t.Errorf("a role compared with itself: null in %s", out)
	}
}

// TestRolesListJSON: every role of the taxonomy, sorted by ID, named in
// the language asked for.
func TestRolesListJSON(t *testing.T) {
	got := decode[[]Ref](t, RolesListJSON("es"))
	all := roles.Default().Roles()
	if len(got) != len(all) {
		t.Fatalf("%d roles listed, the taxonomy has %d", len(got), len(all))
	}
	for i, r := range all {
		if got[i].ID != r.ID || got[i].Name != r.NameIn("es") {
			t.Errorf("role %d: %+v, want %s %q", i, got[i], r.ID, r.NameIn("es"))
		}
	}
}

// TestApplyOverlay: the text is analysed under the overlay: a skill it
// adds is found, and a skill it removes is not.
func TestApplyOverlay(t *testing.T) {
	overlay := `{"version": "acme-1", "remove": ["php"],
	  "add": {"skills": [{"id": "acme-deploy", "name": "AcmeDeploy", "type": "tool",
	    "description": "Our deployment tool.", "broader": ["web-platform-knowledge"],
	    "provenance": {"source": "extension"}}]}}`
	text := "Backend Engineer: Go, PHP and AcmeDeploy."
	for range 2 { // the second time from the cache
		got := decode[Applied](t, ApplyJSON(KindOverlay, overlay, text, ""))
		want := TaxonomyInfo{Version: "acme-1", Roles: len(roles.Default().Roles()), Skills: len(roles.Default().Skills())}
		if got.Applied != want {
			t.Errorf("applied %+v, want %+v", got.Applied, want)
		}
		var ids []string
		for _, m := range got.Analysis.Mentions {
			ids = append(ids, m.ID)
		}
		if diff := cmp.Diff([]string{"backend-engineer", "go", "acme-deploy"}, ids); diff != "" {
			t.Errorf("mentions under the overlay (-want +got):\n%s", diff)
		}
	}
	if _, ok := roles.Default().Skill("acme-deploy"); ok {
		t.Error("the overlay changed the default taxonomy")
	}
}

// TestApplyResume: a JSON Resume read, decided and ranked as the library
// does it.
func TestApplyResume(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "testdata", "jsonresume", "backend.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := decode[ResumeResult](t, ApplyJSON(KindResume, string(data), "ignored", "fr")).Resume
	rp, err := roles.ProfileFromJSONResume(data)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := roles.DecideProfile(rp.Profile)
	rk, _ := roles.RankProfile(rp.Profile)
	if got.Headline != rp.Headline || got.Decision.Role != d.Role || got.Decision.Leaning != d.Leaning ||
		len(got.Coverage) != len(rk.Matches) || got.Coverage[0].Role != rk.Matches[0].Role || got.Coverage[0].Score != rk.Matches[0].Score {
		t.Errorf("resume %+v; library: headline %q, decision %+v, first match %+v", got, rp.Headline, d, rk.Matches[0])
	}
	if len(got.Profile) != len(rp.Profile.Skills)+len(rp.Profile.Responsibilities) {
		t.Errorf("%d profile entries, want %d skills and %d responsibilities", len(got.Profile), len(rp.Profile.Skills), len(rp.Profile.Responsibilities))
	}
	for i, s := range rp.Profile.Skills {
		if e := got.Profile[i]; e.ID != s.Skill || e.Years != s.Years || e.Name != nameOf(roles.Default(), roles.KindSkill, s.Skill, "fr") {
			t.Errorf("entry %d: %+v, want %+v", i, e, s)
		}
	}
	if len(got.Unknown) != len(rp.Unknown) || len(got.Unknown) == 0 || got.Unknown[0].Path != rp.Unknown[0].Path {
		t.Errorf("unknown %+v, want %+v", got.Unknown, rp.Unknown)
	}
}
