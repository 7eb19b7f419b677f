/** Areas under occupation that the basemap marks apart from the country they belong to; `at` finds the polygon recognisedBorders moved. */
export const occupiedAreas = [
	{
		id: 'crimea',
		name: 'Crimea',
		since: '2014-02',
		note: 'Occupied by Russia since 2014; annexation not recognised (UN General Assembly resolution 68/262).',
		at: [34.1, 44.95] as [number, number]
	}
];
