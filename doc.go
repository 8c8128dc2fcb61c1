// Package roles knows what back-end roles are, what skills and
// responsibilities they carry, and how a job posting or a resume matches
// them. Everything runs offline, in process: the data is compiled in.
//
// # The taxonomy
//
// [Default] returns the taxonomy embedded in the package. It states, concept
// by concept, the article "Difference between Backend Developers and Backend
// Engineers": what back-end development is and its five focus areas, the
// Backend Developer and the Backend Engineer with their skills and
// responsibilities, how the two relate, and when to hire which. Around the
// article's broad competencies stand the concrete technologies that real
// postings name, each linked to the competencies it serves through
// [Skill.Broader]. Beside the article's two roles stand contrast roles for
// other software work (front-end, full-stack, DevOps, data engineering, data
// science, mobile, QA and security), with provenance "extension", so that a
// text about that work has a role of its own. Every concept records its
// [Provenance].
//
//	t := roles.Default()
//	for _, rs := range t.RoleSkills("backend-developer") {
//		s, _ := t.Skill(rs.Skill)
//		fmt.Println(rs.Requirement, rs.Importance, s.Name)
//	}
//
// IDs are stable, lowercase kebab-case, and unique across roles, skills and
// responsibilities. [Taxonomy.Lookup] finds a concept by ID or by any of its
// names, without regard to case. [Taxonomy.Narrower] and [Taxonomy.Broader]
// walk the skill hierarchy.
//
// # Finding skills in text
//
// [Taxonomy.Extract] finds every role, skill and responsibility a text
// mentions, with byte offsets (text[m.Start:m.End] is what matched) and a
// [Qualifier]: required, preferred ("nice to have") or negated ("no PHP").
// Word boundaries fit technology names (C++, C#, .NET, Node.js), names that
// are also ordinary words obey the [NameRule]s of the data ("Go live" is not
// Go), and URLs and e-mail addresses are skipped. [Taxonomy.Mentions] yields
// the same mentions one at a time.
//
//	for _, m := range roles.Extract(posting) {
//		fmt.Println(m.ID, m.Qualifier, posting[m.Start:m.End])
//	}
//
// The three sections that follow are the rulebook of Extract: what a
// mention is, which of overlapping matches wins, and how qualifiers are
// decided. The matcher is built once per taxonomy, on first use. A scan
// reads the text once, in time linear in its length whatever it holds, and
// apart from the result allocates nothing per call.
//
// # Finding skills in text: what counts as a mention
//
// Text is read as words the way technology names are written: C++, C#,
// .NET, Node.js, CI/CD and HTML5 are words; "Python-based" holds Python;
// "PostgreSQL/MySQL" holds both. A dotted word is one word only when the
// taxonomy names it ("Node.js"); otherwise it reads as its first part, so
// "Python.Then" holds Python but "Vue.js" never holds a "js". Java is never
// found in JavaScript, nor React in "reactive". The words of a name may be
// separated by spaces, one line break, a hyphen, a slash, an ampersand or an
// underscore ("back-end developer", "CI/CD", "R&D"), and by Markdown
// emphasis on a word (up to three '*' or '_' between a word and a space:
// "**Spring** Boot", "is **not** required"), never by other punctuation:
// "Go. Rust" is two words, not the phrase "go rust". A name
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
// Text pasted from a web page is read as the browser shows it. A character
// reference is the character it stands for ("C&#35;" is C#, "&nbsp;" a
// space, "d&eacute;veloppeur" développeur), and full-width and styled
// letters are the ASCII they stand for ("Ｐｏｓｔｇｒｅｓｑｌ", "𝗣𝘆𝘁𝗵𝗼𝗻").
// Tags and their attributes are never text, nor what a script or a style
// holds: <div data-lang="python"> names nothing. Tags that break the text
// break it as Markdown would: <br> and <div> a line, <p> a paragraph, <li>
// a list item, <h3> a heading, so the list under a "Nice to have" heading
// is preferred. A '<' is a tag only before the name of an HTML element and
// a '>' that closes it: "a < b" and "List<String>" are text. Offsets stay
// those of the text as given: text[m.Start:m.End] is "C&#35;" for C#.
//
// Names of roles, responsibilities, and skills of type
// [SkillTypeCompetency] or [SkillTypePractice] also match in generated word
// forms of their last word (plurals, -ing and -ed forms: "microservices",
// "debugging", "reviewed") and in British spelling, -ise, -isation and
// -yse for -ize, -ization and -yze, with its forms too ("optimise servers",
// "optimising servers"), unless a [NameRule] makes the name Exact or
// CaseSensitive. A literal name always
// beats a generated form, and a form that two concepts would share is
// dropped. [Mention.Name] is the literal name a form came from.
//
// Coordinated names that share words count each: in "unit and integration
// tests" the modifier "unit" stands for unit tests. When a name without a
// [NameRule] follows a modifier and a coordinator (a comma, '/', '&',
// "and", "or", "and/or", "as well as", "und", "oder", "sowie", "et", "ou",
// "y", "o", "e", "u"), and the modifier in place of the name's first words
// makes another name without a rule, the modifier is a mention of that
// name; modifiers chain ("unit, integration and e2e testing"), but next
// to the name a bare comma separates list items and coordinates nothing
// ("Kafka, event streaming"). A modifier
// is a word or words joined by hyphens ("end-to-end"); one that ends with a
// hyphen shares the end of the name's first word too ("front- and back-end
// development", "Front- und Backend-Entwicklung"). Likewise after a name of
// several words, with a modifier of up to three words in place of its last
// words ("tests unitaires et d'intégration", "schema design and
// migrations"); words in brackets may stand before the coordinator there
// ("tests unitaires (Jest) et de bout en bout"). Such a mention covers the modifier alone: text[m.Start:m.End]
// is "unit", never overlapping the name it shares words with. A modifier
// that another name found in the text starts (after the name) or ends
// (before it) is that name instead: "IBM MQ and WebSphere MQ" names no IBM
// WebSphere.
//
// A name with a [NameRule] counts only as the rule allows: CaseSensitive
// names must be written exactly so, but for lower case in a list of at
// least three names, one of them without a rule ("python, django, react,
// go", as skills sections are written), or of two names after a label of
// one to three words and a colon that starts a line ("Tech: go,
// postgres", "Stack technique : go, redis"); a NotWithin phrase spelled around the
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
// # Finding skills in text: overlaps
//
// Mentions never overlap: the longest match wins, so "Ruby on Rails" is one
// mention of Ruby on Rails and not one of Ruby; a match whose words are
// set apart by marks is as long as its words alone, and a coordinated
// modifier as long as the text from it to the far end of the name it
// shares words with, so that "frontend and backend development" is
// front-end and back-end development though "frontend and backend" is a
// name too. Between overlapping matches
// of the same length the one that starts first wins, then a literal name
// over a generated form, then the smaller ID. A mention implies nothing
// else: a framework does not imply its language, and a skill does not imply
// its broader skills; ranking uses the hierarchy of the taxonomy.
//
// # Finding skills in text: qualifiers
//
// Each mention carries a [Qualifier], decided by the taxonomy's
// [QualifierCues]:
//   - Negated when a Negated cue ("no", "not", "without") comes before it in
//     the same clause with at most 3 words between them ("no PHP", "without
//     any Kubernetes"), or a NegatedAfter cue ("not required") comes after it
//     in the same clause with at most 3 words between ("Java experience is
//     not required"), where words in brackets may stand between ("Kubernetes
//     (K8s) is not required"). A cue inside a longer match that means
//     something else is part of it and counts as no cue: inside a mention
//     ("arquitectura sin servidor", "tests de non-régression"), a
//     NotNegating phrase ("not limited to", "keine Scheu vor", "sans
//     oublier"), a word that ends a clause ("sin embargo") or a cue of
//     another class ("not" of "not required"). "Not only", "not just" and
//     "not merely", and German "nicht nur", French "non seulement" and
//     Spanish "no solo" negate nothing without being listed. A clause ends
//     at , ; : . ! ? brackets, dashes, the end of a sentence, and at "but",
//     "however", "although", "though", "whereas" and their German, French
//     and Spanish kin ("aber", "jedoch", "sondern", "mais", "cependant",
//     "pero", "sino", "sin embargo" ...).
//     A NegatedAfter cue followed, before any mention, by a word that ends
//     a clause and a Preferred cue makes the mention Preferred instead
//     ("Java is not required but a plus", "nicht zwingend erforderlich,
//     aber wünschenswert").
//     A NegatedAfter cue that starts a line and ends with a colon negates
//     the rest of its sentence ("Not required: Java or Kotlin"). A heading
//     that is a NegatedAfter cue and nothing else ("## Not required",
//     "Keine Voraussetzung:", "No es imprescindible") negates the mentions
//     of its section (see Preferred below for sections) whose sentence
//     holds no cue of its own. Negation
//     spreads over a list: when the first or the last of mentions separated
//     only by commas, "or", "and", "nor", "and/or", '/', '&' or their
//     German, French and Spanish kin ("oder", "und", "sowie", "ou", "et",
//     "y", "o", "ni" ...), at least one of them a conjunction, is negated,
//     all are ("No Java, Kotlin or Scala", "Java, Kotlin and Scala are not
//     required"); when the first is preferred, all are. A comma before a
//     conjunction counts from the third item on, so "not Java, and
//     TypeScript is ..." is no list, and a comma after one ends the list
//     ("No Java or Kotlin, Go is required"). Negation reaches the mentions
//     in brackets that follow a negated mention within three words and no
//     other mark ("No experience with Java test frameworks (JUnit,
//     TestNG)").
//   - Preferred when a Preferred cue occurs in the same sentence ("Kafka is a
//     plus"), before the mention or after it with no semicolon between them
//     ("Docker; Terraform is a plus" prefers only Terraform). A cue after
//     the mention whose own clause (from the comma, colon or bracket before
//     it) holds a mention, its subject, reaches back over that comma only
//     to the items of a list that runs into its clause: "Java, Kotlin or Go
//     is a plus" prefers all three, "Java or Kotlin, Go is a plus" Go
//     alone; a cue whose clause names nothing reaches back as far as the
//     semicolon ("Kafka, which is a plus"). All this holds unless a
//     Required cue in that sentence is nearer to the mention ("Go is
//     required, Kafka is a plus"). A cue followed by a mention in its own
//     clause leads it: it prefers that clause, and a list that starts
//     there, only ("relational databases, ideally PostgreSQL or MySQL;
//     Redis" prefers PostgreSQL and MySQL). A Required cue right after a
//     Preferred one is part of it ("Preferred Qualifications"). A Preferred
//     cue in brackets applies only to the mentions in the same brackets, or
//     else to the mention just before them ("SQL (PostgreSQL preferred)",
//     "C# (required), F# (a plus)"). A mention is also Preferred in a section
//     whose heading holds a Preferred cue, or names, after determiners, what
//     a Preferred cue names without its indefinite article ("## Les plus"
//     and "Plus:" for "un plus" and "a plus"; "Nos atouts", "Unsere
//     Pluspunkte" hold cues). A heading is a Markdown heading
//     ("## Nice to have"), a line of at most 10 words that ends with ':', or
//     a line of at most 5 words, not a list item, that holds a Preferred,
//     Required or NegatedAfter cue and no name ("Bonus points"). The next
//     heading ends the section or opens another; a section under a heading
//     that is not a Markdown heading also ends at the first paragraph that
//     is not a list, and one under a Markdown heading at the first
//     paragraph of prose after a list.
//     A sentence ends at . ! ?, at a blank line, at a list item, at a line
//     break unless the next line goes on in lower case or the line ends with
//     a comma or a word that leads on, such as "or", "with" or "the"
//     (wrapped text), and after 128 words without any of these.
//   - Required otherwise.
//
// Negation beats preference.
//
// # Which role is it?
//
// [Taxonomy.Decide] says which role a posting or a resume is about, or that
// it is about none of the roles ("" for a product manager, a nurse, an
// accountant, however much technology the company paragraph names), with a
// confidence in [0, 1] that compares across roles and texts, and the
// evidence that decided between the answer and the runner-up: the title,
// CSS and Vue toward front-end work, the distinctive duties.
// [Taxonomy.DecideMentions] decides from mentions already found, so that one
// scan serves both deciding and ranking; [Taxonomy.DecideProfile] decides
// for a profile. The text's title counts most: a role's name in the first
// lines, or an [Occupation] outside the roles ("Product Manager",
// "Buchhalterin", "Infirmier"), which the data knows by its titles.
//
// For back-end work, [Decision.Leaning] answers the article's own question,
// developer or engineer, from -1 to +1: from the duties the article gives
// one role and not the other, as postings phrase them ("keep our existing
// product running smoothly", "fix bugs reported by support" against "lay the
// foundations of a new service", "own the architecture decisions"), and
// only weakly from the word "developer" or "engineer" in the title.
//
//	d := roles.Decide(posting)
//	fmt.Printf("%s %.2f, leaning %+.2f\n", d.Role, d.Confidence, d.Leaning)
//
// A decision's fit is not [RoleMatch.Score]: fits compete (evidence for one
// role is evidence against the others) and answer "which role is this?";
// coverage answers "how much of this role does the input show?", the number
// for screening against a chosen role and for gaps. The doc of
// [Taxonomy.Decide] gives the model and its constants.
//
// # Ranking roles
//
// [Taxonomy.Rank] ranks every role against a [Profile] (skills by ID or name,
// with an optional level or years), [Taxonomy.RankText] against a resume or a
// posting, [Taxonomy.RankMentions] against mentions already found. Each
// [RoleMatch] has a score in [0, 1] that says how much of the role the input
// covers (the formula is in the doc of [Taxonomy.Rank]) and the evidence:
// which of the role's skills and responsibilities matched, through which
// mention or hierarchy step, and which are missing. [Taxonomy.RankProfile]
// ranks what a profile holds that the taxonomy knows and lists the rest,
// each entry at its JSON pointer, instead of failing as Rank does.
// [Taxonomy.Gaps] lists what a candidate still lacks for a role, essential
// skills first, with the concrete skills that would fill each gap;
// [Taxonomy.GapsFor] what a candidate lacks for one posting, with the years
// it asks ("5+ years of Go") against the years the profile shows.
// [Taxonomy.ProfileFromJSONResume] reads a JSON Resume document into a
// profile, with years from the dates of its work entries.
//
//	for _, m := range roles.RankText(resume) {
//		fmt.Printf("%s %.2f\n", m.Role, m.Score)
//	}
//
// # Comparing roles
//
// [Taxonomy.Compare] puts two roles side by side: shared skills and
// responsibilities, those only one has, and how the roles relate. A
// [Comparison] prints as a table.
//
//	c, _ := roles.Compare("backend-developer", "backend-engineer")
//	fmt.Print(c)
//
// # Hiring advice
//
// [Taxonomy.Advise] reads a description of a hiring need and recommends a
// role, with the cues that led there: the article advises an engineer for a
// guided plan that makes a business app successful, and a developer for a
// permanent team member who maintains an existing app. The cues are data
// ([HiringCue]); [Taxonomy.AdviseCues] takes structured answers by cue ID.
//
//	a := roles.Advise("someone to maintain our existing app long term")
//	fmt.Println(a.Role) // backend-developer
//
// # Languages
//
// A concept's own names are English, or the same in every language
// (PostgreSQL, Kafka); its names in other languages are [Localized]
// entries, one per language, tagged with BCP 47 tags ("de", "fr-CA",
// "es-419"). They are names like the own ones: Extract finds them, Lookup
// finds the concept by them, and no other concept may claim them. The
// qualifier cues have entries by language too
// ([QualifierCues.Localized]). Extract reads text in any mix of languages
// without being told which: every name and every cue of every language
// applies, and [Mention.Lang] says which language's name matched.
//
// [Taxonomy.WithLanguages] restricts the localized names that a taxonomy
// finds to the languages a caller knows its texts are in, sharing the
// data. [Role.NameIn] and [Role.DescriptionIn], and the same methods of
// [Skill], [Responsibility] and [Occupation], give names and descriptions
// in a language, falling back to the primary language ("de" for "de-AT")
// and then to English.
//
//	de, err := roles.Default().WithLanguages("de")
//	if err != nil {
//		log.Fatal(err)
//	}
//	for _, m := range de.Extract(posting) {
//		if r, ok := de.Role(m.ID); ok {
//			fmt.Println(m.Lang, r.NameIn("de")) // de Backend-Entwickler
//		}
//	}
//
// # Custom taxonomies
//
// [Parse] and [Load] read a taxonomy in the same JSON format, described by
// the JSON Schema that [Schema] returns, and validate it fully: every problem
// is reported at once in an [*Error], each with a JSON pointer to the value
// at fault. [Taxonomy.Overlay] and [Taxonomy.With] apply an [Overlay] (an
// organisation's own roles, in-house skills, synonyms, weights and
// removals) to any taxonomy and return a new, validated one; the base is not
// changed. [Taxonomy.WriteJSON] saves a taxonomy as a file that [Parse]
// reads back.
//
//	acme, err := roles.Default().Overlay(overlayJSON)
//	if err != nil {
//		log.Fatal(err) // roles: invalid overlay: /add/skills/0/id: ...
//	}
//	matches := acme.RankText(posting)
//
// Every function of the package on the default taxonomy (Extract, RankText,
// Compare ...) is equivalent to the method of the same name on [Default].
// Methods that take mentions ([Taxonomy.RankMentions],
// [Taxonomy.GapsMentions]) have no such shortcut: mentions belong to the
// taxonomy that found them, so call the method on that taxonomy.
//
// # Concurrency and immutability
//
// A [*Taxonomy] never changes after it is built; what it needs for matching
// and ranking is built once, on first use. Its methods are safe for
// concurrent use, and what they return are copies: changing them does not
// change the taxonomy. Nothing a caller passes in is changed.
package roles
