package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
)

func TestFrameworkRisksLinkTheCasesThatRaiseThem(t *testing.T) {
	m := newTestModel(t, sheetOf(), 100, 30) // not the case library: the links still go to it
	press(t, m, "f", "3")
	requireScreen(t, m, "Cases that raise it:", "1 Joint offensive with the Congolese army against the FDLR", "— from “")
	refuseScreen(t, m, "    > 1 Joint")
	press(t, m, "]")
	requireScreen(t, m, "    > 1 Joint offensive")
	press(t, m, "]", "[")
	requireScreen(t, m, "    > 1 Joint offensive")
	press(t, m, "enter")
	requireScreen(t, m, "Case from the library", "From the chapter section “Existing UN frameworks linking POC and SSR”", "Verdict: T2")
	press(t, m, "esc")
	requireScreen(t, m, "Framework", "Cases that raise it:")
	if m.sh.sheet.Len() != 0 || m.sh.sheet.Dirty() {
		t.Fatal("opening a case changed the worksheet")
	}
}

func TestFrameworkCaseLinksScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensive")
			sendKeys(tm, "f", "3", "]", "]")
			waitText(t, tm, "    > ")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
