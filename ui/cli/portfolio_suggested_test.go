package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A draft whose words alone say it works on the army's accountability
// clears one finding and, with the same words, raises another: pocssr
// check and the text account of pocssr classify mark them "(~)" and say
// which findings the suggested answers change and by which draft, as the
// screens and the briefing say it. Both had shown the findings as settled.
func TestCommandsSayWhichFindingsSuggestedAnswersChange(t *testing.T) {
	path := filepath.Join("testdata", "suggested-clears-finding.yaml")
	cleared := "~ The plan builds a force's capacity and nothing works on its accountability — army: cleared by the suggested answers of "
	raised := "~ The mission supports a force that nothing in the plan monitors — army: raised by the suggested answers of "
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"check", path}, []string{
			"\n  portfolio (~): [HIGH] The mission supports a force that nothing in the plan monitors (support-without-monitoring, army): #1\n",
			"\n  changed by suggested answers: " + cleared + "#2: confirm them in the review\n",
			"\n  changed by suggested answers: " + raised + "#2: confirm them in the review\n",
		}},
		{[]string{"classify", path}, []string{
			"\nPortfolio (~):\n",
			"\n  Changed by suggested answers (~):\n",
			" " + cleared + "army-justice: confirm them in the review. ",
			" " + raised + "army-justice: confirm them in the review. ",
		}},
	} {
		out, errOut, _ := run(t, "", c.args...)
		// The account wraps at 80 columns: its sentences are looked for
		// with their lines joined.
		flat := " " + strings.Join(strings.Fields(out), " ") + " "
		for _, want := range c.want {
			if !strings.Contains(out, want) && (strings.Contains(want, "\n") || !strings.Contains(flat, want)) {
				t.Errorf("pocssr %s lacks %q (stderr %q):\n%s", c.args[0], want, errOut, out)
			}
		}
	}
}
