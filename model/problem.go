package model

import (
	"fmt"
	"strings"
)

// MaxProblems is how many problems of one file are reported before the rest are
// only counted.
const MaxProblems = 25

// Problem is one thing wrong with an input file, at a position (1-based line and
// column; 0 when the problem concerns the whole file).
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (p Problem) String() string {
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", QuoteName(p.File), p.Line, p.Col, p.Msg)
	case p.File != "":
		return fmt.Sprintf("%s: %s", QuoteName(p.File), p.Msg)
	}
	return p.Msg
}

// InputError reports every problem found in an input file (up to MaxProblems).
type InputError struct {
	Problems []Problem
	More     int // problems found beyond those listed
}

func (e *InputError) Error() string {
	lines := make([]string, 0, len(e.Problems)+1)
	for _, p := range e.Problems {
		lines = append(lines, p.String())
	}
	if e.More > 0 {
		lines = append(lines, fmt.Sprintf("... and %d more problems", e.More))
	}
	return strings.Join(lines, "\n")
}

// Problems gathers the problems of one file.
type Problems struct {
	File string
	list []Problem
	more int
}

// Add records a problem at line:col.
func (ps *Problems) Add(line, col int, format string, args ...any) {
	if len(ps.list) >= MaxProblems {
		ps.more++
		return
	}
	ps.list = append(ps.list, Problem{File: ps.File, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// Len is how many problems were found.
func (ps *Problems) Len() int { return len(ps.list) + ps.more }

// Full reports whether no more problems will be listed.
func (ps *Problems) Full() bool { return len(ps.list) >= MaxProblems }

// Err returns the problems as an *InputError, or nil when there are none.
func (ps *Problems) Err() error {
	if ps.Len() == 0 {
		return nil
	}
	return &InputError{Problems: append([]Problem{}, ps.list...), More: ps.more}
}

// DidYouMean suggests the allowed value nearest to got, as " (did you mean X?)",
// or "" when none is near.
func DidYouMean(got string, allowed []string) string {
	best, bestD := "", 1<<30
	g := strings.ToLower(got)
	for _, a := range allowed {
		d := EditDistance(g, a)
		if strings.Contains(a, g) && len(g) >= 3 || strings.Contains(g, a) && len(a) >= 3 {
			d = min(d, 2)
		}
		// A value begun right and then mistyped ("pocc" for poc-only) is
		// near, however long the rest of it.
		if p := commonPrefix(g, a); p >= 3 && p >= len(g)-1 {
			d = min(d, 2)
		}
		if d < bestD {
			best, bestD = a, d
		}
	}
	if best == "" || bestD > max(2, len(best)/3) {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", best)
}

// UnknownValue is the error for a value that is not one of the allowed:
// `unknown agenda "pocc"; agendas are: poc-only, ... (did you mean poc-only?)`.
func UnknownValue(what, whats, got string, allowed []string) error {
	return fmt.Errorf("unknown %s %q; %s are: %s%s", what, got, whats, strings.Join(allowed, ", "), DidYouMean(got, allowed))
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// EditDistance is the Levenshtein distance between a and b (bytes), large
// for words over 64 bytes.
func EditDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 1 << 20
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
