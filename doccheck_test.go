package roles

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestExportedDocs fails naming every exported identifier of the package
// (types, functions, methods, constants, variables) that has no doc comment.
// A constant or variable in a group is documented by its own comment, its
// line comment, or the group's. Struct fields are not required to have one
// here: many (ID, Name) say all in their name and JSON tag; undocumented(.,
// true) lists them.
func TestExportedDocs(t *testing.T) {
	missing, err := undocumented(".", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range missing {
		t.Errorf("%s has no doc comment", m)
	}
}

func TestUndocumentedFindsGaps(t *testing.T) {
	// The checker itself must see what it is for.
	dir := t.TempDir()
	src := `package p

// Documented is fine.
type Documented struct {
	Field int // a line comment counts
	Bare  string
	hidden int
}

type Naked int

func Exposed() {}

// Method is documented.
func (Documented) Method() {}

func (Naked) Undone() {}

func (*hiddenType) Exposed() {}

type hiddenType struct{}

// The constants.
const (
	A = 1
	B = 2
)

const C = 3

var (
	// D is documented.
	D = 4
	E = 5
)
`
	if err := os.WriteFile(dir+"/p.go", []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		fields bool
		want   []string
	}{
		{false, []string{"p.go: C", "p.go: E", "p.go: Exposed", "p.go: Naked", "p.go: Naked.Undone"}},
		{true, []string{"p.go: C", "p.go: Documented.Bare", "p.go: E", "p.go: Exposed", "p.go: Naked", "p.go: Naked.Undone"}},
	} {
		got, err := undocumented(dir, tc.fields)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("undocumented(fields=%v) = %q\nwant %q", tc.fields, got, tc.want)
		}
	}
}

// undocumented lists "file: Name" for each exported identifier without a
// doc comment in the non-test Go files of dir, sorted; with fields, also
// "file: Type.Field" for exported fields of exported struct types.
func undocumented(dir string, fields bool) ([]string, error) {
	fset := gotoken.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, dir+"/"+name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		miss := func(ident string) { out = append(out, name+": "+ident) }
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Doc != nil {
					continue
				}
				if d.Recv == nil {
					miss(d.Name.Name)
				} else if recv := receiverName(d.Recv.List[0].Type); ast.IsExported(recv) {
					miss(recv + "." + d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if !s.Name.IsExported() {
							continue
						}
						if s.Doc == nil && d.Doc == nil {
							miss(s.Name.Name)
						}
						if st, ok := s.Type.(*ast.StructType); ok && fields {
							for _, fld := range st.Fields.List {
								for _, n := range fld.Names {
									if n.IsExported() && fld.Doc == nil && fld.Comment == nil {
										miss(s.Name.Name + "." + n.Name)
									}
								}
							}
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
								miss(n.Name)
							}
						}
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// receiverName returns the type name of a method receiver: T for T, *T,
// T[P] and *T[P].
func receiverName(x ast.Expr) string {
	for {
		switch y := x.(type) {
		case *ast.StarExpr:
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		case *ast.IndexListExpr:
			x = y.X
		case *ast.Ident:
			return y.Name
		default:
			return ""
		}
	}
}
