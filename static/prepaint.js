// Runs before the first paint of / and /embed/. Their HTML holds the shipped story; an address
// that names other data (?data=) must not show it as if it were that data's, so it is hidden
// and "Loading…" shows until the app has read the named file. Other parameters keep it.
// It also marks the page as scripted: the frame's title and list are for readers without scripts.
(function () {
	document.documentElement.classList.add('cm-js');
	if (new URLSearchParams(location.search).has('data')) {
		document.documentElement.classList.add('cm-other-data');
	}
})();
