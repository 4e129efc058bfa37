package report

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// RefSepTyped may stand for model.RefSep ("·") in a reference typed on the
// command line, "2070:13" for "2070·13": the middle dot is on no keyboard's
// face, and a colon is in no paragraph reference of a mandate, so it cannot
// be read as part of one.
const RefSepTyped = ":"

// refsNamed is how many candidates an ambiguous --ref names before counting
// the rest.
const refsNamed = 6

// InWorksheet is the selection for a worksheet of activities acts (read
// twice), with the sources their references are read in. Its RefPrefix is
// taken as the worksheet shows references: "2070:13" is "2070·13"; in a
// worksheet of several documents a bare "13" is the paragraph 13 of the one
// document that numbers such a paragraph, and an error, naming the
// candidates, where several do. A worksheet of one document keeps its bare
// references.
//
// A selection of no --ref reads nothing, and its sources are the zero one:
// a long worksheet is not read once more for them.
func (s Selection) InWorksheet(acts iter.Seq[*model.Activity]) (Selection, model.Sources, error) {
	var src model.Sources
	prefix := strings.TrimSpace(s.RefPrefix)
	if prefix == "" {
		return s, src, nil
	}
	for a := range acts {
		src.Add(a)
	}
	src.Finish()
	prefix = strings.Replace(prefix, RefSepTyped, model.RefSep, 1)
	s.RefPrefix = prefix
	if !src.Several() || strings.Contains(prefix, model.RefSep) {
		return s, src, nil
	}
	var docs, refs []string
	for a := range acts {
		if !refHasPrefix(OneLine(a.Source.Ref), prefix) {
			continue
		}
		if n := src.ShortName(a); n != "" && !slices.Contains(docs, n) {
			docs = append(docs, n)
		}
		if r := OneLine(src.Ref(a)); !slices.Contains(refs, r) {
			refs = append(refs, r)
		}
	}
	switch {
	case len(docs) == 1:
		s.RefPrefix = docs[0] + model.RefSep + prefix
	case len(docs) > 1:
		named := refs[:min(len(refs), refsNamed)]
		list := strings.Join(named, ", ")
		if more := len(refs) - len(named); more > 0 {
			list += fmt.Sprintf(" and %d more", more)
		}
		return s, src, fmt.Errorf("--ref %s names a paragraph of more than one mandate of this worksheet (%s): give the mandate's number before it, as %s%s%s (or %s%s%s)",
			OneLine(prefix), list, docs[0], RefSepTyped, OneLine(prefix), docs[0], model.RefSep, OneLine(prefix))
	}
	return s, src, nil
}
