import type { Translation } from '../translation';
import type { mapping as english } from '../en/mapping';

/** Albanian strings of the column-mapping step (a table whose columns Chronomap does not know). */
export const mapping = {
	mappingHeading: 'Çfarë përmban secila kolonë?',
	mappingIntro:
		'“{name}” është një tabelë, kolonat e së cilës Chronomap nuk i njeh. Zgjidhni kolonën për secilën fushë; parapamja tregon rreshtat e parë ashtu siç do të lexohen.',
	mappingIntroDates:
		'“{name}” ka kolonat title dhe date, por asnjë nga datat e saj nuk është shkruar siç i shkruan Chronomap (2023-11-21). Zgjidhni si janë shkruar; parapamja tregon rreshtat e parë ashtu siç do të lexohen.',
	mappingSavedUsed: 'U plotësua sipas përputhjes së kolonave të ruajtur në historinë e hapur.',
	mappingTitle: 'Titulli',
	mappingTemplate: 'Shabllon i titullit (sipas dëshirës)',
	mappingTemplateHint:
		'Emra kolonash në kllapa gjarpërushe, p.sh. {example}. Kur jepet, përdoret në vend të kolonës së titullit.',
	mappingDate: 'Data',
	mappingDateForm: 'Si janë shkruar datat',
	mappingFormIso: 'ISO (2023-11-21)',
	mappingFormDmy: 'Ditë-muaj-vit (21-11-2023)',
	mappingFormMdy: 'Muaj-ditë-vit (11-21-2023)',
	mappingFormWords: 'Me fjalë në anglisht (21 November 2023)',
	mappingFormEpochSeconds: 'Sekonda nga viti 1970 (1700562900)',
	mappingFormEpoch: 'Milisekonda nga viti 1970 (1700562900000)',
	mappingEnd: 'Data e përfundimit',
	mappingTime: 'Ora',
	mappingOffset: 'Orët janë regjistruar sipas',
	mappingOffsetNone: 'E panjohur: regjistrimet pa zhvendosje mbajnë vetëm ditën',
	mappingUnplacedTimes:
		'Disa orë nuk kanë zhvendosjen e tyre nga UTC: zgjidhni sipas cilës orë janë regjistruar, përndryshe mbahen vetëm ditët.',
	mappingUnread: 'Kolonat që nuk do të lexohen: {columns}',
	mappingPlace: 'Emri i vendit',
	mappingLat: 'Gjerësia gjeografike',
	mappingLon: 'Gjatësia gjeografike',
	mappingActor: 'Aktori',
	mappingCategory: 'Kategoria',
	mappingTags: 'Etiketat',
	mappingNote: 'Shënim',
	mappingSource: 'Lidhja e burimit',
	mappingNone: '(asnjë)',
	mappingPreview: 'Rreshtat e parë, ashtu siç do të lexohen',
	mappingDateRead: 'Data e lexuar',
	mappingBadDate: '“{value}” nuk është datë e shkruar në këtë mënyrë',
	mappingProblems: 'Kjo përputhje nuk mund të zbatohet ende:',
	mappingNoColumn: '{field}: tabela nuk ka kolonë “{column}”.',
	mappingNoPlaceholder:
		'{field}: shablloni nuk përmend asnjë kolonë; shkruajeni në kllapa gjarpërushe, p.sh. {example}.',
	mappingHalfCoordinates: 'Zgjidhni edhe kolonën e gjerësisë edhe atë të gjatësisë, ose asnjërën.',
	mappingApply: 'Zbato',
	mappingCancel: 'Anulo',
	mappingApplying: 'Tabela po lexohet me këtë përputhje…'
} satisfies Translation<typeof english>;
