package roles

import (
	"sync"

	"github.com/openroles/roles/internal/engine"
)

// The default taxonomy is made at build time, as x/net/publicsuffix makes
// its tables, so that Default and the first Extract cost almost nothing: go
// generate runs TestGenerated (default_gen_test.go), which reads
// taxonomy/backend.json as Parse does and writes what Default needs of it.
// The JSON stays the source; the same test fails while what it wrote is
// stale. (Should a change to the types of the file leave
// default_taxonomy.go unable to compile, make it "var defaultFile file"
// before running go generate.)
//
//   - default_taxonomy.go: the decoded, checked and sorted data
//     (defaultFile), a composite literal that the linker lays out as
//     static data: no code runs to make it.
//   - internal/engine/builtin_tables.go: the compiled matcher
//     (engine.Matcher.BuiltinSource), tables of pointer-free values that
//     the linker lays out as static data too, made into a matcher by
//     engine.Builtin on the first scan.
//
//go:generate go test -count=1 -run ^TestGenerated$ -generate

// loadDefault makes the embedded taxonomy from its generated data: only the
// indexes are made at run time, and the matcher on first use.
func loadDefault() *Taxonomy {
	t := index(defaultFile, nil)
	t.matcher = sync.OnceValue(func() *matcher { return loadMatcher(t) })
	return t
}

// loadMatcher makes the matcher of the embedded taxonomy t from its
// generated tables.
func loadMatcher(t *Taxonomy) *matcher {
	return &matcher{m: engine.Builtin(), nameList: matcherNames(t)}
}
