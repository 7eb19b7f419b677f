import { test, expect } from './fixtures';
import { appOrigin, hostOrigin } from './embedHost';

test.use({ allowOrigins: [hostOrigin(appOrigin)] });

test('during playback the embed tells the host the time at most five times a second', async ({
	page,
	baseURL
}) => {
	const params = new URLSearchParams({ src: `${baseURL}/embed/`, width: '800', height: '600' });
	await page.goto(`${hostOrigin(baseURL!)}/host.html?${params}`);
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { received: { data: { type?: string } }[] }).received.some(
					(message) => message.data?.type === 'chronomap:ready'
				)
			)
		)
		.toBe(true);
	const times = await page.evaluate(async () => {
		const seen: number[] = [];
		addEventListener('message', (event) => {
			if (event.data?.type === 'chronomap:time') seen.push(performance.now());
		});
		const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
		// From the start, so that playback has nine years ahead of it.
		frame.postMessage({ type: 'chronomap:setTime', t: '2014-02-22' }, '*');
		await new Promise((resolve) => setTimeout(resolve, 300));
		seen.length = 0;
		frame.postMessage({ type: 'chronomap:play' }, '*');
		await new Promise((resolve) => setTimeout(resolve, 2000));
		frame.postMessage({ type: 'chronomap:pause' }, '*');
		return seen;
	});
	// Playback moves time every frame; the messages are throttled to one per 200 ms.
	expect(times.length).toBeGreaterThanOrEqual(4);
	expect(times.length).toBeLessThanOrEqual(11);
	// Gaps are measured where the host receives them, so a busy moment can bunch two together;
	// the median is the rate the embed keeps.
	const gaps = times
		.slice(1)
		.map((time, i) => time - times[i])
		.sort((a, b) => a - b);
	expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(180);
});
