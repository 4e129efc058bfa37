package ui

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// registerPlace is a row of the register: the activity's number in list
// and the risk's id.
type registerPlace struct {
	number int
	risk   string
}

// plainRowHead and plainRow read the whole register of the plain prompts:
// an activity's heading ("  3. …") and a row under it ("       HIGH
// title: open — …", "       stale — title: does not fire now; …"), its
// risk named by its title.
var (
	plainRowHead = regexp.MustCompile(`^ *(\d+)\.`)
	plainRow     = regexp.MustCompile(`^       (?:stale —|\S+) (.+?): (?:open|mitigated|accepted|does not fire now)`)
)

// riskTitled is the id of the rulebook's risk titled title, "" where none is.
func riskTitled(title string) string {
	for _, r := range classify.Default().Risks {
		if r.Title == title {
			return r.ID
		}
	}
	return ""
}

// plainRegisterPlaces are the rows of the whole register on stdout, in the
// order it lists them, each under the heading of its activity.
func plainRegisterPlaces(t *testing.T, stdout string) []registerPlace {
	t.Helper()
	var places []registerPlace
	number := 0
	for _, line := range strings.Split(stdout, "\n") {
		if m := plainRowHead.FindStringSubmatch(line); m != nil {
			number, _ = strconv.Atoi(m[1])
			continue
		}
		if m := plainRow.FindStringSubmatch(line); m != nil {
			if number == 0 {
				t.Fatalf("a row before any activity's heading: %q", line)
			}
			id := riskTitled(m[1])
			if id == "" {
				t.Fatalf("a row names a risk the rulebook does not know: %q", line)
			}
			places = append(places, registerPlace{number, id})
		}
	}
	return places
}

// screenRegisterPlaces are the register screen's rows, top to bottom.
func screenRegisterPlaces(t *testing.T, m *Model) []registerPlace {
	t.Helper()
	var places []registerPlace
	press(t, m, "home")
	for {
		r := m.reg().Selected()
		if r == nil {
			t.Fatal("the register screen has no row under the cursor")
		}
		places = append(places, registerPlace{r.Index + 1, r.Risk.Rule.ID})
		press(t, m, "down")
		if next := m.reg().Selected(); next.Activity == r.Activity && next.Risk.Rule.ID == r.Risk.Rule.ID {
			return places
		}
	}
}

// register by ORDER lists the whole register's rows in the order o sorts
// the register screen's, for each of its orders, each run of one
// activity's rows under the activity's heading; the heading says the
// order, and the last line names the orders as they are typed.
func TestAccessibleWholeRegisterSortsAsTheScreen(t *testing.T) {
	ws := registerLibrary(t)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	m := registerModel(t, 160, 60)
	for i, order := range []string{"severity", "due date", "status"} {
		if i > 0 {
			press(t, m, "o")
		}
		screen := screenRegisterPlaces(t, m)
		for _, typed := range []string{order, strings.Fields(order)[0]} {
			stdout, stderr, code := runPocssr(t, "\nregister by "+typed+"\nquit\n", path, "--accessible", "--today="+string(registerDay))
			if code != 0 {
				t.Fatalf("register by %s: exit %d:\n%s", typed, code, stderr)
			}
			if !strings.Contains(stdout, " · sorted by "+order+".\n") {
				t.Errorf("register by %s: the heading does not say the order:\n%s", typed, stdout[:min(len(stdout), 300)])
			}
			plain := plainRegisterPlaces(t, stdout)
			if len(plain) != len(screen) {
				t.Fatalf("register by %s lists %d rows, the screen %d", typed, len(plain), len(screen))
			}
			for j := range plain {
				if plain[j] != screen[j] {
					t.Errorf("register by %s, row %d: %v, the screen sorted by %s has %v", typed, j+1, plain[j], order, screen[j])
				}
			}
			if !strings.Contains(stderr, "register by severity, register by due date or register by status sorts the rows") {
				t.Errorf("the listing's last line does not name the orders:\n%s", stderr)
			}
		}
	}
	// Unsorted, the register keeps the worksheet's order, which no order
	// of the screen is here: the sorted listing is not the plain one again.
	stdout, _, _ := runPocssr(t, "\nregister\nquit\n", path, "--accessible", "--today="+string(registerDay))
	byWorksheet := plainRegisterPlaces(t, stdout)
	for j := 1; j < len(byWorksheet); j++ {
		if byWorksheet[j].number < byWorksheet[j-1].number {
			t.Fatalf("register alone is not in worksheet order at row %d: %v", j+1, byWorksheet)
		}
	}
	press(t, m, "o") // back to severity
	if severity := screenRegisterPlaces(t, m); equalPlaces(severity, byWorksheet) {
		t.Fatal("the case library's severity order is its worksheet order: the case tests nothing")
	}
}

func equalPlaces(a, b []registerPlace) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// An order register by does not know is refused naming the orders, and
// nothing is listed; help names register by ORDER.
func TestAccessibleWholeRegisterRefusesAnUnknownOrder(t *testing.T) {
	path, _ := offensiveSheet(t)
	stdout, stderr, code := runPocssr(t, "\nregister by owner\nregister by\nhelp\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		`"owner" is no order of the register; it sorts as o sorts the register screen: register by severity, register by due date or register by status.`,
		"Give an order after by; it sorts as o sorts the register screen: ",
		"  register by ORDER    the same rows sorted as o sorts the register screen: by severity, by due date (no date last) or by status (open first, overdue first)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stdout, "Risk register of the worksheet") {
		t.Errorf("an unknown order listed the register:\n%s", stdout)
	}
	// A piped first line register by ORDER reads as the command, as
	// register does; one with no order reads as a title.
	if _, stderr, code = runPocssr(t, "register by due\n", path, "--accessible"); code != 2 || !strings.Contains(stderr, "as the command register by ORDER;") {
		t.Errorf("a first line register by due: exit %d:\n%s", code, stderr)
	}
}
