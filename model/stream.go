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
	// docs are the source documents the activities cite, gathered on
	// the pass that checks the file: a report that writes each activity
	// as it reads it still names a paragraph by its document.
	docs Sources
	// fromYAML: src is the compact text made of a YAML file, which carries
	// a draft's confirmed answers under a key of its own (confirmedKey).
	fromYAML bool

	// A stream opened by OpenStreamUnchecked keeps the file until its
	// first pass has read it through: that pass is the file's check.
	pending bool
	first   bool // FirstPass is running its pass
	through bool // the first pass read the file through
	file    string
	data    []byte
	err     error // the file's problems, once found
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
		if h, ids, n, docs, ok := checkJSON(src, vocab); ok {
			return &Stream{Mission: h.mission, Mandate: h.mandate, src: src, vocab: vocab, ids: ids, n: n, docs: docs}, nil
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
	var docs Sources
	ws, err := parseChecked(file, data, vocab, func(a *Activity) {
		if a == nil {
			src = src[:len(`{"activities":[`)]
			clear(ids)
			n = 0
			docs = Sources{}
			return
		}
		n++
		docs.Add(a)
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
	docs.Finish()
	return &Stream{Mission: ws.Mission, Mandate: ws.Mandate, src: string(src), vocab: vocab, ids: ids, n: n, docs: docs, fromYAML: true}, nil
}

// checkJSON checks a JSON worksheet's text in one pass that keeps nothing of
// its activities but their ids, how many they are and the documents they
// cite; false for anything the fast reader does not take, a repeated id
// included.
func checkJSON(src string, vocab *Vocabulary) (jsonHeader, map[string]bool, int, Sources, bool) {
	ids := map[string]bool{}
	dup := false
	check := &jsonScanner{src: src, vocab: vocab, check: true}
	n := 0
	var docs Sources
	h, ok := check.worksheet(&Activity{}, func(a *Activity) bool {
		n++
		docs.Add(a)
		if a.ID != "" {
			dup = dup || ids[a.ID]
			ids[a.ID] = true
		}
		return !dup
	})
	docs.Finish()
	return h, ids, n, docs, ok && !dup
}

// Sources are the source documents the stream's activities cite, known
// once the file is checked (OpenStream, Check, or a first pass that read
// it through): a pass that writes each activity as it reads it names its
// paragraph as a screen does ("2070·13" where the file holds several
// documents) without reading the file once more first.
func (s *Stream) Sources() Sources {
	if s.ws != nil {
		return SourcesOf(s.ws.Activities)
	}
	return s.docs
}

// StreamOf streams a worksheet already in memory.
func StreamOf(ws *Worksheet) *Stream {
	return &Stream{Mission: ws.Mission, Mandate: ws.Mandate, ws: ws}
}

// All yields the activities in order, ids derived where the file gives none.
func (s *Stream) All() iter.Seq[*Activity] {
	return func(yield func(*Activity) bool) { s.pass(nil, yield) }
}

// Each is All for a pass that keeps nothing of an activity past its step
// but the strings and lists it holds: every activity of a file read again
// is read into the same *Activity, which a pass over a long file then does
// not allocate for every activity.
func (s *Stream) Each() iter.Seq[*Activity] {
	if s.ws != nil {
		return s.All()
	}
	return func(yield func(*Activity) bool) { s.pass(&Activity{}, yield) }
}

// pass yields the activities, each read into reuse when it is not nil.
func (s *Stream) pass(reuse *Activity, yield func(*Activity) bool) {
	s.reads.Add(1)
	if s.pending && !s.first {
		// Read outside FirstPass: the file is checked whole before any
		// of it is handed out.
		s.Check()
	}
	if s.err != nil {
		return
	}
	if s.ws != nil {
		for _, a := range s.ws.Activities {
			if !yield(a) {
				return
			}
		}
		return
	}
	if s.pending {
		s.checkingPass(reuse, yield)
		return
	}
	ids := NewIDSet(len(s.ids))
	for id := range s.ids {
		ids.Take(id)
	}
	read := &jsonScanner{src: s.src, vocab: s.vocab, checked: true, confirmations: s.fromYAML}
	read.worksheet(reuse, func(a *Activity) bool {
		if a.ID == "" {
			a.ID = ids.Derive(Slug(a.Title))
		}
		return yield(a)
	})
}

// OpenStreamUnchecked is OpenStream for a caller whose first pass over the
// activities writes nothing and which runs it through FirstPass: a JSON
// file's text is checked on that pass, as it is read, not in a pass of its
// own before it. Any other file is checked at once, as OpenStream does.
func OpenStreamUnchecked(file string, data []byte, vocab *Vocabulary) (*Stream, error) {
	if err := checkSize(file, data); err != nil {
		return nil, err
	}
	if !looksLikeJSON(data) {
		return OpenStream(file, data, vocab)
	}
	src := unsafe.String(unsafe.SliceData(data), len(data))
	return &Stream{src: src, vocab: vocab, pending: true, file: file, data: data}, nil
}

// FirstPass runs pass, which reads the activities once (All or Each), and
// returns the file's problems as OpenStream reports them. On a stream opened
// by OpenStreamUnchecked that pass is the file's check: where the file has
// a problem, FirstPass returns it and what pass gathered must not be used;
// where the pass could not read the file through (the fast reader does not
// take it, or pass stopped early), the file is checked whole and pass is
// run again from the start. Mission and Mandate are known once it returns.
// A caller writes nothing before FirstPass returns, so that a bad file
// never leaves a partial report.
func (s *Stream) FirstPass(pass func()) error {
	if !s.pending {
		pass()
		return s.err
	}
	s.first = true
	pass()
	s.first = false
	if s.through {
		return nil
	}
	if err := s.Check(); err != nil {
		return err
	}
	pass()
	return nil
}

// Check checks the file whole, as OpenStream does, if no pass has yet: for
// a caller that writes as it reads the activities the first time.
func (s *Stream) Check() error {
	if !s.pending {
		return s.err
	}
	s.pending = false
	c, err := OpenStream(s.file, s.data, s.vocab)
	if err != nil {
		s.err = err
		return err
	}
	s.Mission, s.Mandate, s.ws, s.src, s.ids, s.n, s.docs = c.Mission, c.Mandate, c.ws, c.src, c.ids, c.n, c.docs
	return nil
}

// Err is the file's problems, found by Check or a first pass; nil while
// none are found.
func (s *Stream) Err() error { return s.err }

// checkingPass is a pending stream's first pass: the text is read as the
// strict reader would take it, and the ids it gives are gathered as the
// check gathers them. Where it reads the file through, the stream is
// checked; anywhere else it stops, and FirstPass checks the file whole.
func (s *Stream) checkingPass(reuse *Activity, yield func(*Activity) bool) {
	ids := map[string]bool{}
	var derived *IDSet // made for the first activity without an id
	n := 0
	var docs Sources
	read := &jsonScanner{src: s.src, vocab: s.vocab}
	h, ok := read.worksheet(reuse, func(a *Activity) bool {
		n++
		docs.Add(a)
		if a.ID != "" {
			if ids[a.ID] {
				return false // a repeated id: the check reports it
			}
			ids[a.ID] = true
		} else {
			if derived == nil {
				// A derived id misses every id the file gives, those of
				// later activities too: the file is checked whole for them.
				if err := s.Check(); err != nil || s.ws != nil {
					return false
				}
				derived = NewIDSet(len(s.ids))
				for id := range s.ids {
					derived.Take(id)
				}
			}
			a.ID = derived.Derive(Slug(a.Title))
		}
		return yield(a)
	})
	if !ok {
		return
	}
	docs.Finish()
	s.pending, s.through = false, true
	s.Mission, s.Mandate, s.ids, s.n, s.docs = h.mission, h.mandate, ids, n, docs
}
