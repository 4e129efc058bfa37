package ui

import (
	"fmt"
	"testing"
)

func TestZZScratch(t *testing.T) {
	m := demoModel(t, 80, 24)
	fmt.Println(screenText(m))
}
