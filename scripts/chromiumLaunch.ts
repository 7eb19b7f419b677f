/**
 * How tests and the benchmark start Debian's Chromium, in one place so their numbers compare.
 * The flags keep a headless browser from reaching for the network on its own (sync, updates,
 * background requests), which this closed network would refuse.
 */
export const chromiumLaunch = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
