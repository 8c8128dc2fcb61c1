package roles

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// SchemaID is the absolute $id of the JSON Schema that describes the
// taxonomy format. A taxonomy file may name it in its "$schema" member.
const SchemaID = "https://openroles.github.io/roles/schema/taxonomy.schema.json"

// OverlaySchemaID is the absolute $id of the JSON Schema that describes the
// overlay format. An overlay file may name it in its "$schema" member.
const OverlaySchemaID = "https://openroles.github.io/roles/schema/overlay.schema.json"

// Schema returns the JSON Schema (draft 2020-12) that a taxonomy file must
// satisfy, for tools that check taxonomy files in other languages. The
// returned slice is a copy.
func Schema() []byte { return schemaFile(SchemaID) }

// OverlaySchema returns the JSON Schema (draft 2020-12) that an overlay file
// must satisfy. It refers to the definitions of the taxonomy schema (see
// [Schema]) by its $id. The returned slice is a copy.
func OverlaySchema() []byte { return schemaFile(OverlaySchemaID) }

//go:embed schema/taxonomy.schema.json schema/overlay.schema.json
var schemaFS embed.FS

// schemaFiles names the file in schemaFS of each embedded schema, by $id.
var schemaFiles = map[string]string{
	SchemaID:        "schema/taxonomy.schema.json",
	OverlaySchemaID: "schema/overlay.schema.json",
}

// schemaFile returns a copy of the embedded schema with the given $id.
func schemaFile(id string) []byte {
	data, err := schemaFS.ReadFile(schemaFiles[id])
	if err != nil {
		panic("roles: embedded schema " + id + ": " + err.Error())
	}
	return data // ReadFile returns a fresh copy
}

// compiledSchemas compiles every embedded schema, once, on first use. The
// compiler knows the embedded schemas only: it never fetches anything that a
// schema or a document names.
var compiledSchemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("roles: schema loading of %q is not allowed", s)
	}
	for id := range schemaFiles {
		if err := c.AddResource(id, bytes.NewReader(schemaFile(id))); err != nil {
			return nil, err
		}
	}
	out := make(map[string]*jsonschema.Schema, len(schemaFiles))
	for id := range schemaFiles {
		s, err := c.Compile(id)
		if err != nil {
			return nil, err
		}
		out[id] = s
	}
	return out, nil
})

// compiledSchema returns the embedded schema with the given $id, compiled.
func compiledSchema(id string) (*jsonschema.Schema, error) {
	all, err := compiledSchemas()
	if err != nil {
		return nil, err
	}
	return all[id], nil
}

// A shape tells whether a decoded JSON value (as encoding/json decodes into
// an any, with UseNumber) satisfies one definition of the taxonomy schema.
// The shapes below restate schema/taxonomy.schema.json in Go, so that a
// valid document, the common case, is accepted without the general
// validator, which is some forty times slower. They only decide: whenever
// one rejects a document, the compiled schema validates it to tell what is
// wrong, in its words. A shape must therefore never accept a value the
// schema rejects, and a change to the schema file must be made here too;
// TestShapesAgreeWithSchema and FuzzShapes check that the shapes accept
// exactly what the schema does.
type shape func(v any) bool

// anyString accepts any string.
func anyString(v any) bool { _, ok := v.(string); return ok }

// text accepts a string of at least one character ("minLength": 1).
func text(v any) bool { s, ok := v.(string); return ok && s != "" }

// boolean accepts true and false.
func boolean(v any) bool { _, ok := v.(bool); return ok }

// isID accepts an ID: "^[a-z0-9]+(-[a-z0-9]+)*$".
func isID(v any) bool {
	s, ok := v.(string)
	if !ok || s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// isURL accepts a string that matches "^https?://".
func isURL(v any) bool {
	s, ok := v.(string)
	return ok && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"))
}

// oneOf accepts the strings listed ("enum" of strings).
func oneOf(values ...string) shape {
	return func(v any) bool { s, ok := v.(string); return ok && slices.Contains(values, s) }
}

// rating accepts an integer from 1 to 5, written as JSON allows (4, 4.0,
// 4e0, 0.4e1).
func rating(v any) bool {
	n, ok := v.(json.Number)
	if !ok {
		return false
	}
	lit, ok := plainInteger(string(n))
	i, err := strconv.Atoi(lit)
	return ok && err == nil && 1 <= i && i <= 5
}

// arrayOf accepts an array of at least min items, each of which item
// accepts.
func arrayOf(min int, item shape) shape {
	return func(v any) bool {
		a, ok := v.([]any)
		if !ok || len(a) < min {
			return false
		}
		for _, x := range a {
			if !item(x) {
				return false
			}
		}
		return true
	}
}

// object accepts an object that has the required members and no members
// but those of props, each accepted by its shape.
func object(required []string, props map[string]shape) shape {
	return func(v any) bool {
		o, ok := v.(map[string]any)
		if !ok {
			return false
		}
		for _, k := range required {
			if _, ok := o[k]; !ok {
				return false
			}
		}
		for k, x := range o {
			if p, ok := props[k]; !ok || !p(x) {
				return false
			}
		}
		return true
	}
}

// provenanceShape returns the shape of a provenance: an article's names
// its part and quote, an extension's no part ("if", "then", "else").
func provenanceShape() shape {
	members := object([]string{"source"}, map[string]shape{
		"source": oneOf("article", "extension"),
		"part": oneOf("backend-development", "developer-skills", "developer-responsibilities",
			"engineer-skills", "engineer-responsibilities", "engineer-day-to-day", "hiring-advice"),
		"quote": text,
	})
	return func(v any) bool {
		if !members(v) {
			return false
		}
		o := v.(map[string]any)
		_, part := o["part"]
		_, quote := o["quote"]
		if o["source"] == "article" {
			return part && quote
		}
		return !part
	}
}

// taxonomyShape is the taxonomy schema restated as shapes, built on first
// use.
var taxonomyShape = sync.OnceValue(func() shape {
	ids, phrases, provenance := arrayOf(0, isID), arrayOf(0, text), provenanceShape()
	nameRules := arrayOf(0, object([]string{"name"}, map[string]shape{
		"name": text, "caseSensitive": boolean, "context": phrases, "notWithin": phrases, "exact": boolean,
	}))
	localized := arrayOf(0, object([]string{"lang", "name"}, map[string]shape{
		"lang": text, "name": text, "altNames": phrases, "description": text,
	}))
	// concept returns the members of a concept: its ID, names and
	// description, its provenance, and more.
	concept := func(more map[string]shape) map[string]shape {
		m := map[string]shape{"id": isID, "name": text, "altNames": phrases, "nameRules": nameRules,
			"description": text, "localized": localized, "provenance": provenance}
		maps.Copy(m, more)
		return m
	}
	base := []string{"id", "name", "description", "provenance"}
	role := object(slices.Concat(base, []string{"skills", "responsibilities"}), concept(map[string]shape{
		"skills": arrayOf(0, object([]string{"skill", "requirement", "importance"}, map[string]shape{
			"skill": isID, "requirement": oneOf("essential", "optional"), "importance": rating,
		})),
		"responsibilities": ids,
		"relations": arrayOf(0, object([]string{"type", "role", "provenance"}, map[string]shape{
			"type": oneOf("builds-foundation-for", "works-on-foundation-of"), "role": isID,
			"description": anyString, "provenance": provenance,
		})),
		"crosswalk": arrayOf(0, object([]string{"scheme", "code", "label", "match"}, map[string]shape{
			"scheme": oneOf("O*NET-SOC", "ISCO-08", "ESCO"), "code": text, "uri": isURL, "label": text,
			"match": oneOf("exact", "close", "broad", "related"),
		})),
	}))
	skill := object(slices.Concat(base, []string{"type"}), concept(map[string]shape{
		"type": oneOf("competency", "language", "framework", "database", "platform", "tool",
			"protocol", "practice", "standard"),
		"broader": ids,
	}))
	responsibility := object(slices.Concat(base, []string{"skills"}), concept(map[string]shape{"skills": ids}))
	occupation := object(base, concept(nil))
	hiringCue := object([]string{"id", "role", "phrases", "weight", "provenance"}, map[string]shape{
		"id": isID, "role": isID, "phrases": arrayOf(1, text), "weight": rating, "provenance": provenance,
	})
	localizedCues := arrayOf(0, object([]string{"lang"}, map[string]shape{
		"lang": text, "preferred": phrases, "required": phrases, "negated": phrases, "negatedAfter": phrases,
		"notNegating": phrases,
	}))
	qualifiers := object([]string{"preferred", "required", "negated", "negatedAfter"}, map[string]shape{
		"preferred": phrases, "required": phrases, "negated": phrases, "negatedAfter": phrases,
		"notNegating": phrases, "localized": localizedCues,
	})
	return object([]string{"version", "roles", "skills", "responsibilities", "hiringCues", "qualifiers"}, map[string]shape{
		"$schema": anyString, "version": text, "roles": arrayOf(0, role), "skills": arrayOf(0, skill),
		"responsibilities": arrayOf(0, responsibility), "hiringCues": arrayOf(0, hiringCue),
		"qualifiers": qualifiers, "occupations": arrayOf(0, occupation),
	})
})
