package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// manTree is the command tree as `pocssr man` sees it: with cobra's
// completion and help commands, which Execute adds.
func manTree() *cobra.Command {
	root := NewRoot(&Env{}, "test")
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	return root
}

// manSections splits a page at its .SH lines: the text under each title.
func manSections(page string) map[string]string {
	out := map[string]string{}
	title := ""
	for _, line := range strings.Split(page, "\n") {
		if t, ok := strings.CutPrefix(line, ".SH "); ok {
			title = t
			continue
		}
		out[title] += line + "\n"
	}
	return out
}

// Every command a person can run has its page, written by `pocssr man
// --dir`, and the page lists every flag the command takes: its own under
// OPTIONS, those of the commands above it under the inherited options, with
// the short form and the value's name the help gives. The page above it
// names it under SEE ALSO.
func TestManPagesListEveryCommandAndFlag(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "", "man", "--dir", dir); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.1"))
	var commands, pages int
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		commands++
		name := strings.ReplaceAll(c.CommandPath(), " ", "-")
		data, err := os.ReadFile(filepath.Join(dir, name+".1"))
		if err != nil {
			t.Errorf("%s has no page: %v", c.CommandPath(), err)
			return
		}
		pages++
		sec := manSections(string(data))
		if !strings.HasPrefix(sec["NAME"], roffText(name)+` \- `+roffText(c.Short)) {
			t.Errorf("%s: NAME is %q", name, sec["NAME"])
		}
		if !strings.Contains(sec["SYNOPSIS"], `\fB`+roffText(c.CommandPath())+`\fR`) {
			t.Errorf("%s: SYNOPSIS is %q", name, sec["SYNOPSIS"])
		}
		if strings.TrimSpace(sec["DESCRIPTION"]) == "" {
			t.Errorf("%s: no DESCRIPTION", name)
		}
		c.InitDefaultHelpFlag()
		for title, flags := range map[string]*pflag.FlagSet{
			"OPTIONS":                                c.NonInheritedFlags(),
			"OPTIONS INHERITED FROM PARENT COMMANDS": c.InheritedFlags(),
		} {
			flags.VisitAll(func(f *pflag.Flag) {
				want := `\fB\-\-` + roffText(f.Name) + `\fR`
				if f.Shorthand != "" {
					want = `\fB\-` + f.Shorthand + `\fR, ` + want
				}
				if value, _ := pflag.UnquoteUsage(f); value != "" {
					want += ` \fI` + roffText(value) + `\fR`
				}
				if !strings.Contains(sec[title], ".TP\n"+want+"\n") {
					t.Errorf("%s: %s does not list %q", name, title, want)
				}
			})
		}
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() {
				continue
			}
			if want := `\fB` + roffText(name+"-"+sub.Name()) + `\fR(1)`; !strings.Contains(sec["SEE ALSO"], want) {
				t.Errorf("%s: SEE ALSO does not name %s", name, want)
			}
			visit(sub)
		}
	}
	visit(manTree())
	// classify, import, completion bash … and pocssr itself: well over ten.
	if commands < 15 || pages != len(files) {
		t.Errorf("%d commands, %d pages found, %d files written", commands, pages, len(files))
	}
}

// Help text is written as text: a backslash, a line that begins with a dot
// or a quote, and a hyphen cannot become a roff request or escape; an
// indented line keeps its place and its spaces; a markdown heading of
// cobra's own help ("#### Linux:") is a subsection, a lone "#" stays text.
func TestRoffText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"--format", `\-\-format`},
		{`C:\plans`, `C:\eplans`},
		{".SH NAME", `\&.SH NAME`},
		{"see\n.yml or\n'quoted'", "see\n\\&.yml or\n\\&'quoted'"},
		{"pocssr.1, …", `pocssr.1, \[u2026]`},
		{`\fBbold`, `\efBbold`},
	} {
		if got := roffText(c.in); got != c.want {
			t.Errorf("roffText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	var b strings.Builder
	manProse(&b, "Write the pages:\n\n  pocssr man | man -l -\n  pocssr man --dir DIR\nthen read them.\n\n.yml too\n\n#### Linux:\n\n\tsource x\n\n#hashtag and # alone")
	want := "Write the pages:\n.PP\n.EX\n  pocssr man | man \\-l \\-\n  pocssr man \\-\\-dir DIR\n.EE\nthen read them.\n.PP\n\\&.yml too\n" +
		".SS Linux:\n.EX\n\tsource x\n.EE\n.PP\n#hashtag and # alone\n"
	if b.String() != want {
		t.Errorf("manProse wrote\n%s\nwant\n%s", b.String(), want)
	}
}

// SOURCE_DATE_EPOCH dates the pages, so that a package built twice holds
// the same pages; a value that is not a number is refused, named.
func TestManPageDate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764979200") // 2025-12-06 00:00 UTC
	out, _, code := run(t, "", "man")
	if code != 0 || !strings.Contains(out, `.TH "POCSSR" "1" "Dec 2025" "pocssr test" "pocssr manual"`+"\n") {
		t.Errorf("exit %d, page begins %.200q", code, out)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "last week")
	if _, errOut, code := run(t, "", "man"); code != ExitInvalid || !strings.Contains(errOut, `SOURCE_DATE_EPOCH is "last week"`) {
		t.Errorf("exit %d, %q", code, errOut)
	}
}

// Where groff is installed, it reads every page without a warning (-ww:
// all of them), and the rendered page shows the help's words.
func TestManPagesReadByGroff(t *testing.T) {
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("groff is not installed")
	}
	dir := t.TempDir()
	if _, errOut, code := run(t, "", "man", "--dir", dir); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.1"))
	for _, f := range files {
		var out, errOut bytes.Buffer
		cmd := exec.Command(groff, "-man", "-Tutf8", "-P-cbou", "-ww", f)
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil || errOut.Len() > 0 {
			t.Errorf("%s: %v %s", filepath.Base(f), err, errOut.String())
		}
		// \- is a minus sign, which some set-ups draw as U+2212.
		page := strings.ReplaceAll(out.String(), "\u2212", "-")
		if filepath.Base(f) == "pocssr-man.1" && !strings.Contains(page, "  pocssr man | man -l -") {
			t.Errorf("pocssr-man.1 lost its example's indentation:\n%s", out.String())
		}
	}
}
