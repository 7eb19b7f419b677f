/** What the parsing worker posts first, to show it started: a later error is then the parse's own. */
export const PARSER_READY = 'chronomap:parser-ready';
