package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// An activity the mission carries out, whose agenda only who acts would
// move (a partner's hands make a direct protection task outside both
// agendas), is never told "Nothing the framework names would move it":
// the account names the change of implementer.
func TestAccountNamesTheImplementerThatWouldMoveTheAgenda(t *testing.T) {
	rb := classify.Default()
	var fs model.Facts
	fs.SetOne(model.Implementer, "mission")
	fs.SetSet(model.Kinds, []string{"interposition"})
	r := rb.ClassifyFacts(&fs)
	fs.SetOne(model.Implementer, "partner")
	byPartner := rb.ClassifyFacts(&fs)
	if r.Agenda == byPartner.Agenda {
		t.Fatalf("the implementer does not move the agenda (%s): the case tests nothing", r.Agenda)
	}
	var b strings.Builder
	WriteResultText(&b, rb, &r, 200)
	out := b.String()
	if strings.Contains(out, "Nothing the framework names") {
		t.Errorf("the account says nothing would move it:\n%s", out)
	}
	if !strings.Contains(out, rb.AgendaTitle(byPartner.Agenda)+" if another partner carries it out") {
		t.Errorf("the account does not name the partner's agenda %q:\n%s", rb.AgendaTitle(byPartner.Agenda), out)
	}
}
