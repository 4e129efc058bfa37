package cli

import (
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
		for i, line := range splitLines(c.Long) {
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

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}

// unbreakable reports whether line is an example indented as code whose last
// word alone is wider than the rest of the line allows.
func unbreakable(line string) bool {
	if len(line) < 2 || line[:2] != "  " {
		return false
	}
	last := line
	for i := len(line) - 1; i >= 0; i-- {
		if line[i] == ' ' {
			last = line[i+1:]
			break
		}
	}
	return utf8.RuneCountInString(last) > 40
}
