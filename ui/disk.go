package ui

import (
	"os"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// diskAccess is every way the screens reach the file system. Update never
// calls it: only the tasks (task.go) and the commands they return do, so a
// slow or hung file system (a network share, a FIFO) never stops the event
// loop. TestUpdateNeverWaitsOnTheDisk replaces it with one that blocks and
// runs the key sequences; TestOnlyDiskReachesTheFileSystem keeps the other
// files of the screens from calling the file system themselves.
//
// Two steps of the autosave write in Update on purpose: ctrl+c keeps unsaved
// work before the program ends (and must know whether it could, to ask
// otherwise), and restoring an ended session's work keeps it in this
// session's autosave before the old one goes.
type diskAccess struct {
	stat      func(path string) (os.FileInfo, error)
	readDir   func(dir string) ([]os.DirEntry, error)
	open      func(path string) (*os.File, error)
	load      func(path string, vocab *model.Vocabulary) (*model.Worksheet, error)
	save      func(ws *model.Worksheet, path string, opts model.SaveOptions) error
	writeFile func(path string, data []byte, perm os.FileMode) error
	checkSave func(target string, base session.Base, own, overwrite bool) error
	readBase  func(path string) (session.Base, error)

	writeAutosave  func(a *session.Autosave, gen uint64, data []byte) error
	removeAutosave func(a *session.Autosave, gen uint64) error
	renameAutosave func(a *session.Autosave, worksheet string) error
}

// disk is the file system as the screens' tasks reach it; tests replace its
// functions (a save that fails as the core reports it, a disk that blocks).
var disk = diskAccess{
	stat:      os.Stat,
	readDir:   os.ReadDir,
	open:      os.Open,
	load:      model.Load,
	save:      func(ws *model.Worksheet, path string, opts model.SaveOptions) error { return ws.Save(path, opts) },
	writeFile: model.WriteFileAtomic,
	checkSave: session.CheckSave,
	readBase:  session.ReadBase,

	writeAutosave:  (*session.Autosave).Write,
	removeAutosave: (*session.Autosave).Remove,
	renameAutosave: (*session.Autosave).Rename,
}
