import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Serbian (Latin) strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Izvori',
	archivedCopy: 'arhivska kopija',
	accessedOn: 'pristupljeno {date}',
	verifiedConfirmed: 'Potvrđeno',
	verifiedUnconfirmed: 'Nepotvrđeno',
	verifiedDisputed: 'Osporeno',
	verifiedConfirmedHint: 'Ovo potvrđuju i drugi izvori osim članka.',
	verifiedUnconfirmedHint: 'O ovome izveštava samo članak; drugi izvori nisu pronađeni.',
	verifiedDisputedHint: 'Drugi izvori ovo opovrgavaju.',
	aboutData: 'O podacima',
	updatedOn: 'Ažurirano {date}',
	changeLog: 'Ispravke i izmene',
	license: 'Licenca: {license}',
	reportError: 'Prijavi grešku',
	note: 'Napomena',
	dataFromHost: 'Podaci sa {host}',
	dataFromFile: 'Podaci iz lokalne datoteke',
	dataNotPublisher: 'ne objavljuje ih ovaj sajt',
	getData: 'Preuzmi podatke',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV za tabele',
	downloadCount: 'Prikazani događaji: {shown} od {total}',
	embedForeignData:
		'Ovaj kod učitava podatke sa {host}, koje ovaj sajt nije objavio. Čitaoci ugrađenog prikaza videće „Podaci sa {host}”.',
	embedForeignConfirm: 'Stavi ovu adresu podataka u kod'
} satisfies Translation<typeof english>;
