import type { Translation } from '../translation';
import type { map as english } from '../en/map';

/** Serbian (Latin) strings of the map: markers, clusters, controls and legend. Plural keys end in an Intl.PluralRules category. */
export const map = {
	mapLabel: 'Mapa mesta događaja',
	placeEvents_one: '{name}, {count} događaj',
	placeEvents_few: '{name}, {count} događaja',
	placeEvents_other: '{name}, {count} događaja',
	clusterPlaces: 'Mesta: {count} ({names}). Uvećajte prikaz da biste ih razdvojili',
	resetView: 'Početni prikaz',
	outsideView: 'Izvan ovog prikaza',
	showPlace: 'Prikaži {name} na mapi',
	eventsAt: 'Događaji: {names}',
	closePanel: 'Zatvori',
	legend: 'Legenda',
	natoMembers: 'Države članice NATO-a',
	natoOn: 'na dan {date}',
	occupied: 'Pod ruskom okupacijom od 2014. godine',
	claimed: 'Oblasti za koje Rusija tvrdi da ih je anektirala 2022. godine',
	markerKey: 'Mesta',
	markerActive: 'događaji do ovog datuma',
	markerLater: 'kasnije',
	markerSelected: 'izabrano',
	countryNote_XKX:
		'Kosovo je 2008. godine proglasilo nezavisnost od Srbije; njegov status je sporen: Srbija i određen broj članica UN ga ne priznaju.',
	countryNote_CYP:
		'Sever Kipra je od 1974. godine pod upravom kiparskih Turaka; državu proglašenu tamo priznaje samo Turska.',
	basemapCredit: 'Granice: Natural Earth',
	tilesCredit: '© saradnici OpenStreetMap-a'
} satisfies Translation<typeof english>;
