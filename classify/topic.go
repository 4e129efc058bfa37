package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/model"
)

// Topic names what a task whose facts are fs is about, as an import puts it
// before the task's title ("Presence and deterrence: demands that ..."): the
// primary kind's topic (cues: titles: topics), after the forces when the
// kind acts on security institutions ("Army and police reform"); "" when no
// kind is known or the kind has no topic.
func (rb *Rulebook) Topic(fs *model.Facts) string {
	k := fs.Primary()
	words := rb.cues.Titles.Topics[k]
	if words == "" {
		return ""
	}
	if kind := rb.Kind(k); kind != nil && kind.Institutions {
		if forces, ok := fs.Set(model.Forces); ok && len(forces) > 0 && len(forces) <= 2 {
			names := make([]string, len(forces))
			for i, f := range forces {
				names[i] = rb.Label(model.Forces, f)
			}
			words = strings.Join(names, " and ") + " " + words
		}
	}
	r, size := utf8.DecodeRuneInString(words)
	return string(unicode.ToUpper(r)) + words[size:]
}

// markTopicOnSuggested sets r.TopicOnSuggested: title opens with the topic
// of facts fs (Topic), and that topic rests on answers only suggested (with
// them unknown the facts give another topic, or none).
func (rb *Rulebook) markTopicOnSuggested(fs *model.Facts, title string, r *Result) {
	if len(r.Suggested) == 0 {
		return
	}
	topic := rb.Topic(fs)
	if topic == "" || !strings.HasPrefix(title, topic+": ") {
		return
	}
	unsure := *fs // the values are copied whole; Forget shares nothing
	for _, f := range r.Suggested {
		unsure.Forget(f)
	}
	r.TopicOnSuggested = rb.Topic(&unsure) != topic
}
