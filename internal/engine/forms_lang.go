package engine

import (
	"slices"
	"strings"
	"unicode"
)

// Word forms by language. A name whose Lang is German, French or Spanish
// gets the plural, case and gender forms of that language instead of the
// English ones; a name without a language (or in English) keeps the
// English forms (nameForms), and one in another language gets none. Forms
// that are no words of the language are harmless: they never occur in
// text. Gender forms written with a mark between the word and its
// feminine ending ("Entwickler/in", "Entwickler:in", "développeur·se",
// "desarrollador(a)") are phrases of two tokens whose gap must be that
// mark (see genderGaps); "développeur.euse" is one dotted token.

// form is a generated form of a name: its folded tokens and the keys of
// its gaps that do not join (see nameGaps).
type form struct {
	toks []string
	gaps []uint64
}

// formsOf returns the forms of a name with the given tokens, as written
// (raw) and folded, and gaps: its word forms by its language, and, when
// it has an umlaut, its German spelling with ae, oe and ue (see
// umlautSpelling) and the forms of that.
func formsOf(n *Name, raw, toks []string, gaps []uint64) []form {
	if n.Forms == NoForms {
		return nil
	}
	out := langForms(n, raw, toks, gaps)
	if v, ok := umlautSpelling(raw); ok {
		out = append(out, form{v, gaps})
		out = append(out, langForms(n, v, v, gaps)...)
	}
	return out
}

// langForms returns the word forms of a name's tokens by its language.
// English forms change only words written in ASCII, as before accents
// were folded: "développeur" folds to ASCII, but "développeurs" is no
// English form of it.
func langForms(n *Name, raw, toks []string, gaps []uint64) []form {
	var out []form
	switch primaryLang(n.Lang) {
	case "", "en":
		for _, f := range nameForms(toks, n.Forms == EdgeWords) {
			if changesASCIIOnly(raw, toks, f) {
				out = append(out, form{f, gaps})
			}
		}
	case "de":
		out = append(germanForms(toks, gaps), germanVerbForms(raw, toks, gaps)...)
	case "fr":
		out = frenchArticleForms(toks, gaps, append(romanceForms(toks, gaps, &french), frenchVerbForms(toks, gaps)...))
	case "es":
		out = append(romanceForms(toks, gaps, &spanish), spanishVerbForms(raw, toks, gaps)...)
	}
	return out
}

// changesASCIIOnly reports whether the words of form f that differ from
// toks are written in ASCII in raw.
func changesASCIIOnly(raw, toks, f []string) bool {
	for k := range f {
		if k < len(toks) && f[k] != toks[k] && k < len(raw) && strings.IndexFunc(raw[k], func(r rune) bool { return r >= 0x80 }) >= 0 {
			return false
		}
	}
	return true
}

// primaryLang returns the primary language subtag of a BCP 47 tag, in
// lower case: "de" for "de-CH".
func primaryLang(tag string) string {
	p, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(p)
}

// umlautSpelling returns the folded tokens of a name whose tokens as
// written have an umlaut, spelled with ae, oe and ue instead ("Übersicht"
// as uebersicht), and whether any has one.
func umlautSpelling(raw []string) ([]string, bool) {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")
	var out []string
	changed := false
	for _, t := range raw {
		v := r.Replace(t)
		changed = changed || v != t
		out = append(out, fold(v))
	}
	return out, changed
}

// genderGaps are the keys of the marks between a word and its feminine
// ending: '/', '*' and '_' as themselves, ':' and '(' as sepKey (see
// titleGap), and the middle dot.
var genderGaps = []uint64{'/', '*', '_', sepKey, 0xb7c2}

// withSuffix returns the form of toks and gaps with the token suf after
// token k, behind a gap with key key.
func withSuffix(toks []string, gaps []uint64, k int, suf string, key uint64) form {
	t := slices.Concat(toks[:k+1], []string{suf}, toks[k+1:])
	g := make([]uint64, len(toks)+1)
	copy(g, gaps)
	copy(g[k+2:], gaps[min(k+1, len(gaps)):])
	g[k+1] = key
	return form{t, g}
}

// gapKeyAt returns the key of the gap before token k, 0 where it joins.
func gapKeyAt(gaps []uint64, k int) uint64 {
	if k < len(gaps) {
		return gaps[k]
	}
	return 0
}

// replaced returns toks with token k replaced by w.
func replaced(toks []string, k int, w string) []string {
	t := slices.Clone(toks)
	t[k] = w
	return t
}

// lettersOnly reports whether w is at least three ASCII letters.
func lettersOnly(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// addForm adds f to out unless it is toks or out has it.
func addForm(out []form, toks []string, f form) []form {
	if slices.Equal(f.toks, toks) || slices.ContainsFunc(out, func(g form) bool { return slices.Equal(g.toks, f.toks) && slices.Equal(g.gaps, f.gaps) }) {
		return out
	}
	return append(out, f)
}

// germanForms returns the German forms of a name: its last word in its
// plural and case forms and, for a word for a person ("Entwickler",
// "Administrator", "Architekt"), its feminine forms, closed
// ("Entwicklerin", "EntwicklerInnen") and with a mark ("Entwickler/in",
// "Entwickler:in", "Entwickler*in", "Entwickler_in", "Entwickler(in)");
// and an adjective before it declined ("agile Methode", "agilen
// Methoden").
func germanForms(toks []string, gaps []uint64) []form {
	var out []form
	n := len(toks) - 1
	last := append([]string{toks[n]}, germanWord(toks[n])...)
	bases := [][]string{toks}
	for k := 0; k < n; k++ {
		if w := toks[k]; strings.HasSuffix(w, "e") && lettersOnly(w) {
			for _, end := range []string{"n", "r", "s", "m"} {
				bases = append(bases, replaced(toks, k, w+end))
			}
		}
	}
	for _, b := range bases {
		for _, w := range last {
			out = addForm(out, toks, form{replaced(b, n, w), gaps})
		}
	}
	if germanPerson(toks[n]) {
		for _, suf := range []string{"in", "innen"} {
			for _, key := range genderGaps[:4] {
				out = addForm(out, toks, withSuffix(toks, gaps, n, suf, key))
			}
		}
	}
	return out
}

// germanWord returns the plural and case forms of a German noun, and the
// feminine forms of a word for a person.
func germanWord(w string) []string {
	if !lettersOnly(w) {
		return nil
	}
	var out []string
	switch {
	case strings.HasSuffix(w, "in") && len(w) > 5:
		out = []string{w + "nen"} // Entwicklerin, Entwicklerinnen
	case strings.HasSuffix(w, "e"):
		out = []string{w + "n"}
	case hasAnySuffix(w, "ung", "heit", "keit", "schaft", "tat", "ion", "ik", "ur", "ei", "enz", "anz"):
		out = []string{w + "en"}
	case strings.HasSuffix(w, "nis"):
		out = []string{w + "se", w + "ses"}
	case hasAnySuffix(w, "er", "el"):
		out = []string{w + "n", w + "s"}
	case hasAnySuffix(w, "en", "s", "x", "z"):
		if strings.HasSuffix(w, "ss") {
			out = []string{w + "e", w + "es"}
		}
	case strings.IndexByte("aiouy", w[len(w)-1]) >= 0:
		out = []string{w + "s"}
	default:
		out = []string{w + "e", w + "en", w + "s", w + "es"}
	}
	if germanPerson(w) {
		out = append(out, w+"in", w+"innen")
	}
	return out
}

// germanPerson reports whether w ends as German words for a person that
// take -in for the feminine do: Entwickler, Administrator, Spezialist,
// Ingenieur, Architekt, Consultant, Student.
func germanPerson(w string) bool {
	return lettersOnly(w) && hasAnySuffix(w, "er", "or", "ist", "eur", "ekt", "ant", "ent")
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// romance holds the rules of French or Spanish word forms.
type romance struct {
	plural, singular func(string) string
	// feminine returns the feminine of a word for a person, and the
	// endings written after a mark ("développeur·se", "desarrollador/a").
	feminine func(string) (string, []string)
	// stop are the words after which a phrase's words keep their number:
	// "bases de données".
	stop map[string]bool
	// dotted says the feminine ending may follow a dot: "développeur.euse".
	dotted bool
}

// romanceForms returns the French or Spanish forms of a name: its first
// word, and all its words before the first of l.stop, in the plural and in
// the singular ("développeurs back-end", "tests unitaires" and "test
// unitaire", "pruebas unitarias", "revisiones de código"); the feminine of
// its first word, in both numbers ("développeuse", "desarrolladoras"); and
// the feminine written with a mark after the first word.
func romanceForms(toks []string, gaps []uint64, l *romance) []form {
	var out []form
	head := len(toks)
	for k, w := range toks {
		if l.stop[w] {
			head = k
			break
		}
	}
	for _, num := range []func(string) string{l.plural, l.singular} {
		first := replaced(toks, 0, num(toks[0]))
		out = addForm(out, toks, form{first, gaps})
		all := slices.Clone(toks)
		for k := 0; k < head; k++ {
			all[k] = num(toks[k])
		}
		out = addForm(out, toks, form{all, gaps})
	}
	fem, endings := l.feminine(l.singular(toks[0]))
	if fem == "" {
		return out
	}
	out = addForm(out, toks, form{replaced(toks, 0, fem), gaps})
	out = addForm(out, toks, form{replaced(toks, 0, l.plural(fem)), gaps})
	for _, e := range endings {
		for _, key := range []uint64{'/', sepKey, 0xb7c2} {
			out = addForm(out, toks, withSuffix(toks, gaps, 0, e, key))
		}
		if len(toks) > 1 && gapKeyAt(gaps, 1) == 0 {
			// "développeur(se) back-end": the bracket closes before the
			// next word.
			f := withSuffix(toks, gaps, 0, e, sepKey)
			f.gaps[2] = ')'
			out = addForm(out, toks, f)
		}
		if l.dotted {
			out = addForm(out, toks, form{replaced(toks, 0, toks[0]+"."+e), gaps})
		}
	}
	return out
}

var french = romance{
	plural: func(w string) string {
		switch {
		case !lettersOnly(w) || hasAnySuffix(w, "s", "x", "z"):
			return w
		case hasAnySuffix(w, "eau", "eu", "au"):
			return w + "x"
		case strings.HasSuffix(w, "al"):
			return w[:len(w)-2] + "aux"
		}
		return w + "s"
	},
	singular: func(w string) string {
		switch {
		case !lettersOnly(w) || len(w) < 4:
			return w
		case strings.HasSuffix(w, "aux") && !strings.HasSuffix(w, "eaux"):
			return w[:len(w)-3] + "al"
		case hasAnySuffix(w, "eaux", "eux"), strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
		return w
	},
	feminine: func(w string) (string, []string) {
		switch {
		case !lettersOnly(w):
		case strings.HasSuffix(w, "teur"):
			return w[:len(w)-3] + "rice", []string{"rice", "trice", "euse", "se"}
		case strings.HasSuffix(w, "eur"):
			return w[:len(w)-3] + "euse", []string{"euse", "se"}
		case strings.HasSuffix(w, "ien"):
			return w + "ne", []string{"ne", "enne"}
		case strings.HasSuffix(w, "ier"):
			return w[:len(w)-2] + "ere", []string{"e", "ere"}
		case hasAnySuffix(w, "ant", "ent", "and", "ais"):
			return w + "e", []string{"e"}
		case strings.HasSuffix(w, "if"):
			return w[:len(w)-1] + "ve", []string{"ve", "ive"}
		}
		return "", nil
	},
	stop:   wordSet("de du des la le les et en a au aux pour sur avec par dans"),
	dotted: true,
}

// frenchVerbForms returns the forms of a French name that opens with a verb
// in the infinitive ("optimiser les requêtes", "concevoir le schéma"), with
// the verb as postings and resumes conjugate it (see frenchConjugations):
// "vous optimiserez", "tu optimises", "optimisé" (accents are folded),
// "vous concevrez", "conçu"; and the verb, in each form, with the first
// article after it written as each of its frenchDeterminers ("construirez
// nos pipelines de données"). A noun in -er or -ir first ("cahier de
// recette") gets forms that no text writes; a verb alone gets none, as its
// forms alone say too little.
func frenchVerbForms(toks []string, gaps []uint64) []form {
	if len(toks) < 2 {
		return nil
	}
	verbs := frenchConjugations(toks[0])
	if verbs == nil {
		return nil
	}
	k := slices.IndexFunc(toks[1:], func(w string) bool { return frenchDeterminers[w] != nil }) + 1
	var out []form
	for _, v := range append([]string{toks[0]}, verbs...) {
		t := replaced(toks, 0, v)
		out = addForm(out, toks, form{t, gaps})
		if k > 0 {
			for _, d := range frenchDeterminers[toks[k]] {
				out = addForm(out, toks, form{replaced(t, k, d), gaps})
			}
		}
	}
	return out
}

// frenchThirdGroup are the endings of the French verbs of the third group
// that postings put before a name, folded, each with the endings of its
// forms in the present (tu, il, vous, nous, ils), the past participle
// (four forms, or those that differ), the future (vous, tu, il) and the
// present participle: concevoir, recevoir; maintenir, obtenir; prévenir,
// intervenir; construire, réduire, produire; écrire, décrire; mettre,
// permettre; prendre, comprendre; résoudre; faire; suivre, poursuivre;
// lire, relire; ouvrir, couvrir, offrir.
var frenchThirdGroup = []struct {
	inf  string
	ends []string
}{
	{"cevoir", []string{"cois", "coit", "cevez", "cevons", "coivent", "cu", "cue", "cus", "cues", "cevrez", "cevras", "cevra", "cevant"}},
	{"tenir", []string{"tiens", "tient", "tenez", "tenons", "tiennent", "tenu", "tenue", "tenus", "tenues", "tiendrez", "tiendras", "tiendra", "tenant"}},
	{"venir", []string{"viens", "vient", "venez", "venons", "viennent", "venu", "venue", "venus", "venues", "viendrez", "viendras", "viendra", "venant"}},
	{"uire", []string{"uis", "uit", "uisez", "uisons", "uisent", "uite", "uits", "uites", "uirez", "uiras", "uira", "uisant"}},
	{"crire", []string{"cris", "crit", "crivez", "crivons", "crivent", "crite", "crits", "crites", "crirez", "criras", "crira", "crivant"}},
	{"mettre", []string{"mets", "met", "mettez", "mettons", "mettent", "mis", "mise", "mises", "mettrez", "mettras", "mettra", "mettant"}},
	{"prendre", []string{"prends", "prend", "prenez", "prenons", "prennent", "pris", "prise", "prises", "prendrez", "prendras", "prendra", "prenant"}},
	{"soudre", []string{"sous", "sout", "solvez", "solvons", "solvent", "solu", "solue", "solus", "solues", "soudrez", "soudras", "soudra", "solvant"}},
	{"faire", []string{"fais", "fait", "faites", "faisons", "font", "faite", "faits", "ferez", "feras", "fera", "faisant"}},
	{"suivre", []string{"suis", "suit", "suivez", "suivons", "suivent", "suivi", "suivie", "suivis", "suivies", "suivrez", "suivras", "suivra", "suivant"}},
	{"lire", []string{"lis", "lit", "lisez", "lisons", "lisent", "lu", "lue", "lus", "lues", "lirez", "liras", "lira", "lisant"}},
	{"vrir", []string{"vre", "vres", "vrez", "vrons", "vrent", "vert", "verte", "verts", "vertes", "vrirez", "vriras", "vrira", "vrant"}},
}

// frenchConjugations returns the forms of the French verb w, folded, as
// postings and resumes write it before a name: in the present ("vous
// optimisez", "il optimise", "nous corrigeons", "ils optimisent"), the
// future ("vous optimiserez", "tu optimiseras", "il optimisera"), the past
// participle ("optimisé", "optimisée(s)") and the present participle ("en
// optimisant"). The third group goes by frenchThirdGroup; other verbs in
// -er by the first group ("déployer" also as "déploie", "déploierez"), and
// in -ir by the second ("définir": "définissez", "défini"). Other words
// get none.
func frenchConjugations(w string) []string {
	if len(w) < 4 || !lettersOnly(w) {
		return nil
	}
	for _, v := range frenchThirdGroup {
		if stem, ok := strings.CutSuffix(w, v.inf); ok {
			out := make([]string, len(v.ends))
			for k, e := range v.ends {
				out[k] = stem + e
			}
			return out
		}
	}
	stem := w[:len(w)-2]
	switch {
	case len(w) < 5 || strings.HasSuffix(w, "oir"):
		return nil
	case strings.HasSuffix(w, "er"):
		soft := stem
		if strings.HasSuffix(stem, "g") {
			soft = stem + "e" // corrigeons, corrigeant
		}
		out := []string{stem + "e", stem + "es", stem + "ez", soft + "ons", stem + "ent", stem + "ee", stem + "ees", w + "ez", w + "as", w + "a", soft + "ant"}
		if y, ok := strings.CutSuffix(stem, "y"); ok {
			out = append(out, y+"ie", y+"ies", y+"ient", y+"ierez", y+"ieras", y+"iera") // déploie, déploierez
		}
		return out
	case strings.HasSuffix(w, "ir"):
		return []string{stem + "is", stem + "it", stem + "issez", stem + "issons", stem + "issent", stem + "i", stem + "ie", stem + "ies", w + "ez", w + "as", w + "a", stem + "issant"}
	}
	return nil
}

// frenchArticles are the French articles that a name's article may be
// written as instead, in the same number: "rédiger des cas de test" and
// "rédiger les cas de test", "concevoir le schéma" and "concevoir un
// schéma". Elided articles (l', d') are no tokens of their own.
var frenchArticles = map[string]string{"les": "des", "des": "les", "le": "un", "un": "le", "la": "une", "une": "la"}

// frenchDeterminers are the possessive determiners that
// the first article after a verb that opens a name may be written as, in
// the same number: "construire des pipelines de données" as "construirez
// nos pipelines de données", "concevoir le schéma" as "concevoir votre
// schéma". Others ("ses", "ces") are rarer in postings than the
// forms they would cost.
var frenchDeterminers = map[string][]string{
	"les": {"nos", "vos", "leurs"},
	"des": {"nos", "vos", "leurs"},
	"le":  {"notre", "votre", "leur"},
	"un":  {"notre", "votre", "leur"},
	"la":  {"notre", "votre", "leur"},
	"une": {"notre", "votre", "leur"},
}

// frenchArticleForms returns forms, the French forms of a name with tokens
// toks and gaps, with each of them, and the name itself, also with its
// articles after its first word swapped for the others of frenchArticles.
// A form with a wrong gender or a partitive that no text writes is
// harmless.
func frenchArticleForms(toks []string, gaps []uint64, forms []form) []form {
	out := forms
	for _, f := range append([]form{{toks, gaps}}, forms...) {
		swapped, changed := slices.Clone(f.toks), false
		for k := 1; k < len(swapped); k++ {
			if a, ok := frenchArticles[swapped[k]]; ok {
				swapped[k], changed = a, true
			}
		}
		if changed {
			out = addForm(out, toks, form{swapped, f.gaps})
		}
	}
	return out
}

var spanish = romance{
	plural: func(w string) string {
		switch {
		case !lettersOnly(w) || hasAnySuffix(w, "s", "x"):
			return w
		case strings.IndexByte("aeiou", w[len(w)-1]) >= 0:
			return w + "s"
		case strings.HasSuffix(w, "z"):
			return w[:len(w)-1] + "ces"
		}
		return w + "es"
	},
	singular: func(w string) string {
		switch {
		case !lettersOnly(w) || len(w) < 4:
			return w
		case strings.HasSuffix(w, "ces"):
			return w[:len(w)-3] + "z"
		case strings.HasSuffix(w, "es") && strings.IndexByte("rldnj", w[len(w)-3]) >= 0:
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && strings.IndexByte("aeiou", w[len(w)-2]) >= 0:
			return w[:len(w)-1]
		}
		return w
	},
	feminine: func(w string) (string, []string) {
		switch {
		case !lettersOnly(w):
		case strings.HasSuffix(w, "or"):
			return w + "a", []string{"a", "ra"}
		case strings.HasSuffix(w, "o"):
			return w[:len(w)-1] + "a", []string{"a"}
		}
		return "", nil
	},
	stop: wordSet("de del la el los las y en para con a al por"),
}

// verbWord reports whether w, a word as written, is at least five
// letters, all in lower case: a German verb, where nouns are capitalised,
// or a Spanish verb, where names of roles and products are.
func verbWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 5
}

// spanishVerbForms returns the forms of a Spanish name of two words or
// more that starts with a verb in the infinitive ("desarrollar APIs",
// "automatizar los despliegues") as postings and resumes conjugate it:
// the future ("desarrollarás", "desarrollará"), the present for tú
// ("desarrollas"), the preterite ("desarrollé", "corregí", "construyó"),
// the gerund ("desarrollando", "construyendo") and the participle ("he
// desarrollado"). Accents are folded for matching, so the forms are
// written without them. Left out: the present for nosotros ("reportamos
// errores" is a company's bookkeeping as often as its testers') and the
// preterite "desarrolló" of -ar verbs, which folds to the noun
// "desarrollo" ("Diseño y desarrollo de APIs"). Irregular verbs get
// regular forms, which no text writes; a name of one word gets none
// ("documentar" would give "documentas").
func spanishVerbForms(raw, toks []string, gaps []uint64) []form {
	if len(toks) < 2 || len(raw) < 2 || !verbWord(raw[0]) {
		return nil
	}
	var out []form
	for _, w := range spanishVerb(toks[0]) {
		out = addForm(out, toks, form{replaced(toks, 0, w), gaps})
	}
	return out
}

// spanishVerb returns the forms of a Spanish infinitive listed by
// spanishVerbForms, or nil when inf ends in none of -ar, -er and -ir.
func spanishVerb(inf string) []string {
	stem, end := inf[:len(inf)-2], inf[len(inf)-2:]
	switch end {
	case "ar":
		pret := stem + "e" // desarrollé
		switch {
		case strings.HasSuffix(stem, "c"):
			pret = stem[:len(stem)-1] + "que" // practiqué
		case strings.HasSuffix(stem, "g"):
			pret = stem + "ue" // entregué
		case strings.HasSuffix(stem, "z"):
			pret = stem[:len(stem)-1] + "ce" // automaticé
		}
		return []string{inf + "as", inf + "a", stem + "as", pret, stem + "ando", stem + "ado"}
	case "er", "ir":
		gerund := stem + "iendo"
		if strings.IndexByte("aeiou", stem[len(stem)-1]) >= 0 {
			gerund = stem + "yendo" // construyendo
		}
		return []string{inf + "as", inf + "a", stem + "es", stem + "i", stem + "io", gerund, stem + "ido"}
	}
	return nil
}

// separable are the German particles that a verb leaves at the end of its
// clause when conjugated: "Features umsetzen", "du setzt Features um".
var separable = []string{"zusammen", "weiter", "durch", "nach", "fest", "auf", "aus", "ein", "mit", "vor", "bei", "an", "ab", "um"}

// germanVerbForms returns the forms of a German name of two words or more
// that ends in a verb in the infinitive ("neue Features entwickeln",
// "Datenpipelines aufbauen"), as a posting's main clause puts the verb
// first: for du ("du entwickelst neue Features", "du baust
// Datenpipelines auf") and for Sie and wir ("Sie entwickeln neue
// Features"). A verb that may start with a particle gets both readings;
// the one that is no word never occurs in text.
func germanVerbForms(raw, toks []string, gaps []uint64) []form {
	n := len(toks) - 1
	if n < 1 || len(raw) != len(toks) || !verbWord(raw[n]) || !hasAnySuffix(toks[n], "en", "ln", "rn") {
		return nil
	}
	var out []form
	verbFirst := func(verb, particle string) {
		t := append([]string{verb}, toks[:n]...)
		g := []uint64(nil)
		if gaps != nil {
			g = make([]uint64, len(toks), len(toks)+1)
			g[1] = gapKeyAt(gaps, n)
			for k := 1; k < n; k++ {
				g[k+1] = gapKeyAt(gaps, k)
			}
		}
		if particle != "" {
			t = append(t, particle)
			if g != nil {
				g = append(g, 0)
			}
		}
		out = addForm(out, toks, form{t, g})
	}
	inf := toks[n]
	verbFirst(germanDu(inf), "")
	verbFirst(inf, "")
	for _, p := range separable {
		if rest := strings.TrimPrefix(inf, p); len(rest) >= 4 && rest != inf {
			verbFirst(germanDu(rest), p)
			verbFirst(rest, p)
		}
	}
	return out
}

// germanDu returns the present tense for du of a regular German verb:
// entwickeln, entwickelst; melden, meldest; setzen, setzt; bauen, baust.
func germanDu(inf string) string {
	stem := strings.TrimSuffix(inf, "n")
	if strings.HasSuffix(inf, "en") {
		stem = inf[:len(inf)-2]
	}
	switch {
	case stem == "":
		return inf
	case hasAnySuffix(stem, "t", "d", "chn") || len(stem) > 2 && hasAnySuffix(stem, "m", "n") && !strings.ContainsRune("lrmnh", rune(stem[len(stem)-2])):
		return stem + "est" // arbeitest, öffnest, rechnest (but lernst, wohnst)
	case hasAnySuffix(stem, "s", "ß", "x", "z"):
		return stem + "t" // setzt, fixt
	}
	return stem + "st"
}
