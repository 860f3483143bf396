// Command audit runs influencekit's disclosure audit as an Apache Beam
// pipeline over posts in JSON-lines or CSV files (see package audit).
//
// Locally, on a generated sample, with the direct runner:
//
//	go run . -generate 10000 -input /tmp/audit/posts.jsonl
//	go run . -input '/tmp/audit/*.jsonl' -output /tmp/audit/out
//
// The outputs are JSON lines under -output: results.jsonl (one line per
// post), by_creator.jsonl, by_brand.jsonl, by_jurisdiction.jsonl,
// top_creators.jsonl and dead_letters.jsonl. The README beside this file
// gives the flags for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/influencekit/influencekit/examples/beam/audit"
)

func main() {
	input := flag.String("input", "", "glob of the post files (JSON lines or CSV with a header)")
	output := flag.String("output", "audit-out", "folder (or filesystem URL) for the outputs")
	topN := flag.Int("top", 20, "how many creators the most-errors ranking lists")
	shards := flag.Int("shards", 1, "files to spread the per-post results and dead letters over (1: one file each)")
	generate := flag.Int("generate", 0, "write this many generated posts to -input (a file path ending in .jsonl or .csv) and exit")
	seed := flag.Uint64("seed", 1, "seed of the generated posts")
	flag.Parse()
	beam.Init()

	if *input == "" {
		log.Fatal("audit: -input is required (a glob of post files)")
	}
	if *generate > 0 {
		if err := writeSample(*input, *generate, *seed); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("wrote %d posts to %s\n", *generate, *input)
		return
	}
	p, s := beam.NewPipelineWithRoot()
	audit.Write(s, *output, audit.Audit(s, *input, *topN), *shards)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("audit: %v", err)
	}
	fmt.Printf("wrote the audit to %s\n", *output)
}

func writeSample(path string, n int, seed uint64) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	posts := audit.Sample(n, seed)
	if strings.HasSuffix(path, ".csv") {
		err = audit.WriteCSV(f, posts)
	} else {
		err = audit.WriteJSONLines(f, posts)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
