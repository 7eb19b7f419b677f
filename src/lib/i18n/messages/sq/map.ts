import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Albanian strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Harta e vendeve të ngjarjeve',
	placeEvents_one: '{name}, {count} ngjarje',
	placeEvents_other: '{name}, {count} ngjarje',
	clusterPlaces: 'Vende: {count} ({names}). Zmadhojeni për t’i ndarë',
	resetView: 'Pamja fillestare',
	outsideView: 'Jashtë kësaj pamjeje',
	showPlace: 'Shfaq {name} në hartë',
	eventsAt: 'Ngjarje në: {names}',
	closePanel: 'Mbyll',
	legend: 'Legjenda',
	natoMembers: 'Shtetet anëtare të NATO-s',
	natoOn: 'më {date}',
	occupied: 'I pushtuar nga Rusia që nga viti 2014',
	claimed: 'Rajone që Rusia pretendon se i aneksoi në vitin 2022',
	markerKey: 'Vendet',
	markerActive: 'ngjarje deri në këtë datë',
	markerLater: 'më vonë',
	markerSelected: 'e zgjedhur',
	countryNote_XKX:
		'Kosova shpalli pavarësinë nga Serbia në vitin 2008; statusi i saj është i kontestuar: Serbia dhe një numër shtetesh anëtare të OKB-së nuk e njohin.',
	countryNote_CYP:
		'Veriu i Qipros është që nga viti 1974 nën administrimin e qipriotëve turq; shtetin e shpallur atje e njeh vetëm Turqia.',
	basemapCredit: 'Kufijtë: Natural Earth',
	tilesCredit: '© kontribuuesit e OpenStreetMap'
} satisfies Translation<typeof english>;
