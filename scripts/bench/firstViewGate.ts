/**
 * The bytes gate: `npm run bench` (quick or full) fails when the first view of `/embed/` grows
 * more than `SLACK_BYTES` (gzip) over the figure recorded in `first-view-bytes.json`, so a
 * feature that adds to the first view must either load later (dynamic import) or say so by
 * updating the figure in the same commit (docs/performance.md, "The bytes gate").
 */
export const SLACK_BYTES = 5 * 1024;

export interface RecordedFirstView {
	/** gzip bytes of everything `/embed/` requests before it answers a key press. */
	gzipBytes: number;
	/** When, and from which run, the figure was taken. */
	recorded: string;
}

export interface GateResult {
	pass: boolean;
	message: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Compares a measured first view with the recorded figure, with the slack above it. */
export function checkFirstViewGate(measured: number, recorded: RecordedFirstView): GateResult {
	const limit = recorded.gzipBytes + SLACK_BYTES;
	const pass = measured <= limit;
	const change = measured - recorded.gzipBytes;
	const sign = change >= 0 ? '+' : '−';
	return {
		pass,
		message:
			`first view ${kb(measured)} gzip against ${kb(recorded.gzipBytes)} recorded ` +
			`(${sign}${kb(Math.abs(change))}; the gate allows up to ${kb(limit)})` +
			(pass ? '' : ': load the new code later, or record the new figure (docs/performance.md)')
	};
}
