package ui

// A mandate of another mission than those the worksheet holds, imported
// into it, would have the portfolio findings count each force across both
// missions, the police of one mission and of the other as one force. The
// import asks first: import into this worksheet all the same, or cancel
// (one worksheet per mission keeps the findings apart). A renewal of the
// same mission is imported without a question.

// promptOtherMission asks whether to import another mission's mandate.
const promptOtherMission promptID = 201

// askOtherMission asks whether to import the mandate read, of another
// mission than the worksheet's, into this worksheet.
func (m *Model) askOtherMission(read mandateReadMsg) {
	held := oneLine(m.sh.sheet.Worksheet().Mission)
	text := []string{
		"The worksheet holds the tasks of " + held + "; " + oneLine(read.ws.Mandate) + " is of " + oneLine(read.ws.Mission) + ". Each answer does this:",
		"i, import: its drafts go in this worksheet, where portfolio findings will count each force across both missions.",
		"esc, cancel: nothing imported; a worksheet of its own keeps each mission's findings apart.",
	}
	m.prompt = newChoicePrompt(promptOtherMission, "Another mission", text,
		promptChoice{"i", "import anyway"})
	m.prompt.data = read
}
