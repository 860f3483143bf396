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
		{disclosure.CA, "#commandité Ma nouvelle crème préférée pour l'hiver", 0},
		{disclosure.CA, "Commandité par @glowco : ma routine du soir", 0},
		{disclosure.CA, "#pub Ma routine du soir avec @glowco", 0},
		{disclosure.CA, "#ad My winter skincare routine", 0},
		{disclosure.CA, "#gifted My winter skincare routine", disclosure.Gift},
		{disclosure.CA, "#gifted My winter skincare routine", disclosure.Paid},
		{disclosure.CA, "#invitedguest at the @glowco launch tonight", disclosure.Gift},
		{disclosure.CA, "#spon My winter skincare routine", 0},
		{disclosure.CA, "#collab My winter skincare routine", 0},
		{disclosure.CA, "My winter skincare routine with @glowco", 0},
		{disclosure.CA, "Ma routine du soir avec @glowco #ad", 0},
		{disclosure.CA, "My winter skincare routine, so good on dry skin #skincare #winter #glow #ad", 0},
		{disclosure.CA, "#produitreçu Ma routine du soir", disclosure.Gift},
		{disclosure.CA, "Un événement commandité par la ville, super ambiance", 0},
		{disclosure.AU, "#ad My winter skincare routine", 0},
		{disclosure.AU, "Branded content: my winter skincare routine", 0},
		{disclosure.AU, "Paid promotion with @glowco: my winter routine", 0},
		{disclosure.AU, "#spon My winter skincare routine", 0},
		{disclosure.AU, "#collab My winter skincare routine", 0},
		{disclosure.AU, "Thanks to @glowco, my winter skincare routine", 0},
		{disclosure.AU, "#gifted My winter skincare routine", disclosure.Gift},
		{disclosure.AU, "My winter skincare routine with @glowco", 0},
		{disclosure.AU, "My winter skincare routine, so good on dry skin #skincare #winter #glow #ad", 0},
		{disclosure.AU, "Not an ad, just love @glowco", disclosure.Paid},
		{disclosure.IN, "Collaboration: my monsoon skincare routine with @glowco", 0},
		{disclosure.IN, "#collaboration my monsoon skincare routine", 0},
		{disclosure.IN, "#freegift my monsoon skincare routine", disclosure.Gift},
		{disclosure.IN, "#freegift my monsoon skincare routine", disclosure.Paid},
		{disclosure.IN, "#employee my monsoon skincare routine", 0},
		{disclosure.IN, "#partnership my monsoon skincare routine", 0},
		{disclosure.IN, "#spon my monsoon skincare routine", 0},
		{disclosure.IN, "#collab my monsoon skincare routine", 0},
		{disclosure.IN, "#promo my monsoon skincare routine", 0},
		{disclosure.IN, "My monsoon skincare routine with @glowco", 0},
		{disclosure.IN, "My monsoon skincare routine, so good on oily skin #skincare #monsoon #glow #ad", 0},
		{disclosure.IN, "A partnership of equals is what marriage should be", 0},
		{disclosure.BR, "#publi Minha rotina de skincare com @glowco", 0},
		{disclosure.BR, "Publicidade: minha rotina de skincare", 0},
		{disclosure.BR, "#publipost minha rotina de skincare", 0},
		{disclosure.BR, "Parceria paga com @glowco. Minha rotina de skincare", 0},
		{disclosure.BR, "#ad minha rotina de skincare", 0},
		{disclosure.BR, "Minha rotina de skincare com @glowco", 0},
		{disclosure.BR, "Não é publi, comprei com meu dinheiro", disclosure.Paid},
		{disclosure.BR, "Minha rotina de skincare para o verão, pele ótima #skincare #verao #glow #publi", 0},
		{disclosure.BR, "Odeio publicidade na TV, prefiro indicar o que uso", 0},
		{disclosure.BR, "#anúncio minha rotina de skincare", 0},
		{disclosure.BE, "#reclame Mijn winterroutine met @glowco", 0},
		{disclosure.BE, "#publicité Ma routine d'hiver avec @glowco", 0},
		{disclosure.BE, "#advertentie Mijn winterroutine", 0},
		{disclosure.BE, "#gesponsord Mijn winterroutine", disclosure.Gift},
		{disclosure.BE, "#gesponsord Mijn winterroutine", disclosure.Paid},
		{disclosure.BE, "Mijn winterroutine met @glowco", 0},
		{disclosure.BE, "#ad Mijn winterroutine met @glowco", 0},
		{disclosure.BE, "Mijn winterroutine, zo fijn voor droge huid #skincare #winter #glow #reclame", 0},
		{disclosure.BE, "Cadeau gekregen van @glowco, mijn winterroutine", 0},
		{disclosure.BE, "Ik zag een reclame voor deze crème", 0},
		{disclosure.BE, "#collab Mijn winterroutine", 0},
		{disclosure.BE, "Produit offert par @glowco, ma routine d'hiver", 0},
		{disclosure.Jurisdiction(40), "#ad My routine", 0},
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
