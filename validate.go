package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// validateJSON checks that data holds one JSON document that the schema
// accepts. A syntax error, or data after the document, comes back as an
// *Error; what the schema rejects comes back as problems, so that the caller
// can add its own.
func validateJSON(data []byte, schemaID string) ([]Problem, *Error) {
	_, _, probs, fatal := validateDoc(data, schemaID)
	return probs, fatal
}

// validateDoc is validateJSON that also returns the document, decoded, and
// whether the shapes of the taxonomy schema accepted it.
func validateDoc(data []byte, schemaID string) (doc any, shaped bool, probs []Problem, fatal *Error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		return nil, false, nil, syntaxError(data, err)
	}
	if rest := bytes.TrimLeft(data[d.InputOffset():], " \t\r\n"); len(rest) > 0 {
		line, col := lineCol(data, int64(len(data)-len(rest)))
		return nil, false, nil, &Error{Problems: []Problem{{Line: line, Column: col, Code: CodeSyntax, Message: "unexpected data after the top-level JSON value"}}}
	}
	if schemaID == SchemaID && taxonomyShape()(doc) {
		return doc, true, nil, nil // valid: the schema would find nothing
	}
	sch, err := compiledSchema(schemaID)
	if err != nil {
		panic("roles: embedded schema does not compile: " + err.Error())
	}
	if err := sch.Validate(doc); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return doc, false, nil, &Error{Problems: []Problem{{Code: CodeSchema, Message: err.Error()}}}
		}
		return doc, false, schemaProblems(ve, nil), nil
	}
	return doc, false, nil, nil
}

// decode checks data for JSON syntax and against the schema, then decodes it.
func decode(data []byte) (file, error) {
	data = trimBOM(data)
	var f file
	doc, shaped, probs, fatal := validateDoc(data, SchemaID)
	if fatal != nil {
		return f, fatal
	}
	if shaped && countMembers(data) == treeMembers(doc) {
		// A valid document in which no object names a member twice, the
		// one thing the decoded document does not show: encoding/json
		// would decode data into just what fileOf makes of it.
		f = fileOf(doc.(map[string]any))
	} else if p := unmarshal(data, &f); p != nil {
		// Report what the schema found, if anything: the decoder's failure
		// follows from it.
		if len(probs) == 0 {
			probs = append(probs, *p)
		}
		return f, newError(probs)
	}
	// The names of concepts are split into words once, by the checker,
	// which reports those that are too long: here, or in buildParsed.
	probs = append(probs, tooLong(&f, false)...)
	if len(probs) > 0 {
		// The structure is sound enough to check the rest too, so that every
		// problem comes back at once.
		probs = append(probs, newChecker(&f, true).run()...)
		return f, newError(probs)
	}
	return f, nil
}

// countMembers counts the members of the objects of data, a JSON
// document: the colons outside strings.
func countMembers(data []byte) int {
	n, inString := 0, false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case inString && c == '\\':
			i++ // the escaped byte
		case c == '"':
			inString = !inString
		case c == ':' && !inString:
			n++
		}
	}
	return n
}

// treeMembers counts the members of the objects of a decoded document. It
// is less than countMembers of its JSON where an object names a member
// twice, which decoding keeps once.
func treeMembers(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		n = len(v)
		for _, x := range v {
			n += treeMembers(x)
		}
	case []any:
		for _, x := range v {
			n += treeMembers(x)
		}
	}
	return n
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
func check(f *file) []Problem { return newChecker(f, false).run() }

// newChecker returns a checker of f. With words, it also reports each name
// of more than maxWords words, as tooLong would, so that each name is split
// into words once.
func newChecker(f *file, words bool) *checker {
	ids := len(f.Roles) + len(f.Skills) + len(f.Responsibilities) + len(f.Occupations)
	names := ids
	for _, s := range f.Skills {
		names += len(s.AltNames)
	}
	for _, o := range f.Occupations {
		names += len(o.AltNames)
	}
	return &checker{
		f:       f,
		words:   words,
		kindOf:  make(map[string]Kind, ids),
		byName:  make(map[string]Concept, names),
		asNamed: make(map[string]Concept, names),
	}
}

// run checks the file and returns the problems, unsorted.
func (c *checker) run() []Problem {
	c.ids()
	c.roles()
	c.skills()
	c.responsibilities()
	c.hiringCues()
	c.occupations()
	loc := c.f.Qualifiers.Localized
	c.langs("/qualifiers/localized", len(loc), func(k int) string { return loc[k].Lang })
	return append(c.probs, cycles(c.f)...)
}

// checker holds what check has learnt of a file so far. What it learns of
// names, a valid file's Taxonomy keeps as its indexes of names.
type checker struct {
	f       *file
	words   bool // report names of more than maxWords words
	probs   []Problem
	kindOf  map[string]Kind    // concept ID → its kind
	firstAt map[string]string  // concept ID → pointer of its definition, once firstDefined needs it
	nameAt  map[string]string  // nameKey → pointer of its first use, once firstUse needs it
	byName  map[string]Concept // nameKey → the concept it names
	asNamed map[string]Concept // name as written → the concept it names
}

func (c *checker) add(code Code, path, format string, args ...any) {
	c.probs = append(c.probs, Problem{Path: path, Code: code, Message: fmt.Sprintf(format, args...)})
}

// ids records every concept's ID and kind, and reports IDs defined twice:
// concept IDs are unique across the whole taxonomy, hiring cue IDs among
// hiring cues.
func (c *checker) ids() {
	for i, r := range c.f.Roles {
		c.defineID(KindRole, r.ID, "roles", i)
	}
	for i, s := range c.f.Skills {
		c.defineID(KindSkill, s.ID, "skills", i)
	}
	for i, r := range c.f.Responsibilities {
		c.defineID(KindResponsibility, r.ID, "responsibilities", i)
	}
	for i, o := range c.f.Occupations {
		c.defineID(KindOccupation, o.ID, "occupations", i)
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

// defineID records the ID id of item i of the list of concepts of kind.
func (c *checker) defineID(kind Kind, id, list string, i int) {
	if _, dup := c.kindOf[id]; dup {
		c.add(CodeDuplicateID, pointer(list, i, "id"), "duplicate ID %q (first defined at %s)", id, c.firstDefined(id))
		return
	}
	if id == "" {
		return // the schema reports it
	}
	c.kindOf[id] = kind
}

// firstDefined returns the pointer of the first definition of the concept
// ID id. On the first call it reads the lists again to index where each ID
// is first defined, which only a file with an ID defined twice needs.
func (c *checker) firstDefined(id string) string {
	if c.firstAt == nil {
		c.firstAt = map[string]string{}
		at := func(list string, i int, id string) {
			if _, seen := c.firstAt[id]; !seen && id != "" {
				c.firstAt[id] = pointer(list, i, "id")
			}
		}
		for i, r := range c.f.Roles {
			at("roles", i, r.ID)
		}
		for i, s := range c.f.Skills {
			at("skills", i, s.ID)
		}
		for i, r := range c.f.Responsibilities {
			at("responsibilities", i, r.ID)
		}
		for i, o := range c.f.Occupations {
			at("occupations", i, o.ID)
		}
	}
	return c.firstAt[id]
}

// ref reports a reference at path to a concept of kind want that does not
// exist or is of another kind.
func (c *checker) ref(want Kind, id, path string) {
	got, ok := c.kindOf[id]
	switch {
	case !ok:
		c.add(unknownCode(want), path, "unknown %s %q", want, id)
	case got != want:
		c.add(CodeWrongKind, path, "%q is %s, not %s", id, got.withArticle(), want.withArticle())
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

// names checks the names, localized names and name rules of the concept
// owner, whose pointer is base: none is blank, none is claimed by another
// concept or twice by owner, each language has one well-formed tag and one
// entry, and each rule fits a name of owner.
func (c *checker) names(owner Concept, base string, alt []string, loc []Localized, rules []NameRule) {
	var own map[string]bool // the names rules may name, when there are rules
	if len(rules) > 0 {
		own = map[string]bool{}
	}
	claimAll := func(base, name string, alt []string, localized bool) {
		if c.claim(owner, name, base, -1, localized) && own != nil {
			own[name] = true
		}
		for j, a := range alt {
			if c.claim(owner, a, base, j, false) && own != nil {
				own[a] = true
			}
		}
	}
	claimAll(base, owner.Name, alt, false)
	c.langs(base+"/localized", len(loc), func(k int) string { return loc[k].Lang })
	for k, l := range loc {
		claimAll(localizedPointer(base, k), l.Name, l.AltNames, true)
	}
	for j, r := range rules {
		c.nameRule(owner.ID, r, fmt.Sprintf("%s/nameRules/%d", base, j), own)
	}
}

// localizedPointer is the pointer of the localized entry k of the concept
// at base.
func localizedPointer(base string, k int) string { return base + "/localized/" + strconv.Itoa(k) }

// langs checks the language tags of the n entries of the list at p, whose
// tags lang gives: each is well-formed, and no language has two entries
// (tags compare without regard to case, as BCP 47 compares them).
func (c *checker) langs(p string, n int, lang func(k int) string) {
	var first map[string]int
	for k := range n {
		tag, at := lang(k), p+"/"+strconv.Itoa(k)+"/lang"
		if tag == "" {
			continue // the schema reports it
		}
		if !validTag(tag) {
			c.add(CodeLanguage, at, "%q is not a language tag such as \"de\", \"de-CH\" or \"es-419\"", tag)
			continue
		}
		if first == nil {
			first = make(map[string]int, n)
		}
		key := strings.ToLower(tag)
		if f, dup := first[key]; dup {
			c.add(CodeLanguage, at, "a second entry of language %q (the first is entry %d of the list)", tag, f)
			continue
		}
		first[key] = k
	}
}

// namePointer is the pointer of the name of the concept at base, or of its
// altName j when j >= 0.
func namePointer(base string, j int) string {
	if j < 0 {
		return base + "/name"
	}
	return base + "/altNames/" + strconv.Itoa(j)
}

// claim claims name n for owner, at base, its name or its altName j (see
// namePointer), and reports whether n is one that owner's name rules may
// name: one with letters or digits. The preferred name of a localized
// entry (localized) may repeat a name of owner: German "Code-Review" is
// the English "code review", as names compare.
func (c *checker) claim(owner Concept, n, base string, j int, localized bool) bool {
	if n == "" {
		return false // the schema reports it
	}
	_, toks := nameTokens(n)
	if c.words && len(toks) > maxWords {
		c.probs = append(c.probs, tooManyWords("name", n, namePointer(base, j), len(toks)))
	}
	k := strings.Join(toks, " ") // nameKey(n)
	if k == "" {
		c.add(CodeEmptyName, namePointer(base, j), "name %q has no letters or digits", n)
		return false
	}
	if o, dup := c.byName[k]; dup {
		switch {
		case o.ID != owner.ID:
			c.add(CodeNameClash, namePointer(base, j), "name %q is also a name of %q (at %s)", n, o.ID, c.firstUse(k))
		case localized:
			c.asNamed[n] = owner
		default:
			c.add(CodeNameClash, namePointer(base, j), "name %q repeats %s", n, c.firstUse(k))
		}
		return true
	}
	c.byName[k] = owner
	c.asNamed[n] = owner
	return true
}

// firstUse returns the pointer of the name that first claimed the nameKey
// k. The names are claimed in the order of the file's lists, as check
// reads them; on the first call, firstUse reads them all again to index
// where each key is first used, which only a file with clashing names
// needs.
func (c *checker) firstUse(k string) string {
	if c.nameAt == nil {
		c.nameAt = map[string]string{}
		at := func(base, name string, alt []string) {
			for j := -1; j < len(alt); j++ {
				n := name
				if j >= 0 {
					n = alt[j]
				}
				if k := nameKey(n); k != "" {
					if _, seen := c.nameAt[k]; !seen {
						c.nameAt[k] = namePointer(base, j)
					}
				}
			}
		}
		all := func(base, name string, alt []string, loc []Localized) {
			at(base, name, alt)
			for k, l := range loc {
				at(localizedPointer(base, k), l.Name, l.AltNames)
			}
		}
		for i, r := range c.f.Roles {
			all(pointer("roles", i), r.Name, r.AltNames, r.Localized)
		}
		for i, s := range c.f.Skills {
			all(pointer("skills", i), s.Name, s.AltNames, s.Localized)
		}
		for i, r := range c.f.Responsibilities {
			all(pointer("responsibilities", i), r.Name, r.AltNames, r.Localized)
		}
		for i, o := range c.f.Occupations {
			all(pointer("occupations", i), o.Name, o.AltNames, o.Localized)
		}
	}
	return c.nameAt[k]
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
		c.names(Concept{KindRole, r.ID, r.Name}, base, r.AltNames, r.Localized, r.NameRules)
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
		c.names(Concept{KindSkill, s.ID, s.Name}, base, s.AltNames, s.Localized, s.NameRules)
		for j, b := range s.Broader {
			c.link(KindSkill, s.ID, b, fmt.Sprintf("%s/broader/%d", base, j), "skill %q is broader than itself")
		}
	}
}

// responsibilities checks each responsibility's names and skills.
func (c *checker) responsibilities() {
	for i, r := range c.f.Responsibilities {
		base := pointer("responsibilities", i)
		c.names(Concept{KindResponsibility, r.ID, r.Name}, base, r.AltNames, r.Localized, r.NameRules)
		for j, s := range r.Skills {
			c.ref(KindSkill, s, fmt.Sprintf("%s/skills/%d", base, j))
		}
	}
}

// occupations checks each occupation's names.
func (c *checker) occupations() {
	for i, o := range c.f.Occupations {
		c.names(Concept{KindOccupation, o.ID, o.Name}, pointer("occupations", i), o.AltNames, o.Localized, o.NameRules)
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

// unmarshal decodes data, which the schema has checked, into v. JSON Schema
// counts 4.0 and 4e0 as integers, as the schema's "integer" says, and
// encoding/json does not: when decoding fails, such numbers are written as
// plain integers and data is decoded again. A failure that remains comes
// back as a problem with the JSON pointer of the value at fault.
func unmarshal[T any](data []byte, v *T) *Problem {
	err := json.Unmarshal(data, v)
	if err == nil {
		return nil
	}
	if plain, ok := plainIntegers(data); ok {
		data = plain
		var zero T
		*v = zero
		if err = json.Unmarshal(data, v); err == nil {
			return nil
		}
	}
	p := Problem{Code: CodeDecode, Message: err.Error()}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		p.Path = pointerAt(data, te.Offset)
		p.Message = fmt.Sprintf("cannot store JSON %s in a Go value of type %s", te.Value, te.Type)
	}
	return &p
}

// plainIntegers returns data with each integral number that is not written
// as a plain integer (4.0, 4e0, 40e-1) written as one (4), and whether it
// changed anything.
func plainIntegers(data []byte) ([]byte, bool) {
	var out []byte
	last := 0 // data[:last] is in out
	walkValues(data, func(_ *valueWalker, tok json.Token, end int64) bool {
		n, ok := tok.(json.Number)
		start := int(end) - len(n)
		if !ok || start < last || string(data[start:end]) != string(n) {
			return true
		}
		if s, ok := plainInteger(string(n)); ok && s != string(n) {
			out = append(append(out, data[last:start]...), s...)
			last = int(end)
		}
		return true
	})
	if out == nil {
		return data, false
	}
	return append(out, data[last:]...), true
}

// plainInteger returns the JSON number lit as a plain integer, if it is an
// integer of at most 18 digits.
func plainInteger(lit string) (string, bool) {
	sign := ""
	if strings.HasPrefix(lit, "-") {
		sign, lit = "-", lit[1:]
	}
	mant, exp := lit, 0
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		e, err := strconv.Atoi(lit[i+1:])
		if err != nil || e > 18 || e < -400 {
			return "", false
		}
		mant, exp = lit[:i], e
	}
	whole, frac, _ := strings.Cut(mant, ".")
	digits := whole + frac
	point := len(whole) + exp // digits[:point] is the integer part
	if point < 0 {
		point = 0
	}
	if point < len(digits) {
		if strings.Trim(digits[point:], "0") != "" {
			return "", false // a fraction
		}
		digits = digits[:point]
	}
	for len(digits) < point {
		digits += "0"
	}
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return "0", true
	}
	if len(digits) > 18 {
		return "", false
	}
	return sign + digits, true
}

// pointerAt returns the JSON pointer of the value of data that a decoding
// error at byte offset off is about: the first value (an object or array
// at its opening delimiter) that ends at or after off.
func pointerAt(data []byte, off int64) string {
	at := ""
	walkValues(data, func(w *valueWalker, _ json.Token, end int64) bool {
		if end < off {
			return true
		}
		at = w.pointer()
		return false
	})
	return at
}

// A valueWalker reads the values of a JSON document in order, knowing the
// pointer of each.
type valueWalker struct {
	stack []walkFrame // the objects and arrays the walk is in
}

// walkFrame is an object or array that a walk is in.
type walkFrame struct {
	obj     bool
	wantKey bool   // an object's next token is a member name
	key     string // an object's current member name
	idx     int    // an array's current index
}

// walkValues calls visit with each value of data (an object or array at its
// opening delimiter) and the offset just past its token, until visit
// returns false or the data ends.
func walkValues(data []byte, visit func(w *valueWalker, tok json.Token, end int64) bool) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	w := &valueWalker{}
	for {
		tok, err := d.Token()
		if err != nil {
			return
		}
		delim, isDelim := tok.(json.Delim)
		n := len(w.stack)
		switch {
		case isDelim && (delim == '}' || delim == ']'):
			w.stack = w.stack[:n-1]
			w.next()
			continue
		case n > 0 && w.stack[n-1].wantKey:
			w.stack[n-1].key, _ = tok.(string)
			w.stack[n-1].wantKey = false
			continue
		}
		if !visit(w, tok, d.InputOffset()) {
			return
		}
		if isDelim {
			w.stack = append(w.stack, walkFrame{obj: delim == '{', wantKey: delim == '{'})
			continue
		}
		w.next()
	}
}

// next moves past a value in the innermost object or array.
func (w *valueWalker) next() {
	if n := len(w.stack); n > 0 {
		if f := &w.stack[n-1]; f.obj {
			f.wantKey = true
		} else {
			f.idx++
		}
	}
}

// pointer is the JSON pointer of the value visited.
func (w *valueWalker) pointer() string {
	tokens := make([]any, len(w.stack))
	for i, f := range w.stack {
		if f.obj {
			tokens[i] = f.key
		} else {
			tokens[i] = f.idx
		}
	}
	return pointer(tokens...)
}

// maxWords is the most words a name, a phrase of a name rule, a qualifier
// cue or a phrase of a hiring cue may have, counted as the matcher counts
// them (see nameTokens). It must equal maxDepth of internal/engine, beyond
// which the matcher would match the first words of a longer phrase only;
// TestMaxWordsIsTheEngines checks that it does.
const maxWords = 32

// longPhrases reports each name and phrase of the lists given, in a
// taxonomy or in an overlay's entries at prefix, that has more than
// maxWords words.
type longPhrases struct {
	probs     []Problem
	skipNames bool // leave the names of concepts to a checker with words
}

// phrase reports s, at path, if it has too many words; what says what it
// is.
func (l *longPhrases) phrase(what, s, path string) {
	if _, toks := nameTokens(s); len(toks) > maxWords {
		l.probs = append(l.probs, tooManyWords(what, s, path, len(toks)))
	}
}

// tooManyWords is the problem of s, at path, which has n words, more than
// maxWords; what says what it is.
func tooManyWords(what, s, path string, n int) Problem {
	return Problem{Path: path, Code: CodeTooLong,
		Message: fmt.Sprintf("%s %q has %d words; at most %d", what, abbreviate(s), n, maxWords)}
}

// phrases reports the phrases of list, at path, that have too many words.
func (l *longPhrases) phrases(what string, list []string, path string) {
	for i, s := range list {
		l.phrase(what, s, path+"/"+strconv.Itoa(i))
	}
}

// names reports the names and rule phrases, of the concept at base, that
// have too many words. A rule's name is one of the names.
func (l *longPhrases) names(base string, name *string, alt []string, loc []Localized, rules []NameRule) {
	if name != nil && !l.skipNames {
		l.phrase("name", *name, base+"/name")
	}
	if !l.skipNames {
		l.phrases("name", alt, base+"/altNames")
		for k := range loc {
			p := localizedPointer(base, k)
			l.phrase("name", loc[k].Name, p+"/name")
			l.phrases("name", loc[k].AltNames, p+"/altNames")
		}
	}
	for j, r := range rules {
		p := base + "/nameRules/" + strconv.Itoa(j)
		l.phrases("context phrase", r.Context, p+"/context")
		l.phrases("phrase", r.NotWithin, p+"/notWithin")
	}
}

// lists reports what is too long in the lists of a taxonomy, or of an
// overlay's entries at prefix.
func (l *longPhrases) lists(prefix string, e OverlayEntries) {
	for i := range e.Roles {
		r := &e.Roles[i]
		l.names(prefix+pointer("roles", i), &r.Name, r.AltNames, r.Localized, r.NameRules)
	}
	for i := range e.Skills {
		s := &e.Skills[i]
		l.names(prefix+pointer("skills", i), &s.Name, s.AltNames, s.Localized, s.NameRules)
	}
	for i := range e.Responsibilities {
		r := &e.Responsibilities[i]
		l.names(prefix+pointer("responsibilities", i), &r.Name, r.AltNames, r.Localized, r.NameRules)
	}
	for i := range e.Occupations {
		o := &e.Occupations[i]
		l.names(prefix+pointer("occupations", i), &o.Name, o.AltNames, o.Localized, o.NameRules)
	}
	for i, c := range e.HiringCues {
		l.phrases("phrase", c.Phrases, prefix+pointer("hiringCues", i, "phrases"))
	}
	q := e.Qualifiers
	l.phrases("cue", q.Preferred, prefix+"/qualifiers/preferred")
	l.phrases("cue", q.Required, prefix+"/qualifiers/required")
	l.phrases("cue", q.Negated, prefix+"/qualifiers/negated")
	l.phrases("cue", q.NegatedAfter, prefix+"/qualifiers/negatedAfter")
	l.phrases("cue", q.NotNegating, prefix+"/qualifiers/notNegating")
	for k, lc := range q.Localized {
		p := prefix + "/qualifiers/localized/" + strconv.Itoa(k)
		l.phrases("cue", lc.Preferred, p+"/preferred")
		l.phrases("cue", lc.Required, p+"/required")
		l.phrases("cue", lc.Negated, p+"/negated")
		l.phrases("cue", lc.NegatedAfter, p+"/negatedAfter")
		l.phrases("cue", lc.NotNegating, p+"/notNegating")
	}
}

// tooLong reports each phrase of f, of name rules, hiring cues and
// qualifier cues, that has more than maxWords words; with names, the names
// of its concepts too.
func tooLong(f *file, names bool) []Problem {
	l := longPhrases{skipNames: !names}
	l.lists("", OverlayEntries{Roles: f.Roles, Skills: f.Skills, Responsibilities: f.Responsibilities,
		HiringCues: f.HiringCues, Occupations: f.Occupations, Qualifiers: f.Qualifiers})
	return l.probs
}

// abbreviate shortens a long phrase for a message: its first 40 bytes or so
// and an ellipsis.
func abbreviate(s string) string {
	const keep = 40
	if len(s) <= keep+10 {
		return s
	}
	cut := keep
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// fileOf makes a file of a document that the shapes of the taxonomy schema
// accept, as encoding/json would decode its JSON, sharing its strings:
// members that are absent stay zero, an empty array becomes an empty
// slice, an integer written as 4.0 or 4e0 becomes 4 (see unmarshal).
// TestFileOfIsUnmarshal checks it against encoding/json.
func fileOf(o map[string]any) file {
	q := member[map[string]any](o, "qualifiers")
	return file{
		Schema:           member[string](o, "$schema"),
		Version:          member[string](o, "version"),
		Roles:            listIn(o, "roles", roleOf),
		Skills:           listIn(o, "skills", skillOf),
		Responsibilities: listIn(o, "responsibilities", responsibilityOf),
		HiringCues:       listIn(o, "hiringCues", hiringCueOf),
		Qualifiers: QualifierCues{Preferred: strsIn(q, "preferred"), Required: strsIn(q, "required"),
			Negated: strsIn(q, "negated"), NegatedAfter: strsIn(q, "negatedAfter"), NotNegating: strsIn(q, "notNegating"),
			Localized: listIn(q, "localized", localizedCuesOf)},
		Occupations: listIn(o, "occupations", occupationOf),
	}
}

// member returns the member k of o as a T, or a zero T.
func member[T any](o map[string]any, k string) T {
	v, _ := o[k].(T)
	return v
}

// integerIn returns the member k of o, an integer that the shapes
// accepted, or 0.
func integerIn(o map[string]any, k string) int {
	lit, _ := plainInteger(string(member[json.Number](o, k)))
	i, _ := strconv.Atoi(lit)
	return i
}

// listIn returns the member k of o, an array of objects, each made a T by
// conv; nil when o has no member k.
func listIn[T any](o map[string]any, k string, conv func(map[string]any) T) []T {
	a, ok := o[k].([]any)
	if !ok {
		return nil
	}
	out := make([]T, len(a))
	for i, x := range a {
		out[i] = conv(x.(map[string]any))
	}
	return out
}

// strsIn returns the member k of o, an array of strings; nil when o has
// no member k.
func strsIn(o map[string]any, k string) []string {
	a, ok := o[k].([]any)
	if !ok {
		return nil
	}
	out := make([]string, len(a))
	for i, x := range a {
		out[i] = x.(string)
	}
	return out
}

// provenanceIn, nameRuleOf, localizedOf, localizedCuesOf, roleOf,
// skillOf, responsibilityOf, occupationOf and hiringCueOf make, of the objects of a valid document,
// what encoding/json would (see fileOf).
func provenanceIn(o map[string]any) Provenance {
	p := member[map[string]any](o, "provenance")
	return Provenance{Source: Source(member[string](p, "source")), Part: member[string](p, "part"),
		Quote: member[string](p, "quote")}
}

func nameRuleOf(o map[string]any) NameRule {
	return NameRule{Name: member[string](o, "name"), CaseSensitive: member[bool](o, "caseSensitive"),
		Context: strsIn(o, "context"), NotWithin: strsIn(o, "notWithin"), Exact: member[bool](o, "exact")}
}

func localizedOf(o map[string]any) Localized {
	return Localized{Lang: member[string](o, "lang"), Name: member[string](o, "name"),
		AltNames: strsIn(o, "altNames"), Description: member[string](o, "description")}
}

func localizedCuesOf(o map[string]any) LocalizedCues {
	return LocalizedCues{Lang: member[string](o, "lang"), Preferred: strsIn(o, "preferred"),
		Required: strsIn(o, "required"), Negated: strsIn(o, "negated"), NegatedAfter: strsIn(o, "negatedAfter"),
		NotNegating: strsIn(o, "notNegating")}
}

func roleOf(o map[string]any) Role {
	return Role{
		ID: member[string](o, "id"), Name: member[string](o, "name"), AltNames: strsIn(o, "altNames"),
		NameRules: listIn(o, "nameRules", nameRuleOf), Description: member[string](o, "description"),
		Localized: listIn(o, "localized", localizedOf),
		Skills: listIn(o, "skills", func(o map[string]any) RoleSkill {
			return RoleSkill{Skill: member[string](o, "skill"), Requirement: Requirement(member[string](o, "requirement")),
				Importance: integerIn(o, "importance")}
		}),
		Responsibilities: strsIn(o, "responsibilities"),
		Relations: listIn(o, "relations", func(o map[string]any) RoleRelation {
			return RoleRelation{Type: member[string](o, "type"), Role: member[string](o, "role"),
				Description: member[string](o, "description"), Provenance: provenanceIn(o)}
		}),
		Crosswalk: listIn(o, "crosswalk", func(o map[string]any) Crosswalk {
			return Crosswalk{Scheme: member[string](o, "scheme"), Code: member[string](o, "code"),
				URI: member[string](o, "uri"), Label: member[string](o, "label"), Match: member[string](o, "match")}
		}),
		Provenance: provenanceIn(o),
	}
}

func skillOf(o map[string]any) Skill {
	return Skill{
		ID: member[string](o, "id"), Name: member[string](o, "name"), AltNames: strsIn(o, "altNames"),
		NameRules: listIn(o, "nameRules", nameRuleOf), Type: SkillType(member[string](o, "type")),
		Description: member[string](o, "description"), Localized: listIn(o, "localized", localizedOf),
		Broader: strsIn(o, "broader"), Provenance: provenanceIn(o),
	}
}

func responsibilityOf(o map[string]any) Responsibility {
	return Responsibility{
		ID: member[string](o, "id"), Name: member[string](o, "name"), AltNames: strsIn(o, "altNames"),
		NameRules: listIn(o, "nameRules", nameRuleOf), Description: member[string](o, "description"),
		Localized: listIn(o, "localized", localizedOf), Skills: strsIn(o, "skills"), Provenance: provenanceIn(o),
	}
}

func occupationOf(o map[string]any) Occupation {
	return Occupation{
		ID: member[string](o, "id"), Name: member[string](o, "name"), AltNames: strsIn(o, "altNames"),
		NameRules: listIn(o, "nameRules", nameRuleOf), Description: member[string](o, "description"),
		Localized: listIn(o, "localized", localizedOf), Provenance: provenanceIn(o),
	}
}

func hiringCueOf(o map[string]any) HiringCue {
	return HiringCue{ID: member[string](o, "id"), Role: member[string](o, "role"), Phrases: strsIn(o, "phrases"),
		Weight: integerIn(o, "weight"), Provenance: provenanceIn(o)}
}
