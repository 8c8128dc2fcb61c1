package roles

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a taxonomy's data, an overlay, a profile or
// the arguments of a call. Problems compare with ==; the Cycle of two
// problems is compared by pointer.
type Problem struct {
	// Path is the JSON pointer (RFC 6901) of the value at fault, such as
	// "/skills/3/broader/0"; "" is the whole document (or all the
	// arguments).
	Path string `json:"path"`
	// Line and Column locate a JSON syntax error (both from 1); they are
	// zero for other problems.
	Line   int `json:"line,omitempty"`   // the line, from 1
	Column int `json:"column,omitempty"` // the column in bytes, from 1
	// Code says what kind of problem it is, for programs: one of the Code
	// constants. Unlike Message, it does not change between releases.
	Code Code `json:"code"`
	// Message says what is wrong, in plain words, for people. Its wording
	// may change; programs should read Code, Path and Cycle instead.
	Message string `json:"message"`
	// Cycle holds the skills of a cycle among broader skills, for a problem
	// with the code [CodeCycle]; it is nil for other problems.
	Cycle *Cycle `json:"cycle,omitempty"`
}

// Cycle is a cycle among broader skills: each skill is broader than the next,
// and the last is broader than the first.
type Cycle struct {
	// Skills are the IDs of the skills in the cycle, all of them (the
	// message of a long cycle shows only its ends).
	Skills []string `json:"skills"`
}

// Code names a kind of [Problem]. The values are short, stable strings, such
// as "unknown-skill", that may be stored or sent as JSON; new codes may be
// added in later versions.
type Code string

// The codes of problems, grouped by where they are found.
const (
	// In JSON data and its format:

	// CodeSyntax: the data is not one JSON document: a syntax error, an
	// early end, or data after the document. The problem has a Line and a
	// Column rather than a Path.
	CodeSyntax Code = "syntax"
	// CodeSchema: the JSON schema of the format rejects a value (a missing
	// or unknown member, a value of the wrong type or out of range).
	CodeSchema Code = "schema"
	// CodeDecode: JSON that the schema accepts does not fit the Go types,
	// such as a member given twice, first with a value of the wrong type
	// (the schema sees the last), or a value given in Go cannot be written
	// as JSON. Integral numbers such as 5.0 fit an integer.
	CodeDecode Code = "decode"
	// CodeRead: the data could not be read (see [Load]).
	CodeRead Code = "read"

	// In a taxonomy's concepts, also in the taxonomy that an overlay makes:

	// CodeDuplicateID: an ID is defined twice, in a taxonomy or in an
	// overlay. IDs of roles, skills, responsibilities and occupations are
	// unique together; hiring cue IDs among themselves.
	CodeDuplicateID Code = "duplicate-id"
	// CodeRepeated: a list names the same ID twice: a role requires a skill
	// twice or lists a responsibility twice, or an overlay removes an ID
	// twice.
	CodeRepeated Code = "repeated"
	// CodeUnknownRole: a role ID that the taxonomy does not have, in a
	// relation, a hiring cue or an argument.
	CodeUnknownRole Code = "unknown-role"
	// CodeUnknownSkill: a skill ID or name that the taxonomy does not have,
	// in a role, a responsibility, a broader link or a profile.
	CodeUnknownSkill Code = "unknown-skill"
	// CodeUnknownResponsibility: a responsibility ID or name that the
	// taxonomy does not have, in a role or a profile.
	CodeUnknownResponsibility Code = "unknown-responsibility"
	// CodeUnknownHiringCue: a hiring cue ID that the taxonomy does not have
	// (see [Taxonomy.AdviseCues]).
	CodeUnknownHiringCue Code = "unknown-hiring-cue"
	// CodeWrongKind: an ID names a concept of another kind than the place
	// needs, such as a role where a skill belongs, or an overlay replaces a
	// concept with one of another kind.
	CodeWrongKind Code = "wrong-kind"
	// CodeSelfReference: a role relates to itself, or a skill is broader
	// than itself.
	CodeSelfReference Code = "self-reference"
	// CodeCycle: broader skills form a cycle; the problem's Cycle lists its
	// skills.
	CodeCycle Code = "cycle"
	// CodeNameClash: a name is claimed by two concepts, or twice by one
	// (names are compared as the matcher compares them, ignoring case and
	// punctuation).
	CodeNameClash Code = "name-clash"
	// CodeEmptyName: a name, a context word of a name rule or a phrase of a
	// hiring cue has no letters or digits.
	CodeEmptyName Code = "empty-name"
	// CodeTooLong: a name, a context or notWithin phrase of a name rule, a
	// qualifier cue or a phrase of a hiring cue has more than 32 words (as
	// the matcher counts words), the most it can match whole.
	CodeTooLong Code = "too-long"
	// CodeNameRule: a name rule is for a name that its concept does not
	// have, or one of its notWithin phrases does not contain the name.
	CodeNameRule Code = "name-rule"
	// CodeLanguage: a language tag is not a BCP 47 tag of the form the
	// format takes ("de", "de-CH", "es-419"; see [Localized]), or a concept
	// or the qualifier cues have two entries of one language. Also a
	// malformed tag given to [Taxonomy.WithLanguages].
	CodeLanguage Code = "language"

	// In a profile (see [Profile]):

	// CodeLevel: a skill's level is not between 0 and 5.
	CodeLevel Code = "level"
	// CodeYears: a skill's years are negative, infinite or not a number.
	CodeYears Code = "years"

	// Only in an overlay (see [Overlay]):

	// CodeRemoveUnknown: an overlay removes an ID that the base taxonomy
	// does not have.
	CodeRemoveUnknown Code = "remove-unknown"
	// CodeReplaceUnknown: an overlay replaces an ID that the base taxonomy
	// does not have.
	CodeReplaceUnknown Code = "replace-unknown"
	// CodeExtendUnknown: an overlay extends an ID that neither the base
	// taxonomy nor the overlay defines.
	CodeExtendUnknown Code = "extend-unknown"
	// CodeExists: an overlay adds an ID that the base taxonomy already has.
	CodeExists Code = "exists"
	// CodeRemoved: an overlay adds, replaces or extends an ID that it also
	// removes.
	CodeRemoved Code = "removed"
	// CodeExtendMisfit: an extension gives a field that the extended
	// concept's kind does not have, such as broader skills for a role.
	CodeExtendMisfit Code = "extend-misfit"
)

// unknownCode is the code of a reference to a concept of kind k that does
// not exist.
func unknownCode(k Kind) Code {
	switch k {
	case KindRole:
		return CodeUnknownRole
	case KindSkill:
		return CodeUnknownSkill
	}
	return CodeUnknownResponsibility
}

// withArticle returns k with its indefinite article, for messages: "a
// skill", "an occupation".
func (k Kind) withArticle() string {
	if k != "" && strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

// String formats the problem as "path: message", or as "line L, column C:
// message" for a JSON syntax error. A problem of the whole document (Path
// "") is its bare message.
func (p Problem) String() string {
	switch {
	case p.Line > 0:
		return fmt.Sprintf("line %d, column %d: %s", p.Line, p.Column, p.Message)
	case p.Path == "":
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Error reports every problem found in a taxonomy's data, sorted by path
// (array indexes in numeric order) and then by message. Use [errors.As] to
// get it from an error returned by [Parse], [Load] and the functions that
// build taxonomies, and [Problem.Code] to tell the problems apart. It
// marshals as JSON with lower-case member names:
//
//	{"subject": "overlay", "problems": [{"path": "/remove/0", "code": "remove-unknown", "message": "..."}]}
type Error struct {
	// Subject names what was invalid: "taxonomy" (also when empty),
	// "overlay", "profile", "hiring cues", "argument".
	Subject  string    `json:"subject"`
	Problems []Problem `json:"problems"` // every problem found, sorted by path, then by message
}

// Error returns "roles: invalid " and the subject, followed by the
// problems, one per line when there is more than one.
func (e *Error) Error() string {
	head := "roles: invalid " + cmp.Or(e.Subject, "taxonomy")
	switch len(e.Problems) {
	case 0:
		return head
	case 1:
		return head + ": " + e.Problems[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problems:", head, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// newError sorts and deduplicates problems into an *Error.
func newError(probs []Problem) *Error {
	slices.SortFunc(probs, compareProblems)
	probs = slices.Compact(probs)
	return &Error{Problems: probs}
}

func compareProblems(a, b Problem) int {
	if c := comparePointers(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Column, b.Column); c != 0 {
		return c
	}
	if c := strings.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	return strings.Compare(string(a.Code), string(b.Code))
}

// comparePointers orders JSON pointers token by token, numbers numerically.
func comparePointers(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		an, aerr := strconv.Atoi(as[i])
		bn, berr := strconv.Atoi(bs[i])
		if aerr == nil && berr == nil {
			return cmp.Compare(an, bn)
		}
		return strings.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}

// pointerEscaper escapes a reference token of a JSON pointer (RFC 6901). It
// is built once: building a Replacer costs more than using it, and check
// builds a pointer for every value it looks at.
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// pointer builds a JSON pointer from its reference tokens.
func pointer(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch t := t.(type) {
		case int:
			b.WriteString(strconv.Itoa(t))
		case string:
			b.WriteString(pointerEscaper.Replace(t))
		default:
			panic(fmt.Sprintf("roles: pointer token of type %T", t))
		}
	}
	return b.String()
}
