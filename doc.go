// Package roles knows what back-end roles are, what skills and
// responsibilities they carry, and how a job posting or a resume matches
// them.
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
//	dev, _ := t.Role("backend-developer")
//	for _, rs := range dev.Skills {
//		s, _ := t.Skill(rs.Skill)
//		fmt.Println(rs.Requirement, rs.Importance, s.Name)
//	}
//
// IDs are stable, lowercase kebab-case, and unique across roles, skills and
// responsibilities. [Taxonomy.Lookup] finds a concept by ID or by any of its
// names, without regard to case.
//
// # Custom taxonomies
//
// [Parse] and [Load] read a taxonomy in the same JSON format (described by
// the JSON Schema that [Schema] returns) and validate it fully. Every problem
// is reported at once in an [*Error], each with a JSON pointer to the value
// at fault.
//
// # Concurrency and immutability
//
// A [*Taxonomy] never changes after it is built. Its methods are safe for
// concurrent use, and what they return are copies: changing them does not
// change the taxonomy.
package roles
