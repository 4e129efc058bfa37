package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

func newCompareCmd(env *Env) subcommand {
	var format, out string
	var carry, all bool
	var threshold float64
	cmd := &cobra.Command{
		Use:   "compare OLD NEW",
		Short: "Show what changed between two mandates, task by task and verdict by verdict",
		Long: `Set two mandates side by side: OLD and NEW are each a worksheet (.yaml, .yml or
.json) or a mandate's text (any other file, or "-"), which is imported on the
fly as "pocssr import" would (--all keeps the paragraphs that ask for no
activity, as it does there). The tasks are paired by what they say, not by their
paragraph numbers: each pair is unchanged, reworded (with the words removed and
added), split (a new task that holds part of an old one) or merged, and moved
when its reference changed; a task with no counterpart is added or dropped. For
every task the verdicts of both readings are set side by side: tier, agenda,
risks raised or cleared, open questions. Then the tier × agenda grid of each
mandate and the difference, and the portfolio findings that appear or clear.

Formats: text, markdown, html (both readings of each mandate drawn side by side,
with an arrow for every task that moved agenda) and json (docs/compare-json.md).

--carry writes NEW as a worksheet instead, with what was reviewed on OLD carried
into each unchanged, reworded or split task: the facts of every OLD activity
that is not a draft, and its other keys (the risk register and its review date).
A carried fact never replaces a fact the planner set on NEW. Each task carried
into says so in its notes ("Carried over from ..."); an unchanged task becomes
reviewed, a reworded or split one stays a draft, and a task that is new stays as
imported. The worksheet is YAML unless -o names a .json file or --format json.`,
		Example: `  pocssr compare S-RES-2205-2015.txt S-RES-2230-2015.txt
  pocssr compare unisfa-2015.yaml S-RES-2230-2015.txt -f html -o changes.html
  pocssr compare unisfa-2015.yaml S-RES-2230-2015.txt -f json
  pocssr compare unisfa-2015.yaml S-RES-2230-2015.txt --carry -o unisfa-2015b.yaml`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] == "-" && args[1] == "-" {
				return invalid(errors.New("OLD and NEW cannot both be standard input"))
			}
			if threshold <= 0 || threshold >= 1 {
				return invalid(fmt.Errorf("--threshold %g: give a similarity between 0 and 1, such as %g", threshold, compare.DefaultThreshold))
			}
			if err := refuseOutputOverInput(out, append(args[:2:2], env.RulesPath)); err != nil {
				return err
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			var f report.Format
			var wf model.Format
			if carry {
				if wf, err = carryFormat(cmd, format, out); err != nil {
					return err
				}
			} else if f, err = report.ParseCompareFormat(format); err != nil {
				return invalid(err)
			}
			opts := suggest.ImportOptions{All: all}
			sides := env.loadMandates(rb, args[0], args[1], opts)
			for _, side := range sides {
				if side.err != nil {
					return side.err
				}
			}
			old, oldTerms, new, newTerms := sides[0].ws, sides[0].terms, sides[1].ws, sides[1].terms
			c := compare.Compare(rb, args[0], old, args[1], new, compare.Options{Threshold: threshold, OldTerms: oldTerms, NewTerms: newTerms})
			if !carry {
				return writeOut(env, out, func(w io.Writer) error { return report.WriteComparison(w, rb, f, c) })
			}
			return env.writeCarried(rb, c, wf, out)
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text|markdown|html|json; with --carry, the worksheet's: yaml|json")
		cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
		cmd.Flags().BoolVar(&carry, "carry", false, "write NEW as a worksheet with the facts reviewed on OLD carried into its unchanged and reworded tasks")
		cmd.Flags().BoolVar(&all, "all", false, "in a mandate's text, keep the paragraphs that ask for no activity, as import --all does")
		cmd.Flags().Float64Var(&threshold, "threshold", compare.DefaultThreshold, "least similarity (0-1) at which two tasks are the same task")
		cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"text", "markdown", "html", "json", "yaml"}, cobra.ShellCompDirectiveNoFileComp
		})
	}}
}

// carryFormat is the format of the carried worksheet: --format yaml|json
// when given, else what -o's extension says, else YAML.
func carryFormat(cmd *cobra.Command, format, out string) (model.Format, error) {
	if cmd.Flags().Changed("format") {
		return worksheetFormat(format)
	}
	if strings.EqualFold(filepath.Ext(out), ".json") {
		return model.JSON, nil
	}
	return model.YAML, nil
}

// isWorksheetFile says whether compare reads a file as a worksheet (by its
// extension) rather than as a mandate's text to import.
func isWorksheetFile(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// side is one side of a comparison as read, or why it could not be.
type side struct {
	ws    *model.Worksheet
	terms []compare.Term
	err   error
}

// loadMandates reads both sides at once: the two imports share nothing but
// the rulebook's compiled lexicon, which is read only, and on two cores a
// renewal's comparison then takes about one import's time, not two. An
// error is OLD's first, as when they were read one after the other.
func (e *Env) loadMandates(rb *classify.Rulebook, oldFile, newFile string, opts suggest.ImportOptions) [2]side {
	var sides [2]side
	var wg sync.WaitGroup
	for i, file := range []string{oldFile, newFile} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &sides[i]
			s.ws, s.terms, s.err = e.loadMandate(rb, file, opts)
		}()
	}
	wg.Wait()
	return sides
}

// loadMandate reads one side of a comparison: a worksheet, checked as
// classify checks it, or a mandate's text imported as import does, with the
// paragraphs the import left out (its terms: end date, ceilings …), which a
// worksheet does not hold.
func (e *Env) loadMandate(rb *classify.Rulebook, file string, opts suggest.ImportOptions) (*model.Worksheet, []compare.Term, error) {
	if isWorksheetFile(file) {
		ws, err := model.Load(file, rb.Vocabulary())
		if err != nil {
			return nil, nil, invalid(err)
		}
		return ws, nil, nil
	}
	text, err := e.readMandate(file)
	if err != nil {
		return nil, nil, invalid(err)
	}
	ws, m, err := suggest.Import(suggest.NewReader(rb), file, text, opts)
	if err != nil {
		return nil, nil, invalid(fmt.Errorf("%s: %w", file, err))
	}
	if opts.All { // with --all they are tasks
		return ws, nil, nil
	}
	return ws, compare.TermsOf(m), nil
}

// writeCarried carries OLD's reviewed facts into NEW and writes NEW whole,
// then says on standard error what was carried and what is left to review.
func (e *Env) writeCarried(rb *classify.Rulebook, c *compare.Comparison, wf model.Format, out string) error {
	reader := suggest.NewReader(rb)
	recs := compare.Carry(c, compare.CarryOptions{Suggested: func(a *model.Activity) model.Facts {
		// Read as the import reads the task (its context paragraphs apart,
		// from the decision that keeps it), as the reports do.
		if d := reader.ReadDraft(a); d != nil {
			return d.Suggestion.Facts
		}
		return model.Facts{}
	}})
	data, err := c.New.Worksheet.Encode(wf)
	if err != nil {
		return err
	}
	lost := uncarriedLines(c)
	if wf == model.YAML && len(lost) > 0 {
		data = withHeadNote(data, lost)
	}
	if err := suggest.CheckWorksheetSize(data); err != nil {
		return invalid(err)
	}
	if wf == model.JSON {
		data = report.EscapeControls(data)
	}
	if err := writeOut(e, out, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	fmt.Fprintln(e.Stderr, carrySummary(c, recs))
	return nil
}

// carrySummary says how many tasks were carried into and which are left to
// review.
func carrySummary(c *compare.Comparison, recs []compare.Carried) string {
	reviewed := 0
	for _, r := range recs {
		if r.Reviewed {
			reviewed++
		}
	}
	var review []string
	for _, a := range c.New.Worksheet.Activities {
		if a.Status == model.StatusDraft {
			review = append(review, report.OneLine(compare.Ref(a)))
		}
	}
	line := fmt.Sprintf("%s: carried into %s from %s (%d now reviewed); %s",
		report.OneLine(c.New.File), plural(len(recs), "task", "tasks"), report.OneLine(c.Old.File), reviewed,
		plural(len(review), "draft", "drafts"))
	if len(review) > 0 {
		line += " to review: " + strings.Join(review, ", ")
	}
	if lost := uncarriedLines(c); len(lost) > 0 {
		line += "\n" + strings.Join(lost, "\n  ")
	}
	if len(recs) == 0 && !anyReviewed(c.Old.Worksheet) {
		line += "\nNothing was carried: no activity of " + report.OneLine(c.Old.File) + " is reviewed, and drafts are not carried; review it first, or set status: reviewed"
	}
	return line
}

// anyReviewed says whether a worksheet has an activity that is not a draft.
func anyReviewed(ws *model.Worksheet) bool {
	for _, a := range ws.Activities {
		if a.Status != model.StatusDraft {
			return true
		}
	}
	return false
}

// uncarriedLines say which reviewed tasks of OLD the carry could not take
// anywhere: a heading line, then one line a task (dropped, or merged into
// another); none when every review found its task.
func uncarriedLines(c *compare.Comparison) []string {
	lost, terms := compare.Uncarried(c), compare.UncarriedTerms(c)
	if len(lost)+len(terms) == 0 {
		return nil
	}
	lines := []string{fmt.Sprintf("Reviewed on %s and not carried (%d):", report.OneLine(mandateName(&c.Old)), len(lost)+len(terms))}
	for _, p := range lost {
		what := "dropped: no task of " + report.OneLine(mandateName(&c.New)) + " says it"
		if p.Change == compare.Merged {
			what = "merged into " + report.OneLine(compare.Ref(p.NewActivity)) + ", which notes it"
		}
		lines = append(lines, fmt.Sprintf("%s %s (%s)", report.OneLine(compare.Ref(p.OldActivity)), report.OneLine(p.OldActivity.Title), what))
	}
	for _, p := range terms {
		lines = append(lines, fmt.Sprintf("%s %s (now %s %s, which its import leaves out: %s)", report.OneLine(compare.Ref(p.OldTask)),
			report.OneLine(p.OldTask.Title), report.OneLine(mandateName(&c.New)), report.OneLine(p.Ref(false)), report.OneLine(p.NewTerm.Why)))
	}
	return lines
}

// mandateName is the mandate's symbol, else its file.
func mandateName(m *compare.Mandate) string {
	if m.Worksheet.Mandate != "" {
		return m.Worksheet.Mandate
	}
	return m.File
}

// withHeadNote writes lines as comments at the head of a YAML worksheet,
// after its first comment line (the schema's): the worksheet has no notes
// of its own, and a comment is kept by every later save.
func withHeadNote(data []byte, lines []string) []byte {
	var note strings.Builder
	for _, l := range lines {
		note.WriteString("# " + l + "\n")
	}
	at := 0
	if strings.HasPrefix(string(data), "#") {
		if i := strings.IndexByte(string(data), '\n'); i >= 0 {
			at = i + 1
		}
	}
	return append(append(append([]byte{}, data[:at]...), note.String()...), data[at:]...)
}
