package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The register in the plain prompts removes an entry: remove at the status
// prompt of a risk with an entry, and at each stale entry the walk offers
// after the risks (keep, or remove); the command's changes are one undo
// step, and the close counts what was removed.
func TestAccessibleRegisterRemovesEntries(t *testing.T) {
	risks := offensiveRisks(t)
	const stale = "public-reporting-sensitivity" // does not fire on a joint offensive
	if classify.Default().Risk(stale) == nil {
		t.Fatalf("%s is no risk of the rulebook", stale)
	}
	// The prompts name a risk by its title, as every screen does, no id beside it.
	staleTitle := classify.Default().Risk(stale).Title
	if staleTitle == "" {
		t.Fatalf("%s has no title", stale)
	}
	for _, k := range risks {
		if k.Rule.ID == stale {
			t.Fatalf("%s fires: the entry would not be stale", stale)
		}
	}
	entries := []model.RegisterEntry{
		{Risk: risks[0].Rule.ID, Status: model.Planned, Owner: "Force HQ"},
		{Risk: stale, Status: model.Planned, Owner: "Human Rights Division"},
	}
	walk := []string{"", "register 1", "remove"}
	for range risks[1:] {
		walk = append(walk, "")
	}
	// The stale entry: a word that is neither answer, then remove.
	walk = append(walk, "drop", "remove")
	walk = append(walk, "") // the next HRDDP review: none kept
	load := func(path string) model.Register {
		ws, err := model.Load(path, classify.Default().Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		return ws.Activities[0].Register
	}

	path, _ := offensiveSheet(t, entries...)
	_, stderr, code := runPocssr(t, strings.Join(append(walk, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"now: planned; remove takes the entry out; an empty line leaves the whole entry as it is):",
		"  Removed the entry of " + risks[0].Rule.Title + ": the risk is open.",
		"Stale entry 1 of 1: " + staleTitle + ". ",
		"  Now: planned · owner: Human Rights Division.",
		`"drop" is neither keep nor remove. Try again; an empty line keeps it.`,
		"  Removed the entry of " + staleTitle + ": it is out of the register.",
		"Risk register of “Joint offensive”: 0 entries given now, 2 removed, 0 entries in all.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if reg := load(path); len(reg) != 0 {
		t.Errorf("the register saved holds %+v, want none", reg)
	}

	// One undo takes both removals back; a stale entry kept stays.
	path, _ = offensiveSheet(t, entries...)
	_, stderr, code = runPocssr(t, strings.Join(append(walk, "undo", "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Undid the register of “Joint offensive”") {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if reg := load(path); len(reg) != 2 {
		t.Errorf("after undo the register holds %+v, want both entries", reg)
	}
	keep := append(append([]string{}, walk[:len(walk)-3]...), "", "") // the stale entry kept, the review too
	_, stderr, _ = runPocssr(t, strings.Join(append(keep, "quit"), "\n")+"\n", path, "--accessible")
	if !strings.Contains(stderr, "  Kept, stale.") {
		t.Errorf("an empty line at the stale entry does not keep it:\n%s", stderr)
	}
	if reg := load(path); len(reg) != 1 || reg[0].Risk != stale {
		t.Errorf("the register holds %+v, want the stale entry alone", reg)
	}
}

// An edit's walk offers the stale entries after the risks too, as
// register N's does.
func TestAccessibleEditOffersStaleEntries(t *testing.T) {
	risks := offensiveRisks(t)
	const stale = "public-reporting-sensitivity"
	staleTitle := classify.Default().Risk(stale).Title
	path, _ := offensiveSheet(t, model.RegisterEntry{Risk: stale, Status: model.Planned, Owner: "Human Rights Division"})
	questions := len(classify.Default().RelevantQuestions(&activity(t, "x", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done").Facts))
	lines := []string{"", "edit 1", "", ""} // the title and description kept
	for range questions + len(risks) {
		lines = append(lines, "") // each answer kept, each risk skipped
	}
	lines = append(lines, "remove", "quit")
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{"Stale entry 1 of 1: " + staleTitle + ". ", "Risk register of “Joint offensive”: 0 entries given now, 1 removed, 0 entries in all."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr[max(0, len(stderr)-1500):])
		}
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(ws.Activities[0].Register) != 0 {
		t.Errorf("the file's register: %v, %+v", err, ws)
	}
}
