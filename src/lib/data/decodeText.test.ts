import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeXml } from './decodeText';

const utf16 = (text: string, littleEndian: boolean) => {
	const bytes = [littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]];
	for (const unit of text) {
		const code = unit.charCodeAt(0);
		bytes.push(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]);
	}
	return Uint8Array.from(bytes.flat());
};

describe('decodeBytes', () => {
	it.each([
		{ name: 'UTF-8', bytes: new TextEncoder().encode('Café,Köln'), text: 'Café,Köln' },
		{
			name: 'UTF-8 with its byte-order mark',
			bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('title')]),
			text: 'title'
		},
		{
			name: 'Windows-1252, as Excel saves a CSV: é is 0xE9, € is 0x80',
			bytes: Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x35]),
			text: 'Café,€5',
			fallback: 'windows-1252'
		},
		{
			name: 'Windows-1252 quotes and dashes, which ISO-8859-1 has as control codes',
			bytes: Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x85]),
			text: '“Hi” – …',
			fallback: 'windows-1252'
		},
		{
			name: 'UTF-16 little-endian, by its mark',
			bytes: utf16('Café,Łódź', true),
			text: 'Café,Łódź'
		},
		{ name: 'UTF-16 big-endian, by its mark', bytes: utf16('Café', false), text: 'Café' },
		{ name: 'nothing', bytes: new Uint8Array(), text: '' }
	])('$name', ({ bytes, text, fallback }) => {
		expect(decodeBytes(bytes)).toEqual(fallback ? { text, fallback } : { text });
	});
});

describe('looksLikeXml', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);
	it.each([
		{ name: 'KML text', input: '<?xml version="1.0"?><kml/>', xml: true },
		{ name: 'text after a mark and blank lines', input: '\uFEFF\n\t <gpx/>', xml: true },
		{ name: 'JSON text', input: ' {"version": 1}', xml: false },
		{ name: 'CSV text', input: 'title,date', xml: false },
		{ name: 'empty text', input: '', xml: false },
		{ name: 'KML bytes', input: utf8('<kml/>'), xml: true },
		{ name: 'bytes after a mark and blanks', input: utf8('\uFEFF\r\n  <gpx/>'), xml: true },
		{ name: 'JSON bytes', input: utf8('\n[1]'), xml: false },
		{ name: 'no bytes', input: new Uint8Array(), xml: false }
	])('$name: $xml', ({ input, xml }) => {
		expect(looksLikeXml(input)).toBe(xml);
	});
});
