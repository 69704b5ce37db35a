/** Input the scorer cannot use. The message says what was expected, what was found and where. */
import { RasdError } from '../errors.js';

export type EvalInputErrorCode =
  /** A gold or articles file that cannot be read, or a line in it that is not a valid record. */
  | 'eval_file'
  /** Gold that disagrees with the articles: no article for a gold id, or a quote not in the article text. */
  | 'eval_gold_mismatch';

export class EvalInputError extends RasdError {
  constructor(
    override readonly code: EvalInputErrorCode,
    /** `file:line`, or the article and gold event concerned. */
    readonly where: string,
    problem: string,
  ) {
    super(code, `${where}: ${problem}`);
  }
}
