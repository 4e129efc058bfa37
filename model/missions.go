package model

import (
	"slices"
	"strings"
)

// A worksheet's mission field names the missions whose tasks it holds
// ("UNAMID, MINUSTAH"). The case library names itself there: its field,
// "Case library", is the name of the document each of its cases cites, and
// each case is of a mission of its own. A name in the field that is one of
// the worksheet's source documents is therefore no mission but that
// document: the heading does not list it among the missions, and the
// question before importing another mission's mandate says the worksheet
// holds that document's cases.

// Missions is what a worksheet's mission field names: the missions, and
// the source documents it names in place of a mission.
type Missions struct {
	Missions  []string // "UNMISS"
	Documents []string // "Case library"
}

// MissionsOf reads a mission field ("Case library, UNMISS") against the
// source documents docs of the worksheet's activities.
func MissionsOf(field string, docs []string) Missions {
	var m Missions
	for _, name := range strings.Split(field, ",") {
		name = strings.Join(strings.Fields(name), " ")
		switch {
		case name == "":
		case slices.ContainsFunc(docs, func(d string) bool { return strings.EqualFold(strings.TrimSpace(d), name) }):
			m.Documents = append(m.Documents, name)
		default:
			m.Missions = append(m.Missions, name)
		}
	}
	return m
}

// HeldMissions is what the worksheet's mission field names, read against
// the documents its activities cite.
func (w *Worksheet) HeldMissions() Missions {
	return MissionsOf(w.Mission, SourcesOf(w.Activities).Documents())
}
