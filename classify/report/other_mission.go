package report

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// OtherMission is what the question before importing a mandate of another
// mission than the worksheet's says, in the words of the screens, of the
// plain prompts and of the command line alike: what the worksheet holds,
// what its portfolio findings would count each force across, and what
// keeps them apart. The case library in the worksheet's mission field is
// its cases, no mission (model.MissionsOf): a worksheet of the case library
// holds "the Case library's cases", and the findings would count each force
// "across the cases and UNMISS", not "across both missions".
type OtherMission struct {
	Title  string // the question's title: "Another mission"
	Held   string // "the tasks of UNMIS", "the Case library's cases"
	Across string // "both missions", "the cases and UNMISS"
	Apart  string // "a worksheet of its own keeps each mission's findings apart"
}

// OtherMissionWords are the words of the question before importing a
// mandate of mission into a worksheet whose mission field names held.
func OtherMissionWords(held model.Missions, mission string) OtherMission {
	mission = OneLine(mission)
	w := OtherMission{Title: "Another mission"}
	var holds []string
	if len(held.Documents) > 0 {
		holds = append(holds, "the "+strings.Join(held.Documents, " and the ")+"'s cases")
	}
	if len(held.Missions) > 0 {
		holds = append(holds, "the tasks of "+strings.Join(held.Missions, ", "))
	}
	w.Held = strings.Join(holds, " and ")
	switch {
	case len(held.Documents) > 0:
		if len(held.Missions) == 0 {
			w.Title = "A mandate among the cases"
		}
		w.Across = andList(slices.Concat([]string{"the cases"}, held.Missions, []string{mission}))
		w.Apart = "a worksheet of its own keeps " + mission + "'s findings apart from the cases'"
	case len(held.Missions) == 1:
		w.Across = "both missions"
		w.Apart = "a worksheet of its own keeps each mission's findings apart"
	default:
		w.Across = andList(slices.Concat(held.Missions, []string{mission}))
		w.Apart = "a worksheet of its own keeps each mission's findings apart"
	}
	return w
}
