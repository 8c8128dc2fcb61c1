package engine

// Config is what the engine needs of a taxonomy: its names, each with what
// decides how it matches, and the qualifier cue phrases. The caller builds
// it once; New does not keep it.
type Config struct {
	Names []Name
	Cues  Cues
}

// Name is one name of a concept.
type Name struct {
	// ID is the concept's ID. Names with the same ID are one concept: a
	// word form they share stays theirs, and between overlapping names of
	// the same length the smaller ID wins.
	ID   string
	Text string // the name as the taxonomy writes it
	// Lang is the BCP 47 tag of a localized name ("de", "fr-CA"), or ""
	// for one of the concept's own names. It decides the word forms the
	// name gets (see Forms).
	Lang string
	// Forms says which words of the name also match in generated word
	// forms (see WordForms).
	Forms Forms
	// Skill says the concept is a skill: a mention of it vouches for a
	// name with Context nearby. Language says it is a skill of type
	// language: two languages in one sentence vouch for each other.
	Skill, Language bool
	// Rule limits where the name counts, or is nil. Names may share a
	// rule.
	Rule *Rule
}

// Forms says which words of a name match in generated word forms.
type Forms uint8

const (
	NoForms   Forms = iota // the name matches as written only
	LastWord               // the last word in its forms: "microservices"
	EdgeWords              // the last word, and the first of a name of several words: "reviewed code"
)

// Rule is a name rule: where a name counts. What each field does is in the
// rulebook of package roles (see its NameRule).
type Rule struct {
	CaseSensitive bool
	Context       []string // phrases one of which must be near
	NotWithin     []string // phrases that cancel the name when spelled around it
}

// Cues are the qualifier cue phrases, by class.
type Cues struct {
	Preferred    []string // "nice to have", "a plus"
	Required     []string // "required", "must have"
	Negated      []string // before what they negate: "no", "without"
	NegatedAfter []string // after what they negate: "not required"
	// NotNegating phrases hold a Negated or NegatedAfter cue and negate
	// nothing: "not limited to", "keine Scheu vor", "sans oublier". A cue
	// inside one does not count (see counts in qualify.go); "not only" and
	// its kin are known without listing (notOnlyWords).
	NotNegating []string
}

// Hit is a mention found in text: text[Start:End] names Config.Names[Name].
type Hit struct {
	Start, End int
	Name       int32 // index in Config.Names
	Qualifier  Qualifier
	// Years is how many years of experience the text attaches to the
	// mention, or 0 (see years.go). In tenths of a year, so that a Hit
	// stays 24 bytes.
	Years Tenths
}

// Qualifier says how the text means what it mentions.
type Qualifier uint8

const (
	Required  Qualifier = iota // no cue says otherwise
	Preferred                  // the text wishes for it
	Negated                    // the text rules it out
)

// New compiles a configuration into a matcher. It is safe for concurrent
// use.
func New(c *Config) *Matcher {
	return newMatcher(c)
}

// Scan finds the mentions of text and yields them in text order, a
// paragraph at a time, until yield returns false.
func (m *Matcher) Scan(text string, yield func(Hit) bool) {
	m.ScanAt(text, nil, yield)
}

// ScanAt is Scan with the month that a dated entry running to the present
// ends in; with a nil today, such entries give no years.
func (m *Matcher) ScanAt(text string, today Today, yield func(Hit) bool) {
	s := m.getScanner(text)
	s.clock = clock{today: today}
	s.run(yield)
	m.putScanner(s)
}

// Collect finds the mentions of text and calls use once with all of them,
// in text order. The slice is the matcher's own buffer: it is valid only
// during the call, so that a call allocates nothing but what use does.
func (m *Matcher) Collect(text string, use func([]Hit)) {
	m.CollectAt(text, nil, use)
}

// CollectAt is Collect with the month that a dated entry running to the
// present ends in; with a nil today, such entries give no years.
func (m *Matcher) CollectAt(text string, today Today, use func([]Hit)) {
	s := m.getScanner(text)
	s.clock = clock{today: today}
	s.run(nil)
	use(s.found)
	if cap(s.found) > maxKeptHits {
		s.found = nil
	}
	m.putScanner(s)
}

// maxKeptHits caps the hits buffer a pooled scanner keeps.
const maxKeptHits = 1 << 16
