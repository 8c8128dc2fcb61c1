package bridge

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/openroles/roles"
)

// The functions of the page's JavaScript API: each takes the page's
// strings and returns one JSON document as a string, never an error nor a
// panic. A failure is {"error": ErrorInfo}.

// AnalyzeJSON analyses text with the default taxonomy, naming concepts in
// lang: an [Analysis].
func AnalyzeJSON(text, lang string) string {
	return guard(func() (any, error) { return Analyze(roles.Default(), text, lang), nil })
}

// CompareJSON compares the roles with IDs a and b of the default
// taxonomy: {"comparison": c}, c a [roles.Comparison] as the library
// marshals it, with concept names in lang and empty lists as [].
func CompareJSON(a, b, lang string) string {
	return guard(func() (any, error) {
		c, err := Compare(roles.Default(), a, b, lang)
		if err != nil {
			return nil, err
		}
		return struct {
			Comparison roles.Comparison `json:"comparison"`
		}{c}, nil
	})
}

// RolesListJSON lists the roles of the default taxonomy, sorted by ID, with
// their names in lang: [{"id", "name"}].
func RolesListJSON(lang string) string {
	return guard(func() (any, error) { return RolesList(roles.Default(), lang), nil })
}

// ApplyJSON applies input, of the given kind, to the default taxonomy; see
// [Apply].
func ApplyJSON(kind, input, text, lang string) string {
	return guard(func() (any, error) { return Apply(roles.Default(), kind, input, text, lang) })
}

// guard runs f and returns its value, or its error, as JSON. A panic is
// an error too, so that one bad input never stops the program that the
// page calls.
func guard(f func() (any, error)) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(fmt.Errorf("roles: internal error: %v", r))
		}
	}()
	v, err := f()
	if err != nil {
		return errorJSON(err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return errorJSON(fmt.Errorf("roles: internal error: %w", err))
	}
	return string(data)
}

// ErrorInfo is an error as the page reads it: from a [*roles.Error], its
// subject and problems, each with its JSON pointer; from any other error,
// its message and no problems.
type ErrorInfo struct {
	Subject  string    `json:"subject"` // "overlay", "profile", "JSON Resume", "argument", ...; "" when unknown
	Message  string    `json:"message"` // err.Error()
	Problems []Problem `json:"problems"`
}

// Problem is a [roles.Problem] as the page reads it.
type Problem struct {
	Path    string     `json:"path"`   // the JSON pointer of the value at fault; "" is the whole document
	Line    int        `json:"line"`   // for a JSON syntax error, from 1; else 0
	Column  int        `json:"column"` // for a JSON syntax error, in bytes, from 1; else 0
	Code    roles.Code `json:"code"`
	Message string     `json:"message"`
}

// Info returns what the page shows of err.
func Info(err error) ErrorInfo {
	info := ErrorInfo{Message: err.Error(), Problems: []Problem{}}
	var re *roles.Error
	if errors.As(err, &re) {
		info.Subject = re.Subject
		info.Problems = problems(re.Problems)
	}
	return info
}

func problems(ps []roles.Problem) []Problem {
	out := make([]Problem, len(ps))
	for i, p := range ps {
		out[i] = Problem{Path: p.Path, Line: p.Line, Column: p.Column, Code: p.Code, Message: p.Message}
	}
	return out
}

func errorJSON(err error) string {
	data, merr := json.Marshal(struct {
		Error ErrorInfo `json:"error"`
	}{Info(err)})
	if merr != nil { // strings and ints only: cannot happen
		panic(merr)
	}
	return string(data)
}

// Compare compares the roles with IDs a and b of t, as
// roles.Taxonomy.Compare does, with the concepts named in lang and the
// lists the JSON always has never nil.
func Compare(t *roles.Taxonomy, a, b, lang string) (roles.Comparison, error) {
	c, err := t.Compare(a, b)
	if err != nil {
		return c, err
	}
	rename := func(c *roles.Concept) { c.Name = t.NameIn(*c, lang) }
	rename(&c.A)
	rename(&c.B)
	for _, list := range []*[]roles.ComparedSkill{&c.SharedSkills, &c.OnlyASkills, &c.OnlyBSkills} {
		if *list == nil {
			*list = []roles.ComparedSkill{}
		}
		for i := range *list {
			rename(&(*list)[i].Skill)
		}
	}
	for _, list := range []*[]roles.Concept{&c.SharedResponsibilities, &c.OnlyAResponsibilities, &c.OnlyBResponsibilities} {
		if *list == nil {
			*list = []roles.Concept{}
		}
		for i := range *list {
			rename(&(*list)[i])
		}
	}
	return c, nil
}

// RolesList returns the roles of t, sorted by ID, with their names in lang.
func RolesList(t *roles.Taxonomy, lang string) []Ref {
	rs := t.Roles()
	out := make([]Ref, len(rs))
	for i, r := range rs {
		out[i] = Ref{ID: r.ID, Name: r.NameIn(lang)}
	}
	return out
}

// The kinds of input that [Apply] takes.
const (
	KindOverlay = "overlay" // a custom overlay: see roles.Overlay
	KindResume  = "resume"  // a JSON Resume document: see roles.Taxonomy.ProfileFromJSONResume
)

// Applied is what [Apply] returns for an overlay: the taxonomy it makes,
// and text analysed with that taxonomy.
type Applied struct {
	Applied  TaxonomyInfo `json:"applied"`
	Analysis Analysis     `json:"analysis"`
}

// TaxonomyInfo describes a taxonomy in a line.
type TaxonomyInfo struct {
	Version string `json:"version"`
	Roles   int    `json:"roles"`  // how many roles it has
	Skills  int    `json:"skills"` // how many skills it has
}

// ResumeResult is what [Apply] returns for a JSON Resume.
type ResumeResult struct {
	Resume Resume `json:"resume"`
}

// Resume is a JSON Resume read into a profile, decided and ranked.
type Resume struct {
	Headline string         `json:"headline"` // basics.label
	Profile  []ProfileEntry `json:"profile"`  // the skills, then the responsibilities
	Unknown  []Problem      `json:"unknown"`  // the keywords the taxonomy does not know
	Decision Decision       `json:"decision"` // from roles.Taxonomy.DecideProfile
	Coverage []Coverage     `json:"coverage"` // from roles.Taxonomy.RankProfile
}

// ProfileEntry is one skill or responsibility of a profile.
type ProfileEntry struct {
	Kind  roles.Kind `json:"kind"`
	ID    string     `json:"id"`
	Name  string     `json:"name"`
	Years float64    `json:"years"` // 0 when not stated
}

// Apply applies input, a JSON document of the given kind, to t:
//
//   - [KindOverlay]: the overlay applied to t (roles.Taxonomy.Overlay), and
//     text analysed with the taxonomy it makes, as an [Applied];
//   - [KindResume]: the JSON Resume read into a profile, decided and
//     ranked, as a [ResumeResult]; text is not used.
//
// Names are in lang. Invalid input is an error that [errors.As] turns into
// a [*roles.Error]; an unknown kind is a plain error.
func Apply(t *roles.Taxonomy, kind, input, text, lang string) (any, error) {
	switch kind {
	case KindOverlay:
		o, err := overlays.apply(t, input)
		if err != nil {
			return nil, err
		}
		info := TaxonomyInfo{Version: o.Version(), Roles: len(o.Roles()), Skills: len(o.Skills())}
		return Applied{Applied: info, Analysis: Analyze(o, text, lang)}, nil
	case KindResume:
		return resume(t, input, lang)
	}
	return nil, fmt.Errorf("roles: apply: kind %q is neither %q nor %q", kind, KindOverlay, KindResume)
}

// overlays keeps the taxonomy the last overlay made, so that the page can
// analyse one text after another under one overlay without building it
// again.
var overlays overlayCache

type overlayCache struct {
	mu    sync.Mutex
	base  *roles.Taxonomy
	input string
	t     *roles.Taxonomy
}

func (c *overlayCache) apply(base *roles.Taxonomy, input string) (*roles.Taxonomy, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.t != nil && c.base == base && c.input == input {
		return c.t, nil
	}
	t, err := base.Overlay([]byte(input))
	if err != nil {
		return nil, err
	}
	c.base, c.input, c.t = base, input, t
	return t, nil
}

func resume(t *roles.Taxonomy, input, lang string) (ResumeResult, error) {
	rp, err := t.ProfileFromJSONResume([]byte(input))
	if err != nil {
		return ResumeResult{}, err
	}
	d, err := t.DecideProfile(rp.Profile)
	if err != nil {
		return ResumeResult{}, err
	}
	rk, err := t.RankProfile(rp.Profile)
	if err != nil {
		return ResumeResult{}, err
	}
	n := namer{t: t, lang: lang}
	r := Resume{Headline: rp.Headline, Profile: []ProfileEntry{}, Unknown: problems(rp.Unknown),
		Decision: n.decision(d), Coverage: n.coverage(rk.Matches)}
	// ProfileFromJSONResume gives IDs, not names.
	for _, s := range rp.Profile.Skills {
		r.Profile = append(r.Profile, ProfileEntry{Kind: roles.KindSkill, ID: s.Skill, Name: n.name(roles.KindSkill, s.Skill), Years: s.Years})
	}
	for _, id := range rp.Profile.Responsibilities {
		r.Profile = append(r.Profile, ProfileEntry{Kind: roles.KindResponsibility, ID: id, Name: n.name(roles.KindResponsibility, id)})
	}
	return ResumeResult{Resume: r}, nil
}
