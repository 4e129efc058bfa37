package ui

import (
	"cmp"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// agreeingLibrary is registerLibrary with every state the register counts:
// beside its entries in place, planned and overdue, and not needed, an
// entry not started and overdue, one in place past its date (not overdue),
// a stale entry, an overdue HRDDP review on an activity with rows and on
// one without, and a review to come. It returns the activity numbers (in
// list) of the two overdue reviews.
func agreeingLibrary(t *testing.T) (*model.Worksheet, int, int) {
	t.Helper()
	ws := registerLibrary(t)
	rb := classify.Default()
	var withRows, without []*model.Activity
	var unused []classify.Risk // firing risks without an entry, and their activities
	var unusedOf []*model.Activity
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		if len(r.Risks) == 0 {
			without = append(without, a)
			continue
		}
		withRows = append(withRows, a)
		for _, k := range r.Risks {
			if a.Register.Entry(k.Rule.ID) == nil {
				unused, unusedOf = append(unused, k), append(unusedOf, a)
			}
		}
	}
	if len(without) < 1 || len(withRows) < 3 || len(unused) < 2 {
		t.Fatal("the case library lacks the activities the case needs")
	}
	unusedOf[0].Register.Set(model.RegisterEntry{Risk: unused[0].Rule.ID, Status: model.NotStarted, Due: "2026-01-01"})
	unusedOf[1].Register.Set(model.RegisterEntry{Risk: unused[1].Rule.ID, Status: model.InPlace, Due: "2026-01-01"})
	staleOn := withRows[len(withRows)-1]
	fired := rb.Classify(staleOn)
	for _, id := range rb.Vocabulary().Risks() {
		if !fired.Fires(id) {
			staleOn.Register.Set(model.RegisterEntry{Risk: id, Status: model.Planned, Due: "2025-12-31"})
			break
		}
	}
	withRows[1].HRDDPReview = "2026-02-01"
	without[0].HRDDPReview = "2026-02-02"
	withRows[2].HRDDPReview = "2026-09-30"
	return ws, slices.Index(ws.Activities, withRows[1]) + 1, slices.Index(ws.Activities, without[0]) + 1
}

// registerTally is what a register's heading counts.
type registerTally struct{ firing, open, mitigated, accepted, overdue, stale string }

var (
	screenTally = regexp.MustCompile(`(\d+) risks?: (\d+) open · (\d+) mitigated · (\d+) accepted · (\d+) overdue(?: \(HRDDP review of ([^)]*)\))?(?: · (\d+) stale)? · sorted by`)
	plainTally  = regexp.MustCompile(`Risk register of the worksheet: (\d+) risks?: (\d+) open · (\d+) mitigated · (\d+) accepted · (\d+) overdue(?: · (\d+) stale)?\.`)
	// plainPlace is a row's place in the register after its risk's title:
	// "open — no entry", "mitigated — in-place · …", or for a stale entry
	// "does not fire now; kept: planned · …".
	plainPlace = regexp.MustCompile(`^(?:(open|mitigated|accepted) — (no entry|[a-z-]+)|does not fire now; kept: ([a-z-]+))`)
)

// rowState is a row's place in the register as a heading counts it.
type rowState struct {
	state, status  string
	stale, overdue bool
}

// The plain prompts' whole register agrees with the register screen's on
// the same worksheet read on the same day: the heading's counts (risks
// open, mitigated, accepted, overdue with the HRDDP reviews, stale), the
// same rows, each with the same state, status and overdue, and the
// activities whose overdue review no row lists, which the screen's
// heading names and the plain register lists.
func TestAccessibleWholeRegisterAgreesWithTheScreen(t *testing.T) {
	ws, listedReview, unlistedReview := agreeingLibrary(t)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	m := NewModel(classify.Default(), loadPlan(t, path), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(200, 60))
	press(t, m, "r")
	if m.front != registerScreen {
		t.Fatalf("r opened screen %d, not the register", m.front)
	}
	sm := screenTally.FindStringSubmatch(screenText(m))
	if sm == nil {
		t.Fatalf("the screen's heading does not read as counts:\n%s", screenText(m))
	}
	stdout, stderr, code := runPocssr(t, "\nregister\nquit\n", path, "--accessible", "--today="+string(registerDay))
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	pm := plainTally.FindStringSubmatch(stdout)
	if pm == nil {
		t.Fatalf("the plain register's heading does not read as counts:\n%s", stdout)
	}
	screen := registerTally{sm[1], sm[2], sm[3], sm[4], sm[5], cmp.Or(sm[7], "0")}
	plain := registerTally{pm[1], pm[2], pm[3], pm[4], pm[5], cmp.Or(pm[6], "0")}
	t.Logf("the screen counts %+v", screen)
	if plain != screen {
		t.Errorf("the plain register counts %+v, the screen %+v", plain, screen)
	}
	// The case holds every count, or it would compare zeros.
	if overdue, _ := strconv.Atoi(screen.overdue); screen.open == "0" || screen.mitigated == "0" || screen.accepted == "0" || overdue < 4 || screen.stale == "0" {
		t.Errorf("the case lacks a count: %+v", screen)
	}
	if want := fmt.Sprintf("#%d", unlistedReview); sm[6] != want {
		t.Errorf("the screen's heading names the review of %q, want %s", sm[6], want)
	}
	for _, n := range []int{listedReview, unlistedReview} {
		if !regexp.MustCompile(fmt.Sprintf(`(?m)^ *%d\..* · HRDDP review \S+ OVERDUE$`, n)).MatchString(stdout) {
			t.Errorf("the plain register does not name the overdue review of activity %d:\n%s", n, stdout)
		}
	}

	// Row by row: the same rows, each in the same place of the register.
	want := map[registerPlace]rowState{}
	press(t, m, "home")
	for {
		r := m.reg().Selected()
		k := &r.Risk.Mitigation
		want[registerPlace{r.Index + 1, r.Risk.Rule.ID}] = rowState{string(k.State), r.Status(), r.Stale, k.Overdue}
		press(t, m, "down")
		if next := m.reg().Selected(); next.Activity == r.Activity && next.Risk.Rule.ID == r.Risk.Rule.ID {
			break
		}
	}
	got := plainRegisterStates(t, stdout)
	if len(got) != len(want) {
		t.Errorf("the plain register lists %d rows, the screen %d", len(got), len(want))
	}
	for place, w := range want {
		g, ok := got[place]
		switch {
		case !ok:
			t.Errorf("the plain register lacks the screen's row %v", place)
		case w.stale && (!g.stale || g.status != w.status || g.overdue):
			t.Errorf("row %v: the plain register has %+v, the screen a stale %s entry", place, g, w.status)
		case !w.stale && g != w:
			t.Errorf("row %v: the plain register has %+v, the screen %+v", place, g, w)
		}
	}
}

// plainRegisterStates reads each row of the plain whole register: its
// activity's number, its risk, and its place in the register.
func plainRegisterStates(t *testing.T, stdout string) map[registerPlace]rowState {
	t.Helper()
	rb := classify.Default()
	out := map[registerPlace]rowState{}
	number := 0
	for _, line := range strings.Split(stdout, "\n") {
		if m := plainRowHead.FindStringSubmatch(line); m != nil {
			number, _ = strconv.Atoi(m[1])
			continue
		}
		m := plainRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		rule := rb.Risk(riskTitled(m[1]))
		if rule == nil {
			t.Fatalf("a row names a risk the rulebook does not know: %q", line)
		}
		_, place, ok := strings.Cut(line, rule.Title+": ")
		pm := plainPlace.FindStringSubmatch(place)
		if !ok || pm == nil {
			t.Fatalf("a row's place in the register does not read: %q", line)
		}
		s := rowState{state: pm[1], status: pm[2], overdue: strings.Contains(place, "OVERDUE")}
		if pm[3] != "" {
			s = rowState{status: pm[3], stale: true}
		}
		if s.status == "no entry" {
			s.status = "none"
		}
		out[registerPlace{number, rule.ID}] = s
	}
	return out
}
