package report

import (
	"slices"
)

// The paragraphs an import leaves out ask for no activity (they extend a
// mandate by reference, state a priority, …) and are no activities of the
// worksheet, whose file cannot hold them (FRAMEWORK §1). A briefing written
// in the session that imported a document lists them with the reason, and
// the drafts of it discarded in that session's review; one written without
// that list (a worksheet read from disk) says once, per imported document,
// that they are not in it and how to list them.

// LeftOut is what the session knows was left out of one document imported
// in it: the paragraphs the import left out and the drafts discarded since,
// in the mandate's order. A document of the briefing with no LeftOut is one
// whose list the session does not hold.
type LeftOut struct {
	Document string
	Parts    []LeftOutPart
}

// LeftOutPart is one paragraph left out: its reference, and why.
type LeftOutPart struct {
	Ref string
	// Why is the reason the import left it out (suggest.Reason.Why); ""
	// for a draft discarded in review.
	Why string
	// DiscardedNow: its draft was discarded in review;
	// DiscardedEarlier: in an earlier review, and a replace kept it out.
	DiscardedNow, DiscardedEarlier bool
}

// leftOutHeading heads the briefing's part on what the imports left out.
const leftOutHeading = "Left out on import"

// LeftOutUnlisted says of document doc, imported in no session that holds
// its list, that its paragraphs asking for no activity and its drafts
// discarded in a review are not in the briefing, and how to find them: a
// reader of a briefing of a file was told only of the first, and took a
// task a planner dropped for one the Council never gave.
func LeftOutUnlisted(doc string) string {
	return "Paragraphs of " + doc + " that the import left out as asking for no activity, and any of its drafts discarded in a review, are not in this briefing: the worksheet's file keeps neither. “pocssr import FILE”, given the mandate's file, lists the paragraphs left out with the reason; a paragraph it makes a draft of that is not in this briefing was discarded."
}

// leftOutNone says that the import of a document left nothing out.
const leftOutNone = "Nothing was left out of it: every paragraph is an activity above."

// whyLeftOut is why part p is not in the briefing, in words.
func (p LeftOutPart) whyLeftOut() string {
	switch {
	case p.DiscardedNow:
		return "its draft was discarded in review"
	case p.DiscardedEarlier:
		return "its draft was discarded in the review of an earlier import"
	case p.Why != "":
		return p.Why
	}
	return "asks for no activity"
}

// leftOutDocs are the documents the briefing tells of: each document the
// worksheet's imported activities come from, then each the session's
// lists name that no activity comes from (every draft of it discarded).
func (br *brief) leftOutDocs() []string {
	docs := slices.Clone(br.importedDocs)
	for _, l := range br.leftOut {
		if !slices.Contains(docs, l.Document) {
			docs = append(docs, l.Document)
		}
	}
	return docs
}

// leftOutPart adds the part on what the imports left out: per document,
// the session's list where it holds one, else that the paragraphs are not
// here and how to list them. None where no activity was imported.
func (br *brief) leftOutPart(d *document) {
	docs := br.leftOutDocs()
	if len(docs) == 0 {
		return
	}
	d.open(stylePart)
	d.heading(2, line{}.text(leftOutHeading))
	for _, doc := range docs {
		i := slices.IndexFunc(br.leftOut, func(l LeftOut) bool { return l.Document == doc })
		if i < 0 {
			d.para("", line{}.text(LeftOutUnlisted(doc)))
			continue
		}
		d.heading(3, line{}.text(doc))
		parts := br.leftOut[i].Parts
		if len(parts) == 0 {
			d.para("", line{}.text(leftOutNone))
			continue
		}
		items := make([]item, len(parts))
		for j, p := range parts {
			items[j] = item{text: line{}.text(p.Ref).raw(": ").text(p.whyLeftOut())}
		}
		d.add(block{kind: blockList, items: items})
	}
	d.close(stylePart)
}
