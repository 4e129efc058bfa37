package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The manual pages are written here in roff (man(7)) straight from the
// command tree. cobra/doc would write them through a markdown converter
// whose package initialisation (building its tables) ran at every start of
// pocssr, --version included; and reading the help as markdown garbled it:
// an indented example lost its indentation, a `NAME` in a flag's usage turned
// bold. Here the help is text, written as it is.

// manSection is the manual section of every page: user commands.
const manSection = "1"

// manHeader is what the .TH line of every page says besides its title.
type manHeader struct {
	date, source, manual string
}

// newManHeader is the header of pocssr's pages: the month they were made,
// or that of SOURCE_DATE_EPOCH (seconds since 1970, in UTC) when it is set,
// so that a packager's build makes the same pages every time.
func newManHeader(version string) (manHeader, error) {
	when := time.Now()
	if epoch, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok && epoch != "" {
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return manHeader{}, invalid(fmt.Errorf("SOURCE_DATE_EPOCH is %q: expected the seconds since 1970-01-01 UTC, a whole number", epoch))
		}
		when = time.Unix(secs, 0).UTC()
	}
	return manHeader{date: when.Format("Jan 2006"), source: "pocssr " + version, manual: "pocssr manual"}, nil
}

// manPageName is the page's name: the command's path joined by hyphens
// (pocssr-classify).
func manPageName(cmd *cobra.Command) string {
	return strings.ReplaceAll(cmd.CommandPath(), " ", "-")
}

// manPages lists cmd and every command under it that has a page: those a
// person can run, not hidden, not cobra's help command.
func manPages(cmd *cobra.Command) []*cobra.Command {
	pages := []*cobra.Command{cmd}
	for _, c := range manChildren(cmd) {
		pages = append(pages, manPages(c)...)
	}
	return pages
}

// manChildren are cmd's sub-commands that have pages, by name.
func manChildren(cmd *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && !c.IsAdditionalHelpTopicCommand() {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *cobra.Command) int { return strings.Compare(a.Name(), b.Name()) })
	return out
}

// writeManTree writes a page for cmd and every command under it into dir,
// each file whole or not at all.
func writeManTree(cmd *cobra.Command, h manHeader, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return invalid(err)
	}
	for _, c := range manPages(cmd) {
		name := filepath.Join(dir, manPageName(c)+"."+manSection)
		if err := model.WriteFileAtomic(name, manPage(c, h), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// manPage is cmd's page: name, synopsis, description, options, those
// inherited from the commands above, examples and the related pages.
func manPage(cmd *cobra.Command, h manHeader) []byte {
	cmd.InitDefaultHelpFlag() // -h is listed, as in the help
	var b strings.Builder
	name := manPageName(cmd)
	b.WriteString(`.\" Made by "pocssr man" from the commands' help: change the help, not this page.` + "\n")
	fmt.Fprintf(&b, ".TH %s %s %s %s %s\n", roffArg(strings.ToUpper(name)), roffArg(manSection), roffArg(h.date), roffArg(h.source), roffArg(h.manual))
	b.WriteString(".nh\n.ad l\n")

	b.WriteString(".SH NAME\n")
	fmt.Fprintf(&b, "%s \\- %s\n", roffText(name), roffText(cmd.Short))

	b.WriteString(".SH SYNOPSIS\n")
	path := cmd.CommandPath()
	fmt.Fprintf(&b, "\\fB%s\\fR%s\n", roffText(path), roffText(strings.TrimPrefix(cmd.UseLine(), path)))

	b.WriteString(".SH DESCRIPTION\n")
	manProse(&b, cmp(cmd.Long, cmd.Short))

	manOptions(&b, "OPTIONS", cmd.NonInheritedFlags())
	manOptions(&b, "OPTIONS INHERITED FROM PARENT COMMANDS", cmd.InheritedFlags())

	if cmd.Example != "" {
		b.WriteString(".SH EXAMPLES\n.EX\n")
		for _, line := range strings.Split(strings.TrimRight(cmd.Example, "\n"), "\n") {
			b.WriteString(roffText(line) + "\n")
		}
		b.WriteString(".EE\n")
	}

	var related []string
	if cmd.HasParent() {
		related = append(related, manPageName(cmd.Parent()))
	}
	for _, c := range manChildren(cmd) {
		related = append(related, manPageName(c))
	}
	if len(related) > 0 {
		b.WriteString(".SH SEE ALSO\n")
		for i, r := range related {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "\\fB%s\\fR(%s)", roffText(r), manSection)
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// manProse writes help text: its paragraphs (split at blank lines) filled,
// and its indented lines (examples, commands) as they are.
func manProse(b *strings.Builder, text string) {
	started, newParagraph, verbatim := false, false, false
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimRight(line, " \t")
		indented := line != "" && (line[0] == ' ' || line[0] == '\t')
		if verbatim && !indented {
			b.WriteString(".EE\n")
			verbatim = false
		}
		if title, ok := markdownHeading(line); ok {
			// cobra's own commands (completion) write their help in
			// markdown, with headings such as "#### Linux:".
			b.WriteString(".SS " + roffText(title) + "\n")
			started, newParagraph = false, false // a heading begins a paragraph
			continue
		}
		switch {
		case line == "":
			newParagraph = true
			continue
		case newParagraph && started:
			b.WriteString(".PP\n")
		}
		if indented && !verbatim {
			b.WriteString(".EX\n")
			verbatim = true
		}
		b.WriteString(roffText(line) + "\n")
		started, newParagraph = true, false
	}
	if verbatim {
		b.WriteString(".EE\n")
	}
}

// markdownHeading reads a line such as "#### Linux:" as a heading.
func markdownHeading(line string) (string, bool) {
	rest := strings.TrimLeft(line, "#")
	if len(rest) == len(line) || len(line)-len(rest) > 6 || !strings.HasPrefix(rest, " ") {
		return "", false
	}
	title := strings.TrimSpace(rest)
	return title, title != ""
}

// manOptions writes a section listing flags, one tagged paragraph each, in
// the words of the help: -f, --format FORMAT, what it does, its default.
func manOptions(b *strings.Builder, title string, flags *pflag.FlagSet) {
	if !flags.HasAvailableFlags() {
		return
	}
	fmt.Fprintf(b, ".SH %s\n", title)
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Deprecated != "" {
			return
		}
		b.WriteString(".TP\n")
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			fmt.Fprintf(b, "\\fB\\-%s\\fR, ", roffText(f.Shorthand))
		}
		fmt.Fprintf(b, "\\fB\\-\\-%s\\fR", roffText(f.Name))
		value, usage := pflag.UnquoteUsage(f)
		if value != "" {
			fmt.Fprintf(b, " \\fI%s\\fR", roffText(value))
		}
		if f.NoOptDefVal != "" && !(f.Value.Type() == "bool" && f.NoOptDefVal == "true") {
			fmt.Fprintf(b, "[=%s]", roffText(f.NoOptDefVal))
		}
		b.WriteString("\n" + roffText(usage))
		if !zeroDefault(f.DefValue) {
			def := f.DefValue
			if f.Value.Type() == "string" {
				def = strconv.Quote(def)
			}
			b.WriteString(" (default " + roffText(def) + ")")
		}
		b.WriteString("\n")
	})
}

// zeroDefault reports whether a flag's default is its type's zero value,
// which the help does not mention either.
func zeroDefault(def string) bool {
	switch def {
	case "", "false", "0", "0s", "[]", "map[]", "<nil>":
		return true
	}
	return false
}

// roffText escapes text for a roff line: a backslash is written \e, a hyphen
// \- (a minus sign, so that an option copied from the page is typed as one),
// a line that would begin with a request's dot or quote is guarded by \&,
// and a character outside ASCII is named by its code point (\[u2026]), which
// every roff reads whatever its input encoding.
func roffText(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if !isASCII(s) {
		var b strings.Builder
		for _, r := range s {
			if r < 0x80 {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\[u%04X]`, r)
			}
		}
		s = b.String()
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			lines[i] = `\&` + l
		}
	}
	return strings.Join(lines, "\n")
}

// roffArg is text as one quoted argument of a request such as .TH.
func roffArg(s string) string {
	s = strings.ReplaceAll(roffText(s), "\n", " ")
	return `"` + strings.ReplaceAll(s, `"`, `\(dq`) + `"`
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
