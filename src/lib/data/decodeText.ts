/** A data file as it arrived: text already read, or the bytes of a download, not yet decoded. */
export type DataInput = string | Uint8Array;

/** An encoding a file is read in when it is not UTF-8, named for the reader's warning. */
export type FallbackEncoding = 'windows-1252';

/** Bytes as text, and the encoding they were read in when it was not UTF-8 (or UTF-16 by its mark). */
export interface Decoded {
	text: string;
	fallback?: FallbackEncoding;
}

/**
 * A file's bytes as text. UTF-8 (its byte-order mark dropped) unless the bytes are not UTF-8:
 * a UTF-16 byte-order mark (Excel's "Unicode text") reads them as UTF-16, and any other bytes that
 * are not UTF-8 as Windows-1252, the encoding Excel saves a CSV in on Western European systems,
 * so `Café` is not read `Caf�`. Windows-1252 gives every byte a character, so nothing is refused;
 * `fallback` says it was used, for a warning.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes) };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const text = new TextDecoder('windows-1252').decode(bytes);
		return { text: text.replace(/[\u0080-\u009f]/g, fromC1), fallback: 'windows-1252' };
	}
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (€, ‚, ƒ, „, …, the curly quotes and dashes), where
 * ISO-8859-1 has control codes: some decoders (Node's, not browsers') give the control codes.
 * The five bytes Windows-1252 leaves undefined stay as they are.
 */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromC1(character: string): string {
	return C1[character.charCodeAt(0) - 0x80];
}

/** Text as it is, or bytes decoded as `decodeBytes` reads them. */
export function decodeInput(input: DataInput): Decoded {
	return typeof input === 'string' ? { text: input } : decodeBytes(input);
}

/** A file's text, however it is encoded (see `decodeBytes`). */
export function decodeText(input: DataInput): string {
	return decodeInput(input).text;
}

/** How large an input is, in the units its parse cost follows (characters, or bytes). */
export function inputSize(input: DataInput): number {
	return typeof input === 'string' ? input.length : input.byteLength;
}

const BLANK = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * True for input that begins, past a byte-order mark and blank space, with `<`: XML, such as KML
 * or GPX, which only the page can parse (a worker has no XML parser), or a web page, which the
 * page refuses as quickly. UTF-16 bytes are not looked into: they go the usual way.
 */
export function looksLikeXml(input: DataInput): boolean {
	if (typeof input === 'string')
		return input
			.replace(/^\uFEFF/, '')
			.trimStart()
			.startsWith('<');
	let at = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
	while (at < input.length && BLANK.has(input[at])) at++;
	return input[at] === 0x3c;
}
