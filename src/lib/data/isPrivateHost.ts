/** IPv4 ranges that never lead to a public server: [first octets as a number, prefix length]. */
const PRIVATE_V4: [number, number][] = [
	[0x00000000, 8], // 0.0.0.0/8, "this host" on many systems
	[0x7f000000, 8], // 127/8 loopback
	[0x0a000000, 8], // 10/8
	[0xac100000, 12], // 172.16/12
	[0xc0a80000, 16], // 192.168/16
	[0xa9fe0000, 16] // 169.254/16 link-local
];

/**
 * Whether a URL's hostname (as `URL.hostname` gives it: IPv4 literals already normalised,
 * IPv6 in brackets) names this machine or a private network, so that a page on a public site
 * cannot be pointed at a reader's router or local services with `?data=`.
 */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	if (host.startsWith('[') && host.endsWith(']')) return isPrivateV6(host.slice(1, -1));
	const v4 = ipv4(host);
	return v4 !== null && isPrivateV4(v4);
}

function ipv4(host: string): number | null {
	const parts = host.split('.');
	if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && +part < 256)) {
		return null;
	}
	return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

function isPrivateV4(address: number): boolean {
	return PRIVATE_V4.some(([network, prefix]) => {
		const size = 2 ** (32 - prefix);
		return Math.floor(address / size) === Math.floor(network / size);
	});
}

/** Loopback, unspecified, unique-local fc00::/7, link-local fe80::/10 and IPv4-mapped private. */
function isPrivateV6(address: string): boolean {
	const groups = ipv6Groups(address);
	if (!groups) return false;
	const [first] = groups;
	if (groups.slice(0, 7).every((group) => group === 0) && groups[7] <= 1) return true;
	if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) return true;
	const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
	return mapped && isPrivateV4(groups[6] * 0x10000 + groups[7]);
}

/** The eight 16-bit groups of a normalised IPv6 address (the form `URL` writes). */
function ipv6Groups(address: string): number[] | null {
	const [head, tail] = address.split('::');
	const read = (part: string | undefined) =>
		part ? part.split(':').map((group) => parseInt(group, 16)) : [];
	const start = read(head);
	const end = read(tail);
	const groups =
		tail === undefined
			? start
			: [...start, ...Array(8 - start.length - end.length).fill(0), ...end];
	return groups.length === 8 && groups.every((group) => group >= 0 && group <= 0xffff)
		? groups
		: null;
}
