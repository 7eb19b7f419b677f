// Runs before the first paint of / and /embed/. Their HTML holds the shipped story; an address
// that names other data (?data=) must not show it as if it were that data's, so it is hidden
// and "Loading…" shows until the app has read the named file. Other parameters keep it.
// It also marks the page as scripted: the frame's title and list are for readers without scripts.
// A same-site data file starts downloading here, while the app's code loads: in the parser's worker
// (data-parser), which reads it there too, and the app takes the worker over
// (src/lib/data/earlyParse.ts); where no worker can start, on this page, and the app takes the
// download over (src/lib/data/earlyFetch.ts). Any other address waits for the app's checks.
// The app's modules (data-modules, taken out of the head at build time) are asked for once the
// first frame is under way, so their download and compiling do not hold back its paint.
(function () {
	var script = document.currentScript;
	document.documentElement.classList.add('cm-js');
	var data = new URLSearchParams(location.search).get('data');
	preloadModules(data === null);
	if (data === null) return;
	document.documentElement.classList.add('cm-other-data');
	try {
		var url = new URL(data, location.href);
		var page = new URL(location.href);
		if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return;
		if (startParser(url)) return;
		var controller = new AbortController();
		var response = fetch(url, { signal: controller.signal, credentials: 'omit' });
		response.catch(function () {});
		window.__chronomapEarlyData = { href: url.href, controller: controller, response: response };
	} catch (error) {
		// The app reads the address again and says what is wrong with it.
	}

	// The worker downloads the file without cookies, as the app would, then reads it. What it says
	// before the app arrives is kept for the app, in order.
	function startParser(url) {
		var parser = script && script.getAttribute('data-parser');
		if (!parser || typeof Worker === 'undefined') return false;
		var worker;
		try {
			worker = new Worker(new URL(parser, location.href), { type: 'module' });
		} catch (error) {
			return false;
		}
		var early = { href: url.href, worker: worker, messages: [], errored: false };
		worker.onmessage = function (event) {
			early.messages.push(event.data);
		};
		worker.onerror = function (event) {
			event.preventDefault();
			early.errored = true;
		};
		worker.postMessage({ download: url.href });
		window.__chronomapEarlyParse = early;
		return true;
	}

	function preloadModules(afterFirstFrame) {
		var modules = script && script.getAttribute('data-modules');
		if (!modules) return;
		var added = false;
		var add = function () {
			if (added) return;
			added = true;
			modules.split(' ').forEach(function (href) {
				var link = document.createElement('link');
				link.rel = 'modulepreload';
				link.href = href;
				document.head.appendChild(link);
			});
		};
		// Hidden, or showing only "Loading events…", there is no first view to wait for. Otherwise
		// they are asked for in a task after the first frame's (adding the links takes a while),
		// and at most 1.5 s on when frames are held back (an embed out of sight).
		if (!afterFirstFrame || document.visibilityState === 'hidden') return add();
		requestAnimationFrame(function () {
			setTimeout(add, 0);
		});
		setTimeout(add, 1500);
	}
})();
