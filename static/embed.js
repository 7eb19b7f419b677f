/*! Chronomap embed helper, version 1: include once on a host page; every Chronomap frame on the
    page then sizes itself to its content. It acts only on Chronomap frames (src on this script's
    origin under /embed/, or marked data-chronomap) and only on messages from that origin.
    No dependencies, no storage, no requests of its own. */
(function () {
	'use strict';
	if (window.chronomapEmbed) return;
	var MIN_HEIGHT = 320;
	var MAX_HEIGHT = 20000;
	var script = document.currentScript;
	var home = null;
	var embedPath = null;
	try {
		var own = new URL(script.src, location.href);
		home = own.origin;
		embedPath = new URL('embed/', own).pathname;
	} catch (error) {
		/* no script address: only frames marked data-chronomap are Chronomap frames */
	}

	/* What is known of a frame: whether it is Chronomap's, marked, and where to post to it. */
	function describe(frame) {
		var marked = frame.hasAttribute('data-chronomap');
		var url = null;
		try {
			url = new URL(frame.getAttribute('src') || '', document.baseURI);
		} catch (error) {
			/* no usable src */
		}
		var ours = !!url && url.origin === home && url.pathname.indexOf(embedPath) === 0;
		var sandbox = frame.getAttribute('sandbox');
		var opaque = sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
		var target = null;
		if (ours && !opaque) target = home;
		else if (marked) target = opaque ? '*' : url && url.origin !== 'null' ? url.origin : null;
		return { chronomap: ours || marked, marked: marked, target: target };
	}

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source) return frames[i];
		}
		return null;
	}

	function askToAutosize(target, origin) {
		try {
			target.postMessage({ type: 'chronomap:autosize' }, origin);
		} catch (error) {
			/* a frame that went away */
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object') return;
		if (data.type !== 'chronomap:ready' && data.type !== 'chronomap:resize') return;
		var frame = frameOf(event.source);
		if (!frame) return;
		var info = describe(frame);
		if (!info.chronomap) return;
		var fromHome = home !== null && event.origin === home;
		if (!fromHome && !(info.marked && event.origin === 'null')) return;
		if (data.type === 'chronomap:ready') {
			askToAutosize(event.source, fromHome ? home : '*');
			return;
		}
		var height = Number(data.height);
		if (!isFinite(height) || height <= 0) return;
		height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
		frame.style.height = height + 'px';
	});

	/* Chronomap frames that were ready before this script ran are asked too. */
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		var info = describe(frames[i]);
		if (info.chronomap && info.target && frames[i].contentWindow)
			askToAutosize(frames[i].contentWindow, info.target);
	}

	window.chronomapEmbed = { version: 1 };
})();
