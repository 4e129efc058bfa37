package mandate

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A text may hold more than one numbered document part: the resolution
// itself, then annexes, each numbered from 1 again. Each part keeps its own
// references, so that no numbered paragraph is folded into another or
// mistaken for the body's paragraph of the same number:
//
//   - the body's paragraphs are "1", "2(a)", as before;
//   - the k-th annex of the text (a line that reads "Annex", "ANNEX II",
//     "Annex 3", "Appendix A" and nothing else) is the heading "A<k>", and
//     its paragraphs are "A<k>.1", "A<k>.2(a)", "A<k>(a)" for a list of
//     tasks lettered from (a);
//   - numbering that starts again without such a heading (a paragraph number
//     seen before in the same part, standing first on a line after the end
//     of a clause) opens an unnamed part: "P2.1", "P2.2", the second part
//     of the text, then "P3.1".

// annexStyle marks the heading that opens an annex.
const annexStyle style = 99

// annexLine is a line that names an annex or appendix and nothing else.
var annexLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:ANNEX|Annex|APPENDIX|Appendix)(?:\s+(?:[IVX]{1,6}|\d{1,3}|[A-Z]))?\s*[.:]?$`)
})

// annexOffsets lists where the lines that open an annex begin in the stream.
func (st *stream) annexOffsets() []int {
	var out []int
	for i, at := range st.starts {
		end := len(st.s)
		if i+1 < len(st.starts) {
			end = st.starts[i+1] - 1
		}
		if end-at <= 16 && annexLine().MatchString(strings.TrimSpace(st.s[at:end])) {
			out = append(out, at)
		}
	}
	return out
}

// parts follows the document part a marker belongs to.
type parts struct {
	annexes []int // offsets of the annex headings not reached yet
	annex   int   // how many annexes were opened
	part    int   // how many parts were opened, the body included
	prefix  string
	seen    map[string]bool // the paragraph numbers of the open part
	fresh   bool            // the open part has no marker yet
}

// newParts starts at the body; annex headings before start are preamble.
func newParts(start int, annexes []int) *parts {
	p := &parts{part: 1, seen: map[string]bool{}, fresh: true}
	for _, at := range annexes {
		if at > start {
			p.annexes = append(p.annexes, at)
		}
	}
	return p
}

// annexesBefore opens the annexes whose heading comes before offset at and
// returns their heading marks.
func (p *parts) annexesBefore(at int) []mark {
	var out []mark
	for len(p.annexes) > 0 && p.annexes[0] < at {
		p.annex++
		p.part++
		ref := "A" + strconv.Itoa(p.annex)
		out = append(out, mark{at: p.annexes[0], style: annexStyle, ref: ref})
		p.open(ref)
		p.annexes = p.annexes[1:]
	}
	return out
}

// restart opens an unnamed part: numbering that begins again.
func (p *parts) restart() {
	p.part++
	p.open("P" + strconv.Itoa(p.part))
}

func (p *parts) open(name string) {
	p.prefix = name
	p.seen = map[string]bool{}
	p.fresh = true
}

// number records a paragraph number of the open part.
func (p *parts) number(tok string) {
	p.seen[tok] = true
	p.fresh = false
}

// ref is the reference, in the open part, of a top-level marker's ref.
func (p *parts) ref(r string) string {
	if p.prefix == "" || strings.HasPrefix(r, "(") {
		return p.prefix + r
	}
	return p.prefix + "." + r
}

// opensParagraph reports whether a number candidate reads as a paragraph
// whatever its number: first on a line, with its full stop, after the end
// of a clause or at the start of the text, before a capital.
func opensParagraph(st *stream, c candidate) bool {
	if !c.lineStart || c.bare || c.at > 0 && !st.endsClauseBefore(c.at) {
		return false
	}
	i := c.at + len(c.tok) + 1
	for i < len(st.s) && (st.s[i] == ' ' || st.s[i] == '\t') {
		i++
	}
	return i < len(st.s) && st.s[i] >= 'A' && st.s[i] <= 'Z'
}

// underAnnex reports whether a number candidate stands on the line right
// after an annex heading.
func (st *stream) underAnnex(c candidate, annexes []int) bool {
	if !c.lineStart {
		return false
	}
	i := sort.SearchInts(st.starts, c.at)
	return i > 0 && i < len(st.starts) && st.starts[i] == c.at && slices.Contains(annexes, st.starts[i-1])
}
