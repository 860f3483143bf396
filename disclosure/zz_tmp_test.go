package disclosure_test

import (
	"testing"

	"github.com/influencekit/influencekit/disclosure"
)

func TestZZCases(t *testing.T) {
	type c struct {
		j    disclosure.Jurisdiction
		cap  string
		conn disclosure.Connection
	}
	cs := []c{
		{disclosure.CA, "So excited to be working with @glowco on their new serum launch", 0},
		{disclosure.CA, "Je suis fière d'avoir collaboré avec @glowco pour ce lancement", 0},
		{disclosure.CA, "Working with my trainer on my squats this week", 0},
		{disclosure.BE, "#annonce Ma routine d'hiver avec @glowco", 0},
		{disclosure.BE, "Réclame : ma routine d'hiver", 0},
		{disclosure.BE, "#sponsorisé Ma routine d'hiver", disclosure.Gift},
		{disclosure.BE, "J'ai vu une annonce pour cette crème", 0},
		{disclosure.BE, "#ad Ma routine d'hiver", 0},
	}
	for _, x := range cs {
		p := disclosure.Post{Caption: x.cap, Jurisdiction: x.j, Connection: x.conn}
		r := disclosure.Check(p)
		var ls []string
		for _, l := range r.Disclosures {
			ls = append(ls, x.cap[l.Start:l.End]+"="+l.Clarity.String()+"/"+l.Connection.String())
		}
		var fs []string
		for _, f := range r.Findings {
			fs = append(fs, string(f.Rule)+"@"+x.cap[f.Start:f.End]+"("+f.Severity.String()+")")
		}
		t.Logf("%s %v | %q\n   labels %v\n   findings %v\n   fix %q", x.j, x.conn, x.cap, ls, fs, disclosure.Autofix(p))
	}
}
