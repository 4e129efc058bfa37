package model

import (
	"slices"
	"testing"
)

// The case library names itself in the mission field: "Case library" is
// the document its cases cite, no mission. Read against the worksheet's
// documents, the field "Case library, UNMISS" names one mission.
func TestMissionsOfTellsTheCaseLibraryFromAMission(t *testing.T) {
	docs := []string{"Case library", "S/RES/2241 (2015)"}
	for _, c := range []struct {
		field           string
		missions, named []string
	}{
		{"Case library, UNMISS", []string{"UNMISS"}, []string{"Case library"}},
		{"Case library", nil, []string{"Case library"}},
		{"UNMIS, MINUSTAH", []string{"UNMIS", "MINUSTAH"}, nil},
		{"", nil, nil},
	} {
		m := MissionsOf(c.field, docs)
		if !slices.Equal(m.Missions, c.missions) || !slices.Equal(m.Documents, c.named) {
			t.Errorf("%q: missions %q, documents %q; want %q, %q", c.field, m.Missions, m.Documents, c.missions, c.named)
		}
	}
}

// The heading of the demo into which S/RES/2241 (2015), of UNMISS, was
// imported names one mission, and the case library as the cases it holds:
// it read "Missions: Case library, UNMISS".
func TestHeadingListsTheCaseLibraryAmongNoMissions(t *testing.T) {
	src := sourcesOf("Case library", "S/RES/2241 (2015)", "S/RES/1927 (2010)")
	for _, c := range []struct{ field, label, mission string }{
		{"Case library, UNMISS", "Mission", "UNMISS, with the Case library's cases"},
		{"Case library, UNMISS, MINUSTAH", "Missions", "UNMISS, MINUSTAH, with the Case library's cases"},
		{"UNMISS, MINUSTAH", "Missions", "UNMISS, MINUSTAH"},
	} {
		h := HeadingOf(c.field, "Cases from the chapter, S/RES/2241 (2015)", src)
		if h.MissionLabel != c.label || h.Mission != c.mission {
			t.Errorf("%q: %s: %q; want %s: %q", c.field, h.MissionLabel, h.Mission, c.label, c.mission)
		}
	}
}
