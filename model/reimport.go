package model

import (
	"slices"
	"strings"
)

// KeepRegisters gives each new draft the register entries and the HRDDP
// review of the earlier activity it matches: the one activity of the same
// paragraph reference (or, where the reference names several or none, of
// the same id). Each entry is kept whatever the new facts say (stale if its
// risk no longer fires), and never over one the draft already has; a review
// the draft sets stays. Two earlier activities never go to one draft. It
// reports how many earlier activities with a register or a review were
// matched, and those that were not, in their order.
func KeepRegisters(earlier, drafts []*Activity) (kept int, unmatched []*Activity) {
	var with []*Activity
	for _, a := range earlier {
		if a.KeepsRegister() {
			with = append(with, a)
		}
	}
	to := matchDrafts(earlier, with, drafts)
	for _, a := range with {
		d := to[a]
		if d == nil {
			unmatched = append(unmatched, a)
			continue
		}
		kept++
		for _, e := range a.Register {
			if d.Register.Entry(e.Risk) == nil {
				d.Register = append(d.Register, e)
			}
		}
		if d.HRDDPReview == "" {
			d.HRDDPReview = a.HRDDPReview
		}
	}
	return kept, unmatched
}

// matchDrafts finds, for each activity of which (a part of earlier), the one
// draft it is the earlier reading of: the draft of the same paragraph
// reference when that reference names one earlier activity and one draft,
// else the one draft of the same id. A draft goes to one activity at most,
// the first that asks for it.
func matchDrafts(earlier, which, drafts []*Activity) map[*Activity]*Activity {
	byRef := map[string][]*Activity{}
	byID := map[string][]*Activity{}
	for _, d := range drafts {
		if ref := strings.TrimSpace(d.Source.Ref); ref != "" {
			byRef[ref] = append(byRef[ref], d)
		}
		if d.ID != "" {
			byID[d.ID] = append(byID[d.ID], d)
		}
	}
	refs := map[string]int{} // how many earlier activities have each reference
	for _, a := range earlier {
		refs[strings.TrimSpace(a.Source.Ref)]++
	}
	to := make(map[*Activity]*Activity, len(which))
	taken := map[*Activity]bool{}
	for _, a := range which {
		var d *Activity
		ref := strings.TrimSpace(a.Source.Ref)
		if ds := byRef[ref]; len(ds) == 1 && ref != "" && refs[ref] == 1 {
			d = ds[0]
		} else if ds := byID[a.ID]; len(ds) == 1 && a.ID != "" {
			d = ds[0]
		}
		if d != nil && !taken[d] {
			taken[d] = true
			to[a] = d
		}
	}
	return to
}

// KeepsRegister says whether the activity records a register entry or an
// HRDDP review: what a new reading of its mandate must not lose.
func (a *Activity) KeepsRegister() bool { return len(a.Register) > 0 || a.HRDDPReview != "" }

// Reimport is what ReplaceDocument did.
type Reimport struct {
	Replaced int // earlier drafts of the document taken out
	Kept     int // of them, those whose register went to a new draft
	// Stale are the earlier drafts with a register or a review that no new
	// draft took: they stay in the worksheet, after the new drafts, so that
	// nothing recorded of the mitigation is lost.
	Stale []*Activity
	// Reviewed counts the reviewed activities of the document, which stay as
	// they are: the new draft of each is left out.
	Reviewed int
	Added    int // new drafts put in the worksheet
	// Restored counts the earlier drafts of paragraphs the new reading
	// leaves out (ReplaceOptions.LeftOut), which stay as they are.
	Restored int
	// RestoredKept are the activities of the paragraphs the new reading
	// leaves out that stay, in the worksheet's order: those Restored counts
	// and those reviewed since they were restored (Reviewed counts them),
	// so that the paragraphs a person brought back can be named.
	RestoredKept []*Activity
	// Discarded counts the new drafts left out because the worksheet holds
	// no activity of their paragraph (ReplaceOptions.KeepDiscards), and
	// DiscardedDrafts are those drafts, in the reading's order: a person
	// who took a paragraph out may want it back.
	Discarded       int
	DiscardedDrafts []*Activity
	// Renamed counts the drafts given another id because an activity that
	// stays has theirs.
	Renamed int
}

// ReplaceOptions says what else a new reading keeps of the worksheet.
type ReplaceOptions struct {
	// LeftOut are the drafts of the paragraphs the new reading leaves out.
	// An earlier draft of one of them, which a person brought back, stays.
	LeftOut []*Activity
	// KeepDiscards leaves out a new draft of a paragraph the worksheet holds
	// no activity of: a person took it out since the document was read.
	KeepDiscards bool
}

// ReplaceDocument puts a new reading of document doc in the worksheet
// (ReplaceDocumentWith, keeping nothing more).
func (w *Worksheet) ReplaceDocument(doc string, drafts []*Activity) Reimport {
	return w.ReplaceDocumentWith(doc, drafts, ReplaceOptions{})
}

// ReplaceDocumentWith puts a new reading of document doc in the worksheet:
// the earlier drafts of doc are taken out and the new ones put where the
// first activity of doc stood (at the end when there was none), keeping
// their registers (KeepRegisters). What a person reviewed is never
// replaced: a reviewed activity of doc stays as it is, in the place of the
// new draft of it (matched as KeepRegisters matches), or after the one
// before it when the new reading has none. The options keep more the same
// way. An earlier draft whose register has no draft to go to is not
// dropped either: it stays, after the drafts. A draft whose id an activity
// that stays already has gets a new one.
func (w *Worksheet) ReplaceDocumentWith(doc string, drafts []*Activity, o ReplaceOptions) Reimport {
	var r Reimport
	var mine, rest []*Activity
	at := -1
	for _, a := range w.Activities {
		if doc == "" || a.Source.Document != doc {
			rest = append(rest, a)
			continue
		}
		if at < 0 {
			at = len(rest)
		}
		mine = append(mine, a)
	}
	if at < 0 {
		at = len(rest)
	}
	stays := map[*Activity]bool{}
	for _, a := range mine {
		if a.Status != StatusDraft {
			stays[a] = true
			r.Reviewed++
		}
	}
	if len(o.LeftOut) > 0 {
		read, spare := matchDrafts(mine, mine, drafts), matchDrafts(mine, mine, o.LeftOut)
		for _, a := range mine {
			if read[a] != nil || spare[a] == nil {
				continue
			}
			if !stays[a] {
				stays[a] = true
				r.Restored++
			}
			r.RestoredKept = append(r.RestoredKept, a)
		}
	}
	var earlier, stay []*Activity
	for _, a := range mine {
		if stays[a] {
			stay = append(stay, a)
		} else {
			earlier = append(earlier, a)
		}
	}
	r.Replaced = len(earlier)
	in := map[*Activity]*Activity{} // a new draft → the activity that stays in its place
	for a, d := range matchDrafts(mine, stay, drafts) {
		in[d] = a
	}
	var added []*Activity
	had := paragraphsOf(mine)
	for _, d := range drafts {
		switch {
		case in[d] != nil:
		case o.KeepDiscards && !had[paragraphOf(d)]:
			r.Discarded++
			r.DiscardedDrafts = append(r.DiscardedDrafts, d)
		default:
			added = append(added, d)
		}
	}
	r.Added = len(added)
	r.Kept, r.Stale = KeepRegisters(earlier, added)
	keepIDs(matchDrafts(mine, earlier, added), added, rest, stay, r.Stale)
	r.Renamed = renameTaken(added, rest, stay, r.Stale)
	block := documentBlock(mine, earlier, drafts, added, in)
	acts := make([]*Activity, 0, len(rest)+len(block)+len(r.Stale))
	acts = append(acts, rest[:at]...)
	acts = append(acts, block...)
	acts = append(acts, r.Stale...)
	acts = append(acts, rest[at:]...)
	w.Activities = acts
	return r
}

// paragraphOf is what tells a paragraph of a document: its reference, or
// the activity's id where it has none.
func paragraphOf(a *Activity) string {
	if ref := strings.TrimSpace(a.Source.Ref); ref != "" {
		return "ref " + ref
	}
	return "id " + a.ID
}

// paragraphsOf is the set of paragraphs of acts.
func paragraphsOf(acts []*Activity) map[string]bool {
	out := make(map[string]bool, len(acts))
	for _, a := range acts {
		out[paragraphOf(a)] = true
	}
	return out
}

// keepIDs gives each new draft the id of the earlier draft it replaces (to,
// as matchDrafts finds it) back where the reading numbered that id on
// ("5-support-2" for "5-support") only because the earlier draft still held
// it, and nothing that stays has it: a person who knows the activity by its
// id must find it again after a new reading of the same paragraph. An id the
// reading derived from other words is the reading's.
func keepIDs(to map[*Activity]*Activity, added []*Activity, stay ...[]*Activity) {
	used := map[string]int{}
	for _, acts := range append(stay, added) {
		for _, a := range acts {
			used[a.ID]++
		}
	}
	for _, a := range inDraftOrder(to, added) {
		d := to[a]
		if !numberedOn(d.ID, a.ID) || used[a.ID] > 0 {
			continue
		}
		used[d.ID]--
		d.ID = a.ID
		used[d.ID]++
	}
}

// numberedOn says whether id is base with a number put after it, as
// UniqueID and IDSet.Derive make one when base is taken.
func numberedOn(id, base string) bool {
	n, ok := strings.CutPrefix(id, base+"-")
	if !ok || base == "" || n == "" {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// inDraftOrder are the earlier activities of to in the order of their drafts
// in added, so that the ids given do not depend on a map's order.
func inDraftOrder(to map[*Activity]*Activity, added []*Activity) []*Activity {
	from := make(map[*Activity]*Activity, len(to))
	for a, d := range to {
		from[d] = a
	}
	out := make([]*Activity, 0, len(to))
	for _, d := range added {
		if a := from[d]; a != nil {
			out = append(out, a)
		}
	}
	return out
}

// renameTaken gives each draft whose id an activity that stays has (or a
// draft before it) a new one, and counts them.
func renameTaken(drafts []*Activity, stay ...[]*Activity) int {
	taken := map[string]bool{}
	for _, acts := range stay {
		for _, a := range acts {
			taken[a.ID] = true
		}
	}
	n := 0
	for _, d := range drafts {
		if taken[d.ID] {
			base := d.ID
			if base == "" {
				base = Slug(d.Title)
			}
			d.ID = UniqueID(base, taken)
			n++
		}
		taken[d.ID] = true
	}
	return n
}

// documentBlock is the document's part of the worksheet after a new
// reading: the new drafts in the reading's order, each activity that stays
// in the place of its new draft (in), and one that has none after what
// stands for the activity before it in the worksheet (at the start when
// nothing does), so that the order a person knows does not change.
func documentBlock(mine, earlier, drafts, added []*Activity, in map[*Activity]*Activity) []*Activity {
	isAdded := make(map[*Activity]bool, len(added))
	for _, d := range added {
		isAdded[d] = true
	}
	stand := map[*Activity]*Activity{} // an earlier activity → what stands for it
	var block []*Activity
	for _, d := range drafts {
		if a := in[d]; a != nil {
			block = append(block, a)
			stand[a] = a
		} else if isAdded[d] {
			block = append(block, d)
		}
	}
	for a, d := range matchDrafts(mine, earlier, added) {
		stand[a] = d
	}
	for i, a := range mine {
		if stand[a] != nil || slices.Contains(earlier, a) {
			continue
		}
		pos := 0
		for j := i - 1; j >= 0; j-- {
			if k := slices.Index(block, stand[mine[j]]); stand[mine[j]] != nil && k >= 0 {
				pos = k + 1
				break
			}
		}
		block = slices.Insert(block, pos, a)
		stand[a] = a
	}
	return block
}
