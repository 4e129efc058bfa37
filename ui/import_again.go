package ui

import (
	"fmt"
	"math"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// Importing a document the worksheet already holds tasks of (the same
// document symbol in their sources) would add every task again. The import
// says so first and offers to replace the earlier tasks with the new
// drafts, to add the drafts beside them, or to cancel; replace and add are
// each one step for u to undo. Replace keeps what the planner did since the
// earlier import, as `pocssr import --into` does: reviewed activities stay
// as they are, in their place, with their registers; a paragraph brought
// back from those left out stays, one discarded stays out; and the risk
// register and HRDDP review of each earlier draft go to the new draft of
// its paragraph.

// promptImportAgain asks what to do with a document imported before.
const promptImportAgain promptID = 200

// pendingImport is an import waiting for the answer to promptImportAgain.
type pendingImport struct {
	path    string
	ws      *model.Worksheet
	mandate *suggest.Mandate
	spare   []review.Spare
	spares  []*model.Activity // the drafts of the parts left out
}

// askImportAgain asks whether to replace, add or cancel.
func (m *Model) askImportAgain(p pendingImport, had int) {
	doc := p.ws.Mandate
	m.prompt = newChoicePrompt(promptImportAgain, "Already imported",
		[]string{fmt.Sprintf("The worksheet already holds %s of %s. Importing it again adds %s.",
			plural(had, "activity", "activities"), doc, plural(len(p.ws.Activities), "draft", "drafts")),
			"Replace puts the new drafts in place of the earlier drafts. Reviewed activities stay as they are, with their registers; a paragraph discarded stays out, one restored stays. u undoes either."},
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
		r := m.sh.sheet.ReplaceDocument(p.ws.Mandate, p.ws.Activities, p.spares, p.ws.Mission, p.ws.Mandate)
		return m.importedDrafts(m.inSheet(p.ws), p.mandate, p.spare, review.Discards(p.mandate, r.DiscardedDrafts), replaceDid(r)...)
	case "a":
		freeIDs(m.sh.sheet.Worksheet(), p.ws)
		m.sh.sheet.AddDrafts(p.ws.Activities, p.ws.Mission, p.ws.Mandate)
		return m.importedDrafts(p.ws, p.mandate, p.spare, nil)
	}
	return nil
}

// replaceDid says what a replace did besides adding drafts, in order of
// need: the reviewed activities it kept first, then a register left as
// stale before the registers that went along, where the line holds one
// only; the paragraphs kept restored or discarded last.
func replaceDid(r model.Reimport) []importDid {
	how := []importDid{{"replaced the earlier drafts", "replaced", false}}
	if r.Reviewed > 0 {
		how = append(how, importDid{fmt.Sprintf("left %s as reviewed", plural(r.Reviewed, "reviewed activity", "reviewed activities")),
			fmt.Sprintf("%d reviewed kept", r.Reviewed), true})
	}
	if n := len(r.Stale); n > 0 {
		how = append(how, importDid{fmt.Sprintf("%s no new draft to go to (kept, as stale)", plural(n, "register had", "registers had")),
			plural(n, "stale register", "stale registers") + " kept", false})
	}
	if r.Kept > 0 {
		// The registers of the drafts replaced, carried over to the new
		// ones; a reviewed activity keeps its own and is not counted, so
		// the words say whose they are.
		how = append(how, importDid{fmt.Sprintf("moving the risk register of %s to the new drafts", plural(r.Kept, "replaced draft", "replaced drafts")),
			plural(r.Kept, "register", "registers") + " moved", false})
	}
	if r.Restored > 0 {
		how = append(how, importDid{fmt.Sprintf("kept %s restored", plural(r.Restored, "paragraph", "paragraphs")),
			fmt.Sprintf("%d restored kept", r.Restored), false})
	}
	if r.Discarded > 0 {
		// Named in full, as l lists them: the planner who discarded one
		// finds which it was, and may bring it back.
		var refs []string
		for _, d := range r.DiscardedDrafts {
			refs = append(refs, oneLine(d.Source.Ref))
		}
		full := fmt.Sprintf("left %s discarded", plural(r.Discarded, "paragraph", "paragraphs"))
		if len(refs) == r.Discarded && !slices.Contains(refs, "") {
			what := "paragraph "
			if len(refs) > 1 {
				what = "paragraphs "
			}
			full = "left " + what + strings.Join(refs, ", ") + " discarded"
		}
		how = append(how, importDid{full, fmt.Sprintf("%d discarded kept out", r.Discarded), false})
	}
	return how
}

// inSheet is the reading ws with the drafts the worksheet now holds only.
func (m *Model) inSheet(ws *model.Worksheet) *model.Worksheet {
	out := *ws
	out.Activities = nil
	for _, a := range ws.Activities {
		if m.sh.sheet.Index(a) >= 0 {
			out.Activities = append(out.Activities, a)
		}
	}
	return &out
}

// importDid is one thing an import did besides adding drafts, in full and
// in short; keys: worth the keys' shorter words to keep on the line.
type importDid struct {
	full, short string
	keys        bool
}

// moreOnHelp counts what the status line leaves out of an import's note,
// and says where it reads whole: the help (?), which shows the status
// line's last message in full. Only where even that does not fit is the
// count left bare.
func moreOnHelp(n int) string { return fmt.Sprintf("+%d more (?)", n) }

// countDocument counts the document's name, left out of an import's note,
// with what the import did that gives way ("+2 more (?)" becomes "+3 more
// (?)"), or, where all it did is told, after the note (tail).
func countDocument(how []string) (counted []string, tail string) {
	if n := len(how); n > 0 {
		var more int
		if _, err := fmt.Sscanf(how[n-1], "+%d more", &more); err == nil {
			last := fmt.Sprintf("+%d more", more+1)
			if strings.HasSuffix(how[n-1], "(?)") {
				last = moreOnHelp(more + 1)
			}
			return append(append([]string(nil), how[:n-1]...), last), ""
		}
	}
	return how, " " + moreOnHelp(1)
}

// importNoteWhole is what the help shows of an import's note whose status
// line counts what it left out, what the import did or the document's name
// ("" when the line tells all).
func importNoteWhole(note string, drafts, leftOut int, how []importDid, document string) string {
	if !strings.Contains(note, " more") {
		return ""
	}
	return importNote(math.MaxInt, drafts, leftOut, how, document)
}

// importNote is what the status line says of an import of drafts drafts
// from document, in w cells: how many drafts and left-out paragraphs, and
// the keys that list and undo them, always whole; then, as far as the line
// holds them, what the import did besides adding (how, in order of need)
// and the document's name. A part that does not fit is left out whole,
// never cut into: the document goes first, counted at the end ("+1 more
// (?)", the help showing the whole note), then the counts shorten, then
// the keys say "it" for "the import", then what the import did says it in
// short, then its last part goes, counted in "+1 more" (a count is never
// dropped without a sign).
func importNote(w, drafts, leftOut int, how []importDid, document string) string {
	// The keys say what they undo in short before what the import did
	// gives way: at 80 columns that a replace kept the reviewed activities.
	keys := []string{"u undoes the import", "u undoes it"}
	if leftOut > 0 {
		keys = []string{"l lists them, u undoes the import", "l lists them, u undoes it"}
	}
	d := plural(drafts, "draft", "drafts")
	counts := []string{
		fmt.Sprintf("%s imported, %s left out", d, plural(leftOut, "paragraph", "paragraphs")),
		fmt.Sprintf("%s, %s left out", d, plural(leftOut, "paragraph", "paragraphs")),
		fmt.Sprintf("%s, %d left out", d, leftOut),
	}
	var did [][]string
	var worth []bool // whether the keys shorten for each of did
	for n := len(how); n > 0; n-- {
		full, short := make([]string, n), make([]string, n)
		keep := false
		for i, h := range how[:n] {
			full[i], short[i] = h.full, h.short
			keep = keep || h.keys
		}
		// What gives way is still counted ("+2 more"), worth the keys'
		// shorter words.
		if more := len(how) - n; more > 0 {
			full, short = append(full, moreOnHelp(more)), append(short, moreOnHelp(more))
			keep = true
		}
		did, worth = append(did, full, short), append(worth, keep, keep)
	}
	if len(how) > 0 {
		did, worth = append(did, []string{moreOnHelp(len(how))}, []string{fmt.Sprintf("+%d more", len(how))}), append(worth, true, true)
	}
	did, worth = append(did, nil), append(worth, false)
	for i, how := range did {
		for k, key := range keys {
			if k > 0 && !worth[i] {
				break
			}
			for _, c := range counts {
				for _, doc := range []string{document, ""} {
					how, tail := how, ""
					if doc == "" && document != "" {
						how, tail = countDocument(how)
					}
					s := c + ": " + key
					if len(how) > 0 {
						s = strings.Join(how, ", ") + ": " + s
					}
					if doc != "" {
						s += " (" + doc + ")"
					}
					if s += "." + tail; ansi.StringWidth(s) <= w {
						return s
					}
				}
			}
		}
	}
	return counts[len(counts)-1] + ": " + keys[0] + "."
}
