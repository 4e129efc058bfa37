package ui

import (
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// A mandate of another mission than those the worksheet holds, imported
// into it, would have the portfolio findings count each force across both
// missions, the police of one mission and of the other as one force. The
// import asks first: import into this worksheet all the same, or cancel
// (one worksheet per mission keeps the findings apart). A renewal of the
// same mission is imported without a question. The case library is no
// mission: a mandate imported into it is asked about all the same, since
// the findings then count each force across the cases and the mandate's
// mission, in words that say so (report.OtherMissionWords). The plain
// prompts (--accessible) ask the same, in the same words.

// promptOtherMission asks whether to import another mission's mandate.
const promptOtherMission promptID = 201

// askOtherMission asks whether to import the mandate read, of another
// mission than the worksheet's, into this worksheet.
func (m *Model) askOtherMission(read mandateReadMsg) {
	c := otherMissionChoices(m.sh.sheet.Worksheet().HeldMissions(), read.ws.Mandate, read.ws.Mission)
	text := []string{c.asked, "i, import: " + c.anyway + ".", "esc, cancel: " + c.cancel + "."}
	m.prompt = newChoicePrompt(promptOtherMission, c.title, text,
		promptChoice{"i", "import anyway"})
	m.prompt.data = read
}

// otherMissionChoice is what the question of another mission's mandate
// says: its title, which missions (or cases) the worksheet and the
// document are of, then what each answer does.
type otherMissionChoice struct{ title, asked, anyway, cancel string }

// otherMissionChoices says what the worksheet holds, the missions or cases
// held, while document doc is of mission, and what importing it all the
// same or cancelling does. The screens' question and the plain prompts'
// say the same.
func otherMissionChoices(held model.Missions, doc, mission string) otherMissionChoice {
	w := report.OtherMissionWords(held, mission)
	return otherMissionChoice{
		title:  w.Title,
		asked:  "The worksheet holds " + w.Held + "; " + oneLine(doc) + " is of " + oneLine(mission) + ". Each answer does this:",
		anyway: "its drafts go in this worksheet, where portfolio findings will count each force across " + w.Across,
		cancel: "nothing imported; " + w.Apart + " (" + OwnWorksheetCommand + " makes one)",
	}
}

// OwnWorksheetCommand is the command that makes a worksheet of its own of
// a mandate: cancelling the import said a worksheet of its own keeps the
// findings apart, and not how to make one.
const OwnWorksheetCommand = "pocssr import FILE -o NEW.yaml"
