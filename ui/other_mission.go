package ui

// A mandate of another mission than those the worksheet holds, imported
// into it, would have the portfolio findings count each force across both
// missions, the police of one mission and of the other as one force. The
// import asks first: import into this worksheet all the same, or cancel
// (one worksheet per mission keeps the findings apart). A renewal of the
// same mission is imported without a question. The plain prompts
// (--accessible) ask the same, in the same words.

// promptOtherMission asks whether to import another mission's mandate.
const promptOtherMission promptID = 201

// askOtherMission asks whether to import the mandate read, of another
// mission than the worksheet's, into this worksheet.
func (m *Model) askOtherMission(read mandateReadMsg) {
	c := otherMissionChoices(m.sh.sheet.Worksheet().Mission, read.ws.Mandate, read.ws.Mission)
	text := []string{c.asked, "i, import: " + c.anyway + ".", "esc, cancel: " + c.cancel + "."}
	m.prompt = newChoicePrompt(promptOtherMission, "Another mission", text,
		promptChoice{"i", "import anyway"})
	m.prompt.data = read
}

// otherMissionChoice is what the question of another mission's mandate
// says: which missions the worksheet and the document are of, then what
// each answer does.
type otherMissionChoice struct{ asked, anyway, cancel string }

// otherMissionChoices says that the worksheet holds the tasks of missions
// held while document doc is of mission, and what importing it all the
// same or cancelling does. The screens' question and the plain prompts'
// say the same.
func otherMissionChoices(held, doc, mission string) otherMissionChoice {
	return otherMissionChoice{
		asked:  "The worksheet holds the tasks of " + oneLine(held) + "; " + oneLine(doc) + " is of " + oneLine(mission) + ". Each answer does this:",
		anyway: "its drafts go in this worksheet, where portfolio findings will count each force across both missions",
		cancel: "nothing imported; a worksheet of its own keeps each mission's findings apart",
	}
}
