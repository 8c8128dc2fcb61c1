package roles

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// codeCases are bad inputs, one or more for each Code: each must give a
// problem with that code at that path. TestEveryCodeIsProduced fails when a
// Code constant has no case, so a new kind of problem comes with its test.
var codeCases = []struct {
	why  string
	run  func(t *testing.T) error
	path string
	code Code
}{
	// The data and its format.
	{"a syntax error", parseErr(`{"version": `), "", CodeSyntax},
	{"data after the document", parseErr(badDoc("") + " {}"), "", CodeSyntax},
	{"an unknown member", parseErr(badDoc(`"colour": "blue"`)), "", CodeSchema},
	{"a member given twice, first as a string where Go wants an int", parseErr(badDoc(`"skills": [` + skillA + `], "roles": [` +
		roleDoc(`"skills": [{"skill": "a", "requirement": "essential", "importance": "5", "importance": 5}]`) + `]`)),
		"/roles/0/skills/0/importance", CodeDecode},
	{"the same in an overlay", overlayErr(`{"version": "x", "extend": [{"id": "backend-developer",
		"skills": [{"skill": "go", "requirement": "essential", "importance": "5", "importance": 5}]}]}`),
		"/extend/0/skills/0/importance", CodeDecode},
	{"a reader that fails", func(*testing.T) error {
		_, err := Load(iotest.ErrReader(errors.New("disk on fire")))
		return err
	}, "", CodeRead},

	// Concepts.
	{"an ID defined twice", parseErr(badDoc(`"skills": [` + skillA + `, ` + skillA + `]`)), "/skills/1/id", CodeDuplicateID},
	{"a skill required twice", parseErr(badDoc(`"skills": [` + skillA + `], "roles": [` +
		roleDoc(`"skills": [{"skill": "a", "requirement": "essential", "importance": 5}, {"skill": "a", "requirement": "optional", "importance": 1}]`) + `]`)),
		"/roles/0/skills/1/skill", CodeRepeated},
	{"a relation to an unknown role", parseErr(badDoc(`"roles": [` +
		roleDoc(`"relations": [{"type": "builds-foundation-for", "role": "ghost", "provenance": {"source": "extension"}}]`) + `]`)),
		"/roles/0/relations/0/role", CodeUnknownRole},
	{"an unknown role as an argument", func(t *testing.T) error {
		_, err := fixtureBase(t).Gaps(Profile{}, "ghost")
		return err
	}, "", CodeUnknownRole},
	{"a broader skill that does not exist", parseErr(badDoc(`"skills": [` + strings.Replace(skillB, `["a"]`, `["ghost"]`, 1) + `]`)),
		"/skills/0/broader/0", CodeUnknownSkill},
	{"an unknown skill in a profile", rankErr(ProfileSkill{Skill: "ghost"}), "/skills/0", CodeUnknownSkill},
	{"an unknown responsibility", parseErr(badDoc(`"roles": [` + roleDoc(`"responsibilities": ["ghost"]`) + `]`)),
		"/roles/0/responsibilities/0", CodeUnknownResponsibility},
	{"an unknown hiring cue", func(t *testing.T) error {
		_, err := fixtureBase(t).AdviseCues("pipelines", "ghost")
		return err
	}, "/1", CodeUnknownHiringCue},
	{"a skill where a responsibility belongs", parseErr(badDoc(`"skills": [` + skillA + `], "roles": [` + roleDoc(`"responsibilities": ["a"]`) + `]`)),
		"/roles/0/responsibilities/0", CodeWrongKind},
	{"a role where a skill belongs in a profile", rankErr(ProfileSkill{Skill: "backend-developer"}), "/skills/0", CodeWrongKind},
	{"a skill broader than itself", parseErr(badDoc(`"skills": [` + strings.Replace(skillB, `["a"]`, `["b"]`, 1) + `]`)),
		"/skills/0/broader/0", CodeSelfReference},
	{"a cycle", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"broader": ["b"], "type"`, 1) + `, ` + skillB + `]`)),
		"/skills/0/broader", CodeCycle},
	{"a name of two skills", parseErr(badDoc(`"skills": [` + skillA + `, ` + strings.Replace(skillB, `"Beta"`, `"alpha"`, 1) + `]`)),
		"/skills/1/name", CodeNameClash},
	{"a name without letters", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"altNames": [" - "], "type"`, 1) + `]`)),
		"/skills/0/altNames/0", CodeEmptyName},
	{"a name of 33 words", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"Alpha"`, strconv.Quote(words("w", 33)), 1) + `]`)),
		"/skills/0/name", CodeTooLong},
	{"a rule for a name the skill lacks", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"nameRules": [{"name": "Gamma"}], "type"`, 1) + `]`)),
		"/skills/0/nameRules/0/name", CodeNameRule},
	{"a language tag that is a language's name", parseErr(badDoc(`"skills": [` + strings.Replace(skillA, `"type"`, `"localized": [{"lang": "German", "name": "Alfa"}], "type"`, 1) + `]`)),
		"/skills/0/localized/0/lang", CodeLanguage},
	{"a malformed tag as an argument", func(*testing.T) error {
		_, err := Default().WithLanguages("de", "de_CH")
		return err
	}, "/1", CodeLanguage},

	// Profiles.
	{"a level of 6", rankErr(ProfileSkill{Skill: "go", Level: 6}), "/skills/0/level", CodeLevel},
	{"negative years", rankErr(ProfileSkill{Skill: "go", Years: -1}), "/skills/0/years", CodeYears},

	// Overlays.
	{"removing what the base lacks", overlayErr(`{"version": "x", "remove": ["ghost"]}`), "/remove/0", CodeRemoveUnknown},
	{"removing twice", overlayErr(`{"version": "x", "remove": ["go", "go"]}`), "/remove/1", CodeRepeated},
	{"replacing what the base lacks", overlayErr(`{"version": "x", "replace": {"skills": [` + skillA + `]}}`), "/replace/skills/0/id", CodeReplaceUnknown},
	{"replacing a skill with a role", overlayErr(`{"version": "x", "replace": {"roles": [` + strings.Replace(roleDoc(""), `"id": "r"`, `"id": "go"`, 1) + `]}}`),
		"/replace/roles/0/id", CodeWrongKind},
	{"extending what nothing defines", overlayErr(`{"version": "x", "extend": [{"id": "ghost", "altNames": ["Ghost"]}]}`), "/extend/0/id", CodeExtendUnknown},
	{"adding what the base has", overlayErr(`{"version": "x", "add": {"skills": [` + strings.Replace(skillA, `"id": "a"`, `"id": "go"`, 1) + `]}}`),
		"/add/skills/0/id", CodeExists},
	{"extending what is removed", overlayErr(`{"version": "x", "remove": ["go"], "extend": [{"id": "go", "altNames": ["Go-lang"]}]}`), "/extend/0/id", CodeRemoved},
	{"skills for a skill", overlayErr(`{"version": "x", "extend": [{"id": "go", "skills": [{"skill": "php", "requirement": "optional", "importance": 1}]}]}`),
		"/extend/0/skills", CodeExtendMisfit},
	{"a name the base gives another skill", overlayErr(`{"version": "x", "extend": [{"id": "go", "altNames": ["PHP"]}]}`), "/extend/0/altNames/0", CodeNameClash},
	{"a cycle made by an extension", overlayErr(`{"version": "x", "extend": [{"id": "backend-development", "broader": ["go"]}]}`),
		"/extend/0/broader/0", CodeCycle},
	{"an unknown skill in an overlay", overlayErr(`{"version": "x", "extend": [{"id": "go", "broader": ["ghost"]}]}`), "/extend/0/broader/0", CodeUnknownSkill},
}

// roleDoc is a role with ID "r" in the taxonomy format, with the members given
// (which replace the defaults of the same name).
func roleDoc(members string) string {
	m := map[string]string{
		"id": `"r"`, "name": `"R role"`, "description": `"R."`, "skills": `[]`,
		"responsibilities": `[]`, "provenance": `{"source": "extension"}`,
	}
	if members != "" {
		var extra map[string]json.RawMessage
		if err := json.Unmarshal([]byte("{"+members+"}"), &extra); err != nil {
			panic(err)
		}
		for k, v := range extra {
			m[k] = string(v)
		}
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, strconv.Quote(k)+": "+m[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func parseErr(doc string) func(*testing.T) error {
	return func(*testing.T) error {
		_, err := Parse([]byte(doc))
		return err
	}
}

func overlayErr(doc string) func(*testing.T) error {
	return func(t *testing.T) error {
		_, err := fixtureBase(t).Overlay([]byte(doc))
		return err
	}
}

func rankErr(s ProfileSkill) func(*testing.T) error {
	return func(t *testing.T) error {
		_, err := fixtureBase(t).Rank(Profile{Skills: []ProfileSkill{s}})
		return err
	}
}

func TestEveryCodeIsProduced(t *testing.T) {
	produced := map[Code]bool{}
	for _, tc := range codeCases {
		err := tc.run(t)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: error %v is not an *Error", tc.why, err)
			continue
		}
		found := false
		for _, p := range e.Problems {
			if p.Code == "" {
				t.Errorf("%s: problem without a code: %+v", tc.why, p)
			}
			if (p.Code == CodeCycle) != (p.Cycle != nil) {
				t.Errorf("%s: code %q with cycle %v", tc.why, p.Code, p.Cycle)
			}
			produced[p.Code] = true
			found = found || p.Path == tc.path && p.Code == tc.code
		}
		if !found {
			t.Errorf("%s: no problem with code %q at %q in\n%v", tc.why, tc.code, tc.path, err)
		}
	}
	for _, c := range codeConstants(t) {
		if !produced[c] {
			t.Errorf("no case of codeCases produces %q", c)
		}
	}
}

// codeConstants lists the Code constants that errors.go declares.
func codeConstants(t *testing.T) []Code {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), "errors.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var codes []Code
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				continue
			}
			for _, v := range vs.Values {
				lit := v.(*ast.BasicLit)
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				codes = append(codes, Code(s))
			}
		}
	}
	if len(codes) < 20 {
		t.Fatalf("found only %d Code constants in errors.go", len(codes))
	}
	if c := slices.Compact(slices.Sorted(slices.Values(codes))); len(c) != len(codes) {
		t.Errorf("two Code constants share a value: %q", codes)
	}
	return codes
}

func TestCycleProblemHasEveryMember(t *testing.T) {
	// A cycle of 20 skills: the message shows its ends, Cycle all of it, in
	// order, starting where the message starts.
	var f file
	var ids []string
	for i := range 20 {
		ids = append(ids, "s"+strconv.Itoa(i))
		f.Skills = append(f.Skills, Skill{ID: ids[i], Broader: []string{"s" + strconv.Itoa((i+1)%20)}})
	}
	probs := cycles(&f)
	if len(probs) != 1 || probs[0].Cycle == nil {
		t.Fatalf("cycles = %v; want one with a Cycle", probs)
	}
	if diff := cmp.Diff(ids, probs[0].Cycle.Skills); diff != "" {
		t.Errorf("Cycle.Skills (-want +got):\n%s", diff)
	}
	if !strings.Contains(probs[0].Message, "s0 → s1 → s2 → s3 → s4 → s5 → … → s17 → s18 → s19 → s0") {
		t.Errorf("message %q", probs[0].Message)
	}
}

func TestErrorJSON(t *testing.T) {
	// An error from a real overlay, with a cycle, marshals with lower-case
	// names and unmarshals to the same value.
	_, err := fixtureBase(t).Overlay([]byte(`{"version": "x", "remove": ["ghost"],
		"extend": [{"id": "backend-development", "broader": ["go"]}]}`))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not an *Error", err)
	}
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "error.json", append(data, '\n'))
	var back Error
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(e, &back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	// A syntax error has a line and a column, and no path to speak of.
	_, err = Parse([]byte(`{"version": `))
	data, _ = json.Marshal(err)
	if want := `{"subject":"","problems":[{"path":"","line":1,"column":13,"code":"syntax","message":"invalid JSON: unexpected end of input"}]}`; string(data) != want {
		t.Errorf("syntax error as JSON:\ngot  %s\nwant %s", data, want)
	}
}

func TestProblemString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{Path: "/skills/0/id", Code: CodeDuplicateID, Message: "bad"}, "/skills/0/id: bad"},
		{Problem{Line: 2, Column: 7, Code: CodeSyntax, Message: "bad"}, "line 2, column 7: bad"},
		// The whole document: the bare message, as the doc says.
		{Problem{Code: CodeSchema, Message: "bad"}, "bad"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%+v: String() = %q; want %q", tc.p, got, tc.want)
		}
	}
}
