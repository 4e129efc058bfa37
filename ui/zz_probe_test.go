package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

func TestZZProbe(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, mandate1590)
	press(t, m, "esc")
	importOfAnotherMission(t, m, mandate1702)
	fmt.Println(screenText(m))
	for i := 0; i < 40 && m.front == reviewScreen; i++ {
		fmt.Println(m.draftReview().Draft().Source.Document, m.draftReview().Draft().ID, "|", reviewKeyLine(m))
		press(t, m, "s")
	}
}
