package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/openroles/roles"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*facts)(nil)).Elem())
	register.DoFn4x1[context.Context, record, func(string), func(facts), error](&analyzeFn{})
	register.Emitter1[facts]()
}

// A result is what the pipeline writes for one record, one JSON line each.
type result struct {
	ID         string          `json:"id"`
	Role       string          `json:"role"`       // roles.Decision.Role: "" for no role
	Confidence float64         `json:"confidence"` // roles.Decision.Confidence
	Leaning    float64         `json:"leaning"`    // roles.Decision.Leaning
	Mentions   []roles.Mention `json:"mentions"`   // roles.Taxonomy.Extract, never null
	Top        *coverage       `json:"top"`        // the role the record covers most, null when the taxonomy has none
}

// coverage is a role's roles.RoleMatch without its lists: how much of the
// role a record shows.
type coverage struct {
	Role             string  `json:"role"`
	Score            float64 `json:"score"`
	Skills           float64 `json:"skills"`
	Responsibilities float64 `json:"responsibilities"`
}

// facts are what the aggregates need of one record: the role decided and
// the skills it mentions, each with a qualifier once (sorted).
type facts struct {
	Role   string
	Skills []skillUse
}

// A skillUse is a skill mentioned with a qualifier.
type skillUse struct {
	Skill     string
	Qualifier string
}

// analyzeFn analyses each record on the default taxonomy. The taxonomy is
// built once per worker process, on the first Setup (roles.Default is lazy
// and shared, and safe for concurrent use), so that no record pays for it.
type analyzeFn struct {
	t *roles.Taxonomy
}

// Setup takes the default taxonomy, building it on the first call of the
// worker process.
func (f *analyzeFn) Setup() { f.t = roles.Default() }

// ProcessElement scans rec once and emits its result line and its facts.
// Its errors, and a panic of the library, name the record and where it was
// read, so that one record among millions can be found and run again.
func (f *analyzeFn) ProcessElement(_ context.Context, rec record, emit func(string), emitFacts func(facts)) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("beam: %s: record %q: panic: %v\n%s", rec.Source, rec.ID, p, debug.Stack())
		}
	}()
	r, fs := analyze(f.t, rec)
	line, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("beam: %s: record %q: %v", rec.Source, rec.ID, err)
	}
	emit(string(line))
	emitFacts(fs)
	return nil
}

// analyze extracts, decides and ranks rec on t: its result and its facts.
func analyze(t *roles.Taxonomy, rec record) (result, facts) {
	ms := t.Extract(rec.Text)
	d := t.DecideMentions(rec.Text, ms)
	r := result{ID: rec.ID, Role: d.Role, Confidence: d.Confidence, Leaning: d.Leaning, Mentions: ms}
	if r.Mentions == nil {
		r.Mentions = []roles.Mention{}
	}
	if ranked := t.RankMentions(ms); len(ranked) > 0 {
		m := ranked[0]
		r.Top = &coverage{Role: m.Role, Score: m.Score, Skills: m.Skills, Responsibilities: m.Responsibilities}
	}
	return r, factsOf(d.Role, ms)
}

// factsOf lists the distinct (skill, qualifier) pairs of ms, sorted.
func factsOf(role string, ms []roles.Mention) facts {
	f := facts{Role: role, Skills: []skillUse{}}
	for _, m := range ms {
		if m.Kind == roles.KindSkill {
			f.Skills = append(f.Skills, skillUse{Skill: m.ID, Qualifier: string(m.Qualifier)})
		}
	}
	slices.SortFunc(f.Skills, func(a, b skillUse) int {
		return cmp.Or(strings.Compare(a.Skill, b.Skill), strings.Compare(a.Qualifier, b.Qualifier))
	})
	f.Skills = slices.Compact(f.Skills)
	return f
}
