package suggest

// markInserts marks in ws the inserted clauses that phrases read across: a
// clause after a comma, in the middle of a sentence, that opens with an insert
// phrase ("without prejudice to ...", "within its capabilities ...") and ends
// at the next comma before the sentence goes on (one that ends the sentence
// is marked only for whom it names). Such a clause that opens its
// sentence ("Within its capabilities, protect ...") makes the word after it
// open the sentence for anchored phrases.
func (lx *lexicon) markInserts(ws []word, s *search) {
	if len(lx.inserts) == 0 {
		return
	}
	for i := range ws {
		opening := i == 0 || ws[i].sent != ws[i-1].sent
		if !opening && ws[i].clause == ws[i-1].clause || ws[i].insEnd > 0 {
			continue
		}
		end := i
		for end < len(ws) && ws[end].clause == ws[i].clause {
			end++
		}
		// Brackets inside the clause do not end it, a comma does: "in
		// accordance with paragraph 3 (j) of resolution 1856 (2008), to".
		for end < len(ws) && ws[end].sent == ws[i].sent && !ws[end].comma {
			c := ws[end].clause
			for end < len(ws) && ws[end].clause == c {
				end++
			}
		}
		// A clause that ends the sentence has nothing to read across to; it
		// still names, when its phrase says so, someone other than who acts
		// ("protect civilians, without prejudice to the responsibility of
		// the Government").
		last := end == len(ws) || ws[end].sent != ws[i].sent
		for k := range lx.inserts {
			if s.limit > 0 && s.steps >= s.limit {
				return // the scan's budget is spent
			}
			s.steps++
			s.start(&lx.inserts[k], i)
			if s.match(0, i) <= i {
				continue
			}
			if last {
				if lx.inserts[k].notActor {
					for j := i; j < end; j++ {
						ws[j].notActor = true
					}
				}
				break
			}
			if opening {
				ws[end].opens = true
			} else {
				ws[i].skip = int32(end)
			}
			notActor := lx.inserts[k].notActor
			for j := i; j < end; j++ {
				ws[j].insEnd = int32(end)
				ws[j].notActor = notActor
			}
			break
		}
	}
}
