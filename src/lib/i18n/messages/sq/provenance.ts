import type { Translation } from '../translation';
import type { provenance as english } from '../en/provenance';

/** Albanian strings of provenance: sources, verification badges, the update log, "Get the data" and foreign data. */
export const provenance = {
	sources: 'Burimet',
	archivedCopy: 'kopje e arkivuar',
	accessedOn: 'parë më {date}',
	verifiedConfirmed: 'E konfirmuar',
	verifiedUnconfirmed: 'E pakonfirmuar',
	verifiedDisputed: 'E kontestuar',
	verifiedConfirmedHint: 'Këtë e vërtetojnë edhe burime të tjera përveç artikullit.',
	verifiedUnconfirmedHint: 'Këtë e raporton vetëm artikulli; nuk u gjet asnjë burim tjetër.',
	verifiedDisputedHint: 'Burime të tjera e kundërshtojnë këtë.',
	aboutData: 'Rreth të dhënave',
	updatedOn: 'Përditësuar më {date}',
	changeLog: 'Korrigjime dhe ndryshime',
	license: 'Licenca: {license}',
	reportError: 'Raporto një gabim',
	note: 'Shënim',
	dataFromHost: 'Të dhëna nga {host}',
	dataFromFile: 'Të dhëna nga një skedar lokal',
	dataNotPublisher: 'nuk janë botuar nga ky sajt',
	getData: 'Merr të dhënat',
	downloadJson: 'Chronomap JSON',
	downloadCsv: 'CSV për fletëllogaritëse',
	downloadCount: 'Ngjarjet e shfaqura: {shown} nga {total}',
	embedForeignData:
		'Ky kod ngarkon të dhëna nga {host}, të cilat ky sajt nuk i ka botuar. Lexuesit e pamjes së ngulitur do të shohin „Të dhëna nga {host}“.',
	embedForeignConfirm: 'Vendose këtë adresë të dhënash në kod'
} satisfies Translation<typeof english>;
