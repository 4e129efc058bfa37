package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

// todayFlag is --today: the day the register is read on (FRAMEWORK §9), so
// that a report says the same whatever day it is made. Without it the
// register is read on the local date; the engine never reads the clock.
type todayFlag struct{ value string }

func (f *todayFlag) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.value, "today", "", "read the risk register on `YYYY-MM-DD` instead of the local date (what is overdue), for reproducible reports")
	cmd.RegisterFlagCompletionFunc("today", cobra.NoFileCompletions)
}

// registerGlobal makes --today a flag of cmd and of every command under
// it that has none of its own.
func (f *todayFlag) registerGlobal(cmd *cobra.Command) {
	cmd.PersistentFlags().StringVar(&f.value, "today", "", "read the risk register on `YYYY-MM-DD` instead of the local date (what is overdue), for reproducible reports")
	cmd.RegisterFlagCompletionFunc("today", cobra.NoFileCompletions)
}

// date is the day given, or the local date; a bad date is invalid input.
func (f *todayFlag) date() (model.Date, error) {
	if f.value == "" {
		return model.Date(time.Now().Format(time.DateOnly)), nil
	}
	d, err := model.ParseDate(f.value)
	if err != nil {
		return "", invalid(fmt.Errorf("--today: %w", err))
	}
	return d, nil
}

// overdueNamed is how many overdue items check lists per file; the summary
// line counts them all.
const overdueNamed = 20

// registerCheck gathers, for one file, what check says of its register: the
// overdue items, and the activities with a critical risk still open.
type registerCheck struct {
	all          bool // --all: every overdue item and activity, not the first few
	overdue      []overdueItem
	overdueCount int
	criticalOpen []string // ids
	// names names the activities, as every line of check does.
	names *activityNames
}

// overdueItem is one overdue line: the activity's id, and what is overdue.
type overdueItem struct{ id, text string }

// add takes one activity's result; print names it as names does.
func (c *registerCheck) add(r *classify.Result) {
	for i := range r.Risks {
		k := &r.Risks[i]
		if k.Mitigation.Overdue {
			c.note(overdueItem{r.ID, fmt.Sprintf("%s (%s) — %s", k.Rule.ID, k.Severity, report.EntryText(&k.Mitigation))})
		}
	}
	if r.HRDDPReview.Overdue {
		c.note(overdueItem{r.ID, fmt.Sprintf("HRDDP review was due %s", r.HRDDPReview.Date)})
	}
	for i := range r.Risks {
		if r.Risks[i].Severity == classify.Critical && r.Risks[i].Mitigation.State == classify.Open {
			c.criticalOpen = append(c.criticalOpen, r.ID)
			break
		}
	}
}

func (c *registerCheck) note(o overdueItem) {
	c.overdueCount++
	if c.all || len(c.overdue) < overdueNamed {
		c.overdue = append(c.overdue, o)
	}
}

// print lists the overdue items, and with --register the activities whose
// critical risk is still open.
func (c *registerCheck) print(w io.Writer, gate bool) {
	for _, o := range c.overdue {
		fmt.Fprintf(w, "  overdue: %s: %s\n", c.names.name(o.id), o.text)
	}
	if more := c.overdueCount - len(c.overdue); more > 0 {
		fmt.Fprintf(w, "  overdue: and %d more (--all lists every one)\n", more)
	}
	if gate && len(c.criticalOpen) > 0 {
		fmt.Fprintf(w, "  critical still open: %s\n", c.names.list(c.criticalOpen, c.all))
	}
}

// fails reports whether check --register fails the file: a critical risk
// still open, or anything overdue.
func (c *registerCheck) fails() bool { return len(c.criticalOpen) > 0 || c.overdueCount > 0 }
