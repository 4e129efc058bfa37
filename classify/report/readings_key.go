package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The key to the two readings: under each drawing, every mark it shows
// with its activity's title, region by region as drawn. A box with more
// marks than it holds sums the rest up as "+n more"; on paper the key is
// where they are read, each whole.

// readingKey is the key to one drawing: its regions in the order drawn,
// each with its marks and titles ("#2 — Vetting of the police").
type readingKey struct {
	heading string
	regions []keyRegion
}

type keyRegion struct {
	name  string
	marks []string
}

// placeNamed is placeAt for an activity the key names: label is its mark
// as drawn, title its title.
func (d *readings) placeNamed(reg string, agenda classify.Agenda, label, title string) {
	d.placeAt(reg, agenda, label)
	named := label + nameSep + title
	d.named2015[reg] = append(d.named2015[reg], named)
	d.namedAgenda[agenda] = append(d.namedAgenda[agenda], named)
}

// keys are the keys to both drawings, in the order drawn (figures), each
// with the regions that show a mark.
func (d *readings) keys() []readingKey {
	k2015 := readingKey{heading: "Key to the 2015 policy"}
	for _, r := range []struct{ name, reg string }{
		{fmt.Sprintf("Tier %d · %s", 1, d.tierTitle(1)), region2015Tier1},
		{fmt.Sprintf("Tier %d · %s", 2, d.tierTitle(2)), region2015Tier2},
		{"SSR, inside Tier 3", region2015SSR},
		{"Tier 3, outside SSR", region2015Tier3},
		{NoTierYet, region2015None},
	} {
		if ms := d.named2015[r.reg]; len(ms) > 0 {
			k2015.regions = append(k2015.regions, keyRegion{r.name, ms})
		}
	}
	kNarrow := readingKey{heading: "Key to the narrow reading"}
	for _, r := range []struct {
		name   string
		agenda classify.Agenda
	}{
		{"POC only", classify.POCOnly},
		{"Overlap", classify.Overlap},
		{"SSR only", classify.SSROnly},
		{"Outside both agendas", classify.Outside},
		{"No agenda yet", classify.Undetermined},
	} {
		if ms := d.namedAgenda[r.agenda]; len(ms) > 0 {
			kNarrow.regions = append(kNarrow.regions, keyRegion{r.name, ms})
		}
	}
	return []readingKey{k2015, kNarrow}
}

// key adds the keys to both drawings: a heading each, and a labelled
// entry for each region with a mark.
func (d *readings) key(doc *document) {
	doc.open(styleReadingsKey)
	defer doc.close(styleReadingsKey)
	for _, k := range d.keys() {
		if len(k.regions) == 0 {
			continue
		}
		doc.minor(k.heading)
		items := make([]item, len(k.regions))
		for i, r := range k.regions {
			items[i] = item{term: r.name, text: line{}.text(strings.Join(r.marks, "; "))}
		}
		doc.add(block{kind: blockDefs, items: items})
	}
}
