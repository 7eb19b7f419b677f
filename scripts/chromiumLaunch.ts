/**
 * How tests and the benchmark start Debian's Chromium, in one place so their numbers compare.
 * The flags keep a headless browser from reaching for the network on its own (sync, updates,
 * background requests), which this closed network would refuse, and from loading the address
 * bar's pop-up pages: since Chromium 156 every new window (each test's and each measured load's
 * browser context) loads them into a renderer of its own, about 1.1 s of CPU while the page under
 * test loads beside it, on a machine of two cores. A reader's browser loads them when a window
 * opens, not when an article's embed does; a headless one never shows them.
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
		'--disable-sync',
		'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
	]
};
