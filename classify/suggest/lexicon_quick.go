package suggest

// The quick looks of a scan: before an element's alternatives are matched
// at a word, the word's first letter and length say whether one of them may
// match it at all. Most words of a text are turned away so, at the cost of
// a few bit tests; TestQuickLooksNeverRefuseAMatch holds that no word one
// would match is.

// leadIndex groups alternatives by the first letter of their first word,
// folded as firstBit folds it: group b is order[at[b]:at[b+1]], indexes of
// alternatives in their order, those that may begin with any word in all.
type leadIndex struct {
	at    [65]uint16
	order []uint16
}

func newLeadIndex(alts [][]token) *leadIndex {
	ix := &leadIndex{}
	for b := range 64 {
		ix.at[b] = uint16(len(ix.order))
		for k, alt := range alts {
			if t := alt[0]; t.lead == 0 || int(t.lead&63) == b {
				ix.order = append(ix.order, uint16(k))
			}
		}
	}
	ix.at[64] = uint16(len(ix.order))
	return ix
}

// of returns the indexes of the alternatives word w may begin.
func (ix *leadIndex) of(w string) []uint16 {
	b := w[0] & 63
	return ix.order[ix.at[b]:ix.at[b+1]]
}

// firstBit is the bit of a word's first letter in an element's firsts;
// letters share bits with other bytes, so a set bit is only a maybe.
func firstBit(w string) uint64 {
	if w == "" {
		return ^uint64(0)
	}
	return 1 << (w[0] & 63)
}

// leadOf is the first letter of every word t matches, or 0: any word or
// number, and a stem of one letter ("e~" matches "ing").
func leadOf(t token) byte {
	if t.mode == matchNumber || t.mode == matchAny || t.w == "" || t.mode == matchStem && len(t.w) < 2 {
		return 0
	}
	return t.w[0]
}

// mayBegin reports whether word w may begin one of the element's
// alternatives: false when its first letter or its length is that of none.
func (el *elem) mayBegin(w string) bool {
	return el.firsts&firstBit(w) != 0 && el.lengths&lengthBit(w) != 0
}

// lengthBit is the bit of a word's length in an element's lengths; the
// longest words share the last.
func lengthBit(w string) uint64 { return 1 << min(len(w), 63) }

// lengthBits are the bits of the lengths of word a token matches: its own
// and, but for an exact word, those of its inflections or any longer one.
func lengthBits(t token) uint64 {
	n := min(len(t.w), 63)
	all := ^uint64(0)
	switch t.mode {
	case matchExact:
		return 1 << n
	case matchPlain:
		return 7 << n // "force", "forces", "bodies"
	case matchStem:
		return 31 << n // "patrol" to "patrolling"
	case matchPrefix:
		return all << n
	}
	return all
}
