import type { Translation } from '../translation';
import type { media as english } from '../en/media';

/** Albanian strings for media beside an event: pictures, players and the image viewer. */
export const media = {
	mediaLabel: 'Media',
	mediaEnlarge: 'Zmadho',
	mediaCredit: 'Autori: {credit}',
	mediaLoadVideo: 'Ngarko videon nga {provider} — kjo kontakton {host}',
	mediaLoadAudio: 'Ngarko audion nga {provider} — kjo kontakton {host}',
	mediaPlayerTitle: 'Luajtës nga {provider}: {label}',
	mediaOpenOn: 'Hape në {host}',
	mediaNewTab: 'hapet në një skedë të re',
	mediaLoading: 'Po ngarkohen mediat…',
	mediaUnavailable: 'Kjo media nuk mund të ngarkohej.',
	mediaViewer: 'Shikuesi i imazheve',
	mediaImageOf: 'Imazhi {n} nga {total}',
	mediaPreviousImage: 'Imazhi i mëparshëm',
	mediaNextImage: 'Imazhi tjetër',
	mediaClose: 'Mbyll'
} satisfies Translation<typeof english>;
