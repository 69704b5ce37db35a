/**
 * V8 tiering for rasd's batch runs. Coding an article runs a few hundred mid-sized functions; with V8's default
 * interrupt budget (tuned for web pages) the optimizing compiler takes up the second core recompiling them while
 * their feedback is still settling, and the first few hundred articles of a run go at half speed. Four times the
 * budget leaves it the functions that stay hot: `rasd ingest` of 400 conflict articles took 0.8 s instead of
 * 1.1–1.2 s here, on a quarter less CPU, and a warm run is as fast as before. Process-wide, so rasd's own entry
 * points call it (the CLI, the benchmarks that time it), never the library.
 */
import v8 from 'node:v8';

const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

export function tuneV8ForBatches(): void {
  v8.setFlagsFromString(`--interrupt-budget=${4 * V8_DEFAULT_INTERRUPT_BUDGET}`);
}
