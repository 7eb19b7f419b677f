// Runs before the first paint of / and /embed/. Their HTML holds the shipped story; an address
// that names other data (?data=) must not show it as if it were that data's, so it is hidden
// and "Loading…" shows until the app has read the named file. Other parameters keep it.
// It also marks the page as scripted: the frame's title and list are for readers without scripts.
// A same-site data file starts downloading here, while the app's code loads, and the app takes
// the download over (src/lib/data/earlyFetch.ts); any other address waits for the app's checks.
(function () {
	document.documentElement.classList.add('cm-js');
	var data = new URLSearchParams(location.search).get('data');
	if (data === null) return;
	document.documentElement.classList.add('cm-other-data');
	try {
		var url = new URL(data, location.href);
		var page = new URL(location.href);
		if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return;
		var controller = new AbortController();
		var response = fetch(url, { signal: controller.signal, credentials: 'omit' });
		response.catch(function () {});
		window.__chronomapEarlyData = { href: url.href, controller: controller, response: response };
	} catch (error) {
		// The app reads the address again and says what is wrong with it.
	}
})();
