package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

func formatNames(fs []report.Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, "|")
}

// reportExtensions are the file name extensions that say a report's format.
var reportExtensions = sync.OnceValue(func() map[string]string {
	return map[string]string{".json": "json", ".yaml": "yaml", ".yml": "yaml", ".md": "markdown",
		".markdown": "markdown", ".csv": "csv", ".html": "html", ".htm": "html", ".txt": "text", ".docx": "docx"}
})

func newClassifyCmd(env *Env) subcommand {
	var format, out, author string
	var explain bool
	var sel selectionFlags
	var today todayFlag
	cmd := &cobra.Command{
		Use: "classify FILE...",
		// It writes the briefings (--format markdown, html, docx).
		SuggestFor: []string{"brief", "briefing"},
		Short:      "Classify the activities of worksheet files",
		Long: `Classify every activity of one or more worksheet files (YAML or JSON; "-" reads
standard input) and print the result: tier, agenda, risks, open questions and
what would change. Formats: text (a readable account), json
(docs/json-output.md), yaml (the same shape), markdown (a briefing to hand up),
html (the same briefing as one printable page that needs nothing else), docx
(the same briefing as a Word document on A4, for a file: -o FILE.docx) and csv
(one row per activity).

An -o file named .json, .yaml, .md, .csv, .html, .docx or .txt is written in
that format; a --format that says otherwise is refused.

--status, --agenda, --min-severity and --ref choose the activities covered, in
every format; the briefing says what it shows.`,
		Example: `  pocssr classify mission.yaml
  pocssr classify mission.yaml --format markdown -o briefing.md
  pocssr classify mission.yaml -f html --status reviewed -o briefing.html
  pocssr classify mission.yaml -f docx --author "J. Planner" -o briefing.docx
  pocssr classify mission.yaml -f csv --agenda overlap,ssr-only --min-severity high
  pocssr classify mission.yaml --explain
  pocssr cases | pocssr classify - --format json`,
		Args: cobra.MatchAll(cobra.MinimumNArgs(1), worksheetFiles),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := refuseOutputOverInput(out, append(args, env.RulesPath)); err != nil {
				return err
			}
			format, err := formatOfOutput(out, format, cmd.Flags().Changed("format"), reportExtensions())
			if err != nil {
				return err
			}
			c, err := env.Config()
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("format") && c.Format != "" && !explain {
				format = c.Format
			}
			f, err := report.ParseFormat(format)
			if err != nil {
				return invalid(err)
			}
			if explain && f != report.Text {
				return invalid(fmt.Errorf("--explain prints a readable trace and goes with --format text only, not %s", f))
			}
			if err := refuseBinaryToTerminal(f, out, env.Stdout); err != nil {
				return err
			}
			selection, err := sel.parse()
			if err != nil {
				return err
			}
			day, err := today.date()
			if err != nil {
				return err
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			// Every file is checked before anything is written. The text
			// account and the briefings of one file read it through once
			// before they write, and check its text on that pass: a long
			// file is then not read once more only to be checked.
			onFirstPass := len(args) == 1 && selection.IsZero() && !explain &&
				(f == report.Text || f == report.Markdown || f == report.HTML)
			list := make([]report.Sheet, 0, len(args))
			var errs []error
			for _, arg := range args {
				st, err := env.openStreamChecking(rb, arg, onFirstPass)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				list = append(list, report.Sheet{File: arg, Stream: st, Today: day, PreparedBy: c.PreparedBy()})
			}
			if len(errs) > 0 {
				return invalid(errors.Join(errs...))
			}
			if !selection.IsZero() {
				for i, sh := range list {
					ws := &model.Worksheet{Mission: sh.Stream.Mission, Mandate: sh.Stream.Mandate}
					for a := range sh.Stream.All() {
						ws.Activities = append(ws.Activities, a.Clone())
					}
					in, _, err := selection.InWorksheet(slices.Values(ws.Activities))
					if err != nil {
						return invalid(fmt.Errorf("%s: %w", model.QuoteName(sh.File), err))
					}
					list[i] = report.Select(rb, ws, in)
					list[i].File, list[i].Today, list[i].PreparedBy = sh.File, day, sh.PreparedBy
				}
			}
			// An imported activity shows the words its facts were read
			// from: in the text account and the trace, and for a draft in
			// the briefings.
			if f == report.Text || f == report.Markdown || f == report.HTML || f == report.DOCX {
				read := suggest.DraftReader(rb)
				for i := range list {
					list[i].Readings = read
				}
			}
			if explain {
				return writeOut(env, out, func(w io.Writer) error { return report.WriteExplain(w, rb, list) })
			}
			// The author of a Word briefing: --author, else the
			// configuration's, else the user's name.
			meta := report.Meta{Author: author, Organisation: c.Organisation}
			if !cmd.Flags().Changed("author") {
				meta.Author = c.Author
				if meta.Author == "" {
					meta.Author = userName()
				}
			}
			// A briefing read on a given day is dated that day, so that
			// the same command writes the same file.
			if cmd.Flags().Changed("today") {
				meta.Date, _ = time.Parse(time.DateOnly, string(day))
			}
			err = writeOut(env, out, func(w io.Writer) error { return report.WriteMeta(w, rb, f, list, meta) })
			if err != nil && onFirstPass && list[0].Stream.Err() != nil {
				// The file's problems, found before anything was written,
				// are told as those found on opening it are.
				return invalid(errors.Join(list[0].Stream.Err()))
			}
			return err
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+formatNames(report.AllFormats()))
		cmd.Flags().StringVar(&author, "author", "", "the author a docx briefing names in its properties (default: the configuration's author, else your user name)")
		cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
		cmd.Flags().BoolVar(&explain, "explain", false, "print, for each verdict, the rulebook line that decided it and the facts it read")
		sel.register(cmd)
		today.register(cmd)
		cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return strings.Split(formatNames(report.AllFormats()), "|"), cobra.ShellCompDirectiveNoFileComp
		})
	}}
}

// writeOut sends output to stdout, or renders it whole and writes the file
// atomically, so that a failure never leaves a partial file.
func writeOut(env *Env, path string, render func(io.Writer) error) error {
	if path == "" || path == "-" {
		return render(env.Stdout)
	}
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return err
	}
	return model.WriteFileThrough(path, buf.Bytes(), 0o644)
}

func newCheckCmd(env *Env) subcommand {
	var sel selectionFlags
	var today todayFlag
	var gate, all bool
	cmd := &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate worksheet files and sum up their risks",
		Long: `Validate worksheet files and print one summary line per file, with the
activities that carry a critical risk and the portfolio findings across each
file's activities, and what is overdue in the risk register (FRAMEWORK §9). Exit
status: 0 when all is well, 1 when any activity has a critical risk, 2 when a
file is invalid. Every line names an activity by its reference, as the screens
do ("2012·9", or "#3", its place, where its source numbers no paragraph), with
its id after it where two activities share the reference.

With --register the risk register gates the plan instead: exit 1 when a critical
risk is still open (no entry, or not-started or planned) or anything is overdue
(an entry due before --today and not in place, or an HRDDP review past its
date), else 0.`,
		Args: cobra.MatchAll(cobra.MinimumNArgs(1), worksheetFiles),
		RunE: func(cmd *cobra.Command, args []string) error {
			selection, err := sel.parse()
			if err != nil {
				return err
			}
			day, err := today.date()
			if err != nil {
				return err
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			// Streams: a large worksheet is checked without holding all its
			// activities at once. Every file is checked before any is reported.
			streams := make([]*model.Stream, 0, len(args))
			var errs []error
			for _, arg := range args {
				st, err := env.openStream(rb, arg)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				streams = append(streams, st)
			}
			if len(errs) > 0 {
				return invalid(errors.Join(errs...))
			}
			critical, failed := 0, false
			for i, st := range streams {
				in, sources, err := selection.InWorksheet(st.Each())
				if err != nil {
					return invalid(fmt.Errorf("%s: %w", model.QuoteName(args[i]), err))
				}
				if strings.TrimSpace(in.RefPrefix) == "" {
					// The selection read no references; check names every
					// activity by them as the screens name them ("2012·9"
					// where the worksheet holds several mandates).
					sources = model.Sources{}
					for a := range st.Each() {
						sources.Add(a)
					}
					sources.Finish()
				}
				sum := classify.NewSummary()
				portfolio := rb.NewPortfolio()
				// The findings the drafts' suggested answers change, as
				// the screens and the briefing list them.
				changed := rb.NewSuggestedTally()
				var whole model.Sources // the documents the findings are counted across
				var crit []string
				names := &activityNames{}
				register := registerCheck{all: all, names: names}
				n := 0
				kept := 0
				// A draft is read on what its words suggest, as the
				// screens and the briefing read it: what rests on those
				// answers alone is marked "~".
				read := suggest.DraftReader(rb)
				for a := range st.All() {
					n++
					// Portfolio findings are judged over the whole worksheet: an
					// activity the selection hides still answers a finding.
					portfolio.Add(a)
					whole.Add(a)
					r := rb.ClassifyOn(a, day)
					var suggested []model.Fact
					if a.Status == model.StatusDraft {
						if d := read(a); d != nil && d.Suggestion != nil {
							suggested = rb.SuggestedAnswers(a, &d.Suggestion.Facts, nil)
							r = rb.ClassifySuggested(a, day, suggested)
						}
					}
					changed.Add(a, suggested)
					ref := report.SourcesRef(sources, a, n)
					names.seen(a.ID, ref)
					if !in.Keeps(a, &r, ref) {
						continue
					}
					kept++
					sum.Add(&r)
					register.add(&r)
					if r.Highest() == classify.Critical {
						crit = append(crit, a.ID)
					}
				}
				fmt.Fprintf(env.Stdout, "%s: %s\n", model.QuoteName(args[i]), report.SummaryLine(sum))
				if !selection.IsZero() {
					fmt.Fprintf(env.Stdout, "  %d of %d activities kept (%s); %d left out\n", kept, n, selection.String(), n-kept)
				}
				if len(crit) > 0 {
					fmt.Fprintf(env.Stdout, "  critical: %s\n", names.list(crit, all))
				}
				register.print(env.Stdout, gate)
				whole.Finish()
				printAcross(env.Stdout, whole)
				cs := changed.Changes()
				printFindings(env.Stdout, portfolio.Findings(), cs, names, all)
				printOpenFindings(env.Stdout, portfolio.Open(), cs)
				printSuggestedChanges(env.Stdout, cs, names, all)
				critical += len(crit)
				failed = failed || register.fails()
			}
			if gate && failed || !gate && critical > 0 {
				return &ExitError{Code: ExitCritical}
			}
			return nil
		},
	}
	return subcommand{cmd, func() {
		sel.register(cmd)
		today.register(cmd)
		cmd.Flags().BoolVar(&all, "all", false, "name every critical activity, every activity of a finding and every overdue item (by default the first few and how many more)")
		cmd.Flags().BoolVar(&gate, "register", false, "exit 1 when a critical risk is still open or anything in the risk register is overdue, else 0")
	}}
}

func newCasesCmd(env *Env) subcommand {
	var format string
	cmd := &cobra.Command{
		Use:   "cases",
		Short: "Print the built-in case library as a worksheet",
		Long: `Print the case library: activities drawn from the chapter's examples, each with
its facts, the chapter section it comes from and a summary. Use it to try pocssr
out, or as a starting worksheet: pocssr cases > cases.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			ws, err := classify.Cases(rb)
			if err != nil {
				return invalid(err)
			}
			mf, err := worksheetFormat(format)
			if err != nil {
				return err
			}
			data, err := ws.Encode(mf)
			if err != nil {
				return err
			}
			_, err = env.Stdout.Write(data)
			return err
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "yaml", "output format: yaml|json")
	}}
}

func newRulesCmd(env *Env) subcommand {
	var format string
	var export bool
	cmd := &cobra.Command{
		Use: "rules",
		// It prints the friction risks among the framework.
		SuggestFor: []string{"risks"},
		Short:      "Print the framework: tiers, kinds, questions, risks, recommendations",
		Long: `Print the framework: as a workshop handout with both readings drawn and the
cases of the library (--format markdown, or html: one printable page that needs
nothing else), as a plain reference (text), or with --export the rulebook itself
as YAML, to modify and use with --rules.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			if export {
				_, err := env.Stdout.Write(rb.Source())
				return err
			}
			if format == string(report.HTML) {
				return report.WriteHandout(env.Stdout, rb, report.HTML)
			}
			f, err := report.ParseFormat(format)
			if err != nil || (f != report.Markdown && f != report.Text) {
				return invalid(model.UnknownValue("format", "formats", format, []string{"markdown", "html", "text"}))
			}
			if f == report.Markdown {
				return report.WriteHandout(env.Stdout, rb, f)
			}
			return report.WriteRules(env.Stdout, rb, f)
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "text", "handout format: markdown|html|text")
		cmd.Flags().BoolVar(&export, "export", false, "print the rulebook YAML instead")
	}}
}

// worksheetFormat checks the name of a worksheet file format.
func worksheetFormat(name string) (model.Format, error) {
	switch name {
	case "yaml":
		return model.YAML, nil
	case "json":
		return model.JSON, nil
	}
	return "", invalid(model.UnknownValue("format", "formats", name, []string{"yaml", "json"}))
}
