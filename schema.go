package roles

import (
	"bytes"
	"embed"
	"fmt"
	"io"
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
