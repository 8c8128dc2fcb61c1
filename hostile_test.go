package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// chain returns a taxonomy whose n skills form one chain: each skill is
// broader than the next.
func chain(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"version": "chain", "roles": [], "responsibilities": [], "hiringCues": [],
"qualifiers": {"preferred": [], "required": [], "negated": [], "negatedAfter": []}, "skills": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id": "s%d", "name": "Skill %d", "type": "practice", "description": "d", "provenance": {"source": "extension"}`, i, i)
		if i > 0 {
			fmt.Fprintf(&b, `, "broader": ["s%d"]`, i-1)
		}
		b.WriteString("}")
	}
	b.WriteString("]}")
	return b.Bytes()
}

// rankedChain returns chain(n) with a role, "deep", that requires the top
// skill, s0, and the middle one, a hiring cue for it ("deep work"), and a
// negation cue ("without").
func rankedChain(n int) []byte {
	b := chain(n)
	b = bytes.Replace(b, []byte(`"roles": []`), fmt.Appendf(nil, `"roles": [{"id": "deep", "name": "Deep Diver",
"description": "d", "responsibilities": [], "provenance": {"source": "extension"}, "skills": [
{"skill": "s0", "requirement": "essential", "importance": 5},
{"skill": "s%d", "requirement": "optional", "importance": 3}]}]`, n/2), 1)
	b = bytes.Replace(b, []byte(`"hiringCues": []`), []byte(`"hiringCues": [{"id": "dig", "role": "deep",
"phrases": ["deep work"], "weight": 2, "provenance": {"source": "extension"}}]`), 1)
	return bytes.Replace(b, []byte(`"negated": []`), []byte(`"negated": ["without"]`), 1)
}

// chainText names the chain's last skill, a skill two below the middle one,
// and rules out s1, whose walk down reaches every skill but s0.
func chainText(n int) string {
	return fmt.Sprintf("Skill %d and Skill %d.\n\nWithout Skill 1.\n\nDeep work.", n-1, n/2+2)
}

// rankChain ranks, gaps and advises chainText(n) on tx, a fresh
// rankedChain(n), and returns how long that took and how many bytes it
// allocated.
func rankChain(t *testing.T, tx *Taxonomy, n int) (time.Duration, uint64) {
	t.Helper()
	text := chainText(n)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	ms := tx.RankText(text)
	gaps, err := tx.GapsText(text, "deep")
	advice := tx.Advise(text)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	checkChainRanking(t, n, ms, gaps)
	if advice.Role != "deep" || len(advice.Cues) != 1 {
		t.Fatalf("Advise on a %d-chain = %+v", n, advice)
	}
	return took, after.TotalAlloc - before.TotalAlloc
}

// checkChainRanking checks what rankChain found on an n-deep chain.
func checkChainRanking(t *testing.T, n int, ms []RoleMatch, gaps []Gap) {
	t.Helper()
	mid := fmt.Sprintf("s%d", n/2)
	if len(ms) != 1 || len(ms[0].Matched)+len(ms[0].Missing) != 2 {
		t.Fatalf("RankText on a %d-chain: %d matches; want the role with its two skills", n, len(ms))
	}
	var ev []Evidence
	for _, c := range append(ms[0].Matched, ms[0].Missing...) {
		if c.ID == mid {
			ev = c.Evidence
		}
	}
	last := len(ev) - 1
	if len(ev) < 2 || !slices.Equal(ev[0].Via, []string{fmt.Sprintf("s%d", n/2+1), mid}) || ev[0].Weight != math.Pow(stepDiscount, 2) ||
		ev[last].ID != "s1" || len(ev[last].Via) != n/2-1 || ev[last].Via[n/2-2] != mid || ev[last].Weight != -1 {
		t.Fatalf("RankText on a %d-chain: the evidence for %s is not two steps up from s%d and ruled out from s1", n, mid, n/2+2)
	}
	for _, g := range gaps {
		if g.Skill == "s0" && (len(g.Options) != n-1 || g.Options[0].ID != mid) {
			t.Fatalf("GapsText on a %d-chain: s0 has %d options; want %d, from %s", n, len(g.Options), n-1, mid)
		}
	}
	// Far beyond 3,300 steps, evidence weighs nothing and is not listed:
	// nothing in the text reaches s0.
	if n > 8_000 && (len(gaps) != 1 || gaps[0].Skill != "s0" || gaps[0].RuledOut) {
		t.Fatalf("GapsText on a %d-chain: %d gaps; want s0, not ruled out", n, len(gaps))
	}
}

func TestDeepChainRanksInLinearTime(t *testing.T) {
	// The first ranking of a taxonomy used to walk up and down from every
	// skill and copy every path: a chain 8,000 deep took 18 s and 1.2 GB.
	// Now it costs what the input reaches. The work is counted in bytes
	// allocated, which the machine's load does not change: a small chain's,
	// scaled by the depth ratio (50) with fourfold slack, bounds the big
	// one's; quadratic walks would allocate 2,500 times as much. The times
	// are logged.
	const small, big = 2_000, 100_000
	tx, err := Parse(rankedChain(small))
	if err != nil {
		t.Fatal(err)
	}
	smallTook, smallBytes := rankChain(t, tx, small)
	if tx, err = Parse(rankedChain(big)); err != nil {
		t.Fatal(err)
	}
	took, bytes := rankChain(t, tx, big)
	t.Logf("ranking a %d-chain: %v, %d bytes; a %d-chain: %v, %d bytes", small, smallTook, smallBytes, big, took, bytes)
	if budget := smallBytes * big / small * 4; bytes > budget {
		t.Errorf("ranking a %d-deep chain allocated %d bytes, over %d (a %d-deep chain's %d, scaled linearly, times 4)", big, bytes, budget, small, smallBytes)
	}
}

func TestHugeChain(t *testing.T) {
	// A hierarchy 100,000 deep: Parse, its cycle check and the hierarchy
	// lookups must neither take long nor exhaust the stack.
	const n = 100_000
	start := time.Now()
	tx, err := Parse(chain(n))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Parse of a %d-deep chain: %v", n, time.Since(start))
	if got := tx.Broader(fmt.Sprintf("s%d", n-1)); len(got) != 1 || got[0].ID != fmt.Sprintf("s%d", n-2) {
		t.Errorf("Broader of the last skill = %v", got)
	}
	if got := tx.Narrower("s0"); len(got) != 1 || got[0].ID != "s1" {
		t.Errorf("Narrower(s0) = %v", got)
	}

	// The same chain closed into a cycle, checked without the schema to
	// keep the test short: one problem, with the cycle shown by its ends.
	var f file
	for i := range n {
		f.Skills = append(f.Skills, Skill{ID: fmt.Sprintf("s%d", i), Broader: []string{fmt.Sprintf("s%d", (i+n-1)%n)}})
	}
	start = time.Now()
	probs := cycles(&f)
	t.Logf("cycle check of a %d-cycle: %v", n, time.Since(start))
	members := []string{"s0"} // the message shows the ends; Cycle has them all
	for i := n - 1; i > 0; i-- {
		members = append(members, fmt.Sprintf("s%d", i))
	}
	want := []Problem{{
		Path:    "/skills/0/broader",
		Code:    CodeCycle,
		Message: "broader skills form a cycle of 100000 skills: s0 → s99999 → s99998 → s99997 → s99996 → s99995 → … → s3 → s2 → s1 → s0",
		Cycle:   &Cycle{Skills: members},
	}}
	if diff := cmp.Diff(want, probs); diff != "" {
		t.Errorf("cycles (-want +got):\n%s", diff)
	}
}

// cyclesRecursive is the obvious recursive depth-first search that cycles
// replaced, kept to check it: both must report the same cycles in the same
// order (short ones; long ones only differ in how they are shown).
func cyclesRecursive(f *file) []Problem {
	at := make(map[string]int, len(f.Skills))
	for i, s := range f.Skills {
		if _, dup := at[s.ID]; !dup {
			at[s.ID] = i
		}
	}
	state := make([]int, len(f.Skills)) // 0 unseen, 1 active, 2 done
	var probs []Problem
	var stack []int
	var visit func(i int)
	visit = func(i int) {
		state[i] = 1
		stack = append(stack, i)
		for _, b := range f.Skills[i].Broader {
			j, ok := at[b]
			if !ok || j == i {
				continue
			}
			switch state[j] {
			case 0:
				visit(j)
			case 1:
				k := len(stack) - 1
				for stack[k] != j {
					k--
				}
				probs = append(probs, cycleProblem(f, slices.Clone(stack[k:])))
			}
		}
		stack = stack[:len(stack)-1]
		state[i] = 2
	}
	for i := range f.Skills {
		if state[i] == 0 {
			visit(i)
		}
	}
	return probs
}

func TestCyclesAgainstRecursive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		n := 1 + rng.IntN(12)
		var f file
		for range n {
			s := Skill{ID: fmt.Sprintf("s%d", rng.IntN(n+1))} // sometimes a duplicate ID
			for range rng.IntN(4) {
				s.Broader = append(s.Broader, fmt.Sprintf("s%d", rng.IntN(n+2))) // sometimes unknown
			}
			f.Skills = append(f.Skills, s)
		}
		want, got := cyclesRecursive(&f), cycles(&f)
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("skills %+v: cycles differ from the recursive search (-want +got):\n%s", f.Skills, diff)
		}
	}
}

func TestDeepJSON(t *testing.T) {
	// Nesting far deeper than any taxonomy is refused, not followed.
	for _, data := range [][]byte{
		[]byte(strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000)),
		[]byte(`{"version": ` + strings.Repeat(`{"a": `, 200_000) + "1" + strings.Repeat("}", 200_000) + "}"),
	} {
		if _, err := Parse(data); err == nil {
			t.Errorf("Parse of %d bytes of nesting succeeded", len(data))
		}
		if _, err := ParseOverlay(data); err == nil {
			t.Errorf("ParseOverlay of %d bytes of nesting succeeded", len(data))
		}
	}
}

// refusing records every attempt to load a URL or a file.
type refusing struct{ tried []string }

func (r *refusing) RoundTrip(req *http.Request) (*http.Response, error) {
	r.tried = append(r.tried, req.URL.String())
	return nil, errors.New("no network in tests")
}

func (r *refusing) load(url string) (io.ReadCloser, error) {
	r.tried = append(r.tried, url)
	return nil, errors.New("no loading in tests")
}

func TestNamedURLsAreNotRead(t *testing.T) {
	// A taxonomy or overlay may name files and URLs, in "$schema", in
	// "$ref" members or in its text. Parse never reads them: it succeeds
	// without them or fails on the schema. A schema file that rejects
	// everything shows that it was not used.
	dir := t.TempDir()
	reject := filepath.Join(dir, "reject.json")
	if err := os.WriteFile(reject, []byte(`{"not": {}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	rejectURL := "file://" + filepath.ToSlash(reject)

	r := &refusing{}
	oldTransport := http.DefaultTransport
	http.DefaultTransport = r
	oldLoaders := map[string]func(string) (io.ReadCloser, error){}
	for _, scheme := range []string{"file", "http", "https"} {
		oldLoaders[scheme] = jsonschema.Loaders[scheme]
		jsonschema.Loaders[scheme] = r.load
	}
	t.Cleanup(func() {
		http.DefaultTransport = oldTransport
		for s, l := range oldLoaders {
			if l == nil {
				delete(jsonschema.Loaders, s)
			} else {
				jsonschema.Loaders[s] = l
			}
		}
	})

	base, err := os.ReadFile("testdata/overlay/base.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		why    string
		old    string // replaced in base.json
		new    string
		wantOK bool
	}{
		{"$schema naming a local file", `"$schema": "https://openroles.github.io/roles/schema/taxonomy.schema.json"`, `"$schema": "` + rejectURL + `"`, true},
		{"$schema naming /etc/passwd", `"$schema": "https://openroles.github.io/roles/schema/taxonomy.schema.json"`, `"$schema": "file:///etc/passwd"`, true},
		{"$schema naming a URL", `"$schema": "https://openroles.github.io/roles/schema/taxonomy.schema.json"`, `"$schema": "http://127.0.0.1:1/schema.json"`, true},
		{"URLs in text", `"Maintains server code (fixture)."`, `"See http://127.0.0.1:1/x and ` + rejectURL + `"`, true},
		{"$ref member in a role", `"id": "backend-developer",`, `"id": "backend-developer", "$ref": "` + rejectURL + `",`, false},
		{"$ref member at the top", `"version": "fixture-1",`, `"version": "fixture-1", "$ref": "http://127.0.0.1:1/x",`, false},
		{"$id and $defs members", `"version": "fixture-1",`, `"version": "fixture-1", "$id": "http://127.0.0.1:1/", "$defs": {"x": {"$ref": "` + rejectURL + `"}},`, false},
	} {
		data := bytes.Replace(base, []byte(tc.old), []byte(tc.new), 1)
		if bytes.Equal(data, base) {
			t.Fatalf("%s: %q not in base.json", tc.why, tc.old)
		}
		_, err := Parse(data)
		if (err == nil) != tc.wantOK {
			t.Errorf("%s: Parse error %v; want ok=%v", tc.why, err, tc.wantOK)
		}
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Errorf("%s: error %v is not an *Error", tc.why, err)
		}
	}
	overlay := `{"$schema": "` + rejectURL + `", "version": "x", "extend": [{"id": "go", "altNames": ["http://127.0.0.1:1/go"]}]}`
	if _, err := fixtureBase(t).Overlay([]byte(overlay)); err != nil {
		t.Errorf("overlay naming URLs: %v", err)
	}
	if _, err := ParseOverlay([]byte(`{"version": "x", "$ref": "` + rejectURL + `"}`)); err == nil {
		t.Error(`overlay with a "$ref" member accepted`)
	}
	if len(r.tried) > 0 {
		t.Errorf("tried to load %q", r.tried)
	}
}

func TestSchemaPathsArePlainPointers(t *testing.T) {
	// Member names with spaces, slashes, tildes and percent signs: the
	// path of each problem is an RFC 6901 pointer, not a URI fragment.
	for _, tc := range []struct{ data, want string }{
		{`{"version": "x", "add": {"skills": [{"a b": 1}]}}`, "/add/skills/0/a b"},
		{`{"version": "x", "add": {"skills": [{"a/b~c": 1}]}}`, "/add/skills/0/a~1b~0c"},
		{`{"version": "x", "add": {"skills": [{"100%": 1}]}}`, "/add/skills/0/100%"},
	} {
		_, err := ParseOverlay([]byte(tc.data))
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("ParseOverlay(%s) = %v; want an *Error", tc.data, err)
		}
		var paths []string
		for _, p := range e.Problems {
			paths = append(paths, p.Path)
		}
		if !slices.Contains(paths, tc.want) {
			t.Errorf("ParseOverlay(%s): paths %q; want %q among them", tc.data, paths, tc.want)
		}
	}
}

var goroutines = flag.Int("goroutines", 8, "how many goroutines TestResultsShareNothing runs on each taxonomy (1000 to attack it)")

// scribble changes every value it reaches through v: strings, numbers and
// booleans, the elements of slices and arrays, the values of maps, what
// pointers point to; and it appends to every slice, which overwrites
// whatever the slice shares beyond its length.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				scribble(f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
		if v.Kind() == reflect.Slice && v.CanSet() {
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
	default:
		scribbleScalar(v)
	}
}

func scribbleScalar(v reflect.Value) {
	if !v.CanSet() {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("changed")
	case reflect.Int, reflect.Int64:
		v.SetInt(99)
	case reflect.Float64:
		v.SetFloat(-7)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	}
}

// answers holds what every query of a taxonomy returns for one text.
type answers struct {
	Extract, Mentions            []Mention
	Rank, RankMentions, RankText []RoleMatch
	Advise, AdviseCues           Advice
	Decide, DecideMentions       Decision
	DecideProfile                Decision
	Gaps, GapsText, GapsMentions []Gap
	Compare                      Comparison
	Lookup                       []Concept
	Roles                        []Role
	Skills, Narrower, Broader    []Skill
	Responsibilities             []Responsibility
	HiringCues                   []HiringCue
	Occupations                  []Occupation
	Qualifiers                   QualifierCues
	RoleSkills                   []RoleSkill
	Role                         Role
	Skill                        Skill
	Responsibility               Responsibility
	Occupation                   Occupation
	Errors                       []*Error
}

var askedProfile = Profile{
	Skills:           []ProfileSkill{{Skill: "go", Level: 4}, {Skill: "PostgreSQL", Years: 3}, {Skill: "apis"}},
	Responsibilities: []string{"debug-and-troubleshoot"},
}

// ask runs every query of tx on text.
func ask(tx *Taxonomy, text string) answers {
	a := answers{Extract: tx.Extract(text), RankText: tx.RankText(text), Advise: tx.Advise(text)}
	for m := range tx.Mentions(text) {
		a.Mentions = append(a.Mentions, m)
	}
	a.RankMentions = tx.RankMentions(a.Extract)
	a.Decide, a.DecideMentions = tx.Decide(text), tx.DecideMentions(text, a.Extract)
	a.DecideProfile = mustRank(tx.DecideProfile(askedProfile))
	a.Rank = mustRank(tx.Rank(askedProfile))
	var cues []string
	for _, c := range tx.HiringCues() {
		cues = append(cues, c.ID)
	}
	a.AdviseCues = mustRank(tx.AdviseCues(cues...))
	a.Gaps = mustRank(tx.Gaps(askedProfile, "backend-engineer"))
	a.GapsText = mustRank(tx.GapsText(text, "backend-developer"))
	a.GapsMentions = mustRank(tx.GapsMentions(a.Extract, "backend-engineer"))
	a.Compare = mustRank(tx.Compare("backend-developer", "backend-engineer"))
	for _, n := range []string{"Golang", "postgres", "backend-developer", "data storage solutions", "Leuchtturmwärter"} {
		c, _ := tx.Lookup(n)
		a.Lookup = append(a.Lookup, c)
	}
	a.Roles, a.Skills, a.Responsibilities = tx.Roles(), tx.Skills(), tx.Responsibilities()
	a.HiringCues, a.Qualifiers = tx.HiringCues(), tx.QualifierCues()
	a.Narrower, a.Broader, a.RoleSkills = tx.Narrower("databases"), tx.Broader("postgresql"), tx.RoleSkills("backend-developer")
	a.Role, _ = tx.Role("backend-developer")
	a.Skill, _ = tx.Skill("go")
	a.Responsibility, _ = tx.Responsibility("debug-and-troubleshoot")
	a.Occupations = tx.Occupations()
	a.Occupation, _ = tx.Occupation("lighthouse-keeper")
	a.Errors = askErrors(tx)
	return a
}

// askErrors returns the errors of an overlay that closes a cycle (an error
// with a Cycle), of one with unknown and conflicting IDs, and of unknown
// hiring cues.
func askErrors(tx *Taxonomy) []*Error {
	_, err1 := tx.Overlay([]byte(`{"version": "x", "extend": [{"id": "backend-development", "broader": ["apis"]}]}`))
	_, err2 := tx.Overlay([]byte(`{"version": "x", "remove": ["nope"], "add": {"skills": [{"id": "go", "name": "Go2",
"type": "tool", "description": "d", "provenance": {"source": "extension"}}]}}`))
	_, err3 := tx.AdviseCues("nope", "")
	var out []*Error
	for _, err := range []error{err1, err2, err3} {
		var e *Error
		if !errors.As(err, &e) {
			panic(fmt.Sprintf("want an *Error, got %v", err))
		}
		out = append(out, e)
	}
	return out
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestResultsShareNothing asks every query of the default, of a fresh
// taxonomy (whose indexes and walks are then built under the race) and of
// one with an occupation that an overlay added, from many goroutines at
// once, checks that each gets what one goroutine gets alone, changes
// everything each got, and asks again. Run with -race, and with
// -goroutines 1000 to attack it.
func TestResultsShareNothing(t *testing.T) {
	data, err := os.ReadFile("testdata/posting.md")
	if err != nil {
		t.Fatal(err)
	}
	text := "Lighthouse Keeper (Leuchtturmwärter), no Lightkeeper Pro\n\n" + string(data) + "\n\nNo PHP. Nice to have: Kafka. We need someone long-term."
	ref, err1 := Parse(embeddedTaxonomy)
	fresh, err2 := Parse(embeddedTaxonomy)
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	occRef, occ := withOccupation(t), withOccupation(t)
	if a := ask(occRef, text); len(a.Occupations) == 0 || !slices.ContainsFunc(a.Extract, func(m Mention) bool { return m.Kind == KindOccupation }) {
		t.Fatal("the occupation is not asked for, or not found in the text")
	}
	for _, tc := range []struct {
		name    string
		tx, ref *Taxonomy
	}{{"Default()", Default(), ref}, {"a parsed taxonomy", fresh, ref}, {"an overlay with an occupation", occ, occRef}} {
		name, tx, want := tc.name, tc.tx, jsonOf(ask(tc.ref, text))
		var wg sync.WaitGroup
		for range *goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				a := ask(tx, text)
				if jsonOf(a) != want {
					t.Errorf("%s: concurrent answers differ from one goroutine's", name)
				}
				scribble(reflect.ValueOf(&a).Elem())
			}()
		}
		wg.Wait()
		if got := jsonOf(ask(tx, text)); got != want {
			t.Errorf("%s: changing answers changed later ones:\n%.3000s\nwant\n%.3000s", name, got, want)
		}
	}
}

// TestWithSharesNothingWithOverlay changes everything in an overlay after
// With used it: one that adds a role and a skill, and those of
// occupationCases that apply, which add, replace and extend occupations.
func TestWithSharesNothingWithOverlay(t *testing.T) {
	data, err := os.ReadFile("testdata/overlay/add-role-and-skill.json")
	if err != nil {
		t.Fatal(err)
	}
	docs := [][]byte{data}
	for _, tc := range occupationCases {
		if tc.want != nil {
			tc.o.Version = "v"
			data, err := marshalOverlay(tc.o)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, data)
		}
	}
	for _, data := range docs {
		o, err := ParseOverlay(data)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := fixtureBase(t).With(o)
		if err != nil {
			t.Fatal(err)
		}
		before := snapshot(tx)
		scribble(reflect.ValueOf(&o).Elem())
		if diff := cmp.Diff(before, snapshot(tx)); diff != "" {
			t.Errorf("changing the overlay %s changed the taxonomy With made of it (-before +after):\n%s", data, diff)
		}
	}
}
