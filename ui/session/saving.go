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
// overwrite, model.ErrChangedOnDisk when target is the file the worksheet was
// read from (as base recorded it) and it changed since.
func CheckSave(target string, base Base, ownFile, overwrite bool) error {
	if ReadOnly(target) {
		return model.ErrReadOnly
	}
	if !overwrite && ownFile {
		if now, err := ReadBase(target); err == nil && now != base {
			return model.ErrChangedOnDisk
		}
	}
	return nil
}
