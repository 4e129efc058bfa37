package report

import (
	"bufio"
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The trace of the case library; reviewed by hand when it changes.
func TestGoldenExplain(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteExplain(&buf, classify.Default(), caseSheets(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "cases.explain.txt", buf.Bytes())
}

var positionRe = regexp.MustCompile(`rulebook\.yaml:(\d+):(\d+)`)

// Every verdict of the trace names a line of the rulebook that holds what
// decided it: the kind's tier, the agenda rule's explanation, the risk rule;
// and every risk reads at least one fact, with its value.
func TestExplainPointsAtTheDecidingLines(t *testing.T) {
	rb := classify.Default()
	lines := strings.Split(string(rb.Source()), "\n")
	var buf bytes.Buffer
	if err := WriteExplain(&buf, rb, caseSheets(t)); err != nil {
		t.Fatal(err)
	}
	verdict := ""
	checked := 0
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "  tier"), strings.HasPrefix(l, "  agenda"), strings.HasPrefix(l, "  risk "):
			verdict = strings.TrimSpace(l)
		case strings.HasPrefix(l, "    decided by"):
			m := positionRe.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("%s: no position in %q", verdict, l)
			}
			n, _ := strconv.Atoi(m[1])
			col, _ := strconv.Atoi(m[2])
			at, want := lines[n-1], ""
			switch f := strings.Fields(verdict); f[0] {
			case "tier": // the value of the kind's tier: line
				at, want = lines[n-1][:col-1], "tier: "
				if f[1] != "undetermined" {
					at, want = strings.TrimSpace(lines[n-1]), "tier: "+strings.TrimSuffix(f[1], ":")
				}
			case "agenda": // the rule's explanation
				at, want = lines[n-1][col-1:], regexp.MustCompile(`rule (agenda-[a-z-]+)`).FindStringSubmatch(l)[1]+":"
			case "risk": // the rule's entry
				at, want = lines[n-1][col-1:], "id: "+strings.TrimSuffix(f[1], ":")
			}
			if !strings.Contains(at, want) {
				t.Errorf("%s: %s points at %q, want %q", verdict, m[0], at, want)
			}
			checked++
		case strings.HasPrefix(l, "    read"):
			if strings.HasPrefix(verdict, "risk") && !strings.Contains(l, " = ") {
				t.Errorf("%s reads no fact: %q", verdict, l)
			}
		}
	}
	if checked < 23*2 {
		t.Errorf("only %d verdicts checked", checked)
	}
}
