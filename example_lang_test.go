package roles_test

import (
	"fmt"
	"log"

	"github.com/openroles/roles"
)

// A taxonomy with names by language: a concept's own names are English (or
// the same in every language, as Go); each localized entry holds the names
// of one language. The cues of every language apply to every text.
const exampleLangTaxonomy = `{
  "version": "example-lang-1",
  "roles": [
    {"id": "backend-developer", "name": "Backend Developer", "description": "Builds server-side software.",
     "localized": [
       {"lang": "de", "name": "Backend-Entwickler", "altNames": ["Backend-Entwicklerin"]},
       {"lang": "fr", "name": "Développeur back-end", "altNames": ["Développeuse back-end"]}
     ],
     "skills": [], "responsibilities": [], "provenance": {"source": "extension"}}
  ],
  "skills": [
    {"id": "go", "name": "Go", "type": "language", "description": "The Go language.",
     "nameRules": [{"name": "Go", "caseSensitive": true}], "provenance": {"source": "extension"}},
    {"id": "code-review", "name": "code review", "type": "practice", "description": "Reviewing changes.",
     "localized": [
       {"lang": "de", "name": "Code-Review", "altNames": ["Codereviews"], "description": "Änderungen anderer prüfen."},
       {"lang": "fr", "name": "revue de code"}
     ],
     "provenance": {"source": "extension"}}
  ],
  "responsibilities": [],
  "hiringCues": [],
  "qualifiers": {"preferred": ["a plus"], "required": [], "negated": ["no"], "negatedAfter": [],
    "localized": [{"lang": "de", "preferred": ["von Vorteil"]}, {"lang": "fr", "preferred": ["un plus"]}]}
}`

// Each mention says which language's name matched: "" for a concept's own
// names, here Go.
func ExampleMention_lang() {
	t, err := roles.Parse([]byte(exampleLangTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	text := "Backend-Entwicklerin (m/w/d): Go; Codereviews von Vorteil. Développeuse back-end. La revue de code, un plus."
	for _, m := range t.Extract(text) {
		fmt.Printf("%-17s %-4q %-9s %q\n", m.ID, m.Lang, m.Qualifier, text[m.Start:m.End])
	}
	// Output:
	// backend-developer "de" required  "Backend-Entwicklerin"
	// go                ""   required  "Go"
	// code-review       "de" preferred "Codereviews"
	// backend-developer "fr" required  "Développeuse back-end"
	// code-review       "fr" preferred "revue de code"
}

// WithLanguages finds only the own names and those of the languages
// given; "de" would also admit "de-CH" names.
func ExampleTaxonomy_WithLanguages() {
	t, err := roles.Parse([]byte(exampleLangTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	de, err := t.WithLanguages("de")
	if err != nil {
		log.Fatal(err)
	}
	text := "Backend-Entwickler, Développeur back-end, Backend Developer"
	for _, m := range de.Extract(text) {
		fmt.Printf("%q %q\n", text[m.Start:m.End], m.Lang)
	}
	_, err = t.WithLanguages("German")
	fmt.Println(err)
	// Output:
	// "Backend-Entwickler" "de"
	// "Backend Developer" ""
	// roles: invalid argument: /0: "German" is not a language tag such as "de", "de-CH" or "es-419"
}

// NameIn and DescriptionIn give a concept's name and description in a
// language: the exact tag's, then the primary language's, then the own
// (English) ones.
func ExampleSkill_NameIn() {
	t, err := roles.Parse([]byte(exampleLangTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	s, _ := t.Skill("code-review")
	for _, lang := range []string{"de", "de-AT", "fr", "es"} {
		fmt.Printf("%-5s %-13q %q\n", lang, s.NameIn(lang), s.DescriptionIn(lang))
	}
	// Output:
	// de    "Code-Review" "Änderungen anderer prüfen."
	// de-AT "Code-Review" "Änderungen anderer prüfen."
	// fr    "revue de code" "Reviewing changes."
	// es    "code review" "Reviewing changes."
}

// Taxonomy.NameIn names any concept the package hands out in a language:
// here the mentions of a French text, in German.
func ExampleTaxonomy_NameIn() {
	t, err := roles.Parse([]byte(exampleLangTaxonomy))
	if err != nil {
		log.Fatal(err)
	}
	text := "Développeuse back-end : Go, revue de code."
	for _, m := range t.Extract(text) {
		c := roles.Concept{Kind: m.Kind, ID: m.ID, Name: m.Name}
		fmt.Printf("%q → %q\n", text[m.Start:m.End], t.NameIn(c, "de"))
	}
	// Output:
	// "Développeuse back-end" → "Backend-Entwickler"
	// "Go" → "Go"
	// "revue de code" → "Code-Review"
}
