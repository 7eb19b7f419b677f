/**
 * Counts the work a call does, independently of how busy the machine is: every scan of an array
 * or a string through a built-in method adds the length it may examine (a search from a position,
 * the part up to what it found), every Set or Map lookup adds one, a regular-expression match the
 * text it looked at, and a sort n·log2(n). A quadratic loop (a `find` per row, a probe per duplicate)
 * shows as work that grows four-fold when the input doubles, which a wall clock on a shared
 * machine cannot tell apart from noise.
 */
const ARRAY_SCANS = [
	'indexOf',
	'lastIndexOf',
	'includes',
	'find',
	'findIndex',
	'findLast',
	'findLastIndex',
	'filter',
	'some',
	'every',
	'map',
	'forEach',
	'reduce',
	'flatMap',
	'join',
	'slice',
	'concat'
] as const;
const STRING_SCANS = [
	'indexOf',
	'lastIndexOf',
	'includes',
	'startsWith',
	'endsWith',
	'split',
	'replace',
	'replaceAll',
	'match',
	'matchAll',
	'search',
	'slice',
	'substring',
	'trim',
	'toLowerCase',
	'normalize'
] as const;
const LOOKUPS = ['has', 'get', 'set', 'add', 'delete'] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Cost = (self: unknown, args: unknown[], result: unknown) => number;

const size = (self: unknown) => (self as { length: number }).length + 1;
/** A search from a position examines the text up to what it found (or to the end). */
const searched: Cost = (self, args, result) => {
	const text = self as string;
	const from = Math.max(0, Number(args[1] ?? 0) || 0);
	const found = result as number;
	return (found === -1 ? text.length : found + String(args[0]).length) - from + 1;
};
const copied: Cost = (_self, _args, result) => (result as { length: number }).length + 1;
/** A match examines the text from where it starts looking to the end of what it matched. */
const matched: Cost = (self, args, result) => {
	const pattern = self as RegExp;
	const text = String(args[0]);
	const match = result as RegExpExecArray | null;
	const end = match ? match.index + match[0].length : text.length;
	return Math.max(0, end - (pattern.global || pattern.sticky ? lastStart : 0)) + 1;
};
let lastStart = 0;

export function countWork<T>(run: () => T): { result: T; work: number } {
	let work = 0;
	const restore: (() => void)[] = [];
	const wrap = (target: object, name: string, cost: Cost) => {
		const owner = target as Record<string, Method>;
		const original = owner[name];
		owner[name] = function (this: unknown, ...args: unknown[]) {
			if (this instanceof RegExp) lastStart = this.lastIndex;
			const result = original.apply(this, args);
			work += cost(this, args, result);
			return result;
		};
		restore.push(() => (owner[name] = original));
	};
	for (const name of ARRAY_SCANS) wrap(Array.prototype, name, name === 'slice' ? copied : size);
	for (const name of STRING_SCANS) {
		const cost =
			name === 'indexOf' || name === 'includes'
				? searched
				: name === 'slice' || name === 'substring'
					? copied
					: name === 'startsWith' || name === 'endsWith'
						? (_self: unknown, args: unknown[]) => String(args[0]).length + 1
						: size;
		wrap(String.prototype, name, name === 'includes' ? size : cost);
	}
	for (const name of LOOKUPS) {
		wrap(Set.prototype, name, () => 1);
		wrap(Map.prototype, name, () => 1);
	}
	wrap(Array.prototype, 'sort', (self) => {
		const n = (self as unknown[]).length;
		return n * Math.ceil(Math.log2(n + 1)) + 1;
	});
	wrap(RegExp.prototype, 'exec', matched);
	try {
		return { result: run(), work };
	} finally {
		for (const undo of restore.reverse()) undo();
	}
}

/**
 * The work of `run` on inputs of size n and 2n: linear code roughly doubles, quadratic code
 * roughly quadruples. Returns both counts and their ratio.
 */
export function growth(make: (n: number) => () => unknown, n: number) {
	const small = countWork(make(n)).work;
	const large = countWork(make(2 * n)).work;
	return { small, large, ratio: large / Math.max(small, 1) };
}
