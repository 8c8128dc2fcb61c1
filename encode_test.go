package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// checkRoundTrip writes t as JSON, parses it back and checks that nothing
// changed, and that writing again gives the same bytes. An empty list and a
// missing one are the same in the format, so they compare equal.
func checkRoundTrip(t testing.TB, tx *Taxonomy) {
	t.Helper()
	var b bytes.Buffer
	if err := tx.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(b.Bytes())
	if err != nil {
		t.Fatalf("Parse of WriteJSON output: %v\n%s", err, b.Bytes())
	}
	opt := cmpopts.EquateEmpty()
	for _, c := range []struct {
		what      string
		want, got any
	}{
		{"Version", tx.Version(), back.Version()},
		{"Roles", tx.Roles(), back.Roles()},
		{"Skills", tx.Skills(), back.Skills()},
		{"Responsibilities", tx.Responsibilities(), back.Responsibilities()},
		{"HiringCues", tx.HiringCues(), back.HiringCues()},
		{"QualifierCues", tx.QualifierCues(), back.QualifierCues()},
	} {
		if diff := cmp.Diff(c.want, c.got, opt); diff != "" {
			t.Fatalf("%s changed in the round trip (-want +got):\n%s", c.what, diff)
		}
	}
	var again bytes.Buffer
	if err := back.WriteJSON(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Fatalf("WriteJSON is not stable:\n%s", cmp.Diff(b.String(), again.String()))
	}
	compact, err := tx.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, b.Bytes()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compact, want.Bytes()) {
		t.Fatalf("MarshalJSON is not WriteJSON compacted:\n%s", cmp.Diff(want.String(), string(compact)))
	}
	var decoded Taxonomy
	if err := json.Unmarshal(compact, &decoded); err != nil {
		t.Fatalf("Unmarshal of MarshalJSON output: %v", err)
	}
	if redone, err := decoded.MarshalJSON(); err != nil || !bytes.Equal(compact, redone) {
		t.Fatalf("MarshalJSON -> UnmarshalJSON -> MarshalJSON changed the taxonomy (error %v):\n%s",
			err, cmp.Diff(string(compact), string(redone)))
	}
}

func TestRoundTripDefault(t *testing.T) {
	checkRoundTrip(t, Default())
	checkRoundTrip(t, fixtureBase(t))
}

func TestMarshalJSONInStruct(t *testing.T) {
	// encoding/json uses MarshalJSON for a *Taxonomy inside other values.
	data, err := json.Marshal(map[string]*Taxonomy{"taxonomy": fixtureBase(t)})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(got["taxonomy"])
	if err != nil {
		t.Fatal(err)
	}
	if back.Version() != "fixture-1" {
		t.Errorf("Version = %q", back.Version())
	}
}

func TestWriteJSONKeepsHTML(t *testing.T) {
	// Descriptions are prose: "&" and "<" stay as written, not \u0026.
	got, err := fixtureBase(t).With(Overlay{Version: "a&b <c>"})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := got.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"version": "a&b <c>"`)) {
		t.Errorf("version not written as is:\n%.300s", b.Bytes())
	}
}

// fuzzSource hands out the bytes of a fuzz input as choices, and zeros when
// they run out.
type fuzzSource struct{ b []byte }

func (r *fuzzSource) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzSource) intn(n int) int { return int(r.byte()) % n }

// str returns up to 7 bytes of input, valid UTF-8 or not.
func (r *fuzzSource) str() string {
	n := r.intn(8)
	if n > len(r.b) {
		n = len(r.b)
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// pick returns up to max distinct IDs among ids.
func (r *fuzzSource) pick(ids []string, max int) []string {
	var out []string
	seen := map[string]bool{}
	for range r.intn(max + 1) {
		if len(ids) == 0 {
			break
		}
		id := ids[r.intn(len(ids))]
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// randomFile builds a valid taxonomy file from fuzz input. Names end in a
// token of their own ("sk3", "ro1a2"), so that no two share a key whatever
// the input puts before it; broader skills have lower indexes, so that there
// are no cycles.
func randomFile(r *fuzzSource) file {
	types := []SkillType{SkillTypeCompetency, SkillTypeLanguage, SkillTypeFramework, SkillTypeDatabase, SkillTypePlatform, SkillTypeTool, SkillTypeProtocol, SkillTypePractice, SkillTypeStandard}
	parts := []string{"backend-development", "developer-skills", "engineer-day-to-day", "hiring-advice"}
	prov := func() Provenance {
		if r.intn(2) == 0 {
			return Provenance{Source: SourceExtension}
		}
		return Provenance{Source: SourceArticle, Part: parts[r.intn(len(parts))], Quote: "q" + r.str()}
	}
	text := func(p string) string { return p + r.str() }
	names := func(tag string) (string, []string, []NameRule) {
		name := r.str() + " " + tag
		var alt []string
		for j := range r.intn(3) {
			alt = append(alt, fmt.Sprintf("%s %sa%d", r.str(), tag, j))
		}
		var rules []NameRule
		if r.intn(3) == 0 {
			rules = append(rules, NameRule{
				Name: name, CaseSensitive: r.intn(2) == 0, Exact: r.intn(2) == 0,
				Context: []string{text("ctx")}, NotWithin: []string{name + " live"},
			})
		}
		return name, alt, rules
	}
	f := file{Version: text("v")}
	var skillIDs, respIDs, roleIDs []string
	for i := range 1 + r.intn(12) {
		s := Skill{ID: fmt.Sprintf("s%d", i), Type: types[r.intn(len(types))], Description: text("d"), Provenance: prov()}
		s.Name, s.AltNames, s.NameRules = names(fmt.Sprintf("sk%d", i))
		s.Broader = r.pick(skillIDs, 2)
		skillIDs = append(skillIDs, s.ID)
		f.Skills = append(f.Skills, s)
	}
	for i := range r.intn(5) {
		p := Responsibility{ID: fmt.Sprintf("r%d", i), Description: text("d"), Skills: r.pick(skillIDs, 3), Provenance: prov()}
		p.Name, p.AltNames, p.NameRules = names(fmt.Sprintf("re%d", i))
		if p.Skills == nil {
			p.Skills = []string{}
		}
		respIDs = append(respIDs, p.ID)
		f.Responsibilities = append(f.Responsibilities, p)
	}
	nRoles := 1 + r.intn(4)
	for i := range nRoles {
		roleIDs = append(roleIDs, fmt.Sprintf("role-%d", i))
	}
	for i := range nRoles {
		ro := Role{ID: roleIDs[i], Description: text("d"), Responsibilities: r.pick(respIDs, 3), Provenance: prov(), Skills: []RoleSkill{}}
		ro.Name, ro.AltNames, ro.NameRules = names(fmt.Sprintf("ro%d", i))
		for _, s := range r.pick(skillIDs, 5) {
			req := RequirementEssential
			if r.intn(2) == 0 {
				req = RequirementOptional
			}
			ro.Skills = append(ro.Skills, RoleSkill{Skill: s, Requirement: req, Importance: 1 + r.intn(5)})
		}
		if ro.Responsibilities == nil {
			ro.Responsibilities = []string{}
		}
		for _, other := range r.pick(roleIDs, 2) {
			if other != ro.ID {
				ro.Relations = append(ro.Relations, RoleRelation{Type: "builds-foundation-for", Role: other, Description: r.str(), Provenance: prov()})
			}
		}
		if r.intn(2) == 0 {
			ro.Crosswalk = append(ro.Crosswalk, Crosswalk{Scheme: "ISCO-08", Code: text("c"), URI: "https://example.org/" + r.str(), Label: text("l"), Match: "close"})
		}
		f.Roles = append(f.Roles, ro)
	}
	for i := range r.intn(4) {
		f.HiringCues = append(f.HiringCues, HiringCue{
			ID: fmt.Sprintf("cue-%d", i), Role: roleIDs[r.intn(len(roleIDs))],
			Phrases: []string{text("p")}, Weight: 1 + r.intn(5), Provenance: prov(),
		})
	}
	f.Qualifiers = QualifierCues{Preferred: []string{text("p")}, Required: []string{}, Negated: []string{text("n")}, NegatedAfter: []string{}}
	normalize(&f)
	return f
}

func FuzzRoundTrip(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input it finds, and
	// minimising the embedded 40 kB file takes most of a short run.
	// TestRoundTripDefault covers the embedded file.
	f.Add([]byte(`{"version": "1", "roles": [], "skills": [{"id": "go", "name": "Go", "type": "language",
		"description": "d", "provenance": {"source": "extension"}}], "responsibilities": [], "hiringCues": [],
		"qualifiers": {"preferred": [], "required": [], "negated": ["no"], "negatedAfter": []}}`))
	f.Add([]byte("a generated taxonomy \x00\xff\x01\x02\x03\x04\x05 μ é ü"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// As a file: whatever Parse accepts round-trips.
		if tx, err := Parse(data); err == nil {
			checkRoundTrip(t, tx)
		}
		// As choices: a random valid taxonomy round-trips.
		gen, err := json.Marshal(randomFile(&fuzzSource{data}))
		if err != nil {
			t.Fatal(err)
		}
		tx, err := Parse(gen)
		if err != nil {
			t.Fatalf("generated taxonomy is invalid: %v\n%s", err, gen)
		}
		checkRoundTrip(t, tx)
	})
}

// config is a program's configuration with taxonomies in it, as a value and
// through a pointer.
type config struct {
	Name     string    `json:"name"`
	Taxonomy Taxonomy  `json:"taxonomy"`
	Custom   *Taxonomy `json:"custom"`
}

func TestUnmarshalJSONInConfig(t *testing.T) {
	// A config struct decodes its taxonomies through UnmarshalJSON, which
	// parses them as Parse does, and encodes them back as it read them.
	base, err := fixtureBase(t).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	def, err := Default().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	data := fmt.Sprintf(`{"name": "acme", "taxonomy": %s, "custom": %s}`, base, def)
	var cfg config
	if err := json.Unmarshal([]byte(data), &cfg); err != nil {
		t.Fatal(err)
	}
	// The format does not tell an empty list from a missing one.
	opt := cmpopts.EquateEmpty()
	if diff := cmp.Diff(snapshot(fixtureBase(t)), snapshot(&cfg.Taxonomy), opt); diff != "" {
		t.Errorf("Taxonomy field (-want +got):\n%s", diff)
	}
	if cfg.Custom == Default() {
		t.Error("the Custom field is the default taxonomy, not a new one")
	}
	if diff := cmp.Diff(snapshot(Default()), snapshot(cfg.Custom), opt); diff != "" {
		t.Errorf("Custom field (-want +got):\n%s", diff)
	}
	const text = "Go and PostgreSQL, no PHP"
	if diff := cmp.Diff(fixtureBase(t).Extract(text), cfg.Taxonomy.Extract(text)); diff != "" {
		t.Errorf("Extract with the decoded taxonomy (-want +got):\n%s", diff)
	}
	again, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// json.Marshal escapes "&" and "<", which WriteJSON keeps as they are.
	var compact, want bytes.Buffer
	if err := json.Compact(&compact, []byte(data)); err != nil {
		t.Fatal(err)
	}
	json.HTMLEscape(&want, compact.Bytes())
	if !bytes.Equal(want.Bytes(), again) {
		t.Errorf("the config does not encode back as it was read:\n%s", cmp.Diff(want.String(), string(again)))
	}
}

func TestUnmarshalJSONZeroConfig(t *testing.T) {
	// A config whose taxonomies are not set encodes them as null and reads
	// them back unset.
	data, err := json.Marshal(config{Name: "empty"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"empty","taxonomy":null,"custom":null}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
	var back config
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.ValueOf(back.Taxonomy).IsZero() || back.Custom != nil {
		t.Errorf("the taxonomies came back set: %+v", back)
	}
}

func TestUnmarshalJSONErrors(t *testing.T) {
	// An invalid taxonomy in a config fails with the *Error that Parse gives
	// for it, paths into the taxonomy's own document, and the field keeps
	// what it held.
	bad := badDoc(`"roles": [], "skills": [{"id": "go", "name": "Go", "type": "language",
		"description": "", "broader": ["nowhere"], "provenance": {"source": "extension"}}]`)
	_, parseErr := Parse([]byte(bad))
	var want *Error
	if !errors.As(parseErr, &want) {
		t.Fatalf("Parse error is %T: %v", parseErr, parseErr)
	}
	cfg := config{Taxonomy: *fixtureBase(t)}
	err := json.Unmarshal([]byte(`{"taxonomy": `+bad+`}`), &cfg)
	var got *Error
	if !errors.As(err, &got) {
		t.Fatalf("Unmarshal error is %T: %v", err, err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error (-Parse +Unmarshal):\n%s", diff)
	}
	if diff := cmp.Diff(snapshot(fixtureBase(t)), snapshot(&cfg.Taxonomy)); diff != "" {
		t.Errorf("the field changed on failure (-want +got):\n%s", diff)
	}
}

func TestUnmarshalJSONReplaces(t *testing.T) {
	// Decoding onto a built taxonomy replaces it, matcher and all; null
	// leaves it as it is.
	tx := fixtureBase(t)
	tx.Extract("Go") // build the matcher that decoding must replace
	def, err := Default().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(def, tx); err != nil {
		t.Fatal(err)
	}
	const text = "Kubernetes and PostgreSQL"
	if diff := cmp.Diff(Default().Extract(text), tx.Extract(text)); diff != "" {
		t.Errorf("Extract after decoding (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte("null"), tx); err != nil {
		t.Fatal(err)
	}
	if tx.Version() != Default().Version() {
		t.Errorf("null changed the taxonomy to version %q", tx.Version())
	}
}

func TestUnmarshalJSONRefusesDefault(t *testing.T) {
	// The default taxonomy is shared by the whole program: decoding onto it,
	// as a config whose pointer field starts out as Default() would, is an
	// error and changes nothing.
	before := snapshot(Default())
	data, err := fixtureBase(t).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	cfg := config{Custom: Default()}
	err = json.Unmarshal([]byte(`{"custom": `+string(data)+`}`), &cfg)
	if !errors.Is(err, errDecodeDefault) {
		t.Errorf("Unmarshal onto Default() = %v, want %v", err, errDecodeDefault)
	}
	if !strings.HasPrefix(fmt.Sprint(err), "roles: ") {
		t.Errorf("error %q does not start with roles: ", err)
	}
	if diff := cmp.Diff(before, snapshot(Default())); diff != "" {
		t.Errorf("the default taxonomy changed (-before +after):\n%s", diff)
	}
	copied := *Default() // a copy is the caller's own, and may be decoded onto
	if err := copied.UnmarshalJSON(data); err != nil || copied.Version() != "fixture-1" {
		t.Errorf("decoding onto a copy of the default: version %q, error %v", copied.Version(), err)
	}
}
