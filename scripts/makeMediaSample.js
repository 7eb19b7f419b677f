/**
 * Writes the own-made media of static/examples/media.json: three small SVG drawings, a
 * two-second synthesised tone (WAV) and its WebVTT captions. Nothing is copied from elsewhere.
 * Run: node scripts/makeMediaSample.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';

const out = 'static/examples/media';
mkdirSync(out, { recursive: true });

/** A flat drawing: sky, sea or land bands, a sun and a label, 480 × 320. */
function drawing({ sky, ground, sun, label, shapes }) {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">
<rect width="480" height="320" fill="${sky}"/>
<circle cx="390" cy="70" r="36" fill="${sun}"/>
<rect y="200" width="480" height="120" fill="${ground}"/>
${shapes}
<text x="20" y="300" font-family="sans-serif" font-size="18" fill="#ffffff">${label}</text>
</svg>
`;
}

writeFileSync(
	`${out}/harbour.svg`,
	drawing({
		sky: '#9cc9e8',
		ground: '#1d5f8a',
		sun: '#f6d365',
		label: 'Harbour at dawn (drawing)',
		shapes:
			'<polygon points="120,200 200,200 185,225 135,225" fill="#333"/><rect x="158" y="140" width="4" height="60" fill="#333"/><polygon points="162,142 162,196 200,196" fill="#eee"/>'
	})
);
writeFileSync(
	`${out}/ridge.svg`,
	drawing({
		sky: '#f2c6a0',
		ground: '#5b7340',
		sun: '#e76f51',
		label: 'Ridge line at dusk (drawing)',
		shapes: '<polygon points="0,200 90,120 170,180 260,90 360,170 480,110 480,200" fill="#3d5229"/>'
	})
);
writeFileSync(
	`${out}/bridge.svg`,
	drawing({
		sky: '#c9d6df',
		ground: '#52616b',
		sun: '#f0f5f9',
		label: 'Bridge over the river (drawing)',
		shapes:
			'<path d="M40 200 Q240 80 440 200" stroke="#1e2022" stroke-width="8" fill="none"/><rect x="40" y="196" width="400" height="8" fill="#1e2022"/>'
	})
);

/** 8-bit mono PCM at 8 kHz: a 440 Hz tone that fades in and out. */
function tone(seconds, frequency) {
	const rate = 8000;
	const samples = rate * seconds;
	const data = Buffer.alloc(samples);
	for (let i = 0; i < samples; i++) {
		const envelope = Math.min(1, i / 800, (samples - i) / 800);
		data[i] = 128 + Math.round(90 * envelope * Math.sin((2 * Math.PI * frequency * i) / rate));
	}
	const header = Buffer.alloc(44);
	header.write('RIFF', 0);
	header.writeUInt32LE(36 + samples, 4);
	header.write('WAVEfmt ', 8);
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(rate, 24);
	header.writeUInt32LE(rate, 28);
	header.writeUInt16LE(1, 32);
	header.writeUInt16LE(8, 34);
	header.write('data', 36);
	header.writeUInt32LE(samples, 40);
	return Buffer.concat([header, data]);
}

writeFileSync(`${out}/tone.wav`, tone(2, 440));
writeFileSync(
	`${out}/tone.en.vtt`,
	`WEBVTT

00:00:00.000 --> 00:00:02.000
[A steady 440 Hz tone: the sample's sound, made for this example]
`
);
