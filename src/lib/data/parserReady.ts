/** What the parsing worker posts first, to show it started: a later error is then the parse's own. */
export const PARSER_READY = 'chronomap:parser-ready';

/**
 * Below this many characters (or bytes, for a download) a file is parsed on the main thread: with
 * every importer linear and the dataset limits enforced, that takes milliseconds. Anything
 * longer goes to a worker.
 */
export const WORKER_THRESHOLD = 100_000;
