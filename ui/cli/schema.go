package cli

import (
	"bytes"
	"io"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

func newSchemaCmd(env *Env) subcommand {
	var out string
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Write the JSON Schema of a worksheet file, from the rulebook in use",
		Long: `Write the JSON Schema (draft 2020-12) of a worksheet file: every key, the
allowed values of each fact from the rulebook in use (--rules), and its question
as the description. An editor with the YAML language server completes and checks
a worksheet that starts with the line

  # yaml-language-server: $schema=` + model.SchemaURL + `

which import, cases and every new worksheet write; that schema is the one of the
built-in rulebook. For a modified rulebook, write its schema beside the
worksheets and name it instead:

  pocssr --rules my-rules.yaml schema -o worksheet.schema.json
  # yaml-language-server: $schema=./worksheet.schema.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := refuseOutputOverInput(out, []string{env.RulesPath}); err != nil {
				return err
			}
			rb, err := env.Rulebook()
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if err := report.WriteSchema(&buf, rb); err != nil {
				return err
			}
			return writeOut(env, out, func(w io.Writer) error { _, err := w.Write(buf.Bytes()); return err })
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	}}
}
