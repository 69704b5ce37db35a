/** Errors of the store: a database that cannot be opened, a bad query (the API answers 400 with its message). */
import { RasdError } from '../errors.js';

export class StoreError extends RasdError {}

/** A query the store refuses: an unknown filter, a bad date, a bbox out of range, a limit too large. */
export class QueryError extends RasdError {
  constructor(message: string) {
    super('bad_query', message);
  }
}
