package roles

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// localizedDoc is a small taxonomy whose concepts and qualifier cues carry
// names by language: German, Swiss German, French and Spanish. The German
// name of code review, "Code-Review", is its English name as names
// compare: a localized preferred name may be, for NameIn.
const localizedDoc = `{
  "version": "lang-1",
  "roles": [{"id": "backend-developer", "name": "Backend Developer", "altNames": ["back-end developer"],
    "description": "Keeps the server side running.",
    "localized": [
      {"lang": "de", "name": "Backend-Entwickler", "altNames": ["Backend-Entwicklerin"], "description": "Hält die Serverseite am Laufen."},
      {"lang": "de-CH", "name": "Backend-Entwickler EFZ"},
      {"lang": "es", "name": "Desarrollador backend", "altNames": ["Desarrolladora backend"]},
      {"lang": "fr", "name": "Développeur back-end", "altNames": ["Développeuse back-end"]}
    ],
    "skills": [{"skill": "code-review", "requirement": "essential", "importance": 4}],
    "responsibilities": ["review-code"], "provenance": {"source": "extension"}}],
  "skills": [
    {"id": "code-review", "name": "code review", "type": "practice", "description": "Reading others' code.",
      "localized": [
        {"lang": "de", "name": "Code-Review", "altNames": ["Codereview"]},
        {"lang": "fr", "name": "revue de code", "description": "Relire le code des autres."}
      ],
      "nameRules": [{"name": "revue de code", "exact": true}],
      "provenance": {"source": "extension"}},
    {"id": "postgresql", "name": "PostgreSQL", "altNames": ["Postgres"], "type": "database", "description": "A database.",
      "provenance": {"source": "extension"}}
  ],
  "responsibilities": [{"id": "review-code", "name": "review code", "description": "Reviews code.", "skills": ["code-review"],
    "localized": [{"lang": "es", "name": "revisar código"}], "provenance": {"source": "extension"}}],
  "occupations": [{"id": "accountant", "name": "Accountant", "description": "Keeps the books.",
    "localized": [{"lang": "de", "name": "Buchhalter", "altNames": ["Buchhalterin"]}], "provenance": {"source": "extension"}}],
  "hiringCues": [],
  "qualifiers": {"preferred": ["nice to have"], "required": ["requirements"], "negated": ["no"], "negatedAfter": ["not required"],
    "localized": [
      {"lang": "de", "preferred": ["von Vorteil", "wünschenswert"], "negated": ["keine"], "negatedAfter": ["nicht erforderlich"]},
      {"lang": "es", "preferred": ["se valorará"], "required": ["Requisitos"]}
    ]}
}`

func localizedTaxonomy(t testing.TB) *Taxonomy {
	t.Helper()
	tx, err := Parse([]byte(localizedDoc))
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// localizedSkill is skillA with the localized entries given.
func localizedSkill(entries string) string {
	return strings.Replace(skillA, `"type"`, `"localized": [`+entries+`], "type"`, 1)
}

// localizedProblemCases are taxonomies with bad localized names or cues,
// and every problem each must give.
var localizedProblemCases = []struct {
	why  string
	doc  string
	want []Problem
}{
	{"tags that are no BCP 47 tags: a language's name, an underscore, an upper-case primary subtag, a trailing hyphen, one letter, a subtag of nine",
		badDoc(`"skills": [` + localizedSkill(`{"lang": "German", "name": "A1"}, {"lang": "de_CH", "name": "A2"}, {"lang": "DE", "name": "A3"},
			{"lang": "de-", "name": "A4"}, {"lang": "d", "name": "A5"}, {"lang": "de-abcdefghi", "name": "A6"}`) + `]`),
		[]Problem{
			{Path: "/skills/0/localized/0/lang", Code: CodeLanguage, Message: `"German" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/skills/0/localized/1/lang", Code: CodeLanguage, Message: `"de_CH" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/skills/0/localized/2/lang", Code: CodeLanguage, Message: `"DE" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/skills/0/localized/3/lang", Code: CodeLanguage, Message: `"de-" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/skills/0/localized/4/lang", Code: CodeLanguage, Message: `"d" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/skills/0/localized/5/lang", Code: CodeLanguage, Message: `"de-abcdefghi" is not a language tag such as "de", "de-CH" or "es-419"`},
		}},
	{"two entries of one language, the second in another case",
		badDoc(`"skills": [` + localizedSkill(`{"lang": "de-CH", "name": "A1"}, {"lang": "fr", "name": "A2"}, {"lang": "de-ch", "name": "A3"}`) + `]`),
		[]Problem{{Path: "/skills/0/localized/2/lang", Code: CodeLanguage, Message: `a second entry of language "de-ch" (the first is entry 0 of the list)`}}},
	{"a localized name that is another concept's own name, alternative names that repeat the concept's own name or have no letters; a preferred name may repeat one of its concept",
		badDoc(`"skills": [` + localizedSkill(`{"lang": "de", "name": "Beta", "altNames": ["ALPHA", "Alfa"]}, {"lang": "es", "name": "alfa", "altNames": ["–"]}`) + `, ` + skillB + `]`),
		[]Problem{
			{Path: "/skills/0/localized/0/altNames/0", Code: CodeNameClash, Message: `name "ALPHA" repeats /skills/0/name`},
			{Path: "/skills/0/localized/1/altNames/0", Code: CodeEmptyName, Message: `name "–" has no letters or digits`},
			{Path: "/skills/1/name", Code: CodeNameClash, Message: `name "Beta" is also a name of "a" (at /skills/0/localized/0/name)`},
		}},
	{"a name rule may name a localized name, but not another concept's",
		badDoc(`"skills": [` + strings.Replace(localizedSkill(`{"lang": "fr", "name": "Alpha FR"}`), `"type"`,
			`"nameRules": [{"name": "Alpha FR", "exact": true}, {"name": "Beta FR"}], "type"`, 1) + `, ` +
			strings.Replace(skillB, `"type"`, `"localized": [{"lang": "fr", "name": "Beta FR"}], "type"`, 1) + `]`),
		[]Problem{{Path: "/skills/0/nameRules/1/name", Code: CodeNameRule, Message: `"Beta FR" is not a name of "a"`}}},
	{"qualifier cues: a malformed tag, a language twice, a cue of 33 words",
		badDoc(`"qualifiers": {"preferred": [], "required": [], "negated": [], "negatedAfter": [], "localized": [
			{"lang": "es", "preferred": ["se valorará"]}, {"lang": "Spanish"}, {"lang": "es", "negated": ["` + words("w", 33) + `"]}]}`),
		[]Problem{
			{Path: "/qualifiers/localized/1/lang", Code: CodeLanguage, Message: `"Spanish" is not a language tag such as "de", "de-CH" or "es-419"`},
			{Path: "/qualifiers/localized/2/lang", Code: CodeLanguage, Message: `a second entry of language "es" (the first is entry 0 of the list)`},
			{Path: "/qualifiers/localized/2/negated/0", Code: CodeTooLong, Message: fmt.Sprintf("cue %q has 33 words; at most 32", abbreviate(words("w", 33)))},
		}},
	{"a localized name of 33 words",
		badDoc(`"skills": [` + localizedSkill(`{"lang": "de", "name": "A de", "altNames": ["`+words("w", 33)+`"]}`) + `]`),
		[]Problem{{Path: "/skills/0/localized/0/altNames/0", Code: CodeTooLong, Message: fmt.Sprintf("name %q has 33 words; at most 32", abbreviate(words("w", 33)))}}},
	{"an empty name and an empty tag, which the schema rejects, beside a bad tag the checker finds",
		badDoc(`"skills": [` + localizedSkill(`{"lang": "", "name": "A1"}, {"lang": "de", "name": ""}, {"lang": "x", "name": "A3"}`) + `]`),
		[]Problem{
			{Path: "/skills/0/localized/0/lang", Code: CodeSchema, Message: "length must be >= 1, but got 0 (schema: minLength)"},
			{Path: "/skills/0/localized/1/name", Code: CodeSchema, Message: "length must be >= 1, but got 0 (schema: minLength)"},
			{Path: "/skills/0/localized/2/lang", Code: CodeLanguage, Message: `"x" is not a language tag such as "de", "de-CH" or "es-419"`},
		}},
}

// TestLocalizedProblems checks what validation says of localized names and
// cues: each problem at its pointer, with its code and exact message, every
// problem of a document at once.
func TestLocalizedProblems(t *testing.T) {
	for _, tt := range localizedProblemCases {
		_, err := Parse([]byte(tt.doc))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: Parse error = %v, want an *Error", tt.why, err)
			continue
		}
		if diff := cmp.Diff(tt.want, e.Problems); diff != "" {
			t.Errorf("%s: problems (-want +got):\n%s", tt.why, diff)
		}
	}
}

// TestValidTag checks the form of language tags against examples of each
// rule of it.
func TestValidTag(t *testing.T) {
	for tag, want := range map[string]bool{
		"de": true, "fil": true, "de-CH": true, "de-ch": true, "es-419": true, "sr-Latn-RS": true, "de-CH-1996": true,
		"": false, "d": false, "deut": false, "DE": false, "De-CH": false, "de-": false, "-de": false, "de--CH": false,
		"de_CH": false, "de-abcdefghi": false, "de CH": false, "dé": false, "de-CH!": false, "1e": false,
	} {
		if got := validTag(tag); got != want {
			t.Errorf("validTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

// TestLocalizedRoundTrip writes a taxonomy with localized names and cues
// and reads it back unchanged, and finds the localized names with Lookup,
// which gives the concept's own name.
func TestLocalizedRoundTrip(t *testing.T) {
	tx := localizedTaxonomy(t)
	checkRoundTrip(t, tx)
	for name, want := range map[string]Concept{
		"Backend-Entwicklerin":   {KindRole, "backend-developer", "Backend Developer"},
		"backend entwickler efz": {KindRole, "backend-developer", "Backend Developer"},
		"Revue de code":          {KindSkill, "code-review", "code review"},
		"revisar código":         {KindResponsibility, "review-code", "review code"},
		"Buchhalterin":           {KindOccupation, "accountant", "Accountant"},
	} {
		if got, ok := tx.Lookup(name); !ok || got != want {
			t.Errorf("Lookup(%q) = %v, %v; want %v", name, got, ok, want)
		}
	}
	q := tx.QualifierCues()
	if len(q.Localized) != 2 || q.Localized[0].Lang != "de" || !slices.Equal(q.Localized[1].Required, []string{"Requisitos"}) {
		t.Errorf("QualifierCues().Localized = %+v", q.Localized)
	}
}

// localizedText names every concept of localizedDoc in its languages.
const localizedText = "Backend-Entwicklerin (m/w/d) oder Backend-Entwickler EFZ gesucht. Code-Review von Vorteil, keine Postgres-Kenntnisse nötig.\n\n" +
	"Développeuse back-end : revue de code. Desarrollador backend: revisar código; PostgreSQL se valorará.\n\n" +
	"Backend Developer: code review, Codereview. No Accountant, no Buchhalter."

// briefIn is brief of the mentions that tx finds in text.
func briefIn(tx *Taxonomy, text string) []string { return brief(text, tx.Extract(text)) }

// TestMentionLang checks that a mention tells the language of the name
// that matched, and that the cues of every language apply to all the text.
func TestMentionLang(t *testing.T) {
	want := []string{
		"Backend-Entwicklerin=backend-developer@de", "Backend-Entwickler EFZ=backend-developer@de-CH",
		"Code-Review=code-review preferred", "Postgres=postgresql negated",
		"Développeuse back-end=backend-developer@fr", "revue de code=code-review@fr",
		"Desarrollador backend=backend-developer@es", "revisar código=review-code@es", "PostgreSQL=postgresql preferred",
		"Backend Developer=backend-developer", "code review=code-review", "Codereview=code-review@de",
		"Accountant=accountant negated", "Buchhalter=accountant@de negated",
	}
	if diff := cmp.Diff(want, briefIn(localizedTaxonomy(t), localizedText)); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

// TestWithLanguages checks which localized names a restricted taxonomy
// finds: those of the languages given and of their more specific tags, and
// nothing that the whole taxonomy does not find.
func TestWithLanguages(t *testing.T) {
	tx := localizedTaxonomy(t)
	all := briefIn(tx, localizedText)
	langsOf := func(tags ...string) []string {
		r, err := tx.WithLanguages(tags...)
		if err != nil {
			t.Fatalf("WithLanguages(%q): %v", tags, err)
		}
		var langs []string
		for _, m := range r.Extract(localizedText) {
			if !slices.Contains(langs, m.Lang) {
				langs = append(langs, m.Lang)
			}
		}
		slices.Sort(langs)
		got := briefIn(r, localizedText)
		for _, b := range got {
			if !slices.Contains(all, b) {
				t.Errorf("WithLanguages(%q) finds %q, which the taxonomy does not", tags, b)
			}
		}
		return langs
	}
	for _, tt := range []struct {
		tags []string
		want []string
	}{
		{nil, []string{""}},
		{[]string{"de"}, []string{"", "de", "de-CH"}},
		{[]string{"DE-ch"}, []string{"", "de-CH"}},
		{[]string{"fr", "es"}, []string{"", "es", "fr"}},
		{[]string{"de-AT"}, []string{""}},
		{[]string{"it"}, []string{""}},
	} {
		if got := langsOf(tt.tags...); !slices.Equal(got, tt.want) {
			t.Errorf("WithLanguages(%q) finds names of %q, want %q", tt.tags, got, tt.want)
		}
	}

}

// TestWithLanguagesSharesData checks that a restricted taxonomy shares its
// data with the taxonomy it restricts, looks up every name, and that a
// restriction of it replaces its own.
func TestWithLanguagesSharesData(t *testing.T) {
	tx := localizedTaxonomy(t)
	de, err := tx.WithLanguages("de")
	if err != nil {
		t.Fatal(err)
	}
	if &de.f.Roles[0] != &tx.f.Roles[0] || de.roleAt == nil || fmt.Sprint(de.roleAt) != fmt.Sprint(tx.roleAt) {
		t.Error("the restricted taxonomy does not share the data")
	}
	if c, ok := de.Lookup("Développeur back-end"); !ok || c.ID != "backend-developer" {
		t.Errorf("the restricted taxonomy's Lookup misses a French name: %v, %v", c, ok)
	}
	if again, _ := de.WithLanguages("fr"); slices.Contains(langsOfMentions(again.Extract(localizedText)), "de") {
		t.Error("a restriction of a restricted taxonomy keeps the first restriction")
	}

}

// TestWithLanguagesBadTags checks that malformed tags are an *Error that
// lists each of them at its index.
func TestWithLanguagesBadTags(t *testing.T) {
	tx := localizedTaxonomy(t)
	_, err := tx.WithLanguages("de", "German", "fr", "de_CH")
	want := &Error{Subject: "argument", Problems: []Problem{
		{Path: "/1", Code: CodeLanguage, Message: `"German" is not a language tag such as "de", "de-CH" or "es-419"`},
		{Path: "/3", Code: CodeLanguage, Message: `"de_CH" is not a language tag such as "de", "de-CH" or "es-419"`},
	}}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("WithLanguages with bad tags: error %v, want an *Error", err)
	}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("error (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(err.Error(), "roles: ") {
		t.Errorf("error %q does not start with \"roles: \"", err)
	}
}

func langsOfMentions(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Lang)
	}
	return out
}

// TestWithLanguagesConcurrent reads text with one restricted taxonomy from
// several goroutines at once, its matcher built by whichever comes first;
// run it under -race.
func TestWithLanguagesConcurrent(t *testing.T) {
	for _, base := range []*Taxonomy{localizedTaxonomy(t), Default()} {
		de, err := base.WithLanguages("de")
		if err != nil {
			t.Fatal(err)
		}
		want := briefIn(base, localizedText) // built apart, for comparison
		want = slices.DeleteFunc(want, func(s string) bool { return strings.Contains(s, "@fr") || strings.Contains(s, "@es") })
		var wg sync.WaitGroup
		got := make([][]string, 8)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i] = briefIn(de, localizedText)
			}()
		}
		wg.Wait()
		for i := range got {
			if diff := cmp.Diff(want, got[i]); diff != "" {
				t.Fatalf("goroutine %d (-want +got):\n%s", i, diff)
			}
		}
	}
}

// TestNameIn checks the names and descriptions by language, and their
// fallbacks: the exact tag, then the primary language, then the own name.
func TestNameIn(t *testing.T) {
	tx := localizedTaxonomy(t)
	r, _ := tx.Role("backend-developer")
	s, _ := tx.Skill("code-review")
	resp, _ := tx.Responsibility("review-code")
	o, _ := tx.Occupation("accountant")
	for _, tt := range []struct {
		why, got, want string
	}{
		{"the exact tag", r.NameIn("de-CH"), "Backend-Entwickler EFZ"},
		{"the exact tag, in another case", r.NameIn("DE-ch"), "Backend-Entwickler EFZ"},
		{"no entry for the region: the primary language", r.NameIn("de-AT"), "Backend-Entwickler"},
		{"the primary language, which a region's entry does not answer for", r.NameIn("de"), "Backend-Entwickler"},
		{"no entry: the own name", r.NameIn("it"), "Backend Developer"},
		{"no language: the own name", r.NameIn(""), "Backend Developer"},
		{"a skill", s.NameIn("fr-CA"), "revue de code"},
		{"a preferred name that is the own name as names compare", s.NameIn("de"), "Code-Review"},
		{"a responsibility", resp.NameIn("es-419"), "revisar código"},
		{"an occupation", o.NameIn("de"), "Buchhalter"},
		{"a description of the exact tag", r.DescriptionIn("de"), "Hält die Serverseite am Laufen."},
		{"the region's entry has no description: the primary language's", r.DescriptionIn("de-CH"), "Hält die Serverseite am Laufen."},
		{"no entry has one: the own description", r.DescriptionIn("fr"), "Keeps the server side running."},
		{"a skill's description", s.DescriptionIn("fr"), "Relire le code des autres."},
		{"a responsibility's, from its own", resp.DescriptionIn("es"), "Reviews code."},
		{"an occupation's, from its own", o.DescriptionIn("de"), "Keeps the books."},
		{"Taxonomy.NameIn of a role", tx.NameIn(Concept{Kind: KindRole, ID: "backend-developer"}, "de-CH"), "Backend-Entwickler EFZ"},
		{"Taxonomy.NameIn of a skill", tx.NameIn(Concept{Kind: KindSkill, ID: "code-review"}, "fr-CA"), "revue de code"},
		{"Taxonomy.NameIn of a responsibility", tx.NameIn(Concept{Kind: KindResponsibility, ID: "review-code"}, "es"), "revisar código"},
		{"Taxonomy.NameIn of an occupation", tx.NameIn(Concept{Kind: KindOccupation, ID: "accountant"}, "de"), "Buchhalter"},
		{"Taxonomy.NameIn: no entry, the own name", tx.NameIn(Concept{Kind: KindSkill, ID: "code-review", Name: "ignored"}, "it"), s.Name},
		{"Taxonomy.NameIn: an unknown ID gives c.Name", tx.NameIn(Concept{Kind: KindSkill, ID: "no-such-skill", Name: "As given"}, "de"), "As given"},
		{"Taxonomy.NameIn: the kind chooses, not the ID alone", tx.NameIn(Concept{Kind: KindRole, ID: "code-review", Name: "As given"}, "fr"), "As given"},
		{"Taxonomy.NameIn: no kind", tx.NameIn(Concept{ID: "code-review", Name: "As given"}, "fr"), "As given"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.why, tt.got, tt.want)
		}
	}
}

// FuzzWithLanguages checks, for any tag, that WithLanguages accepts it
// exactly when it is well-formed, and that what the restricted taxonomy
// finds is what the full one finds, less the other languages' names.
func FuzzWithLanguages(f *testing.F) {
	for _, tag := range []string{"de", "de-CH", "DE", "es-419", "", "German", "de_CH", "fr-", "x-y", "de-ÄÖ"} {
		f.Add(tag)
	}
	tx := localizedTaxonomy(f)
	all := tx.Extract(localizedText)
	f.Fuzz(func(t *testing.T, tag string) {
		r, err := tx.WithLanguages(tag)
		if valid := validTag(strings.ToLower(tag)); valid != (err == nil) {
			t.Fatalf("WithLanguages(%q): error %v, well-formed %v", tag, err, valid)
		}
		if err != nil {
			return
		}
		var want []Mention
		for _, m := range all {
			if m.Lang == "" || r.matches(m.Lang) {
				want = append(want, m)
			}
		}
		if diff := cmp.Diff(want, r.Extract(localizedText), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("WithLanguages(%q) (-want +got):\n%s", tag, diff)
		}
	})
}

// practiceDoc is a skill of type practice with the localized entries
// given.
func practiceDoc(id, name, loc string) string {
	return fmt.Sprintf(`{"id": %q, "name": %q, "type": "practice", "description": "X.", "localized": [%s], "provenance": {"source": "extension"}}`, id, name, loc)
}

// overlayLocalizedCases are overlays of localizedDoc that add or change
// names and cues by language, with the problems each must give or a check
// of its result.
var overlayLocalizedCases = []struct {
	why     string
	overlay string
	want    []Problem
	check   func(t *testing.T, r *Taxonomy)
}{
	{"an extension adds a language, and names and a description to a language the concept has",
		`{"version": "x", "extend": [{"id": "code-review", "localized": [{"lang": "it", "name": "revisione del codice"},
			{"lang": "DE", "name": "Code-Reviews durchführen", "altNames": ["Codereviews"], "description": "Den Code anderer lesen."}]}]}`,
		nil, func(t *testing.T, r *Taxonomy) {
			s, _ := r.Skill("code-review")
			want := []Localized{
				{Lang: "de", Name: "Code-Review", AltNames: []string{"Codereview", "Code-Reviews durchführen", "Codereviews"}, Description: "Den Code anderer lesen."},
				{Lang: "fr", Name: "revue de code", Description: "Relire le code des autres."},
				{Lang: "it", Name: "revisione del codice"},
			}
			if diff := cmp.Diff(want, s.Localized); diff != "" {
				t.Errorf("localized (-want +got):\n%s", diff)
			}
			if got := briefIn(r, "Revisione del codice e Code-Reviews durchführen."); !slices.Equal(got, []string{
				"Revisione del codice=code-review@it", "Code-Reviews durchführen=code-review@de"}) {
				t.Errorf("mentions %q", got)
			}
		}},
	{"a second description, a name of another concept, a bad tag",
		`{"version": "x", "extend": [{"id": "code-review", "localized": [{"lang": "fr", "name": "relecture de code", "description": "Autre."},
			{"lang": "es", "name": "revisar código"}, {"lang": "Italian", "name": "revisione"}]}]}`,
		[]Problem{
			{Path: "/extend/0/localized/0/description", Code: CodeExtendMisfit, Message: `"code-review" has a description in "fr" already: replace the concept to change it`},
			{Path: "/extend/0/localized/1/name", Code: CodeNameClash, Message: `name "revisar código" is also a name of "review-code" (in the base taxonomy)`},
			{Path: "/extend/0/localized/2/lang", Code: CodeLanguage, Message: `"Italian" is not a language tag such as "de", "de-CH" or "es-419"`},
		}, nil},
	{"names added by two extensions clash, reported at the concept that comes first in the list, as other names",
		`{"version": "x", "extend": [{"id": "postgresql", "localized": [{"lang": "de", "name": "Postgres-Datenbank"}]},
			{"id": "code-review", "localized": [{"lang": "de", "name": "Postgres-Datenbank"}]}]}`,
		[]Problem{{Path: "/extend/0/localized/0/name", Code: CodeNameClash, Message: `name "Postgres-Datenbank" is also a name of "code-review" (at /extend/1/localized/0/name)`}}, nil},
	{"added and replaced concepts bring their entries, checked against the base's names; a preferred name may repeat its concept's",
		`{"version": "x", "add": {"skills": [` + practiceDoc("unit-testing", "unit testing", `{"lang": "de", "name": "Unit-Testing", "altNames": ["Komponententests", "Code-Review"]}`) + `]},
			"replace": {"skills": [` + practiceDoc("code-review", "code review", `{"lang": "de", "name": "Code-Review"}, {"lang": "de", "name": "Codeprüfung"}`) + `]}}`,
		[]Problem{
			{Path: "/add/skills/0/localized/0/altNames/1", Code: CodeNameClash, Message: `name "Code-Review" is also a name of "code-review" (at /replace/skills/0/name)`},
			{Path: "/replace/skills/0/localized/1/lang", Code: CodeLanguage, Message: `a second entry of language "de" (the first is entry 0 of the list)`},
		}, nil},
	{"qualifier cues by language: added to a language's, replacing a language's list, a new language",
		`{"version": "x", "add": {"qualifiers": {"localized": [{"lang": "de", "preferred": ["ein Plus", "von Vorteil"]}, {"lang": "fr", "preferred": ["un plus"]}]}},
			"replace": {"qualifiers": {"localized": [{"lang": "es", "preferred": ["deseable"]}]}}}`,
		nil, func(t *testing.T, r *Taxonomy) {
			want := []LocalizedCues{
				{Lang: "de", Preferred: []string{"von Vorteil", "wünschenswert", "ein Plus"}, Required: []string{},
					Negated: []string{"keine"}, NegatedAfter: []string{"nicht erforderlich"}},
				{Lang: "es", Preferred: []string{"deseable"}, Required: []string{"Requisitos"}, Negated: []string{}, NegatedAfter: []string{}},
				{Lang: "fr", Preferred: []string{"un plus"}, Required: []string{}, Negated: []string{}, NegatedAfter: []string{}},
			}
			if diff := cmp.Diff(want, r.QualifierCues().Localized, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("cues (-want +got):\n%s", diff)
			}
			if got := briefIn(r, "PostgreSQL un plus. Postgres deseable."); !slices.Equal(got, []string{
				"PostgreSQL=postgresql preferred", "Postgres=postgresql preferred"}) {
				t.Errorf("mentions %q", got)
			}
		}},
	{"bad tags among the qualifier cues, where the overlay gives them",
		`{"version": "x", "add": {"qualifiers": {"localized": [{"lang": "de"}, {"lang": "de", "preferred": ["x"]}]}},
			"replace": {"qualifiers": {"localized": [{"lang": "es_ES", "preferred": ["deseable"]}]}}}`,
		[]Problem{
			{Path: "/add/qualifiers/localized/1/lang", Code: CodeLanguage, Message: `a second entry of language "de" (the first is entry 0 of the list)`},
			{Path: "/replace/qualifiers/localized/0/lang", Code: CodeLanguage, Message: `"es_ES" is not a language tag such as "de", "de-CH" or "es-419"`},
		}, nil},
}

// TestOverlayLocalized checks what overlays do with names and cues by
// language: extensions add entries or names to entries, added and
// replaced concepts bring theirs, and each problem is located in the
// overlay.
func TestOverlayLocalized(t *testing.T) {
	tx := localizedTaxonomy(t)
	for _, tt := range overlayLocalizedCases {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tx.Overlay([]byte(tt.overlay))
			var got []Problem
			var e *Error
			if errors.As(err, &e) {
				got = e.Problems
			} else if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("problems (-want +got):\n%s", diff)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
	if diff := cmp.Diff(localizedTaxonomy(t).Skills(), tx.Skills()); diff != "" {
		t.Errorf("the overlays changed the base (-want +got):\n%s", diff)
	}
}

// TestLocalizedRepeats checks the preferred names of localized entries
// that repeat an earlier name of their concept: a mention of one is a
// mention of the earlier name, unless a restriction leaves that name's
// language out.
func TestLocalizedRepeats(t *testing.T) {
	doc := badDoc(`"skills": [{"id": "agile", "name": "agile", "type": "practice", "description": "A.",
		"localized": [{"lang": "de", "name": "Agile", "altNames": ["agil"]}, {"lang": "fr", "name": "AGIL"}],
		"provenance": {"source": "extension"}}]`)
	tx, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	const text = "Agile; agil."
	for _, tt := range []struct {
		tags []string // nil: no restriction
		want []string
	}{
		{nil, []string{"Agile=agile", "agil=agile@de"}},
		{[]string{"fr"}, []string{"Agile=agile", "agil=agile@fr"}},
		{[]string{"it", "fr"}, []string{"Agile=agile", "agil=agile@fr"}},
		{[]string{}, []string{"Agile=agile"}},
	} {
		r := tx
		if tt.tags != nil {
			if r, err = tx.WithLanguages(tt.tags...); err != nil {
				t.Fatal(err)
			}
		}
		if diff := cmp.Diff(tt.want, briefIn(r, text)); diff != "" {
			t.Errorf("WithLanguages(%q) (-want +got):\n%s", tt.tags, diff)
		}
	}
	s, _ := tx.Skill("agile")
	if s.NameIn("de") != "Agile" || s.NameIn("fr") != "AGIL" {
		t.Errorf("NameIn: de %q, fr %q", s.NameIn("de"), s.NameIn("fr"))
	}
}

// TestEmbeddedLocalizedSorted checks the convention of the embedded data:
// the localized entries of each concept, and of the qualifier cues, are
// sorted by tag.
func TestEmbeddedLocalizedSorted(t *testing.T) {
	tx := Default()
	tags := func(n int, tag func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = tag(i)
		}
		return out
	}
	check := func(what string, loc []Localized) {
		if got := tags(len(loc), func(i int) string { return loc[i].Lang }); !slices.IsSorted(got) {
			t.Errorf("%s: localized entries %q not sorted by tag", what, got)
		}
	}
	for _, r := range tx.Roles() {
		check(r.ID, r.Localized)
	}
	for _, s := range tx.Skills() {
		check(s.ID, s.Localized)
	}
	for _, r := range tx.Responsibilities() {
		check(r.ID, r.Localized)
	}
	for _, o := range tx.Occupations() {
		check(o.ID, o.Localized)
	}
	q := tx.QualifierCues().Localized
	if got := tags(len(q), func(i int) string { return q[i].Lang }); !slices.IsSorted(got) {
		t.Errorf("qualifier cues: localized entries %q not sorted by tag", got)
	}
}

// TestMatcherNames checks that the names a matcher maps hits to, made
// alone, are those of the engine configuration, for the embedded taxonomy
// and for restricted ones with repeated preferred names.
func TestMatcherNames(t *testing.T) {
	agile, err := Parse([]byte(badDoc(`"skills": [{"id": "agile", "name": "agile", "type": "practice", "description": "A.",
		"localized": [{"lang": "de", "name": "Agile", "altNames": ["agil"]}, {"lang": "fr", "name": "AGIL"}],
		"provenance": {"source": "extension"}}]`)))
	if err != nil {
		t.Fatal(err)
	}
	var all []*Taxonomy
	for _, tx := range []*Taxonomy{Default(), localizedTaxonomy(t), agile} {
		for _, tags := range [][]string{{"de"}, {"fr"}, {}} {
			r, err := tx.WithLanguages(tags...)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, r)
		}
		all = append(all, tx)
	}
	for i, tx := range all {
		if diff := cmp.Diff(configOf(tx).nameList, matcherNames(tx), cmp.AllowUnexported(nameList{}, namedIn{})); diff != "" {
			t.Errorf("taxonomy %d: matcherNames differs from the configuration's (-want +got):\n%s", i, diff)
		}
	}
}
