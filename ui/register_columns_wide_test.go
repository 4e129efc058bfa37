package ui

import "testing"

// At 200 columns the register's Ref column takes the room the activities
// leave over 56 columns, so that two sections of the case library that open
// alike read apart: both were "Conflicting…".
func TestRegisterRefColumnGrowsOnAWideScreen(t *testing.T) {
	m := demoModel(t, 200, 60)
	press(t, m, "r")
	requireScreen(t, m, "Conflicting relation…", "Conflicting short- a…")
	m = demoModel(t, 120, 40)
	press(t, m, "r")
	refuseScreen(t, m, "Conflicting relation…")
}
