package model

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// jsonWorksheet is the worksheet as encoding/json sees it: the fast path for
// reading valid JSON files, and the shape of JSON saves. A nil pointer is an
// absent (or null) key.
type jsonWorksheet struct {
	Schema     *string         `json:"schema,omitempty"`
	Mission    *string         `json:"mission,omitempty"`
	Mandate    *string         `json:"mandate,omitempty"`
	Activities *[]jsonActivity `json:"activities"`
}

type jsonSource struct {
	Document *string `json:"document,omitempty"`
	Ref      *string `json:"ref,omitempty"`
	Text     *string `json:"text,omitempty"`
}

type jsonActivity struct {
	ID                            *string      `json:"id,omitempty"`
	Title                         *string      `json:"title"`
	Description                   *string      `json:"description,omitempty"`
	Implementer                   *string      `json:"implementer,omitempty"`
	Kinds                         *[]string    `json:"kinds,omitempty"`
	Forces                        *[]string    `json:"forces,omitempty"`
	CombinedOps                   *bool        `json:"combined_ops,omitempty"`
	Accountability                *[]string    `json:"accountability,omitempty"`
	TrainingFormat                *string      `json:"training_format,omitempty"`
	RightsRecord                  *string      `json:"rights_record,omitempty"`
	HRDDP                         *string      `json:"hrddp,omitempty"`
	CommunityTrust                *string      `json:"community_trust,omitempty"`
	CommunityInput                *bool        `json:"community_input,omitempty"`
	Horizon                       *string      `json:"horizon,omitempty"`
	ExitStrategy                  *bool        `json:"exit_strategy,omitempty"`
	PoliticalWill                 *string      `json:"political_will,omitempty"`
	StateForcesAttackingCivilians *bool        `json:"state_forces_attacking_civilians,omitempty"`
	DualRole                      *bool        `json:"dual_role,omitempty"`
	ChangesControlLines           *bool        `json:"changes_control_lines,omitempty"`
	EncouragesReporting           *bool        `json:"encourages_reporting,omitempty"`
	PublicReporting               *bool        `json:"public_reporting,omitempty"`
	ResponseSpectrum              *bool        `json:"response_spectrum,omitempty"`
	Notes                         *string      `json:"notes,omitempty"`
	Source                        *jsonSource  `json:"source,omitempty"`
	Status                        *string      `json:"status,omitempty"`
	Register                      jsonRegister `json:"register,omitempty"`
	HRDDPReview                   *string      `json:"hrddp_review,omitempty"`
}

// facts lists pointers to the activity's fact fields, indexed by Fact.
func (j *jsonActivity) facts() (ones [NumFacts]**string, sets [NumFacts]**[]string, flags [NumFacts]**bool) {
	ones[Implementer], ones[TrainingFormat], ones[RightsRecord] = &j.Implementer, &j.TrainingFormat, &j.RightsRecord
	ones[HRDDP], ones[CommunityTrust], ones[Horizon], ones[PoliticalWill] = &j.HRDDP, &j.CommunityTrust, &j.Horizon, &j.PoliticalWill
	sets[Kinds], sets[Forces], sets[Accountability] = &j.Kinds, &j.Forces, &j.Accountability
	flags[CombinedOps], flags[CommunityInput], flags[ExitStrategy] = &j.CombinedOps, &j.CommunityInput, &j.ExitStrategy
	flags[StateForcesAttackingCivilians], flags[DualRole] = &j.StateForcesAttackingCivilians, &j.DualRole
	flags[ChangesControlLines], flags[EncouragesReporting] = &j.ChangesControlLines, &j.EncouragesReporting
	flags[PublicReporting], flags[ResponseSpectrum] = &j.PublicReporting, &j.ResponseSpectrum
	return
}

// parseJSONFast reads a valid JSON worksheet in one pass (see jsonScanner). It
// answers only for files without a single problem; for anything else it
// returns false and the JSON reader, which knows positions, takes over.
func parseJSONFast(data []byte, vocab *Vocabulary) (*Worksheet, bool) {
	w := &Worksheet{}
	h, ok := scanJSON(string(data), vocab, func(a *Activity) bool {
		w.Activities = append(w.Activities, a)
		return true
	})
	if !ok || duplicateIDs(w.Activities) {
		return nil, false
	}
	w.Mission, w.Mandate = h.mission, h.mandate
	AssignIDs(w)
	return w, true
}

func duplicateIDs(acts []*Activity) bool {
	ids := make(map[string]struct{}, len(acts))
	for _, a := range acts {
		if a.ID == "" {
			continue
		}
		if _, dup := ids[a.ID]; dup {
			return true
		}
		ids[a.ID] = struct{}{}
	}
	return false
}

func toJSON(a *Activity) jsonActivity {
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	j := jsonActivity{ID: str(a.ID), Title: &a.Title, Description: str(a.Description), Notes: str(a.Notes), Status: str(string(a.Status)),
		Register: jsonRegister(a.Register), HRDDPReview: str(string(a.HRDDPReview))}
	if !a.Source.IsZero() {
		j.Source = &jsonSource{str(a.Source.Document), str(a.Source.Ref), str(a.Source.Text)}
	}
	ones, sets, flags := j.facts()
	for f := Fact(0); f < NumFacts; f++ {
		v := a.Facts[f]
		if !v.Known {
			continue
		}
		switch f.Type() {
		case OneOf:
			*ones[f] = &v.One
		case SetOf:
			set := append([]string{}, v.Set...)
			*sets[f] = &set
		case YesNo:
			*flags[f] = &v.Yes
		}
	}
	return j
}

// MarshalJSON encodes the worksheet in the file format, keys in canonical order.
func (w *Worksheet) MarshalJSON() ([]byte, error) {
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	schema := Schema
	jw := jsonWorksheet{Schema: &schema, Mission: str(w.Mission), Mandate: str(w.Mandate)}
	acts := make([]jsonActivity, len(w.Activities))
	for i, a := range w.Activities {
		acts[i] = toJSON(a)
	}
	jw.Activities = &acts
	data, err := json.Marshal(jw)
	if err != nil {
		return nil, err
	}
	return escapeControls(data), nil
}

// escapeControls writes DEL and the C1 controls (U+0080 to U+009F), which
// encoding/json leaves raw, as \u escapes: a worksheet file never holds them
// raw, so that what is saved reads back (and shows no terminal control).
// Outside strings JSON text is ASCII, so the bytes can only be inside one.
func escapeControls(data []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		n, r := 1, rune(c)
		switch {
		case c == 0x7f:
		case c == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f:
			n, r = 2, rune(data[i+1])
		default:
			continue
		}
		out = append(out, data[last:i]...)
		out = fmt.Appendf(out, "\\u%04x", r)
		i += n - 1
		last = i + 1
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}

// appendActivityJSON writes an activity as compact JSON, as MarshalJSON does,
// without reflection or allocation beyond buf: for holding many activities
// as text (see OpenStream).
func appendActivityJSON(buf []byte, a *Activity) []byte {
	buf = append(buf, '{')
	first := true
	key := func(k string) {
		if !first {
			buf = append(buf, ',')
		}
		first = false
		buf = appendJSONString(buf, k)
		buf = append(buf, ':')
	}
	text := func(k, v string) {
		if v != "" {
			key(k)
			buf = appendJSONString(buf, v)
		}
	}
	text("id", a.ID)
	key("title")
	buf = appendJSONString(buf, a.Title)
	text("description", a.Description)
	for f := Fact(0); f < NumFacts; f++ {
		v := a.Facts[f]
		if !v.Known {
			continue
		}
		key(f.Key())
		switch f.Type() {
		case OneOf:
			buf = appendJSONString(buf, v.One)
		case SetOf:
			buf = append(buf, '[')
			for i, x := range v.Set {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = appendJSONString(buf, x)
			}
			buf = append(buf, ']')
		case YesNo:
			buf = strconv.AppendBool(buf, v.Yes)
		}
	}
	text("notes", a.Notes)
	if !a.Source.IsZero() {
		key("source")
		buf = append(buf, '{')
		n := 0
		for _, kv := range [...][2]string{{"document", a.Source.Document}, {"ref", a.Source.Ref}, {"text", a.Source.Text}} {
			if kv[1] == "" {
				continue
			}
			if n > 0 {
				buf = append(buf, ',')
			}
			n++
			buf = appendJSONString(buf, kv[0])
			buf = append(buf, ':')
			buf = appendJSONString(buf, kv[1])
		}
		buf = append(buf, '}')
	}
	text("status", string(a.Status))
	if len(a.Confirmed) > 0 {
		// Only a stream's text holds it: a JSON file keeps none.
		key(confirmedKey)
		buf = append(buf, '[')
		for i, f := range a.Confirmed {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendJSONString(buf, f.Key())
		}
		buf = append(buf, ']')
	}
	if len(a.Register) > 0 {
		key("register")
		buf = appendRegisterJSON(buf, a.Register)
	}
	text("hrddp_review", string(a.HRDDPReview))
	return append(buf, '}')
}

// appendRegisterJSON writes a register as a JSON object in its own order.
func appendRegisterJSON(buf []byte, reg Register) []byte {
	buf = append(buf, '{')
	for i, e := range reg {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendJSONString(buf, e.Risk)
		buf = append(buf, `:{"status":`...)
		buf = appendJSONString(buf, string(e.Status))
		for _, kv := range [...][2]string{{"owner", e.Owner}, {"due", string(e.Due)}, {"note", e.Note}} {
			if kv[1] != "" {
				buf = append(buf, ',')
				buf = appendJSONString(buf, kv[0])
				buf = append(buf, ':')
				buf = appendJSONString(buf, kv[1])
			}
		}
		buf = append(buf, '}')
	}
	return append(buf, '}')
}

// jsonRegister writes a register in its own order: encoding/json would sort
// a map's keys.
type jsonRegister Register

// MarshalJSON writes the register as an object keyed by risk id.
func (r jsonRegister) MarshalJSON() ([]byte, error) {
	return appendRegisterJSON(nil, Register(r)), nil
}

// appendJSONString writes s as a JSON string: quotes, backslashes and C0
// controls escaped, everything else as it is (s is valid UTF-8).
func appendJSONString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		buf = append(buf, s[last:i]...)
		switch c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\t':
			buf = append(buf, '\\', 't')
		default:
			buf = fmt.Appendf(buf, "\\u%04x", c)
		}
		last = i + 1
	}
	buf = append(buf, s[last:]...)
	return append(buf, '"')
}
