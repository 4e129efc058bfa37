package ui

import (
	"strings"
	"testing"
)

// accountsOf are the accounts of the activity with id in the standard
// output of a plain run, in the order printed: each from its id line to
// the first line after it that is not indented.
func accountsOf(stdout, id string) []string {
	var out []string
	lines := strings.Split(stdout, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], id+" — ") {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.HasPrefix(lines[j], " ") {
			j++
		}
		out = append(out, strings.Join(lines[i:j], "\n"))
		i = j - 1
	}
	return out
}

// The account an edit prints is made from the answers just given: ¶2(a) of
// S/RES/1990 (2011), said to be early warning, reads tier 2 and POC only
// with one open question, as show prints it after, from edit N and from
// the review alike. (It printed the verdict from before the edit: "kinds:
// early warning" over "No kind of activity is given yet" and six open
// questions.)
func TestAccessibleEditPrintsTheAccountAfterTheEdit(t *testing.T) {
	questions := []string{
		"", "", // title and description kept
		"",                 // the implementer confirmed
		"9",                // early warning
		"", "", "", "", "", // the questions left, not known
	}
	for name, lines := range map[string][]string{
		"edit N": append(append([]string{"", "edit 1"}, questions...), "show 1", "quit"),
		"review": append(append([]string{"", "review", "2"}, questions...), "0", "show 1", "quit"),
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			path, _ := monitorSheet(t)
			stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
			if code != 0 {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			id := loadPlan(t, path).Activities[0].ID
			accounts := accountsOf(stdout, id)
			if len(accounts) < 2 {
				t.Fatalf("%d accounts of %s printed:\n%s", len(accounts), id, stdout)
			}
			edited, shown := accounts[len(accounts)-2], accounts[len(accounts)-1]
			for _, want := range []string{"status: reviewed", "kinds: early warning", "Verdict: T2 · POC only · no risk found · 1 open question", "Open questions (1):"} {
				if !strings.Contains(edited, want) {
					t.Errorf("the account after the edit lacks %q:\n%s", want, edited)
				}
			}
			if strings.Contains(edited, "No kind of activity is given yet") {
				t.Errorf("the account after the edit says no kind is given:\n%s", edited)
			}
			if edited != shown {
				t.Errorf("the account after the edit:\n%s\nshow 1 after it:\n%s", edited, shown)
			}
		})
	}
}
