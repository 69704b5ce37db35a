/** Precision, recall and F1 from counts. An empty denominator gives 0: nothing predicted earns no credit. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function ratio(hit: number, total: number): number {
  return total === 0 ? 0 : hit / total;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
