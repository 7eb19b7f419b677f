/** A data file as it arrived: text already read, or the bytes of a download, not yet decoded. */
export type DataInput = string | Uint8Array;

/**
 * A download's bytes as text, as `Response.text()` reads them: UTF-8, a byte-order mark dropped,
 * a malformed sequence replaced (U+FFFD) rather than refused.
 */
export function decodeText(input: DataInput): string {
	return typeof input === 'string' ? input : new TextDecoder().decode(input);
}

/** How large an input is, in the units its parse cost follows (characters, or bytes). */
export function inputSize(input: DataInput): number {
	return typeof input === 'string' ? input.length : input.byteLength;
}
