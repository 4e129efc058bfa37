package report

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The question before importing S/RES/2241 (2015), of UNMISS, into the
// case library says the worksheet holds the case library's cases, and that
// the findings would count each force across the cases and UNMISS: it said
// "the tasks of Case library" and "across both missions", the case library
// counted as a mission.
func TestOtherMissionWordsTellTheCasesFromAMission(t *testing.T) {
	docs := []string{"Case library", "S/RES/2241 (2015)"}
	for _, c := range []struct {
		field, mission string
		want           OtherMission
	}{
		{"Case library", "UNMISS", OtherMission{"A mandate among the cases", "the Case library's cases", "the cases and UNMISS",
			"a worksheet of its own keeps UNMISS's findings apart from the cases'"}},
		{"Case library, UNMISS", "MINUSTAH", OtherMission{"Another mission", "the Case library's cases and the tasks of UNMISS",
			"the cases, UNMISS and MINUSTAH", "a worksheet of its own keeps MINUSTAH's findings apart from the cases'"}},
		{"UNMIS", "MINUSTAH", OtherMission{"Another mission", "the tasks of UNMIS", "both missions",
			"a worksheet of its own keeps each mission's findings apart"}},
		{"UNMIS, MINUSTAH", "UNAMID", OtherMission{"Another mission", "the tasks of UNMIS, MINUSTAH", "UNMIS, MINUSTAH and UNAMID",
			"a worksheet of its own keeps each mission's findings apart"}},
	} {
		if got := OtherMissionWords(model.MissionsOf(c.field, docs), c.mission); got != c.want {
			t.Errorf("%q, then %q:\n got %+v\nwant %+v", c.field, c.mission, got, c.want)
		}
	}
}
