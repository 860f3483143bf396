// Package audit runs influencekit's disclosure checks as an Apache Beam
// pipeline, for audits too large for one machine: every sponsored post of a
// brand's creators over years, or a study over hundreds of thousands of
// videos. The same code runs on the direct runner on a laptop and on
// Dataflow, Flink or Spark.
//
// # Pipeline
//
// [Audit] reads posts from JSON-lines or CSV files ([ReadPosts]), checks
// each with disclosure.Check, tier.Of and engagement.ERR ([CheckPosts],
// [Check]), and aggregates the results per creator, per brand and per
// jurisdiction ([AggregateBy]): posts, compliant posts and their share,
// errors, findings per rule and posts per category judged (the one the
// post declares, or the one its caption or its on-screen text shows);
// [RankByErrors] ranks the creators with the most errors. [Sample]
// generates posts to audit, with what they promote and show in a
// realistic mix. A line that cannot be read goes to the dead letters with its
// file and line, and a counter (influencekit.audit/malformed_lines) counts
// it; it never stops the pipeline. [Write] writes every output as JSON
// lines.
//
// # Reuse
//
// The transforms are the package's API: a pipeline of your own can read
// posts its own way into a PCollection<Record> and call [CheckPosts] and
// [AggregateBy], or take [Check] and [Tally] as plain functions. Every DoFn
// and element type is registered in init, so workers rebuild them without
// reflection.
package audit
