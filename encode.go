package roles

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
)

// MarshalJSON returns the taxonomy in the JSON format that [Parse] reads,
// compact. The result validates against [Schema] and parses back to an equal
// taxonomy. Roles, skills, responsibilities and hiring cues come sorted by ID
// and every member in a fixed order, so equal taxonomies give equal bytes.
// A zero Taxonomy, which holds nothing, not even a version, encodes as null,
// which [Taxonomy.UnmarshalJSON] reads back as leaving a Taxonomy as it is.
// MarshalJSON has a value receiver, so that a Taxonomy field encodes even in
// a struct handed to [json.Marshal] by value.
func (t Taxonomy) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := t.encode(&b, ""); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// WriteJSON writes the taxonomy to w in the JSON format that [Parse] reads,
// indented by two spaces and ending in a newline, in the same stable order
// as [Taxonomy.MarshalJSON]. Use it to save a customised taxonomy (see
// [Taxonomy.With]) as a file of its own. A zero Taxonomy writes null and a
// newline.
func (t *Taxonomy) WriteJSON(w io.Writer) error {
	return t.encode(w, "  ")
}

// errDecodeDefault is what UnmarshalJSON returns for the default taxonomy.
var errDecodeDefault = errors.New("roles: cannot decode JSON into the default taxonomy, " +
	"which the whole program shares: decode into a nil *Taxonomy or a zero Taxonomy")

// UnmarshalJSON sets t to the taxonomy in data, read and validated in full as
// [Parse] does, so that a Taxonomy or *Taxonomy field of a configuration
// struct decodes and is checked with the rest of it. On failure it returns
// the [*Error] that Parse returns, whose paths are JSON pointers into the
// taxonomy's own document rather than into the enclosing one, and leaves t
// as it was. JSON null leaves t as it is, as encoding/json does for other
// types.
//
// Decoding onto a Taxonomy replaces what it held. Only this method changes a
// Taxonomy, and it is not safe for use while anything else reads t: decode
// into a nil *Taxonomy field, which encoding/json fills with a new taxonomy,
// or into a zero Taxonomy. Taxonomies that others hold stay as they were,
// since t shares no memory with them; the one that [Default] returns, which
// the whole program shares, is refused with an error.
func (t *Taxonomy) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	if t == builtDefault.Load() {
		return errDecodeDefault
	}
	parsed, err := Parse(data)
	if err != nil {
		return err
	}
	*t = *parsed
	return nil
}

func (t *Taxonomy) encode(w io.Writer, indent string) error {
	if t.isZero() {
		_, err := io.WriteString(w, "null\n")
		return err
	}
	f := t.f
	f.Schema = SchemaID
	f.HiringCues = t.HiringCues()
	normalize(&f)
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	e.SetIndent("", indent)
	return e.Encode(f)
}

// normalize gives the members that the schema requires to be arrays an empty
// array instead of nil, so that they encode as [] rather than null. It
// copies what it changes and never writes to the slices f shares.
func normalize(f *file) {
	orEmpty := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	if f.Roles == nil {
		f.Roles = []Role{}
	}
	if f.Skills == nil {
		f.Skills = []Skill{}
	}
	if f.Responsibilities == nil {
		f.Responsibilities = []Responsibility{}
	}
	if f.HiringCues == nil {
		f.HiringCues = []HiringCue{}
	}
	if slices.ContainsFunc(f.Roles, func(r Role) bool { return r.Skills == nil || r.Responsibilities == nil }) {
		f.Roles = slices.Clone(f.Roles)
		for i := range f.Roles {
			if f.Roles[i].Skills == nil {
				f.Roles[i].Skills = []RoleSkill{}
			}
			f.Roles[i].Responsibilities = orEmpty(f.Roles[i].Responsibilities)
		}
	}
	if slices.ContainsFunc(f.Responsibilities, func(r Responsibility) bool { return r.Skills == nil }) {
		f.Responsibilities = slices.Clone(f.Responsibilities)
		for i := range f.Responsibilities {
			f.Responsibilities[i].Skills = orEmpty(f.Responsibilities[i].Skills)
		}
	}
	q := &f.Qualifiers
	q.Preferred, q.Required = orEmpty(q.Preferred), orEmpty(q.Required)
	q.Negated, q.NegatedAfter = orEmpty(q.Negated), orEmpty(q.NegatedAfter)
}
