package audit

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"
)

// Outputs are the collections an audit produces.
type Outputs struct {
	Results        beam.PCollection // PCollection<Result>, one per post
	ByCreator      beam.PCollection // PCollection<Aggregate>
	ByBrand        beam.PCollection // PCollection<Aggregate>
	ByJurisdiction beam.PCollection // PCollection<Aggregate>
	TopCreators    beam.PCollection // PCollection<string>: Aggregate JSON lines, most errors first
	DeadLetters    beam.PCollection // PCollection<DeadLetter>
}

// Audit reads the posts that glob matches (see [ReadPosts]), checks each
// (see [Check]) and aggregates the results per creator, per brand and per
// jurisdiction; TopCreators ranks the topN creators with the most errors.
func Audit(s beam.Scope, glob string, topN int) Outputs {
	s = s.Scope("audit.Audit")
	posts, dead := ReadPosts(s, glob)
	results := CheckPosts(s, posts)
	o := Outputs{
		Results:        results,
		ByCreator:      AggregateBy(s, ByCreator, results),
		ByBrand:        AggregateBy(s, ByBrand, results),
		ByJurisdiction: AggregateBy(s, ByJurisdiction, results),
		DeadLetters:    dead,
	}
	o.TopCreators = RankByErrors(s, o.ByCreator, topN)
	return o
}

// CheckPosts checks every post of a PCollection<Record> and returns a
// PCollection<Result>. It is the DoFn to reuse in pipelines of your own.
func CheckPosts(s beam.Scope, posts beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("audit.CheckPosts"), &checkFn{}, posts)
}

// AggregateBy tallies a PCollection<Result> by one dimension ([ByCreator],
// [ByBrand] or [ByJurisdiction]) and returns a PCollection<Aggregate>, one
// per key. The tallies are combined with a CombineFn, so a runner adds them
// up on the workers before shuffling.
func AggregateBy(s beam.Scope, dimension string, results beam.PCollection) beam.PCollection {
	s = s.Scope("audit.AggregateBy(" + dimension + ")")
	keyed := beam.ParDo(s, &keyFn{Dimension: dimension}, results)
	tallies := beam.CombinePerKey(s, &tallyFn{}, keyed)
	return beam.ParDo(s, &aggregateFn{Dimension: dimension}, tallies)
}

// RankByErrors returns the n aggregates with the most errors (ties: more
// posts, then key) as JSON lines in rank order, a PCollection<string>.
func RankByErrors(s beam.Scope, aggregates beam.PCollection, n int) beam.PCollection {
	s = s.Scope("audit.RankByErrors")
	largest := top.Largest(s, aggregates, n, fewerErrors)
	return beam.ParDo(s, rankFn, largest)
}

// Output file names, under the output prefix given to [Write].
const (
	ResultsFile        = "results.jsonl"
	ByCreatorFile      = "by_creator.jsonl"
	ByBrandFile        = "by_brand.jsonl"
	ByJurisdictionFile = "by_jurisdiction.jsonl"
	TopCreatorsFile    = "top_creators.jsonl"
	DeadLettersFile    = "dead_letters.jsonl"
)

// Write writes o as JSON lines under dir (a local folder, or any
// filesystem URL the binary registers, such as gs://bucket/audit), one
// output per file named by the *File constants. Lines of TopCreatorsFile
// are in rank order; the others are in no particular order.
//
// shards spreads the two outputs that grow with the input, the per-post
// results and the dead letters, over that many files written in parallel
// ("results-00003-of-00016.jsonl"); a shard that gets no line writes no
// file. With shards <= 1 each of them is one file, written by one worker,
// which suits local runs and audits of a few million posts. Every other
// output is one file, always written, empty when its collection is.
func Write(s beam.Scope, dir string, o Outputs, shards int) {
	s = s.Scope("audit.Write")
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	writeOutput(s, dir+ResultsFile, beam.ParDo(s, resultJSON, o.Results), shards)
	writeLines(s, dir+ByCreatorFile, beam.ParDo(s, aggregateJSON, o.ByCreator))
	writeLines(s, dir+ByBrandFile, beam.ParDo(s, aggregateJSON, o.ByBrand))
	writeLines(s, dir+ByJurisdictionFile, beam.ParDo(s, aggregateJSON, o.ByJurisdiction))
	writeLines(s, dir+TopCreatorsFile, o.TopCreators)
	writeOutput(s, dir+DeadLettersFile, beam.ParDo(s, deadLetterJSON, o.DeadLetters), shards)
}

// writeOutput writes lines to one file, or to shards files when shards > 1.
func writeOutput(s beam.Scope, path string, lines beam.PCollection, shards int) {
	if shards <= 1 {
		writeLines(s, path, lines)
		return
	}
	keyed := beam.ParDo(s, &shardKeyFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeShardFn{Path: path, Shards: shards}, beam.GroupByKey(s, keyed))
}

// ShardPath returns the name of shard i of n of the output file path:
// "out/results.jsonl" shard 3 of 16 is "out/results-00003-of-00016.jsonl".
func ShardPath(path string, i, n int) string {
	ext := ""
	if dot := strings.LastIndexByte(path, '.'); dot > strings.LastIndexByte(path, '/') {
		path, ext = path[:dot], path[dot:]
	}
	return fmt.Sprintf("%s-%05d-of-%05d%s", path, i, n, ext)
}

// shardKeyFn spreads lines over shards by a hash of their text, so that a
// line lands in the same shard on every run.
type shardKeyFn struct {
	Shards int
}

func (fn *shardKeyFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeShardFn writes one shard's lines.
type writeShardFn struct {
	Path   string
	Shards int
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	return writeFile(ctx, ShardPath(fn.Path, shard, fn.Shards), lines)
}

// writeLines writes a PCollection<string> to one file, one element a line.
// Reading the lines as a side input of a one-element Impulse writes the
// file exactly once, also when there are no lines (textio.Write writes no
// file then).
func writeLines(s beam.Scope, path string, lines beam.PCollection) {
	beam.ParDo0(s, &writeFileFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: lines})
}

// writeFileFn writes its side input's lines to Path.
type writeFileFn struct {
	Path string
}

func (fn *writeFileFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	return writeFile(ctx, fn.Path, lines)
}

// writeFile writes every line that lines yields to path, on whichever
// filesystem path names.
func writeFile(ctx context.Context, path string, lines func(*string) bool) (err error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("audit: write %s: %w", path, err)
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("audit: write %s: %w", path, err)
	}
	defer func() {
		if cerr := wc.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("audit: write %s: %w", path, cerr)
		}
	}()
	w := bufio.NewWriterSize(wc, 64<<10)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			return fmt.Errorf("audit: write %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("audit: write %s: %w", path, err)
	}
	return nil
}
