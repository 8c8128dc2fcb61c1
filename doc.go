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
// [Skill.Broader]. Every concept records its [Provenance].
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
// # Ranking roles
//
// [Taxonomy.Rank] ranks every role against a [Profile] (skills by ID or name,
// with an optional level or years), [Taxonomy.RankText] against a resume or a
// posting, [Taxonomy.RankMentions] against mentions already found. Each
// [RoleMatch] has a score in [0, 1] that says how much of the role the input
// covers (the formula is in the doc of [Taxonomy.Rank]) and the evidence:
// which of the role's skills and responsibilities matched, through which
// mention or hierarchy step, and which are missing. [Taxonomy.Gaps] lists
// what a candidate still lacks for a role, essential skills first, with the
// concrete skills that would fill each gap.
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
//
// # Concurrency and immutability
//
// A [*Taxonomy] never changes after it is built; what it needs for matching
// and ranking is built once, on first use. Its methods are safe for
// concurrent use, and what they return are copies: changing them does not
// change the taxonomy. Nothing a caller passes in is changed.
package roles
