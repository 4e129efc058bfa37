package ui

import (
	"os"

	"path/filepath"
	"sort"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Path fields of the prompts (save as, export, import) read "~" as the home
// folder and complete names with tab: the first tab extends the name as far
// as the files agree and lists them when several remain; each further tab
// puts the next of them in the field.

// expandHome reads a leading "~" or "~/" as the home folder. "~user" is left
// as it is: the program does not look up other users.
func expandHome(path string) string {
	if path != "~" && !strings.HasPrefix(path, "~/") {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return path
	}
	return filepath.Join(home, path[1:])
}

// pathCompletion is the state of completing one path field: the names that
// match what was typed, and which of them the field shows now.
type pathCompletion struct {
	matches []string // full values for the field, in order
	next    int      // the match the next tab puts in the field
}

// maxListed is how many matching names a prompt lists under its field.
const maxListed = 6

// completePath returns the value after one tab on a path field holding
// value, and the completion to keep for the next tab (nil when there is
// nothing more to cycle through).
func completePath(value string, c *pathCompletion) (string, *pathCompletion) {
	if v, ok := c.cycle(); ok {
		return v, c
	}
	return completeFrom(value, pathMatches(value))
}

// cycle puts the next of several matches in the field; ok is false when
// there is nothing to cycle through, and the names must be read.
func (c *pathCompletion) cycle() (string, bool) {
	if c == nil || len(c.matches) < 2 {
		return "", false
	}
	v := c.matches[c.next]
	c.next = (c.next + 1) % len(c.matches)
	return v, true
}

// pathMatchesMsg brings the names read for a tab on a path field back to
// the prompt that asked: reading a folder is a command, as every use of the
// disk is.
type pathMatchesMsg struct {
	prompt  *prompt
	field   int
	value   string // what the field held when tab was pressed
	matches []string
}

// readMatches is the command that reads the names matching value.
func readMatches(p *prompt, field int, value string) tea.Cmd {
	return func() tea.Msg {
		return pathMatchesMsg{prompt: p, field: field, value: value, matches: pathMatches(value)}
	}
}

// completeFrom is the value after a tab on a field holding value, given
// the names that match it.
func completeFrom(value string, matches []string) (string, *pathCompletion) {
	switch len(matches) {
	case 0:
		return value, nil
	case 1:
		return matches[0], nil
	}
	prefix := commonPrefix(matches)
	if len(prefix) > len(value) {
		return prefix, &pathCompletion{matches: matches}
	}
	return matches[0], &pathCompletion{matches: matches, next: 1 % len(matches)}
}

// pathMatches lists the files and folders whose path starts with value,
// written as value writes them ("~/" kept); folders end with "/". Hidden
// files are listed only when the name typed starts with a dot.
func pathMatches(value string) []string {
	dirPart, namePart := value, ""
	if i := strings.LastIndex(value, "/"); i >= 0 {
		dirPart, namePart = value[:i+1], value[i+1:]
	} else {
		dirPart, namePart = "", value
	}
	if value == "~" {
		return []string{"~/"}
	}
	dir := expandHome(dirPart)
	if dir == "" {
		dir = "."
	}
	entries, err := disk.readDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, namePart) || strings.HasPrefix(name, ".") && !strings.HasPrefix(namePart, ".") {
			continue
		}
		full := dirPart + name
		if e.IsDir() || isDirLink(filepath.Join(dir, name), e) {
			full += "/"
		}
		out = append(out, full)
	}
	sort.Strings(out)
	return out
}

func isDirLink(path string, e os.DirEntry) bool {
	if e.Type()&os.ModeSymlink == 0 {
		return false
	}
	st, err := disk.stat(path)
	return err == nil && st.IsDir()
}

func commonPrefix(ss []string) string {
	p := ss[0]
	for _, s := range ss[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

// listed is the line a prompt shows under a path field with several
// matches: their names, the one in the field marked.
func (c *pathCompletion) listed(current string) string {
	var names []string
	for i, m := range c.matches {
		if i == maxListed {
			names = append(names, "+"+strconv.Itoa(len(c.matches)-maxListed)+" more")
			break
		}
		name := filepath.Base(strings.TrimSuffix(m, "/"))
		if strings.HasSuffix(m, "/") {
			name += "/"
		}
		if m == current {
			name = "[" + name + "]"
		}
		names = append(names, name)
	}
	return "tab: " + strings.Join(names, "  ")
}

// newPathPrompt is a prompt with one field, a file path.
func newPathPrompt(id promptID, title string, message []string, label, value string) *prompt {
	p := newFieldPrompt(id, title, message, []string{label}, []string{value})
	p.fields[0].path = true
	p.fields[0].suggested = value != ""
	return p
}
