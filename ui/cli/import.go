package cli

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

func newImportCmd(env *Env) subcommand {
	var format, out, into string
	var all bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Turn a mandate into a worksheet of draft activities",
		Long: `Read a mandate, a Security Council resolution as plain text or any numbered list
of tasks, and print a worksheet with one draft activity per task: every
operative paragraph, and every lettered or roman sub-paragraph. The preamble is
skipped, page numbers and running headers are dropped, and a heading such as
"Protection of civilians" is kept as context of the tasks under it. Each
activity records its source (the document symbol when the text gives one, the
paragraph reference and the text), gets a short title, and the facts that
"pocssr suggest" reads in its words. Review the drafts, then run "pocssr
classify" on the worksheet.

Paragraphs and sub-paragraphs that ask for no activity are left out: those that
only welcome, condemn, recall or express intent, and those that extend a mandate
by reference, set a troop ceiling, establish the mission, request a report, make
demands of armed groups, concern the mission's own conduct, means or status, or
the Council's own review. Each is listed on standard error with its reference
and why; --all keeps them. An annex is a part of its own: its paragraphs are
A1.1, A1.2(a). A mandate whose worksheet would be larger than a worksheet may be
(16 MiB), or of more than 25,000 numbered parts, is refused. "-" reads standard
input. An -o file ending in .json is written as JSON, one ending in .yaml or
.yml as YAML; a --format that says otherwise is refused.

--into WORKSHEET reads the mandate into an existing worksheet instead, saved in
place: the drafts an earlier reading of the same document (by its symbol) left
there are replaced by the new ones, each keeping the risk register and HRDDP
review of the earlier draft of the same paragraph (or, where paragraphs are
ambiguous, of the same id); an entry the new draft has is never overwritten.
Reviewed activities stay as they are and get no new draft. An earlier draft
whose register has no new draft to go to is kept, after the new drafts, and
named on standard error. A worksheet changed on disk while the import ran is
not overwritten.`,
		Example: `  pocssr import S-RES-1925-2010.txt > monusco.yaml
  pocssr import mandate.txt -o mandate.json
  pocssr import mandate.txt --all
  pocssr import S-RES-2765-2024.txt --into unmiss.yaml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			holdImportMemory()
			file := args[0]
			if into != "" {
				if out != "" || cmd.Flags().Changed("format") {
					return invalid(fmt.Errorf("pocssr: --into saves the worksheet it names, in its own format; -o and --format are for a new worksheet: give one or the other"))
				}
				if refuseOutputOverInput(into, []string{file, env.RulesPath}) != nil {
					return invalid(fmt.Errorf("pocssr: --into %s is the mandate or the rulebook read: the worksheet must be another file", model.QuoteName(into)))
				}
				return env.importInto(into, file, all)
			}
			if err := refuseOutputOverInput(out, append(args, env.RulesPath)); err != nil {
				return err
			}
			format, err := formatOfOutput(out, format, cmd.Flags().Changed("format"), map[string]string{".json": "json", ".yaml": "yaml", ".yml": "yaml"})
			if err != nil {
				return err
			}
			mf, err := worksheetFormat(format)
			if err != nil {
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
			ws, m, err := suggest.Import(suggest.NewReader(rb), file, text, suggest.ImportOptions{All: all, TopicFirst: true})
			if err != nil {
				return invalid(fmt.Errorf("%s: %w", model.QuoteName(file), err))
			}
			data, err := ws.Encode(mf)
			if err != nil {
				return err
			}
			if err := suggest.CheckWorksheetSize(data); err != nil {
				return invalid(fmt.Errorf("%s: %w", model.QuoteName(file), err))
			}
			if mf == model.JSON {
				data = report.EscapeControls(data)
			}
			if err := writeOut(env, out, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
				return err
			}
			env.note("%s", importSummary(ws.Mandate, len(ws.Activities), m, all))
			return nil
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "yaml", "worksheet format: yaml|json")
		cmd.Flags().BoolVar(&all, "all", false, "keep the paragraphs that ask for no activity (welcomes, reports, troop ceilings …)")
		cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
		cmd.Flags().StringVar(&into, "into", "", "read the mandate into the existing `WORKSHEET`, replacing its earlier drafts and keeping their risk registers")
		cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"yaml", "json"}, cobra.ShellCompDirectiveNoFileComp
		})
	}}
}

// importMemory is the heap an import aims to stay under. A mandate at the
// size limit becomes a worksheet near the worksheet limit, held a few times
// over while it is read, titled and encoded; with the collector's default
// pace the process would peak near twice that. Asking the collector to keep
// the heap under 200 MiB keeps any import under 300 MB at its peak
// (TestImportPeakMemory), at the cost of more collections on the largest
// mandates only. GOMEMLIMIT, when set, decides instead.
const importMemory = 200 << 20

func holdImportMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(importMemory)
	}
}

// readMandate reads a mandate file ("-" is standard input), refusing what is
// too large, not UTF-8 or empty, with a message naming the file.
func (e *Env) readMandate(file string) (string, error) {
	var r io.Reader
	name := "<stdin>"
	if file == "-" {
		r = e.stdinOrHint("a mandate")
	} else {
		name = file
		f, err := os.Open(file)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", fmt.Errorf("%s: is a folder, not a mandate", model.QuoteName(file))
		}
		r = f
	}
	return suggest.MandateText(name, r)
}

// importSummary says what was imported and, one line each, what was left
// out and why.
func importSummary(doc string, tasks int, m *suggest.Mandate, all bool) string {
	line := fmt.Sprintf("%s: %s", model.QuoteName(doc), plural(tasks, "draft activity", "draft activities"))
	left := m.LeftOut()
	if len(left) == 0 {
		return line
	}
	var b strings.Builder
	what := plural(len(left), "paragraph that asks", "paragraphs that ask")
	if all {
		fmt.Fprintf(&b, "%s, including %s for no activity:", line, what)
	} else {
		fmt.Fprintf(&b, "%s; left out %s for no activity (--all keeps them):", line, what)
	}
	writeLeftOut(&b, left)
	return b.String()
}

// writeLeftOut lists the parts an import left out, one line each: the
// reference and why.
func writeLeftOut(b *strings.Builder, left []suggest.LeftOutPart) {
	for _, p := range left {
		fmt.Fprintf(b, "\n  %-8s %s", p.Ref, p.Reason.Why())
	}
}

// plural is "1 paragraph" or "3 paragraphs".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
