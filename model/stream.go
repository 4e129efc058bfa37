package model

import (
	"iter"
	"sync/atomic"
	"unsafe"
)

// Stream hands out a checked worksheet's activities one at a time. For a valid
// JSON file it keeps only the file's text and reads each activity as it is
// asked for, so that a batch run over a large file holds one activity at a time;
// other files are read whole first.
type Stream struct {
	Mission string
	Mandate string

	ws    *Worksheet      // when the file was read whole
	src   string          // a JSON file's text, read again activity by activity
	vocab *Vocabulary     //
	ids   map[string]bool // the ids the file gives, for deriving the others
	reads atomic.Int64    // how many times All has been started
	n     int             // how many activities the file holds
	reuse *Activity       // set: every activity is read into it (Each)
}

// Len is how many activities the stream holds.
func (s *Stream) Len() int {
	if s.ws != nil {
		return len(s.ws.Activities)
	}
	return s.n
}

// Reads says how many times the activities have been read (All started):
// a long file is read again at every pass, which a report keeps to the
// fewest.
func (s *Stream) Reads() int { return int(s.reads.Load()) }

// OpenStream checks a worksheet file's text, reporting every problem as Parse
// does, and returns a Stream over its activities. The stream reads data in
// place: the caller must not change it afterwards.
func OpenStream(file string, data []byte, vocab *Vocabulary) (*Stream, error) {
	if err := checkSize(file, data); err != nil {
		return nil, err
	}
	if looksLikeJSON(data) {
		// The check refuses the characters checkCharacters does, as it
		// reads the strings that may hold them: a file it passes is not
		// stepped through once more for them.
		// The text is read as a string without a copy: 16 MiB need not be held twice.
		src := unsafe.String(unsafe.SliceData(data), len(data))
		ids := map[string]bool{}
		dup := false
		check := &jsonScanner{src: src, vocab: vocab, check: true}
		n := 0
		h, ok := check.worksheet(&Activity{}, func(a *Activity) bool {
			n++
			if a.ID != "" {
				dup = dup || ids[a.ID]
				ids[a.ID] = true
			}
			return !dup
		})
		if ok && !dup {
			return &Stream{Mission: h.mission, Mandate: h.mandate, src: src, vocab: vocab, ids: ids, n: n}, nil
		}
	}
	if err := checkCharacters(file, data); err != nil {
		return nil, err
	}
	// Any other file is read once, each activity kept as compact JSON text and
	// its part of the YAML tree let go of: the text is a small fraction of the
	// tree and of the activities read from it, and is read again as above.
	src := []byte(`{"activities":[`)
	ids := map[string]bool{}
	n := 0
	ws, err := parseChecked(file, data, vocab, func(a *Activity) {
		if a == nil {
			src = src[:len(`{"activities":[`)]
			clear(ids)
			n = 0
			return
		}
		n++
		if a.ID != "" {
			ids[a.ID] = true
		}
		if len(src) > len(`{"activities":[`) {
			src = append(src, ',')
		}
		src = appendActivityJSON(src, a)
	})
	if err != nil {
		return nil, err
	}
	src = append(src, "]}"...)
	return &Stream{Mission: ws.Mission, Mandate: ws.Mandate, src: string(src), vocab: vocab, ids: ids, n: n}, nil
}

// StreamOf streams a worksheet already in memory.
func StreamOf(ws *Worksheet) *Stream {
	return &Stream{Mission: ws.Mission, Mandate: ws.Mandate, ws: ws}
}

// All yields the activities in order, ids derived where the file gives none.
func (s *Stream) All() iter.Seq[*Activity] {
	return func(yield func(*Activity) bool) {
		s.reads.Add(1)
		if s.ws != nil {
			for _, a := range s.ws.Activities {
				if !yield(a) {
					return
				}
			}
			return
		}
		ids := NewIDSet(len(s.ids))
		for id := range s.ids {
			ids.Take(id)
		}
		read := &jsonScanner{src: s.src, vocab: s.vocab, checked: true}
		read.worksheet(s.reuse, func(a *Activity) bool {
			if a.ID == "" {
				a.ID = ids.Derive(Slug(a.Title))
			}
			return yield(a)
		})
	}
}

// Each is All for a pass that keeps nothing of an activity past its step
// but the strings and lists it holds: every activity of a file read again
// is read into the same *Activity, which a pass over a long file then does
// not allocate for every activity.
func (s *Stream) Each() iter.Seq[*Activity] {
	if s.ws != nil {
		return s.All()
	}
	return func(yield func(*Activity) bool) {
		r := &Stream{Mission: s.Mission, Mandate: s.Mandate, src: s.src, vocab: s.vocab, ids: s.ids,
			n: s.n, reuse: &Activity{}}
		r.All()(yield)
		s.reads.Add(1)
	}
}
