package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// validateJSON checks that data holds one JSON document that the schema
// accepts. A syntax error, or data after the document, comes back as an
// *Error; what the schema rejects comes back as problems, so that the caller
// can add its own.
func validateJSON(data []byte, schemaID string) ([]Problem, *Error) {
	var doc any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		return nil, syntaxError(data, err)
	}
	if rest := bytes.TrimLeft(data[d.InputOffset():], " \t\r\n"); len(rest) > 0 {
		line, col := lineCol(data, int64(len(data)-len(rest)))
		return nil, &Error{Problems: []Problem{{Line: line, Column: col, Code: CodeSyntax, Message: "unexpected data after the top-level JSON value"}}}
	}
	sch, err := compiledSchema(schemaID)
	if err != nil {
		panic("roles: embedded schema does not compile: " + err.Error())
	}
	if err := sch.Validate(doc); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return nil, &Error{Problems: []Problem{{Code: CodeSchema, Message: err.Error()}}}
		}
		return schemaProblems(ve, nil), nil
	}
	return nil, nil
}

// decode checks data for JSON syntax and against the schema, then decodes it.
func decode(data []byte) (file, error) {
	data = trimBOM(data)
	var f file
	probs, fatal := validateJSON(data, SchemaID)
	if fatal != nil {
		return f, fatal
	}
	if err := json.Unmarshal(data, &f); err != nil {
		// Only possible when the schema already failed: report what it found.
		if len(probs) == 0 {
			probs = append(probs, Problem{Code: CodeDecode, Message: err.Error()})
		}
		return f, newError(probs)
	}
	if len(probs) > 0 {
		// The structure is sound enough to check the rest too, so that every
		// problem comes back at once.
		probs = append(probs, check(&f)...)
		return f, newError(probs)
	}
	return f, nil
}

// schemaProblems collects the leaves of a validation error tree.
func schemaProblems(ve *jsonschema.ValidationError, probs []Problem) []Problem {
	if len(ve.Causes) == 0 {
		// The validator writes a pointer as a URI fragment, its tokens
		// percent-encoded ("/a%20b"); a Problem's Path is a plain RFC 6901
		// pointer ("/a b").
		path := ve.InstanceLocation
		if p, err := url.PathUnescape(path); err == nil {
			path = p
		}
		return append(probs, Problem{Path: path, Code: CodeSchema, Message: schemaMessage(ve)})
	}
	for _, c := range ve.Causes {
		probs = schemaProblems(c, probs)
	}
	return probs
}

// schemaMessage phrases a schema failure, adding which rule failed.
func schemaMessage(ve *jsonschema.ValidationError) string {
	kw := ve.KeywordLocation
	if i := strings.LastIndexByte(kw, '/'); i >= 0 {
		kw = kw[i+1:]
	}
	return ve.Message + " (schema: " + kw + ")"
}

func syntaxError(data []byte, err error) *Error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(len(data)) // the position just past the end
	msg, code := err.Error(), CodeSyntax
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1 // the offending byte
		msg = "invalid JSON: " + se.Error()
	case errors.As(err, &te):
		off, code = te.Offset-1, CodeDecode
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		msg = "invalid JSON: unexpected end of input"
	}
	line, col := lineCol(data, off)
	return &Error{Problems: []Problem{{Line: line, Column: col, Code: code, Message: msg}}}
}

// lineCol turns a byte offset into a 1-based line and column (counted in
// bytes).
func lineCol(data []byte, off int64) (line, col int) {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// check finds what the schema cannot: duplicate IDs, dangling references,
// cycles, name clashes and blank names. Problems come back unsorted.
func check(f *file) []Problem {
	c := &checker{
		f:         f,
		kindOf:    map[string]Kind{},
		firstAt:   map[string]string{},
		nameAt:    map[string]string{},
		nameOwner: map[string]string{},
	}
	c.ids()
	c.roles()
	c.skills()
	c.responsibilities()
	c.hiringCues()
	return append(c.probs, cycles(f)...)
}

// checker holds what check has learnt of a file so far.
type checker struct {
	f         *file
	probs     []Problem
	kindOf    map[string]Kind   // concept ID → its kind
	firstAt   map[string]string // concept ID → pointer of its definition
	nameAt    map[string]string // nameKey → pointer of its first use
	nameOwner map[string]string // nameKey → ID of the concept it names
}

func (c *checker) add(code Code, path, format string, args ...any) {
	c.probs = append(c.probs, Problem{Path: path, Code: code, Message: fmt.Sprintf(format, args...)})
}

// ids records every concept's ID and kind, and reports IDs defined twice:
// concept IDs are unique across the whole taxonomy, hiring cue IDs among
// hiring cues.
func (c *checker) ids() {
	for i, r := range c.f.Roles {
		c.defineID(KindRole, r.ID, pointer("roles", i, "id"))
	}
	for i, s := range c.f.Skills {
		c.defineID(KindSkill, s.ID, pointer("skills", i, "id"))
	}
	for i, r := range c.f.Responsibilities {
		c.defineID(KindResponsibility, r.ID, pointer("responsibilities", i, "id"))
	}
	cueAt := map[string]string{}
	for i, cue := range c.f.HiringCues {
		p := pointer("hiringCues", i, "id")
		if first, dup := cueAt[cue.ID]; dup {
			c.add(CodeDuplicateID, p, "duplicate hiring cue ID %q (first defined at %s)", cue.ID, first)
		} else {
			cueAt[cue.ID] = p
		}
	}
}

func (c *checker) defineID(kind Kind, id, path string) {
	if first, dup := c.firstAt[id]; dup {
		c.add(CodeDuplicateID, path, "duplicate ID %q (first defined at %s)", id, first)
		return
	}
	if id == "" {
		return // the schema reports it
	}
	c.firstAt[id] = path
	c.kindOf[id] = kind
}

// ref reports a reference at path to a concept of kind want that does not
// exist or is of another kind.
func (c *checker) ref(want Kind, id, path string) {
	got, ok := c.kindOf[id]
	switch {
	case !ok:
		c.add(unknownCode(want), path, "unknown %s %q", want, id)
	case got != want:
		c.add(CodeWrongKind, path, "%q is a %s, not a %s", id, got, want)
	}
}

// link checks a link, at path, from the concept owner to the concept id of
// kind want: id must exist and not be owner; self phrases the problem when
// it is, with owner for its %q.
func (c *checker) link(want Kind, owner, id, path, self string) {
	c.ref(want, id, path)
	if id == owner {
		c.add(CodeSelfReference, path, self, owner)
	}
}

// names checks the names and name rules of the concept owner, whose
// pointer is base: none is blank, none is claimed by another concept or
// twice by owner, and each rule fits a name of owner.
func (c *checker) names(owner, base string, name string, alt []string, rules []NameRule) {
	own := map[string]bool{}
	c.claim(owner, name, base+"/name", own)
	for j, a := range alt {
		c.claim(owner, a, fmt.Sprintf("%s/altNames/%d", base, j), own)
	}
	for j, r := range rules {
		c.nameRule(owner, r, fmt.Sprintf("%s/nameRules/%d", base, j), own)
	}
}

// claim claims name n, at path, for owner, adding it to own.
func (c *checker) claim(owner, n, path string, own map[string]bool) {
	k := nameKey(n)
	if n == "" {
		return // the schema reports it
	}
	if k == "" {
		c.add(CodeEmptyName, path, "name %q has no letters or digits", n)
		return
	}
	own[n] = true
	if o, dup := c.nameOwner[k]; dup {
		if o != owner {
			c.add(CodeNameClash, path, "name %q is also a name of %q (at %s)", n, o, c.nameAt[k])
		} else {
			c.add(CodeNameClash, path, "name %q repeats %s", n, c.nameAt[k])
		}
		return
	}
	c.nameOwner[k] = owner
	c.nameAt[k] = path
}

// nameRule checks rule r of owner, at p, whose names are own.
func (c *checker) nameRule(owner string, r NameRule, p string, own map[string]bool) {
	if !own[r.Name] && r.Name != "" { // the schema reports a missing name
		c.add(CodeNameRule, p+"/name", "%q is not a name of %q", r.Name, owner)
	}
	for k, w := range r.Context {
		if nameKey(w) == "" {
			c.add(CodeEmptyName, fmt.Sprintf("%s/context/%d", p, k), "context %q has no letters or digits", w)
		}
	}
	for k, n := range r.NotWithin {
		if !strings.Contains(nameKey(n), nameKey(r.Name)) {
			c.add(CodeNameRule, fmt.Sprintf("%s/notWithin/%d", p, k), "phrase %q does not contain the name %q", n, r.Name)
		}
	}
}

// roles checks each role's names, skills, responsibilities and relations.
func (c *checker) roles() {
	for i, r := range c.f.Roles {
		base := pointer("roles", i)
		c.names(r.ID, base, r.Name, r.AltNames, r.NameRules)
		seen := map[string]bool{}
		for j, s := range r.Skills {
			p := fmt.Sprintf("%s/skills/%d/skill", base, j)
			c.ref(KindSkill, s.Skill, p)
			if seen[s.Skill] {
				c.add(CodeRepeated, p, "skill %q is required twice", s.Skill)
			}
			seen[s.Skill] = true
		}
		seen = map[string]bool{}
		for j, id := range r.Responsibilities {
			p := fmt.Sprintf("%s/responsibilities/%d", base, j)
			c.ref(KindResponsibility, id, p)
			if seen[id] {
				c.add(CodeRepeated, p, "responsibility %q is listed twice", id)
			}
			seen[id] = true
		}
		for j, rel := range r.Relations {
			c.link(KindRole, r.ID, rel.Role, fmt.Sprintf("%s/relations/%d/role", base, j), "role %q relates to itself")
		}
	}
}

// skills checks each skill's names and broader skills (but for cycles,
// which cycles finds).
func (c *checker) skills() {
	for i, s := range c.f.Skills {
		base := pointer("skills", i)
		c.names(s.ID, base, s.Name, s.AltNames, s.NameRules)
		for j, b := range s.Broader {
			c.link(KindSkill, s.ID, b, fmt.Sprintf("%s/broader/%d", base, j), "skill %q is broader than itself")
		}
	}
}

// responsibilities checks each responsibility's names and skills.
func (c *checker) responsibilities() {
	for i, r := range c.f.Responsibilities {
		base := pointer("responsibilities", i)
		c.names(r.ID, base, r.Name, r.AltNames, r.NameRules)
		for j, s := range r.Skills {
			c.ref(KindSkill, s, fmt.Sprintf("%s/skills/%d", base, j))
		}
	}
}

// hiringCues checks each hiring cue's role and phrases.
func (c *checker) hiringCues() {
	for i, cue := range c.f.HiringCues {
		c.ref(KindRole, cue.Role, pointer("hiringCues", i, "role"))
		for j, ph := range cue.Phrases {
			if nameKey(ph) == "" {
				c.add(CodeEmptyName, pointer("hiringCues", i, "phrases", j), "phrase %q has no letters or digits", ph)
			}
		}
	}
}

// cycles reports each cycle among broader skills once, at the skill of the
// cycle that comes first in the file. The walk keeps its own stack rather
// than recursing, so that a hierarchy millions deep costs no more than a
// flat one.
func cycles(f *file) []Problem {
	at := make(map[string]int, len(f.Skills))
	for i, s := range f.Skills {
		if _, dup := at[s.ID]; !dup {
			at[s.ID] = i
		}
	}
	const (
		unseen = iota
		active
		done
	)
	type frame struct {
		skill int // index in f.Skills
		next  int // index in its Broader of the link to follow next
	}
	state := make([]int, len(f.Skills))
	var probs []Problem
	var stack []frame
	for root := range f.Skills {
		if state[root] != unseen {
			continue
		}
		state[root] = active
		stack = append(stack[:0], frame{root, 0})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			i := top.skill
			if top.next == len(f.Skills[i].Broader) {
				state[i] = done
				stack = stack[:len(stack)-1]
				continue
			}
			b := f.Skills[i].Broader[top.next]
			top.next++
			j, ok := at[b]
			if !ok || j == i {
				continue
			}
			switch state[j] {
			case unseen:
				state[j] = active
				stack = append(stack, frame{j, 0})
			case active:
				k := len(stack) - 1
				for stack[k].skill != j {
					k--
				}
				cyc := make([]int, 0, len(stack)-k)
				for _, fr := range stack[k:] {
					cyc = append(cyc, fr.skill)
				}
				probs = append(probs, cycleProblem(f, cyc))
			}
		}
	}
	return probs
}

// cycleProblem reports the cycle that the skills at the indexes of cyc form
// (each broader than the next, the last broader than the first). The
// message of a long cycle shows its ends; the problem's Cycle has it all.
func cycleProblem(f *file, cyc []int) Problem {
	first := slices.Min(cyc)
	ids := make([]string, 0, len(cyc)+1)
	for _, c := range cyc {
		ids = append(ids, f.Skills[c].ID)
	}
	shown := append(ids, ids[0])
	msg := "broader skills form a cycle: "
	if len(shown) > 12 {
		msg = fmt.Sprintf("broader skills form a cycle of %d skills: ", len(cyc))
		shown = append(append(shown[:6:6], "…"), shown[len(shown)-4:]...)
	}
	return Problem{
		Path:    pointer("skills", first, "broader"),
		Code:    CodeCycle,
		Message: msg + strings.Join(shown, " → "),
		Cycle:   &Cycle{Skills: ids[:len(cyc):len(cyc)]},
	}
}
