package component

import "fmt"

// CutRows keeps lines to h rows. Where they are more, the last row says how
// many are left out ("  … 2 more") and, given a key that shows them, names
// it ("  … 2 more (c: all of it)"): a list cut for height never loses its
// rest without a sign. Fewer lines are padded with empty rows to h.
func CutRows(st *Styles, lines []string, h, w int, key string) []string {
	if h <= 0 {
		return nil
	}
	out := lines
	if len(lines) > h {
		sign := fmt.Sprintf("  … %d more", len(lines)-h+1)
		if key != "" {
			sign += " (" + key + ": all of it)"
		}
		out = append(lines[:h-1:h-1], st.Muted.Render(Cut(sign, w)))
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out
}
