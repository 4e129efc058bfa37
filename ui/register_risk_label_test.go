package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The register's Risk column names each risk by its label at every width,
// as the wide register does, cut with … where the column is narrower: at
// 80 columns it named them by id ("capacity-without-accountability"), a
// second name for the same risk. The entry under the list, "id: label",
// still gives the selected risk's id and label whole.
func TestRegisterRiskColumnNamesRisksByLabel(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "r")
			requireScreen(t, m, "Risk register")
			rows := m.sh.sheet.Register()
			if len(rows) == 0 {
				t.Fatal("the demo's register is empty: the case tests nothing")
			}
			s := screenText(m)
			for _, r := range rows {
				id := r.Risk.Rule.ID
				for _, line := range strings.Split(s, "\n") {
					if strings.Contains(line, id) && !strings.Contains(line, id+": ") {
						t.Fatalf("a row names risk %s by its id:\n%s", id, s)
					}
				}
			}
			// The first row, selected, begins its risk's label.
			label := rows[0].Risk.Rule.Title
			if !strings.Contains(s, label[:12]) {
				t.Fatalf("no row names %q by its label:\n%s", label, s)
			}
		})
	}
}
