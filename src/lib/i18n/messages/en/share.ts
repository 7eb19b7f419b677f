/** English strings for printing and for pictures of the view. */
export const share = {
	printSource: 'Source: {source}'
};
