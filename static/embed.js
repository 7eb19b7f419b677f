/*! Chronomap embed helper: include once on a host page; every Chronomap iframe on the page then
    sizes itself to its content. No dependencies, no storage, no requests of its own. */
(function () {
	'use strict';
	if (window.chronomapEmbed) return;
	var MIN_HEIGHT = 320;
	var MAX_HEIGHT = 20000;

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source) return frames[i];
		}
		return null;
	}

	function askToAutosize(target, origin) {
		try {
			target.postMessage(
				{ type: 'chronomap:autosize' },
				origin && origin !== 'null' ? origin : '*'
			);
		} catch (error) {
			/* a frame that went away */
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
		if (data.type !== 'chronomap:ready' && data.type !== 'chronomap:resize') return;
		var frame = frameOf(event.source);
		if (!frame) return;
		if (data.type === 'chronomap:ready') {
			askToAutosize(event.source, event.origin);
			return;
		}
		var height = Number(data.height);
		if (!isFinite(height) || height <= 0) return;
		height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
		frame.style.height = height + 'px';
	});

	/* Frames that were ready before this script ran are asked too. */
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		if (frames[i].contentWindow) askToAutosize(frames[i].contentWindow, '*');
	}

	window.chronomapEmbed = { version: 1 };
})();
