package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pocssr/pocssr/model"
)

// formatChoices are the values each command's --format takes, for shell
// completion; a command without an entry here completes what its flag's
// help lists after "format:".
var formatChoices = map[string][]string{
	"rules": {"markdown", "html", "text"},
	"cases": {"yaml", "json"},
}

// completeFormats gives every command's --format flag a completion of its
// values, where the command did not register one itself.
func completeFormats(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if f := c.Flags().Lookup("format"); f != nil {
			if _, ok := c.GetFlagCompletionFunc("format"); !ok {
				values := formatChoices[c.Name()]
				if values == nil {
					values = usageChoices(f.Usage)
				}
				_ = c.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
					return values, cobra.ShellCompDirectiveNoFileComp
				})
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// usageChoices reads "a|b|c" from a flag's help ("output format: a|b|c").
func usageChoices(usage string) []string {
	i := strings.LastIndex(usage, ": ")
	if i < 0 {
		return nil
	}
	return strings.Split(strings.Fields(usage[i+2:] + " ")[0], "|")
}

// Version is what --version prints: the version set at build time, else the
// module's version and the revision it was built from, as the Go toolchain
// records them.
func Version(set string) string {
	if set != "" && set != "dev" {
		return set
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return versionOf(info)
}

func versionOf(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" && !strings.Contains(v, rev[:min(12, len(rev))]) {
		v += fmt.Sprintf(" (revision %s%s)", rev[:min(12, len(rev))], modified)
	}
	return v
}

// notAWorksheet reports a file given to `pocssr` that exists and reads as
// plain text, not as a worksheet: most often a mandate, which `import` reads.
func notAWorksheet(path string) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml", ".json":
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil // reported where it is read
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := f.Read(head)
	head = head[:n]
	if worksheetLike(head) {
		return nil
	}
	return invalid(fmt.Errorf("%s: not a worksheet: it reads as plain text, not YAML or JSON with activities.\nTo make draft activities of a mandate's tasks, run: pocssr import %s", model.QuoteName(path), model.QuoteName(path)))
}

// worksheetFiles is notAWorksheet for every file a command reads as a
// worksheet: a mandate given to `present`, `check` or `classify` was
// reported by the YAML reader ("the file holds the control character
// U+000C"), which said nothing of what the file is or what reads it.
func worksheetFiles(_ *cobra.Command, args []string) error {
	for _, a := range args {
		if err := notAWorksheet(a); err != nil {
			return err
		}
	}
	return nil
}

// worksheetLike reports whether a file's start could be a worksheet: JSON,
// or YAML naming a worksheet's keys at the start of a line.
func worksheetLike(head []byte) bool {
	t := bytes.TrimSpace(head)
	if len(t) == 0 || t[0] == '{' {
		return true
	}
	for _, line := range bytes.Split(t, []byte("\n")) {
		for _, k := range []string{"schema:", "activities:", "mission:", "mandate:", "---"} {
			if bytes.HasPrefix(line, []byte(k)) {
				return true
			}
		}
	}
	return false
}
