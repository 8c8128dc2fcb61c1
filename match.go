package roles

import "iter"

// Extract finds every mention of a role, skill or responsibility of the
// taxonomy in text: a job posting, a resume, text taken from HTML or PDF. It
// is equivalent to collecting [Taxonomy.Mentions]. The result is in text
// order and never nil.
//
// # What counts as a mention
//
// Text is read as words the way technology names are written: C++, C#,
// .NET, Node.js, CI/CD and HTML5 are words; "Python-based" holds Python;
// "PostgreSQL/MySQL" holds both. A dotted word is one word only when the
// taxonomy names it ("Node.js"); otherwise it reads as its first part, so
// "Python.Then" holds Python but "Vue.js" never holds a "js". Java is never
// found in JavaScript, nor React in "reactive". The words of a name may be
// separated by spaces, one line break, a hyphen, a slash, an ampersand or an
// underscore ("back-end developer", "CI/CD", "R&D"), never by other
// punctuation: "Go. Rust" is two words, not the phrase "go rust". A name
// that has other marks between two words matches text with the same marks
// there, spaces aside; one of , ( - – — : | stands for any of them, as job
// titles set a part apart: the name "Software Engineer, Backend" matches
// "Software Engineer (Backend)" and "Software Engineer – Backend" too. Such
// marks are at most 8 bytes, on one line; marks before the first word and
// after the last are not part of the match, but for a bracket that closes
// one opened between its words: "Software Engineer (Backend)". Letters are
// compared without regard to case (Unicode simple folding); zero-width
// characters and soft hyphens inside words are ignored. Text inside URLs
// ("https://…", "www.…"), e-mail addresses and bare domain names
// ("golang.org", "github.com/foo") is never a mention; the text of a
// Markdown link is.
//
// Names of roles, responsibilities, and skills of type [Competency] or
// [Practice] also match in generated word forms of their last word (plurals,
// -ing and -ed forms: "microservices", "debugging", "reviewed"), unless a
// [NameRule] makes the name Exact or CaseSensitive. A literal name always
// beats a generated form, and a form that two concepts would share is
// dropped. [Mention.Name] is the literal name a form came from.
//
// A name with a [NameRule] counts only as the rule allows: CaseSensitive
// names must be written exactly so, but for lower case in a list of at
// least three names, one of them without a rule ("python, django, react,
// go", as skills sections are written); a NotWithin phrase spelled around the
// name cancels it ("Go live"); a name with Context counts only when one of
// the context words or phrases, or a mention of another skill through a name
// without context, occurs within 8 words of it in the same paragraph (a
// blank line ends a paragraph), or, for a language, another language is
// named in its sentence ("Go or Rust"); and not when a comma and a US state
// or a Canadian province, by code or by name, follow it: "Phoenix, AZ",
// "Phoenix, Arizona" and "Spring, TX" are places. Nor does it count when a
// capitalised word follows it after a space that starts no phrase of the
// taxonomy and is neither a function word nor a common noun of the trade
// ("Developer", "Modules"): "Ruby Chen" is a person and "Swift Logistics" a
// company, while "Senior Rust Programmer" names Rust. Likewise after a
// capitalised word in mid-sentence that is no name and no function word,
// when no word of the taxonomy follows: "Contact Sarah Jenkins" names a
// person.
//
// # Overlaps
//
// Mentions never overlap: the longest match wins, so "Ruby on Rails" is one
// mention of Ruby on Rails and not one of Ruby; a match whose words are
// set apart by marks is as long as its words alone. Between overlapping matches
// of the same length the one that starts first wins, then a literal name
// over a generated form, then the smaller ID. A mention implies nothing
// else: a framework does not imply its language, and a skill does not imply
// its broader skills; ranking uses the hierarchy of the taxonomy.
//
// # Qualifiers
//
// Each mention carries a [Qualifier], decided by the taxonomy's
// [QualifierCues]:
//   - Negated when a Negated cue ("no", "not", "without") comes before it in
//     the same clause with at most 3 words between them ("no PHP", "without
//     any Kubernetes"), or a NegatedAfter cue ("not required") comes after it
//     in the same clause with at most 3 words between ("Java experience is
//     not required"), where words in brackets may stand between ("Kubernetes
//     (K8s) is not required"). "Not only" and "not just" negate nothing. A
//     clause ends at , ; : . ! ? brackets, dashes, the end of a sentence,
//     and at "but", "however", "although", "though", "whereas".
//     A NegatedAfter cue that starts a line and ends with a colon negates
//     the rest of its sentence ("Not required: Java or Kotlin"). Negation
//     spreads over a list: when the first or the last of mentions separated
//     only by commas, "or", "and", "nor", "and/or", '/' or '&' (at least
//     one of them a conjunction) is negated, all are ("No Java, Kotlin or
//     Scala", "Java, Kotlin and Scala are not required"); when the first is
//     preferred, all are. A comma before a conjunction counts from the
//     third item on, so "not Java, and TypeScript is ..." is no list.
//   - Preferred when a Preferred cue occurs in the same sentence ("Kafka is a
//     plus"), before the mention or after it with no semicolon between them
//     ("Docker; Terraform is a plus" prefers only Terraform), unless a
//     Required cue in that sentence is nearer to the mention ("Go is
//     required, Kafka is a plus"). A cue followed by a mention in its own
//     clause leads it: it prefers that clause, and a list that starts
//     there, only ("relational databases, ideally PostgreSQL or MySQL;
//     Redis" prefers PostgreSQL and MySQL). A Required cue right after a
//     Preferred one is part of it ("Preferred Qualifications"). A Preferred
//     cue in brackets applies only to the mentions in the same brackets, or
//     else to the mention just before them ("SQL (PostgreSQL preferred)",
//     "C# (required), F# (a plus)"). A mention is also Preferred in a section
//     whose heading holds a Preferred cue. A heading is a Markdown heading
//     ("## Nice to have"), a line of at most 10 words that ends with ':', or
//     a line of at most 5 words, not a list item, that holds a Preferred or
//     Required cue and no name ("Bonus points"). The next heading without a
//     Preferred cue ends the section; a section under a heading that is not a
//     Markdown heading also ends at the first paragraph that is not a list,
//     and one under a Markdown heading at the first paragraph of prose after
//     a list.
//     A sentence ends at . ! ?, at a blank line, at a list item, at a line
//     break unless the next line goes on in lower case or the line ends with
//     a comma or a word that leads on, such as "or", "with" or "the"
//     (wrapped text), and after 128 words without any of these.
//   - Required otherwise.
//
// Negation beats preference.
//
// # Cost
//
// The matcher is built once per taxonomy, on first use. A scan reads the
// text once, in time linear in its length whatever it holds, and apart from
// the result allocates nothing per call. Extract is safe for concurrent use.
func (t *Taxonomy) Extract(text string) []Mention {
	return t.matcher().extract(text)
}

// Mentions returns the mentions of Extract one by one, in text order, without
// collecting them: for long texts, or to stop early. Each paragraph is read
// and settled before its mentions are yielded.
func (t *Taxonomy) Mentions(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		t.matcher().scan(text, yield)
	}
}

// Extract finds the mentions of the default taxonomy's concepts in text. It
// is equivalent to Default().Extract(text); see [Taxonomy.Extract].
func Extract(text string) []Mention { return Default().Extract(text) }

// Mentions yields the mentions of the default taxonomy's concepts in text.
// It is equivalent to Default().Mentions(text); see [Taxonomy.Mentions].
func Mentions(text string) iter.Seq[Mention] { return Default().Mentions(text) }
