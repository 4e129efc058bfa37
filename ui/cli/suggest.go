package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

func newSuggestCmd(env *Env) subcommand {
	var format string
	cmd := &cobra.Command{
		Use:   "suggest TEXT | -",
		Short: "Suggest an activity's facts from a plain-language description",
		Long: `Read a description of an activity, in the words of a mandate or a plan, and
suggest its facts: who carries it out, what kinds of activity it is (the main
one first), which forces it involves, and any other fact the words clearly
support.
Every suggestion shows the words behind it, with their byte offsets in the text;
a fact the words do not support stays unknown. The suggested facts are then
classified: tier, agenda, risks, open questions.

"-" reads the description from standard input. Formats: text (readable) and json
(FRAMEWORK §7, with "declined" listing what was read but not suggested: negated
words, purposes, measures still planned). The words read come from the
rulebook's cue lexicon, which --rules can extend.`,
		Example: `  pocssr suggest "Support the Government in reforming the police"
  pocssr suggest --format json "Human rights training for army officers, without oversight"
  echo "Train and equip the FARDC for joint operations with MONUSCO" | pocssr suggest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return invalid(model.UnknownValue("format", "formats", format, []string{"text", "json"}))
			}
			text, err := env.descriptionText(args)
			if err != nil {
				return invalid(err)
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			s := suggest.NewReader(rb).Suggest(text)
			s.Declined = distinctDeclined(s.Declined)
			if format == "json" {
				return report.WriteSuggestionJSON(env.Stdout, rb, s)
			}
			return report.WriteSuggestionText(env.Stdout, rb, s)
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text|json")
		cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp
		})
	}}
}

// descriptionText is the text to read: the arguments joined, or standard input
// for "-". Surrounding white space is dropped, so offsets count from the first
// word.
func (e *Env) descriptionText(args []string) (string, error) {
	name := "pocssr suggest"
	var text string
	if len(args) == 1 && args[0] == "-" {
		name = "<stdin>"
		data, err := io.ReadAll(io.LimitReader(e.stdinOrHint("a description"), model.MaxFileSize+1))
		if err != nil {
			return "", fmt.Errorf("%s: %w", model.QuoteName(name), err)
		}
		if len(data) > model.MaxFileSize {
			return "", fmt.Errorf("%s: the text is larger than the limit of %d MiB", model.QuoteName(name), model.MaxFileSize>>20)
		}
		text = string(data)
	} else {
		text = strings.Join(args, " ")
		if len(text) > model.MaxFileSize {
			return "", fmt.Errorf("%s: the text is larger than the limit of %d MiB", model.QuoteName(name), model.MaxFileSize>>20)
		}
	}
	if !utf8.ValidString(text) {
		return "", fmt.Errorf("%s: the text is not valid UTF-8", model.QuoteName(name))
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return "", fmt.Errorf("%s: the text is empty; give a description of the activity", model.QuoteName(name))
	}
	return text, nil
}

// distinctDeclined keeps one of the readings declined for the same words,
// value and reason: two cues of the lexicon may read the same words, and
// the account says what was read, not how often.
func distinctDeclined(ds []suggest.Declined) []suggest.Declined {
	type seen struct {
		fact       model.Fact
		value      string
		start, end int
		reason     string
	}
	had := make(map[seen]bool, len(ds))
	out := ds[:0]
	for _, d := range ds {
		k := seen{d.Fact, d.Value, d.Start, d.End, d.Reason}
		if had[k] {
			continue
		}
		had[k] = true
		out = append(out, d)
	}
	return out
}
