package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// Importing a document the worksheet already holds tasks of (the same
// document symbol in their sources) would add every task again. The import
// says so first and offers to replace the earlier tasks with the new
// drafts, to add the drafts beside them, or to cancel; replace and add are
// each one step for u to undo. Replace keeps the risk register and the HRDDP
// review of each earlier activity on the new draft of its paragraph.

// promptImportAgain asks what to do with a document imported before.
const promptImportAgain promptID = 200

// pendingImport is an import waiting for the answer to promptImportAgain.
type pendingImport struct {
	path    string
	ws      *model.Worksheet
	mandate *suggest.Mandate
	spare   []review.Spare
}

// askImportAgain asks whether to replace, add or cancel.
func (m *Model) askImportAgain(p pendingImport, had int) {
	doc := p.ws.Mandate
	m.prompt = newChoicePrompt(promptImportAgain, "Already imported",
		[]string{fmt.Sprintf("The worksheet already holds %s of %s. Importing it again adds %s.",
			plural(had, "activity", "activities"), doc, plural(len(p.ws.Activities), "draft", "drafts")),
			"Replace takes out the earlier ones (reviewed or not) and puts the new drafts in their place; u undoes either."},
		promptChoice{"r", "replace them"}, promptChoice{"a", "add beside them"})
	m.prompt.data = p
}

// answerImportAgain acts on the answer; esc has already cancelled.
func (m *Model) answerImportAgain(a promptAnswer) tea.Cmd {
	p, ok := a.data.(pendingImport)
	if !ok {
		return nil
	}
	switch a.choice {
	case "r":
		kept, unmatched := m.sh.sheet.ReplaceDocument(p.ws.Mandate, p.ws.Activities, p.ws.Mission, p.ws.Mandate)
		how := "replaced the earlier ones"
		if kept > 0 {
			how += fmt.Sprintf(", keeping the risk register of %s", plural(kept, "activity", "activities"))
		}
		if unmatched > 0 {
			how += fmt.Sprintf(" (%s no new draft to go to)", plural(unmatched, "register had", "registers had"))
		}
		return m.importedDrafts(p.ws, p.mandate, p.spare, how)
	case "a":
		m.sh.sheet.AddDrafts(p.ws.Activities, p.ws.Mission, p.ws.Mandate)
		return m.importedDrafts(p.ws, p.mandate, p.spare, "")
	}
	return nil
}
