package model

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// Detach returns a copy of the worksheet that shares nothing it could change
// with the original: the activities, their facts and the document kept for
// comments are copied. The copy can be encoded and saved beside the program
// while the original goes on being edited; Adopt then takes back what the save
// learnt of the file.
func (w *Worksheet) Detach() *Worksheet {
	c := &Worksheet{Mission: w.Mission, Mandate: w.Mandate, origin: w.origin}
	copied := map[*yaml.Node]*yaml.Node{}
	if w.doc != nil {
		c.doc = copyNode(w.doc, copied)
	}
	acts := make([]Activity, len(w.Activities))
	c.Activities = make([]*Activity, len(w.Activities))
	for i, a := range w.Activities {
		acts[i] = *a
		acts[i].Facts = a.Facts.Clone()
		acts[i].Register = a.Register.Clone()
		acts[i].Confirmed = slices.Clone(a.Confirmed)
		acts[i].node = copied[a.node]
		c.Activities[i] = &acts[i]
	}
	return c
}

// Adopt takes from a detached copy that was saved where it now lives and what
// its file holds, so that the next save of w knows the file as written.
func (w *Worksheet) Adopt(saved *Worksheet) { w.origin = saved.origin }

// copyNode copies a document tree, aliases included as aliases, and records
// each node's copy.
func copyNode(n *yaml.Node, copied map[*yaml.Node]*yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if c, ok := copied[n]; ok {
		return c
	}
	c := *n
	copied[n] = &c
	if len(n.Content) > 0 {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, x := range n.Content {
			c.Content[i] = copyNode(x, copied)
		}
	}
	c.Alias = copyNode(n.Alias, copied)
	return &c
}
