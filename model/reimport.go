package model

import "strings"

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
	// Renamed counts the drafts given another id because an activity that
	// stays has theirs.
	Renamed int
}

// ReplaceDocument puts a new reading of document doc in the worksheet: the
// earlier drafts of doc are taken out and the new ones put where the first
// activity of doc stood (at the end when there was none), keeping their
// registers (KeepRegisters). What a person reviewed is never replaced: a
// reviewed activity of doc stays as it is, and the new draft of it (matched
// as KeepRegisters matches) is left out. An earlier draft whose register
// has no draft to go to is not dropped either: it stays, after the drafts.
// A draft whose id an activity that stays already has gets a new one.
func (w *Worksheet) ReplaceDocument(doc string, drafts []*Activity) Reimport {
	var r Reimport
	var earlier, reviewed, rest []*Activity
	at := -1
	for _, a := range w.Activities {
		if doc == "" || a.Source.Document != doc {
			rest = append(rest, a)
			continue
		}
		if at < 0 {
			at = len(rest)
		}
		if a.Status == StatusDraft {
			earlier = append(earlier, a)
		} else {
			reviewed = append(reviewed, a)
			rest = append(rest, a)
		}
	}
	if at < 0 {
		at = len(rest)
	}
	r.Replaced, r.Reviewed = len(earlier), len(reviewed)
	if len(reviewed) > 0 {
		done := map[*Activity]bool{}
		for _, d := range matchDrafts(append(earlier, reviewed...), reviewed, drafts) {
			done[d] = true
		}
		var left []*Activity
		for _, d := range drafts {
			if !done[d] {
				left = append(left, d)
			}
		}
		drafts = left
	}
	r.Added = len(drafts)
	r.Kept, r.Stale = KeepRegisters(earlier, drafts)
	taken := make(map[string]bool, len(rest)+len(r.Stale)+len(drafts))
	for _, a := range rest {
		taken[a.ID] = true
	}
	for _, a := range r.Stale {
		taken[a.ID] = true
	}
	for _, d := range drafts {
		if taken[d.ID] {
			base := d.ID
			if base == "" {
				base = Slug(d.Title)
			}
			d.ID = UniqueID(base, taken)
			r.Renamed++
		}
		taken[d.ID] = true
	}
	acts := make([]*Activity, 0, len(rest)+len(drafts)+len(r.Stale))
	acts = append(acts, rest[:at]...)
	acts = append(acts, drafts...)
	acts = append(acts, r.Stale...)
	acts = append(acts, rest[at:]...)
	w.Activities = acts
	return r
}
