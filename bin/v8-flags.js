// The V8 flags `kg` runs with (bin/kg.js sets them before loading the program; the extraction bench
// gives them to the processes it measures, so it measures what `kg build` runs).
// Less inlining in the optimising compiler: a build spends much of its CPU compiling the per-article
// stages (at 300× the corpus, ~1.5 s of ~3.5 s on V8's background threads); with half the default
// cumulative inlining budget (920) that falls by a third and the optimised code runs as fast
// (npm run bench -- extract --node-flags '…' against none, alternating: CPU time −45% at 10×,
// −15% at 100×, −8% at 300×, same output bytes).
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300'];
