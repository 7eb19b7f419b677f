/**
 * The four kinds of event, each with its editorial meaning (who says what). Kept apart from the
 * schema so the views that only need the list do not bring the validator into the first view.
 */
export const EVENT_KINDS = ['event', 'statement', 'report', 'claim'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
