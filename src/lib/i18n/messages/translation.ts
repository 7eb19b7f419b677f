/** `placeEvents` from `placeEvents_other`: a key English writes in plural forms. */
type PluralBase<Key> = Key extends `${infer Base}_other` ? Base : never;

/**
 * A language's strings for one part: the English part's keys, plus the plural forms its grammar
 * needs for English's plural keys (Ukrainian also has `_few` and `_many`), each a plain string.
 */
export type Translation<English> = { readonly [Key in keyof English]?: string } & {
	readonly [Key in `${PluralBase<keyof English>}_${Intl.LDMLPluralRule}`]?: string;
};
