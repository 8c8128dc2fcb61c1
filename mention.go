package roles

// Qualifier says how a text means what it mentions.
type Qualifier string

// The qualifiers a mention can carry.
const (
	// QualifierRequired: the text asks for it or states it plainly. This
	// is the default when no cue says otherwise.
	QualifierRequired Qualifier = "required"
	// QualifierPreferred: the text wishes for it ("nice to have", "a plus", a
	// section headed "Bonus").
	QualifierPreferred Qualifier = "preferred"
	// QualifierNegated: the text rules it out ("no PHP needed", "not
	// microservices").
	QualifierNegated Qualifier = "negated"
)

// Mention is one place where a text names a concept of a taxonomy.
// text[m.Start:m.End] is what matched, and equals one of the concept's
// names without regard to case or word form, read as the text shows it
// ("C&#35;" is C#; see the package documentation).
type Mention struct {
	Kind  Kind   `json:"kind"`  // the kind of concept mentioned
	ID    string `json:"id"`    // the concept's ID
	Start int    `json:"start"` // byte offset of the first byte matched
	End   int    `json:"end"`   // byte offset just past the last byte matched
	// Name is the concept's name, as the taxonomy writes it, that matched.
	Name string `json:"name"`
	// Lang is the language of the name that matched: the tag of the
	// concept's [Localized] entry that holds it ("de", "fr-CA"), or "" for
	// one of the concept's own names (English, or the same in every
	// language, as PostgreSQL).
	Lang      string    `json:"lang,omitempty"`
	Qualifier Qualifier `json:"qualifier"` // how the text means it: required, preferred or negated
	// Years is how many years of experience the text attaches to the
	// mention, as "5+ years of Go" attaches 5 to Go: the least it asks for
	// or shows. It is 0 when the text states none. The rules are on
	// [Taxonomy.ExtractAt].
	Years float64 `json:"years,omitempty"`
}
