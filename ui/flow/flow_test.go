package flow

import (
	"errors"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// jointOffensive is the case library's joint offensive with an army whose
// record holds grave violations: several questions and risks.
func jointOffensive() *model.Activity {
	a := &model.Activity{Title: "Joint offensive", ID: "joint-offensive"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	a.Facts.SetOne(model.RightsRecord, "grave-ongoing")
	a.Facts.SetOne(model.HRDDP, "not-done")
	return a
}

// The whole walk: from the description through every relevant question in
// the rulebook's order to the verdict, one step per firing risk, the end —
// and back the same way.
func TestWalkGoesThroughEveryStepBothWays(t *testing.T) {
	fl := New(classify.Default())
	a := jointOffensive()
	qs, risks := fl.Relevant(&a.Facts), fl.Risks(a)
	if len(qs) < 3 || len(risks) < 2 {
		t.Fatalf("%d questions and %d risks: the case tests little", len(qs), len(risks))
	}
	var forward []Step
	for s := (Step{Kind: Describe}); s.Kind != End; s = fl.Next(s, qs, risks) {
		forward = append(forward, s)
		if len(forward) > len(qs)+len(risks)+2 {
			t.Fatal("the walk does not end")
		}
	}
	if len(forward) != 1+len(qs)+1+len(risks) {
		t.Fatalf("%d steps, want the description, %d questions, the verdict and %d risks", len(forward), len(qs), len(risks))
	}
	for i, q := range qs {
		if s := forward[1+i]; s.Kind != Ask || s.Fact != q.Fact {
			t.Errorf("step %d is %+v, want the question of %s", 1+i, s, q.Fact)
		}
	}
	for _, s := range forward {
		want := ""
		switch s.Kind {
		case Ask:
			want = fl.Rulebook().QuestionFor(s.Fact).Question
		case Mitigate:
			want = MitigateQuestion
		}
		if got := fl.Asks(s); got != want {
			t.Errorf("step %+v asks %q, want %q", s, got, want)
		}
	}
	if s := forward[1+len(qs)]; s.Kind != Verdict {
		t.Errorf("after the questions: %+v, want the verdict", s)
	}
	for i, k := range risks {
		if s := forward[2+len(qs)+i]; s.Kind != Mitigate || s.Risk != k.Rule.ID {
			t.Errorf("risk step %d is %+v, want %s", i, s, k.Rule.ID)
		}
	}
	back := Step{Kind: End}
	for i := len(forward) - 1; i >= 0; i-- {
		back = fl.Prev(back, qs, risks)
		if back != forward[i] {
			t.Errorf("back to step %d: %+v, want %+v", i, back, forward[i])
		}
	}
	if fl.Prev(back, qs, risks) != (Step{Kind: Describe}) {
		t.Error("there is a step before the description")
	}
	if fl.Next(Step{Kind: End}, qs, risks) != (Step{Kind: End}) {
		t.Error("there is a step after the end")
	}
}

// Without questions the description leads to the verdict; without risks
// the verdict is the last step.
func TestWalkWithoutQuestionsOrRisks(t *testing.T) {
	fl := New(classify.Default())
	if s := fl.Next(Step{Kind: Describe}, nil, nil); s.Kind != Verdict {
		t.Errorf("with no question, the description leads to %+v", s)
	}
	if s := fl.Next(Step{Kind: Verdict}, nil, nil); s.Kind != End {
		t.Errorf("with no risk, the verdict leads to %+v", s)
	}
	if s := fl.Prev(Step{Kind: End}, nil, nil); s.Kind != Verdict {
		t.Errorf("with no risk, the end goes back to %+v", s)
	}
	// A risk that no longer fires (an answer took it away) goes on to the
	// end and back to the verdict.
	risks := fl.Risks(jointOffensive())
	gone := Step{Kind: Mitigate, Risk: "no-such-risk"}
	if fl.Next(gone, nil, risks).Kind != End || fl.Prev(gone, nil, risks).Kind != Verdict {
		t.Error("a risk that does not fire is not left for the end or the verdict")
	}
}

// A question that an answer made irrelevant is skipped going on: Next reads
// the questions as they stand now.
func TestNextFollowsTheAnswers(t *testing.T) {
	fl := New(classify.Default())
	var fs model.Facts
	before := fl.Relevant(&fs)
	fs.SetSet(model.Forces, []string{"army"})
	after := fl.Relevant(&fs)
	if len(after) <= len(before) {
		t.Fatal("answering the forces brings no question: the case tests nothing")
	}
	s := fl.Next(Step{Kind: Ask, Fact: model.Forces}, after, nil)
	if s.Kind != Ask || slices.ContainsFunc(before, func(q *classify.Question) bool { return q.Fact == s.Fact }) {
		t.Errorf("after the forces: %+v, not a question the answer brought", s)
	}
}

// The answers a question allows come from the rulebook, "don't know" last;
// each applied sets the fact as it says.
func TestChoicesComeFromTheRulebookAndApply(t *testing.T) {
	rb := classify.Default()
	for _, q := range rb.Questions {
		cs := Choices(q)
		if cs[len(cs)-1].Kind != DontKnow {
			t.Errorf("%s: the last answer is not don't know", q.Fact)
		}
		for _, o := range q.Options {
			if !slices.ContainsFunc(cs, func(c Choice) bool { return c.Kind == Value && c.Value == o.Value && c.Label == o.Label }) {
				t.Errorf("%s: the rulebook's %q is not an answer", q.Fact, o.Value)
			}
		}
		for _, c := range cs {
			var fs model.Facts
			Apply(&fs, q.Fact, c)
			if !Chosen(&fs, q.Fact, c) {
				t.Errorf("%s: %q applied is not chosen", q.Fact, c.Label)
			}
		}
	}
}

// Several answers at once, as one line of the plain prompts: in order, the
// first kind primary; "none of these" and "don't know" win.
func TestApplyAllSetsAListInOrder(t *testing.T) {
	var fs model.Facts
	v := func(x string) Choice { return Choice{Kind: Value, Value: x} }
	ApplyAll(&fs, model.Kinds, []Choice{v("vetting"), v("equipment"), v("vetting")})
	if set, _ := fs.Set(model.Kinds); !slices.Equal(set, []string{"vetting", "equipment"}) {
		t.Errorf("kinds %v", set)
	}
	ApplyAll(&fs, model.Forces, []Choice{v("army"), {Kind: None}})
	if set, ok := fs.Set(model.Forces); !ok || len(set) != 0 || !fs.Known(model.Forces) {
		t.Errorf("none of these gave %v", set)
	}
	ApplyAll(&fs, model.Kinds, []Choice{{Kind: DontKnow}})
	if fs.Known(model.Kinds) {
		t.Error("don't know left the kinds known")
	}
	ApplyAll(&fs, model.Kinds, nil)
	if fs.Known(model.Kinds) {
		t.Error("no answer left the kinds known")
	}
}

// registrar keeps entries in the activity, as session.Sheet does, or
// refuses them all.
type registrar struct{ refuse error }

func (r registrar) SetMitigation(a *model.Activity, e model.RegisterEntry) error {
	if r.refuse != nil {
		return r.refuse
	}
	a.Register.Set(e)
	return nil
}

// A register step's answer: a status by number or name, fields checked as
// the worksheet checks them, kept only when whole.
func TestRegisterStepAnswers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want model.MitigationStatus
		ok   bool
	}{{"1", model.NotStarted, true}, {"4", model.NotNeeded, true}, {"in-place", model.InPlace, true},
		{"5", "", false}, {"0", "", false}, {"done", "", false}} {
		got, err := ParseStatus(tc.text)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseStatus(%q) = %q, %v", tc.text, got, err)
		}
	}
	a := jointOffensive()
	e := Entry(a, "grave-violations-support")
	if e.Status != "" || e.Risk != "grave-violations-support" {
		t.Fatalf("a new entry %+v", e)
	}
	if err := Due.Set(&e, "2026-02-30"); err == nil || e.Due != "" {
		t.Errorf("a date that does not exist was taken: %q", e.Due)
	}
	if err := Keep(registrar{}, a, e); err == nil {
		t.Error("an entry without a status was kept")
	}
	e.Status = model.NotNeeded
	if !Note.Required(&e) || Owner.Required(&e) {
		t.Error("not-needed does not require its note alone")
	}
	if err := Keep(registrar{}, a, e); err == nil || a.Register.Entry(e.Risk) != nil {
		t.Error("not-needed without a note was kept")
	}
	for fd, text := range map[Field]string{Owner: " HRD ", Due: "2026-03-31", Note: "Units screened"} {
		if err := fd.Set(&e, text); err != nil {
			t.Fatal(err)
		}
	}
	if err := Keep(registrar{}, a, e); err != nil {
		t.Fatal(err)
	}
	got := a.Register.Entry(e.Risk)
	if got == nil || got.Owner != "HRD" || got.Due != "2026-03-31" || Entry(a, e.Risk) != *got {
		t.Errorf("kept %+v", got)
	}
	refused := errors.New("read only")
	if err := Keep(registrar{refused}, a, e); !errors.Is(err, refused) {
		t.Errorf("the registrar's refusal was %v", err)
	}
}
