package cli

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/spf13/cobra"
)

// selectionFlags are the flags that choose which activities a command
// covers; they build a report.Selection.
type selectionFlags struct {
	status, minSeverity, ref string
	agendas                  []string
}

func (f *selectionFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.status, "status", "", "only the activities of `STATUS`: reviewed (or never imported) or draft")
	fl.StringSliceVar(&f.agendas, "agenda", nil, "only the activities on `AGENDA` (repeat, or a comma list): poc-only, overlap, ssr-only, outside, undetermined")
	fl.StringVar(&f.minSeverity, "min-severity", "", "only the activities with a risk at least `LEVEL`: critical, high, medium, low")
	fl.StringVar(&f.ref, "ref", "", "only the activities whose reference begins with `PREFIX` (15 keeps 15 and 15(c), not 150); in a worksheet of several mandates 2070:15 (or 2070·15) is 15 of S/RES/2070, and a bare 15 is refused where two mandates number one")
	complete := func(vals ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return vals, cobra.ShellCompDirectiveNoFileComp
		}
	}
	cmd.RegisterFlagCompletionFunc("status", complete("reviewed", "draft"))
	agendas := make([]string, len(classify.Agendas))
	for i, a := range classify.Agendas {
		agendas[i] = string(a)
	}
	cmd.RegisterFlagCompletionFunc("agenda", complete(agendas...))
	cmd.RegisterFlagCompletionFunc("min-severity", complete("critical", "high", "medium", "low"))
}

// parse checks the flags; a bad value is an invalid-input error (exit 2)
// naming the allowed values.
func (f *selectionFlags) parse() (report.Selection, error) {
	var sel report.Selection
	var err error
	if f.status != "" {
		if sel.Status, err = report.ParseStatus(f.status); err != nil {
			return sel, invalid(err)
		}
	}
	if len(f.agendas) > 0 {
		if sel.Agendas, err = report.ParseAgendas(f.agendas); err != nil {
			return sel, invalid(err)
		}
	}
	if f.minSeverity != "" {
		if sel.MinSeverity, err = report.ParseSeverity(f.minSeverity); err != nil {
			return sel, invalid(err)
		}
	}
	sel.RefPrefix = f.ref
	return sel, nil
}
