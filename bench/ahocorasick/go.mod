module github.com/openroles/roles/bench/ahocorasick

go 1.25.4

require github.com/openroles/roles v0.0.0

require (
	github.com/coregx/ahocorasick v0.3.1
	github.com/santhosh-tekuri/jsonschema/v5 v5.3.1 // indirect
)

replace github.com/openroles/roles => ../..
