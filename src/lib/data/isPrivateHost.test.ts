import { describe, expect, it } from 'vitest';
import { isPrivateHost } from './isPrivateHost';

/** Hostnames as a browser's URL parser writes them, from what a link might say. */
const hostOf = (address: string) => new URL(address).hostname;

describe('isPrivateHost', () => {
	it.each([
		{ address: 'http://localhost/x.csv', expected: true },
		{ address: 'http://LOCALHOST./x.csv', expected: true },
		{ address: 'http://app.localhost:8080/x.csv', expected: true },
		{ address: 'http://127.0.0.1/x.csv', expected: true },
		{ address: 'http://127.255.10.3/x.csv', expected: true },
		{ address: 'http://0x7f.1/x.csv', expected: true },
		{ address: 'http://2130706433/x.csv', expected: true },
		{ address: 'http://0.0.0.0/x.csv', expected: true },
		{ address: 'https://10.1.2.3/x.csv', expected: true },
		{ address: 'https://172.16.0.1/x.csv', expected: true },
		{ address: 'https://172.31.255.255/x.csv', expected: true },
		{ address: 'https://192.168.1.1/x.csv', expected: true },
		{ address: 'https://169.254.169.254/latest', expected: true },
		{ address: 'https://[::1]/x.csv', expected: true },
		{ address: 'https://[0:0:0:0:0:0:0:1]/x.csv', expected: true },
		{ address: 'https://[fc00::1]/x.csv', expected: true },
		{ address: 'https://[fd12:3456::1]/x.csv', expected: true },
		{ address: 'https://[fe80::1]/x.csv', expected: true },
		{ address: 'https://[febf::1]/x.csv', expected: true },
		{ address: 'https://[::ffff:192.168.0.1]/x.csv', expected: true },
		{ address: 'https://news.example/x.csv', expected: false },
		{ address: 'https://localhost.news.example/x.csv', expected: false },
		{ address: 'https://172.15.0.1/x.csv', expected: false },
		{ address: 'https://172.32.0.1/x.csv', expected: false },
		{ address: 'https://192.169.0.1/x.csv', expected: false },
		{ address: 'https://8.8.8.8/x.csv', expected: false },
		{ address: 'https://11.0.0.1/x.csv', expected: false },
		{ address: 'https://[2001:db8::1]/x.csv', expected: false },
		{ address: 'https://[fec0::1]/x.csv', expected: false },
		{ address: 'https://[::ffff:8.8.8.8]/x.csv', expected: false }
	])('$address is private: $expected', ({ address, expected }) => {
		expect(isPrivateHost(hostOf(address))).toBe(expected);
	});
});
