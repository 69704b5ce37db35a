/** A source ingest cannot read at all (a malformed feed, an unreachable URL): reported as that source's failure. */
import { RasdError } from '../errors.js';

export class IngestError extends RasdError {}
