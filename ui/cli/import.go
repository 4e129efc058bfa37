package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/spf13/cobra"
)

func newImportCmd(env *Env) *cobra.Command {
	var format, out string
	var all bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Turn a mandate into a worksheet of draft activities",
		Long: `Read a mandate, a Security Council resolution as plain text or any numbered list
of tasks, and print a worksheet with one draft activity per task: every operative
paragraph, and every lettered or roman sub-paragraph. The preamble is skipped,
page numbers and running headers are dropped, and a heading such as "Protection
of civilians" is kept as context of the tasks under it. Each activity records
its source (the document symbol when the text gives one, the paragraph reference
and the text), gets a short title, and the facts that "pocssr suggest" reads in
its words. Review the drafts, then run "pocssr classify" on the worksheet.

Paragraphs that only welcome, condemn, recall or express intent are left out
(their number is reported on standard error); --all keeps them. "-" reads
standard input.`,
		Example: `  pocssr import S-RES-1925-2010.txt > monusco.yaml
  pocssr import mandate.txt --format json -o mandate.json
  pocssr import mandate.txt --all`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			mf, err := worksheetFormat(format)
			if err != nil {
				return err
			}
			file := args[0]
			if err := refuseOutputOverInput(out, append(args, env.RulesPath)); err != nil {
				return err
			}
			text, err := env.readMandate(file)
			if err != nil {
				return invalid(err)
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			ws, m, err := suggest.Import(suggest.NewReader(rb), file, text, suggest.ImportOptions{All: all})
			if err != nil {
				return invalid(fmt.Errorf("%s: %w", file, err))
			}
			data, err := ws.Encode(mf)
			if err != nil {
				return err
			}
			if err := writeOut(env, out, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
				return err
			}
			fmt.Fprintln(env.Stderr, importSummary(ws.Mandate, len(ws.Activities), m, all))
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "yaml", "worksheet format: yaml|json")
	cmd.Flags().BoolVar(&all, "all", false, "keep paragraphs that only welcome, condemn, recall or express intent")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "json"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// readMandate reads a mandate file ("-" is standard input), refusing what is
// too large, not UTF-8 or empty, with a message naming the file.
func (e *Env) readMandate(file string) (string, error) {
	var r io.Reader = e.Stdin
	name := "<stdin>"
	if file != "-" {
		name = file
		f, err := os.Open(file)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", fmt.Errorf("%s: is a folder, not a mandate", file)
		}
		r = f
	}
	return suggest.MandateText(name, r)
}

// importSummary says what was imported and what was left out.
func importSummary(doc string, tasks int, m *suggest.Mandate, all bool) string {
	line := fmt.Sprintf("%s: %d draft activities", doc, tasks)
	if m.LeftOutParagraphs == 0 {
		return line
	}
	var refs []string
	for _, p := range m.Parts {
		if p.Role == suggest.LeftOut && !strings.Contains(p.Ref, "(") {
			refs = append(refs, p.Ref)
		}
	}
	what := "paragraphs that only welcome, condemn, recall or express intent"
	if m.LeftOutParagraphs == 1 {
		what = "paragraph that only welcomes, condemns, recalls or expresses intent"
	}
	if all {
		return fmt.Sprintf("%s, including %d %s (%s)", line, m.LeftOutParagraphs, what, strings.Join(refs, ", "))
	}
	return fmt.Sprintf("%s; left out %d %s (%s); --all keeps them", line, m.LeftOutParagraphs, what, strings.Join(refs, ", "))
}
