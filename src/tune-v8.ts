/**
 * V8 tiering for rasd's batch runs. Coding an article runs a few hundred mid-sized functions; with V8's default
 * interrupt budget (tuned for web pages) the optimizing compiler takes up the second core recompiling them while
 * their feedback is still settling, and the first few hundred articles of a run go at half speed. Three to four
 * times the budget leaves it the functions that stay hot: `rasd ingest` of 400 conflict articles codes in 0.8 s
 * instead of 1.1–1.2 s here, on a quarter less CPU (`npm run bench:store`, and RASD_BENCH_V8_DEFAULTS=1 for V8's
 * own). A run long past warm-up is a few per cent slower, so `rasd serve` keeps V8's defaults. Process-wide:
 * rasd's own entry points call it, never the library.
 */
import v8 from 'node:v8';

const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

export function tuneV8ForBatches(): void {
  v8.setFlagsFromString(`--interrupt-budget=${4 * V8_DEFAULT_INTERRUPT_BUDGET}`);
}
