package report

import (
	"bufio"
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
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

// The trace of a plan that keeps its register gives each risk's entry under
// it (status, owner, due, note, OVERDUE as of the sheet's day), then the
// review and the stale entries; reviewed by hand when it changes.
func TestExplainShowsTheRegister(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteExplain(&buf, classify.Default(), registerSheets(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "register.explain.txt", buf.Bytes())
	text := strings.Join(strings.Fields(buf.String()), " ")
	for _, want := range []string{
		"risk grave-violations-support: critical",
		"register mitigated — in place · owner: Human Rights Division · due 2026-03-31 · Units screened against the database; two commanders excluded",
		"register open — planned · owner: Joint HRDDP task force · due 2026-04-15 · OVERDUE",
		"register accepted — not needed · Communities asked for the operation",
		"HRDDP review: 2026-04-30 — OVERDUE",
		"stale entry dual-role: does not fire now register planned · owner: Force headquarters",
		"register open — not started · owner: UNPOL · due 2026-09-30",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the trace lacks %q", want)
		}
	}
	// Each risk has one register line, and only under an activity that
	// keeps a register.
	var risks, entries int
	for _, block := range strings.Split(buf.String(), "\n\n") {
		keeps := strings.Contains(block, "    register ")
		for _, l := range strings.Split(block, "\n") {
			switch {
			case strings.HasPrefix(l, "  risk "), strings.HasPrefix(l, "  stale entry "):
				if keeps {
					risks++
				}
			case strings.HasPrefix(l, "    register "):
				entries++
			}
		}
	}
	if risks == 0 || entries != risks {
		t.Errorf("%d register lines for %d risks of activities that keep a register", entries, risks)
	}
}

// A trace's label stands apart from its text, however wide the label: "nothing
// suggested" is wider than the column the others fit in.
func TestTraceLabelsStandApartFromTheirText(t *testing.T) {
	for _, label := range []string{"read", "not taken", "left out", NothingSuggestedLabel} {
		for _, width := range []int{11, 12} {
			if got := labelColumn(label, width); !strings.HasPrefix(got, label+" ") || len(got) < width {
				t.Errorf("label %q in a column of %d: %q", label, width, got)
			}
		}
	}
	// The trace of a draft whose words suggest nothing.
	var buf bytes.Buffer
	ws := model.New("")
	ws.Activities = []*model.Activity{{ID: "1-weather", Title: "Weather", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1 (2031)", Ref: "1", Text: "1. Notes the weather in the region and its seasons;"}}}
	rb := classify.Default()
	if err := WriteExplain(&buf, rb, []Sheet{{File: "weather.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, NothingSuggestedLabel+" "+NothingSuggested[:20]) {
		t.Errorf("the trace does not say %q apart from its text:\n%s", NothingSuggestedLabel, out)
	}
}
