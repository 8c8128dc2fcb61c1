package roles

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a taxonomy's data.
type Problem struct {
	// Path is the JSON pointer (RFC 6901) of the value at fault, such as
	// "/skills/3/broader/0"; "" is the whole document.
	Path string `json:"path"`
	// Line and Column locate a JSON syntax error (both from 1); they are
	// zero for other problems.
	Line   int `json:"line,omitempty"`   // the line, from 1
	Column int `json:"column,omitempty"` // the column in bytes, from 1
	// Message says what is wrong, in plain words.
	Message string `json:"message"`
}

// String formats the problem as "path: message", "(root): message" for the
// whole document, or "line L, column C: message" for a JSON syntax error.
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
// build taxonomies.
type Error struct {
	// Subject names what was invalid: "taxonomy" (also when empty),
	// "overlay", "profile", "hiring cues", "argument".
	Subject  string
	Problems []Problem // every problem found, sorted by path, then by message
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
	return strings.Compare(a.Message, b.Message)
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
