/**
 * Tab-separated rows as spreadsheets copy and paste them: a cell holding a tab, a line break or
 * a quote is wrapped in quotes with its quotes doubled. Reading is one linear pass.
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(tsvCell).join('\t')).join('\n');
}

function tsvCell(value: string): string {
	return /[\t\n\r"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Reads pasted text into rows of cells; a trailing line break adds no empty row. */
export function parseTsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let index = 0;
	let quoted = false;
	while (index < text.length) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index += 2;
				continue;
			}
			if (char === '"') quoted = false;
			else cell += char;
			index += 1;
			continue;
		}
		if (char === '"' && cell === '') quoted = true;
		else if (char === '\t') {
			row.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index += 1;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
		index += 1;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
