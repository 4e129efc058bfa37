package session

import "time"

// AutosaveDelay is how long the autosave gathers the changes that follow a
// write before it writes again.
const AutosaveDelay = 200 * time.Millisecond

// Debounce paces autosave writes. The first change is written at once, so a
// crash right after it loses nothing; changes that follow within AutosaveDelay
// are gathered and written together when the delay is over. It holds no clock:
// the caller starts a timer when told to and reports when it went off, so tests
// decide when time passes.
type Debounce struct {
	waiting bool // a timer runs: changes now are gathered
	pending bool // a change arrived while the timer ran
}

// Changed is called on every change. It says whether to write now and whether
// to start the timer.
func (d *Debounce) Changed() (write, startTimer bool) {
	if d.waiting {
		d.pending = true
		return false, false
	}
	d.waiting = true
	return true, true
}

// Elapsed is called when the timer went off. It says whether to write the
// gathered changes now and whether to start the timer again for the changes
// that may follow that write.
func (d *Debounce) Elapsed() (write, startTimer bool) {
	if d.pending {
		d.pending = false
		return true, true
	}
	d.waiting = false
	return false, false
}

// Waiting reports whether changes are being gathered for a later write.
func (d *Debounce) Waiting() bool { return d.waiting }
