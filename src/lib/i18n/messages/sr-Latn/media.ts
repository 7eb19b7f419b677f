import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Serbian (Latin) strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Mediji',
	mediaEnlarge: 'Uvećaj',
	mediaCredit: 'Autor: {credit}',
	mediaLoadVideo: 'Učitaj video sa {provider} — ovo uspostavlja vezu sa {host}',
	mediaLoadAudio: 'Učitaj audio sa {provider} — ovo uspostavlja vezu sa {host}',
	mediaPlayerTitle: 'Plejer sa {provider}: {label}',
	mediaOpenOn: 'Otvori na {host}',
	mediaNewTab: 'otvara se u novoj kartici',
	mediaLoading: 'Učitavanje medija…',
	mediaUnavailable: 'Ovaj medij nije mogao da se učita.',
	mediaViewer: 'Pregledač slika',
	mediaImageOf: 'Slika {n} od {total}',
	mediaPreviousImage: 'Prethodna slika',
	mediaNextImage: 'Sledeća slika',
	mediaClose: 'Zatvori'
} satisfies Translation<typeof english>;
