import type { Problem } from './model';

/** An error about the file as a whole, as every reader words one. */
export function fileProblem(message: string): Problem {
	return { row: 'file', field: '', message, severity: 'error' };
}
