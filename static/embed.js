/*! Chronomap embed helper, version 2: include once on a host page; every Chronomap frame on the
    page then sizes itself to its content (unless marked data-chronomap-autosize="off"), and
    elements marked data-chronomap-step="<step>" move a frame through its story as they cross
    the middle of the viewport. It acts only on Chronomap frames (src on this script's origin
    under /embed/, or marked data-chronomap) and only on messages from that origin.
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

	var fixed = function (frame) {
		return frame.getAttribute('data-chronomap-autosize') === 'off';
	};
	/* The step each frame was last sent, to send again once the frame says it is ready. */
	var sent = typeof WeakMap === 'function' ? new WeakMap() : null;

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
			if (!fixed(frame)) askToAutosize(event.source, fromHome ? home : '*');
			if (sent && sent.has(frame)) post(frame, sent.get(frame));
			return;
		}
		if (fixed(frame)) return;
		var height = Number(data.height);
		if (!isFinite(height) || height <= 0) return;
		height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
		frame.style.height = height + 'px';
	});

	/* Chronomap frames that were ready before this script ran are asked too. */
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		var info = describe(frames[i]);
		if (info.chronomap && info.target && frames[i].contentWindow && !fixed(frames[i]))
			askToAutosize(frames[i].contentWindow, info.target);
	}

	function post(frame, step) {
		var info = describe(frame);
		if (!info.chronomap || !info.target || !frame.contentWindow) return;
		try {
			frame.contentWindow.postMessage({ type: 'chronomap:step', step: step }, info.target);
		} catch (error) {
			/* a frame that went away */
		}
	}

	/* The frame a step element drives: the one data-chronomap-frame names, else the only one. */
	function frameFor(element) {
		var id = element.getAttribute('data-chronomap-frame');
		if (id) {
			var named = document.getElementById(id);
			return named && named.tagName === 'IFRAME' ? named : null;
		}
		var only = null;
		for (var i = 0; i < frames.length; i++) {
			if (!describe(frames[i]).chronomap) continue;
			if (only) return null;
			only = frames[i];
		}
		return only;
	}

	function watchSteps() {
		var steps = document.querySelectorAll('[data-chronomap-step]');
		if (!steps.length || typeof IntersectionObserver !== 'function') return;
		/* A root one line high across the middle of the viewport: a step is read as it crosses it. */
		var observer = new IntersectionObserver(
			function (entries) {
				for (var i = 0; i < entries.length; i++) {
					if (!entries[i].isIntersecting) continue;
					var element = entries[i].target;
					var frame = frameFor(element);
					var step = element.getAttribute('data-chronomap-step');
					if (!frame || !step) continue;
					if (sent) sent.set(frame, step);
					post(frame, step);
				}
			},
			{ rootMargin: '-50% 0px -50% 0px' }
		);
		for (var i = 0; i < steps.length; i++) observer.observe(steps[i]);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchSteps);
	else watchSteps();

	window.chronomapEmbed = { version: 2 };
})();
