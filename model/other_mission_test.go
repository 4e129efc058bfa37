package model

import "testing"

// A mandate of another mission than those the worksheet holds is other; a
// renewal of the same mission, a worksheet holding nothing yet, or a
// mission not known is not.
func TestOtherMission(t *testing.T) {
	held := &Worksheet{Mission: "UNMIS", Activities: []*Activity{{ID: "a"}}}
	both := &Worksheet{Mission: "UNMIS, MINUSTAH", Activities: []*Activity{{ID: "a"}}}
	for _, c := range []struct {
		ws      *Worksheet
		mission string
		want    bool
	}{
		{held, "MINUSTAH", true},
		{held, "UNMIS", false},
		{held, " unmis ", false},
		{held, "", false},
		{both, "MINUSTAH", false},
		{both, "UNAMID", true},
		{&Worksheet{Mission: "UNMIS"}, "MINUSTAH", false},
		{&Worksheet{Activities: []*Activity{{ID: "a"}}}, "MINUSTAH", false},
	} {
		if got := c.ws.OtherMission(c.mission); got != c.want {
			t.Errorf("worksheet of %q, mandate of %q: other %v; want %v", c.ws.Mission, c.mission, got, c.want)
		}
	}
}
