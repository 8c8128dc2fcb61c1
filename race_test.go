//go:build race

package roles

// raceEnabled reports whether the tests run under the race detector, which
// makes sync.Pool drop objects at random: a pooled scanner is then built
// afresh now and then, and allocation counts vary by that much.
const raceEnabled = true
