package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The Ref column of the worksheet (at every size) and of the register (at
// 200 columns) gives the reference the briefing gives, cut with "…" where
// it does not fit: a case's section ("Existing UN frameworks linking POC
// and SSR"), where the column was blank for every case of the library.
func TestRefColumnGivesTheBriefingsReference(t *testing.T) {
	check := func(t *testing.T, screen string, row *regexp.Regexp, m *Model) (sections int) {
		t.Helper()
		acts := m.sh.sheet.Worksheet().Activities
		for _, l := range strings.Split(screen, "\n") {
			r := row.FindStringSubmatch(l)
			if r == nil {
				continue
			}
			n, _ := strconv.Atoi(r[1])
			if n > len(acts) {
				t.Fatalf("no activity %d: %q", n, l)
			}
			want := report.Ref(acts[n-1], n)
			cell := strings.TrimRight(r[2], " ")
			if shown, cut := strings.CutSuffix(cell, "…"); cut && !strings.HasPrefix(want, shown) || !cut && cell != want {
				t.Errorf("activity %d: the Ref column shows %q where the briefing gives %q:\n%s", n, cell, want, l)
			}
			if len(want) > 20 {
				sections++
			}
		}
		return sections
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("worksheet_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			requireScreen(t, m, " Ref ")
			if check(t, screenText(m), regexp.MustCompile(`^[> ] +(\d+) (.{11}) \S`), m) == 0 {
				t.Fatalf("no row names its section:\n%s", screenText(m))
			}
		})
	}
	t.Run("register_200x60", func(t *testing.T) {
		m := registerModel(t, 200, 60)
		requireScreen(t, m, " Ref ")
		if check(t, screenText(m), regexp.MustCompile(`^[> ] +(\d+) (.{12})  \S`), m) == 0 {
			t.Fatalf("no row names its section:\n%s", screenText(m))
		}
		golden(t, m, 200, 60, "Risk register")
	})
}
