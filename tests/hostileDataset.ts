/** A dataset with markup, script, odd characters and hostile links in every text and link field. */
const payloads = [
	'<script>window.__pwned = "script"</script>',
	'<img src=x onerror="window.__pwned = \'img\'">',
	'"><svg onload="window.__pwned = \'svg\'">',
	'javascript:window.__pwned = "js"',
	'\u202Eevil RTL override\u202C and zero\u200Bwidth',
	'emoji 🇺🇦🇲🇰 👩🏽‍💻',
	'NaN',
	'Infinity',
	'x'.repeat(3000)
];

export function hostileDataset() {
	const text = (i: number) => payloads[i % payloads.length];
	const places = payloads.map((payload, i) => ({
		id: `p${i}`,
		name: payload,
		lat: 42 + i * 0.7,
		lon: 20 + i * 1.3,
		kind: 'city'
	}));
	const events = payloads.map((payload, i) => ({
		id: `e${i}`,
		title: payload,
		date: `2023-0${(i % 9) + 1}-1${i % 9}`,
		places: [`p${i}`],
		actor: text(i + 1),
		kind: ['event', 'statement', 'report', 'claim'][i % 4],
		quote: text(i + 2),
		note: text(i + 3),
		source: {
			title: text(i + 4),
			url: [
				'javascript:window.__pwned=1',
				'data:text/html,<b>x</b>',
				'https://example.org/ok',
				'vbscript:x'
			][i % 4]
		},
		media: { url: 'javascript:window.__pwned=1', caption: text(i + 5), credit: text(i + 6) }
	}));
	return {
		version: 1,
		title: payloads[1],
		description: payloads[0],
		source: { title: payloads[2], author: payloads[1], url: 'javascript:window.__pwned=1' },
		places,
		events,
		eras: [{ id: 'era', title: payloads[0], date: '2023-01', end: '2023-06' }]
	};
}
