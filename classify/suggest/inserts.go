package suggest

import "strings"

// markInserts marks in ws the inserted clauses that phrases read across: a
// clause after a comma, in the middle of a sentence, that opens with an insert
// phrase ("without prejudice to ...", "within its capabilities ...") and ends
// at the next comma before the sentence goes on. Such a clause that opens its
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
		if end == len(ws) || ws[end].sent != ws[i].sent {
			continue // the clause ends the sentence: nothing to read across to
		}
		for k := range lx.inserts {
			if s.limit > 0 && s.steps >= s.limit {
				return // the scan's budget is spent
			}
			s.steps++
			s.start(&lx.inserts[k], i)
			if s.match(0, i) <= i {
				continue
			}
			if opening {
				ws[end].opens = true
			} else {
				ws[i].skip = int32(end)
			}
			keeps := strings.HasPrefix(lx.inserts[k].src, "without prejudice")
			for j := i; j < end; j++ {
				ws[j].insEnd = int32(end)
				ws[j].keeps = keeps
			}
			break
		}
	}
}
