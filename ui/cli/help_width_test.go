package cli

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"
)

// Every command's description fits an 80-column terminal: no line of its
// long help is wider than 80 characters, but for an example indented as
// code whose one word (an address) cannot be broken.
func TestLongHelpFitsEightyColumns(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for i, line := range strings.Split(c.Long, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 && !unbreakable(line) {
				t.Errorf("%s: line %d of the help is %d wide: %q", c.CommandPath(), i+1, n, line)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewRoot(&Env{}, "test"))
}

// unbreakable reports whether line is an example indented as code whose last
// word alone is wider than the rest of the line allows.
func unbreakable(line string) bool {
	last := line[strings.LastIndexByte(line, ' ')+1:]
	return strings.HasPrefix(line, "  ") && utf8.RuneCountInString(last) > 40
}
