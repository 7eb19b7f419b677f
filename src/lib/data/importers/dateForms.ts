/** The written forms of a date an author can pick for a mapped column (see `readMappedDate`). */
export const DATE_FORMS = ['iso', 'dd-mm-yyyy', 'd month yyyy', 'epoch-ms'] as const;
export type DateForm = (typeof DATE_FORMS)[number];
