/** One pipeline per test process, and a shorthand to code a hand-written sentence. Used only by tests. */
import { createPipeline, type Pipeline } from '../pipeline.js';
import type { EventRecord } from './event-record.js';

let shared: Pipeline | null = null;

export function testPipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

export function codeText(text: string, published = '2024-03-16'): EventRecord[] {
  const result = testPipeline().extract({ id: 't', published, text });
  if (result.rejection) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.events;
}
