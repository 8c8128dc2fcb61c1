// Command compare prints the embedded taxonomy's two roles side by side: how
// they relate, the skills and responsibilities they share and those only one
// of them has.
//
//	go run ./examples/compare
package main

import (
	"fmt"
	"log"

	"github.com/openroles/roles"
)

func main() {
	c, err := roles.Compare("backend-developer", "backend-engineer")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("taxonomy %s\n\n", roles.Default().Version())
	fmt.Print(c)
}
