/** Short notes shown with a country whose status or borders a reader may need explained, by alpha-3 id. */
export const countryNotes: Record<string, string> = {
	XKX: 'Kosovo declared independence from Serbia in 2008; its status is disputed: Serbia and a number of UN members do not recognise it.',
	CYP: 'The north of Cyprus has been under Turkish Cypriot administration since 1974; only Türkiye recognises it as a state.'
};
