package suggest

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/model"
)

// ImportOptions adjust Import.
type ImportOptions struct {
	// All keeps the paragraphs that only welcome, condemn, recall or express
	// intent, as tasks like the others.
	All bool
	// Taken holds the ids already in use where the drafts go (a worksheet
	// the import is added to): the drafts' ids avoid them. Import does not
	// change it.
	Taken map[string]bool
	// TopicFirst titles each draft with what it is about first, from its
	// reading ("Police reform: support the reform of the police ..."); else
	// a title is the task's own words. Ids come from the task's own words
	// either way.
	TopicFirst bool
}

// Import reads a mandate and returns a worksheet of draft activities, one per
// task, each with its source (document, reference, text), a short title, the
// context it stands in, and the facts the reader suggests. file names the
// document when the text gives no symbol.
func Import(r *Reader, file, text string, opts ImportOptions) (*model.Worksheet, *Mandate, error) {
	ws, _, m, err := importMandate(r, file, text, opts, false)
	return ws, m, err
}

// ImportWithSpares is Import, and beside its worksheet the draft that
// import --all makes of each part the import leaves out (spares[i] of
// m.LeftOut()[i]: its title among all the parts, its id as --all gives it),
// read in the same pass, so that a part left out can be restored as a draft.
func ImportWithSpares(r *Reader, file, text string, opts ImportOptions) (ws *model.Worksheet, spares []*model.Activity, m *Mandate, err error) {
	return importMandate(r, file, text, opts, !opts.All)
}

func importMandate(r *Reader, file, text string, opts ImportOptions, withSpares bool) (*model.Worksheet, []*model.Activity, *Mandate, error) {
	r = r.forText(text)
	m, err := ReadMandate(r, text)
	if err != nil {
		return nil, nil, nil, err
	}
	doc := m.Document
	if doc == "" {
		doc = filepath.Base(file)
	}
	keep := func(p Part) bool { return p.Role == Task || opts.All && p.Role == LeftOut }
	all := func(p Part) bool { return p.Role == Task || p.Role == LeftOut }
	if err := checkImportSize(m, keep); err != nil {
		return nil, nil, nil, err
	}
	read := keep
	if withSpares {
		read = all
	}
	facts := map[int]*model.Facts{}
	var parts []int
	for i, p := range m.Parts {
		if read(p) {
			parts = append(parts, i)
		}
	}
	for k, s := range r.suggestParts(m, parts) {
		i := parts[k]
		facts[i] = &s.Facts
		m.Parts[i].TitleFrom = s.AskedFrom
	}
	ws := model.New("")
	ws.Mission, ws.Mandate = r.mission(m, text), doc
	ws.Activities = r.drafts(m, doc, keep, keep, facts, opts)
	var spares []*model.Activity
	if withSpares {
		spares = r.drafts(m, doc, all, func(p Part) bool { return p.Role == LeftOut }, facts, opts)
	}
	return ws, spares, m, nil
}

// drafts makes a draft of each part that among gives, titled and given its
// id among the parts of among (the siblings its title is set apart from,
// the ids before it), from the facts read of each.
func (r *Reader) drafts(m *Mandate, doc string, among, give func(Part) bool, facts map[int]*model.Facts, opts ImportOptions) []*model.Activity {
	titles, owns := r.lx.titles.taskTitles(m, among, facts)
	if !opts.TopicFirst {
		titles = owns
	}
	ids := newIDs(opts.Taken)
	var out []*model.Activity
	for i, p := range m.Parts {
		if !among(p) {
			continue
		}
		id := ids.unique(model.Slug(p.Ref + " " + owns[i]))
		if !give(p) {
			continue
		}
		out = append(out, &model.Activity{
			ID:          id,
			Title:       titles[i],
			Description: strings.Join(p.Context, "\n"),
			Source:      model.Source{Document: doc, Ref: p.Ref, Text: p.Text},
			Status:      model.StatusDraft,
			Facts:       *facts[i],
		})
	}
	return out
}

// ids derives unique ids in linear time: a base used again gets the next
// free number after the last one given for it ("1a-patrol-2", "-3", …), not
// a search from 2 each time.
type ids struct {
	outside map[string]bool
	given   map[string]bool
	next    map[string]int
}

func newIDs(outside map[string]bool) *ids {
	return &ids{outside: outside, given: map[string]bool{}, next: map[string]int{}}
}

func (u *ids) taken(id string) bool { return u.given[id] || u.outside[id] }

func (u *ids) unique(base string) string {
	id := base
	if u.taken(id) {
		n := max(u.next[base], 2)
		for ; u.taken(base + "-" + strconv.Itoa(n)); n++ {
		}
		id = base + "-" + strconv.Itoa(n)
		u.next[base] = n + 1
	}
	u.given[id] = true
	return id
}

// ErrWorksheetTooLarge is returned when the worksheet an import would write
// is larger than a worksheet may be (model.MaxFileSize), so that it could not
// be read again.
var ErrWorksheetTooLarge = errors.New("the worksheet would be larger than a worksheet may be")

// activityOverhead is about what an imported activity adds to a worksheet
// beyond its texts: keys, id, status, source, suggested facts.
const activityOverhead = 160

// checkImportSize refuses, before any task is read, a mandate whose
// worksheet would be over the worksheet limit for certain: each task's text
// is written twice at least (its source, most of it again as its title),
// with its context as its description.
func checkImportSize(m *Mandate, keep func(Part) bool) error {
	size := 0
	for _, p := range m.Parts {
		if !keep(p) {
			continue
		}
		size += len(p.Text) + min(len(p.Text), maxTitle) + activityOverhead
		for _, c := range p.Context {
			size += len(c) + 1
		}
		if size > model.MaxFileSize {
			break
		}
	}
	if size > model.MaxFileSize {
		return fmt.Errorf("%w (%d MiB): its %d tasks repeat their text and context as source, title and description; split the mandate and import each part", ErrWorksheetTooLarge, model.MaxFileSize>>20, len(m.Tasks()))
	}
	return nil
}

// CheckWorksheetSize refuses an encoded worksheet that is larger than a
// worksheet may be, saying by how much.
func CheckWorksheetSize(data []byte) error {
	if len(data) > model.MaxFileSize {
		return fmt.Errorf("%w: it would be %.1f MiB, the limit is %d MiB; split the mandate and import each part", ErrWorksheetTooLarge, float64(len(data))/(1<<20), model.MaxFileSize>>20)
	}
	return nil
}

// leadingMarker is a task's own number or list mark at its start.
var leadingMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,7}[.)]|\([a-z]{1,5}\)|[a-z]{1,5}\)|[IVX]{1,5}\.|[·•\x{00AD}–—-]\s)\s*`)
})

// maxTitle is the longest title derived from a task, in characters.
const maxTitle = 72
