package audit

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// init registers every DoFn, function and element type of the package, so
// that a runner can rebuild them on remote workers and call them without
// reflection.
func init() {
	beam.RegisterType(reflect.TypeFor[Record]())
	beam.RegisterType(reflect.TypeFor[Result]())
	beam.RegisterType(reflect.TypeFor[Tally]())
	beam.RegisterType(reflect.TypeFor[Aggregate]())
	beam.RegisterType(reflect.TypeFor[DeadLetter]())

	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Record), func(DeadLetter), error](&readFileFn{})
	register.Emitter1[Record]()
	register.Emitter1[DeadLetter]()
	register.DoFn1x1[Record, Result](&checkFn{})
	register.DoFn1x2[Result, string, Tally](&keyFn{})
	register.Combiner1[Tally](&tallyFn{})
	register.DoFn2x1[string, Tally, Aggregate](&aggregateFn{})
	register.Function2x1[Aggregate, Aggregate, bool](fewerErrors)
	register.Function2x0[[]Aggregate, func(string)](rankFn)
	register.Emitter1[string]()
	register.Function1x1[Aggregate, string](aggregateJSON)
	register.Function1x1[DeadLetter, string](deadLetterJSON)
	register.Function1x1[Result, string](resultJSON)
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeFileFn{})
	register.Iter1[string]()
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
}
