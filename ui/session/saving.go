package session

import (
	"os"

	"github.com/pocssr/pocssr/model"
)

// ReadOnly reports whether an existing file's mode keeps its owner from
// writing it. The core's save refuses such a file with model.ErrReadOnly; the
// check here says the same before anything is encoded.
func ReadOnly(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o200 == 0
}

// CheckSave says whether the worksheet may be written to target before
// anything is encoded: model.ErrReadOnly for a read-only file, and, unless
// overwrite, model.ErrDeletedOnDisk when that file is gone since,
// model.ErrChangedOnDisk when target is the file the worksheet was
// read from (as base recorded it) and it changed since.
func CheckSave(target string, base Base, ownFile, overwrite bool) error {
	if ReadOnly(target) {
		return model.ErrReadOnly
	}
	if !overwrite && ownFile {
		if now, err := ReadBase(target); err == nil && now != base {
			if base.Exists && !now.Exists {
				return model.ErrDeletedOnDisk
			}
			return model.ErrChangedOnDisk
		}
	}
	return nil
}

// Detach copies the worksheet for a save beside the event loop, with the
// generation it was made at; edits go on in the sheet meanwhile. Each
// draft of the copy holds the answers the planner confirmed that still
// stand, for a YAML file to keep (model.Activity.Confirmed).
func (s *Sheet) Detach() (*model.Worksheet, uint64) {
	c := s.ws.Detach()
	for i, facts := range s.Confirmations() {
		c.Activities[i].Confirmed = facts
	}
	return c, s.gen
}

// Adopt follows a save of the copy made at generation gen: the worksheet now
// belongs to the file written, and it is saved (clean) unless it changed since
// the copy was made, for what was typed meanwhile is not in the file.
func (s *Sheet) Adopt(saved *model.Worksheet, gen uint64) (clean bool) {
	s.ws.Adopt(saved)
	if clean = s.gen == gen; clean {
		s.MarkSaved()
	}
	return clean
}

// MarkSaved marks the worksheet as saved.
func (s *Sheet) MarkSaved() {
	s.dirty = false
	s.saved = savedMark{state: s.state()}
}
