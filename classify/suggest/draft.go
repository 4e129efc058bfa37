package suggest

import (
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// DraftReading is what the reader makes of an imported activity's source
// paragraph, read as import reads it: the suggestion behind its facts, with
// the words and cues of every value, and, when import leaves such a paragraph
// out (it was restored in the review or kept with --all), why. Reports render it to show why a draft
// has its kind and implementer; they never read the words themselves.
type DraftReading struct {
	Suggestion *Suggestion
	// LeftOut is why import leaves the paragraph out, "" when it is a task.
	LeftOut Reason
}

// ReadDraft reads the words of a draft: an imported activity's source text,
// with its description (the lead-in and headings it stood under) as
// context; a draft written by hand, its title and description, as the
// questionnaire read them. It returns nil for an activity that is neither:
// one with no source text that is no draft has no words a reading stands
// for, its facts being the planner's.
func (r *Reader) ReadDraft(a *model.Activity) *DraftReading {
	src := strings.TrimSpace(a.Source.Text)
	if src == "" {
		if a.Status != model.StatusDraft {
			return nil
		}
		return &DraftReading{Suggestion: r.Suggest(DescribedText(a.Title, a.Description))}
	}
	context := strings.Join(strings.Split(strings.TrimSpace(a.Description), "\n"), contextSep)
	d := &DraftReading{}
	taskFrom := 0
	if m, err := ReadMandate(r, src+"\n"); err == nil {
		if tasks := m.Tasks(); len(tasks) == 1 && tasks[0].Text == src {
			taskFrom = tasks[0].TaskFrom
		} else if lo := m.LeftOut(); len(tasks) == 0 && len(lo) == 1 {
			d.LeftOut = lo[0].Reason
		}
	}
	d.Suggestion = r.read(src, context, taskFrom)
	return d
}

// DraftReader is ReadDraft of a reader made with rb when first needed: a
// report of activities with no words to read (no source paragraph, no
// draft) never compiles the reader's lexicon. It may be called from one
// goroutine at a time.
func DraftReader(rb *classify.Rulebook) func(a *model.Activity) *DraftReading {
	reader := sync.OnceValue(func() *Reader { return NewReader(rb) })
	return func(a *model.Activity) *DraftReading {
		if strings.TrimSpace(a.Source.Text) == "" && a.Status != model.StatusDraft {
			return nil
		}
		return reader().ReadDraft(a)
	}
}

// DescribedText is the text read from an activity's title and description:
// the title as a paragraph of its own, so that its words never run into the
// description's.
func DescribedText(title, desc string) string {
	title, desc = strings.TrimSpace(title), strings.TrimSpace(desc)
	switch {
	case title == "":
		return desc
	case desc == "":
		return title
	}
	return title + "\n\n" + desc
}
