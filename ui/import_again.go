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

// askImportAgain asks whether to replace, add or cancel, saying what each
// answer will do with the numbers it will do it with: those of a replace
// worked out beforehand (session.Sheet.ReplaceWould), as the plain prompts
// give them.
func (m *Model) askImportAgain(p pendingImport, had int) {
	c := importAgainChoices(had, p.ws.Mandate, len(p.ws.Activities), m.sh.sheet.ReplaceWould(p.ws.Mandate, p.ws.Activities, p.spares))
	text := []string{c.asked, "r, replace: " + c.replace + ".", "a, add: " + c.add + ".", "esc, cancel: " + c.cancel + " u undoes a replace or an add."}
	m.prompt = newChoicePrompt(promptImportAgain, "Already imported", text,
		promptChoice{"r", "replace them"}, promptChoice{"a", "add beside them"})
	m.prompt.data = p
}

// importAgainChoice is what the question of a document imported before
// says: what the worksheet holds of it, then what each answer will do.
type importAgainChoice struct{ asked, replace, add, cancel string }

// importAgainChoices says that the worksheet holds had activities of
// document doc, and what each answer does: a replace by would, its counts
// worked out before it is done; an add puts drafts new drafts beside them;
// a cancel nothing. The screens' question and the plain prompts' say the
// same.
func importAgainChoices(had int, doc string, drafts int, would model.Reimport) importAgainChoice {
	return importAgainChoice{
		asked:   fmt.Sprintf("The worksheet already holds %s of %s. Each answer does this:", plural(had, "activity", "activities"), oneLine(doc)),
		replace: strings.Join(replaceWill(would), "; "),
		add:     fmt.Sprintf("%s beside the %s there now", plural(drafts, "new draft", "new drafts"), plural(had, "activity", "activities")),
		cancel:  "nothing imported.",
	}
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
// need: the reviewed activities it kept first (naming the paragraphs
// restored among them), then a register left as stale before the
// registers that went along, where the line holds one only; the
// paragraphs kept restored or discarded last.
func replaceDid(r model.Reimport) []importDid {
	how := []importDid{{"replaced the earlier drafts", "replaced", false, ""}}
	// The paragraphs restored that stay, named as the question before the
	// replace names them: those reviewed since with the reviewed
	// activities, which count them, the others on their own.
	var reviewedSince, drafts []*model.Activity
	for _, a := range r.RestoredKept {
		if a.Status == model.StatusDraft {
			drafts = append(drafts, a)
		} else {
			reviewedSince = append(reviewedSince, a)
		}
	}
	if r.Reviewed > 0 {
		full := fmt.Sprintf("left %s as reviewed", plural(r.Reviewed, "reviewed activity", "reviewed activities"))
		short := fmt.Sprintf("%d reviewed kept", r.Reviewed)
		did := importDid{full, short, true, ""}
		if refs := paragraphRefs(reviewedSince); refs != "" {
			// "left 5 reviewed activities as reviewed (paragraph 3
			// restored)": the count alone said nothing of the restore.
			did = importDid{full + " (" + paragraphsWord(len(reviewedSince)) + refs + " restored)",
				short + " (restored " + refs + ")", true, short + fmt.Sprintf(" (%d restored)", len(reviewedSince))}
		}
		how = append(how, did)
	}
	if n := len(r.Stale); n > 0 {
		how = append(how, importDid{fmt.Sprintf("%s no new draft to go to (kept, as stale)", plural(n, "register had", "registers had")),
			plural(n, "stale register", "stale registers") + " kept", false, ""})
	}
	if r.Kept > 0 {
		// The registers of the drafts replaced, carried over to the new
		// ones; a reviewed activity keeps its own and is not counted, so
		// the words say whose they are.
		how = append(how, importDid{fmt.Sprintf("moving the risk register of %s to the new drafts", plural(r.Kept, "replaced draft", "replaced drafts")),
			plural(r.Kept, "register", "registers") + " moved", false, ""})
	}
	if r.Restored > 0 {
		counted := fmt.Sprintf("%d restored kept", r.Restored)
		did := importDid{fmt.Sprintf("kept %s restored", plural(r.Restored, "paragraph", "paragraphs")), counted, false, ""}
		if refs := paragraphRefs(drafts); refs != "" && len(drafts) == r.Restored {
			did = importDid{"kept " + paragraphsWord(len(drafts)) + refs + " restored", "restored " + refs + " kept", false, counted}
		}
		how = append(how, did)
	}
	if r.Discarded > 0 {
		// Named in full, as l lists them: the planner who discarded one
		// finds which it was, and may bring it back.
		var refs []string
		for _, d := range r.DiscardedDrafts {
			refs = append(refs, oneLine(d.Source.Ref))
		}
		full := fmt.Sprintf("left %s discarded", plural(r.Discarded, "paragraph", "paragraphs"))
		counted := fmt.Sprintf("%d discarded kept out", r.Discarded)
		did := importDid{full: full, short: counted}
		if len(refs) == r.Discarded && !slices.Contains(refs, "") {
			// In short too, where the line holds them, the paragraphs by
			// their references: the count alone does not say which.
			did = importDid{full: "left " + paragraphsWord(len(refs)) + strings.Join(refs, ", ") + " discarded",
				short: "discarded " + strings.Join(refs, ", ") + " kept out", least: counted}
		}
		how = append(how, did)
	}
	return how
}

// paragraphsWord is the word that names n paragraphs by their references.
func paragraphsWord(n int) string {
	if n == 1 {
		return "paragraph "
	}
	return "paragraphs "
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
// in short; keys: worth the keys' shorter words to keep on the line; least,
// where it has one, shorter still (the paragraphs kept discarded counted
// where the short form names them).
type importDid struct {
	full, short string
	keys        bool
	least       string
}

// moreOnHelp counts what the status line leaves out of an import's note,
// and says where it reads whole: the help (?), which shows the status
// line's last message in full. Only where even that does not fit is the
// count left bare.
func moreOnHelp(n int) string { return fmt.Sprintf("+%d more (?)", n) }

// importCount is what an import's note counts: the drafts it put in the
// worksheet, the drafts the review opens with (toReview: more where a
// replace kept earlier drafts, as a paragraph restored), and the paragraphs
// left out.
type importCount struct{ drafts, toReview, leftOut int }

// importNoteWhole is what the help shows of an import's note whose status
// line leaves out, counts or says in short what the import did or the
// document's name ("" when the line tells all, word for word).
func importNoteWhole(note string, drafts, leftOut int, how []importDid, document string) string {
	return importNoteWholeOf(note, importCount{drafts, drafts, leftOut}, how, document)
}

// importNoteWholeOf is importNoteWhole with the drafts to review counted.
func importNoteWholeOf(note string, c importCount, how []importDid, document string) string {
	// Not only where the line counts what gives way ("+1 more"): a short
	// form ("1 discarded kept out") says less than the whole, which names
	// the paragraphs.
	if whole := importNoteOf(math.MaxInt, c, how, document); whole != note {
		return whole
	}
	return ""
}

// importNote is what the status line says of an import of drafts drafts
// from document, in w cells (importNoteOf, every draft to review).
func importNote(w, drafts, leftOut int, how []importDid, document string) string {
	return importNoteOf(w, importCount{drafts, drafts, leftOut}, how, document)
}

// importNoteOf is what the status line says of an import, in w cells: how
// many drafts (and, where the review opens with more, how many it has to
// review, as its heading counts them) and left-out paragraphs, and the keys
// that list and undo them, always whole; then, as far as the line holds
// them, what the import did besides adding (how, in order of need) and the
// document's name. A part that does not fit is left out whole, never cut
// into, and counted at the end of the line ("· +1 more (?)", the help
// showing the whole note): the document goes first, then the counts
// shorten, then the keys say "it" for "the import", then what the import
// did says it in short, then its last parts go. A count is never dropped
// without a sign, and the sign never stands amid the sentence.
func importNoteOf(w int, c importCount, how []importDid, document string) string {
	// The keys say what they undo in short before what the import did
	// gives way: at 80 columns that a replace kept the reviewed activities.
	keys := []string{"u undoes the import", "u undoes it"}
	if c.leftOut > 0 {
		keys = []string{"l lists them, u undoes the import", "l lists them, u undoes it"}
	}
	d := plural(c.drafts, "draft", "drafts")
	type count struct {
		text string
		gone int // parts of the count given way, counted in "+n more"
	}
	var counts []count
	if c.toReview != c.drafts {
		// The review's heading counts what it has to review ("14 left"):
		// the note says the same number, so that the two agree where a
		// replace kept drafts of its own; the drafts imported give way to
		// it last.
		r := fmt.Sprintf(" (%d to review)", c.toReview)
		counts = []count{
			{fmt.Sprintf("%s imported%s, %s left out", d, r, plural(c.leftOut, "paragraph", "paragraphs")), 0},
			{fmt.Sprintf("%s%s, %s left out", d, r, plural(c.leftOut, "paragraph", "paragraphs")), 0},
			{fmt.Sprintf("%s%s, %d left out", d, r, c.leftOut), 0},
			{fmt.Sprintf("%d to review, %d left out", c.toReview, c.leftOut), 1},
		}
	} else {
		counts = []count{
			{fmt.Sprintf("%s imported, %s left out", d, plural(c.leftOut, "paragraph", "paragraphs")), 0},
			{fmt.Sprintf("%s, %s left out", d, plural(c.leftOut, "paragraph", "paragraphs")), 0},
			{fmt.Sprintf("%s, %d left out", d, c.leftOut), 0},
		}
	}
	// Each try: the things the import did that the line tells, and how
	// many give way; worth: the keys' shorter words are worth it.
	type try struct {
		did   []string
		more  int
		worth bool
	}
	var tries []try
	for n := len(how); n >= 0; n-- {
		full, short := make([]string, n), make([]string, n)
		keep := n < len(how)
		for i, h := range how[:n] {
			full[i], short[i] = h.full, h.short
			keep = keep || h.keys
		}
		tries = append(tries, try{full, len(how) - n, keep}, try{short, len(how) - n, keep})
		// The paragraphs named in short are counted instead one part at a
		// time, from the last: those the line holds stay named.
		least := short
		for i := n - 1; i >= 0; i-- {
			if how[i].least != "" {
				least = append([]string(nil), least...)
				least[i] = how[i].least
				tries = append(tries, try{least, len(how) - n, keep})
			}
		}
	}
	for _, bare := range []bool{false, true} {
		for _, t := range tries {
			for k, key := range keys {
				if k > 0 && !t.worth {
					break
				}
				for _, cs := range counts {
					for _, doc := range []string{document, ""} {
						more := t.more + cs.gone
						if doc == "" && document != "" {
							more++
						}
						s := cs.text + ": " + key
						if len(t.did) > 0 {
							s = strings.Join(t.did, ", ") + ": " + s
						}
						if doc != "" {
							s += " (" + doc + ")"
						}
						switch {
						case more == 0:
							s += "."
						case bare:
							s += fmt.Sprintf(" · +%d more", more)
						default:
							s += " · " + moreOnHelp(more)
						}
						if ansi.StringWidth(s) <= w {
							return s
						}
					}
				}
			}
		}
	}
	return counts[len(counts)-1].text + ": " + keys[0] + "."
}
