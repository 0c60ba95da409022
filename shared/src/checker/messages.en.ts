/**
 * English text of the checker's findings, keyed by finding code, for the English interface. The
 * report itself (API, CLI, export) stays Dutch: `localizeReport` swaps the messages at render time.
 * Domain terms (opgave, regiovisie, gemeente, GI, Veilig Thuis, JeugdzorgPlus) stay Dutch, as in the
 * interface's English dictionary.
 *
 * Adding an element or an opgave to a rule set? Add its English here: `messages.en.test.ts` fails
 * for every code a rule set can emit without an entry.
 */

/** An element of an opgave in English: its label ("Found: …") and what to add when it is not (fully) there. */
export interface ElementText {
  label: string
  todo: string
}

/** The English of one rule set: its name, the opgave titles by number, the elements by code (`opgave-<n>.<id>`). */
export interface RuleSetMessages {
  label: string
  titles: Readonly<Record<number, string>>
  elements: Readonly<Record<string, ElementText>>
}

const NVO_TITLES: Readonly<Record<number, string>> = {
  1: 'Regiovisie: drawn up regionally and adopted by every municipal council',
  2: 'Availability and continuity of (specialised) youth care functions',
  3: 'Local access connected to specialised youth care',
  4: 'Binding governance with a single point of contact',
  5: 'Supra-regional cooperation',
  6: 'Limiting the administrative burden',
  7: 'Careful procurement',
  8: 'Fair tariffs',
}

const NVO_ELEMENTS: Readonly<Record<string, ElementText>> = {
  'opgave-1.participatie': {
    label:
      'who the vision was drawn up with (young people, parents, care providers, GIs, Veilig Thuis, professionals, partner organisations)',
    todo: 'Describe who the vision was drawn up with and how: young people, parents (or their representatives), youth care providers, certified institutions (GIs), Veilig Thuis, professionals and partner organisations, and what was done with their input. An intention to involve them later does not count yet.',
  },
  'opgave-1.vaststelling-raden': {
    label: 'adopted by every municipal council',
    todo: 'Record that every municipal council has adopted the regiovisie, preferably per municipality with the date of the council decision. Approval by the municipal executives or adoption by a regional board is not enough, and neither is an intention to put the vision to the councils.',
  },
  'opgave-1.looptijd': {
    label: 'the period the vision covers',
    todo: 'State the period the vision covers (for example 2025–2028) and when it will be evaluated.',
  },
  'opgave-2.functies': {
    label: 'which functions the region keeps available',
    todo: 'Name the (specialised) functions whose availability and continuity the region secures, for example crisis care, child protection and juvenile probation, residential youth care, foster care and family homes, specialised youth mental health care and care for (mild) intellectual disabilities, and what is organised locally and what regionally.',
  },
  'opgave-2.borging': {
    label: 'how the availability of those functions is secured',
    todo: 'Describe per function how the region secures its availability and continuity: capacity agreements (numbers of places), multi-year regional contracts or partnership, and what happens when a provider threatens to fail (duty to report, takeover arrangement, continuity reserve).',
  },
  'opgave-3.lokale-toegang': {
    label: 'how local access is organised',
    todo: 'Describe how local access is organised (neighbourhood team, youth and family team, CJG or social team) in every municipality.',
  },
  'opgave-3.basisfuncties': {
    label: 'the five basic functions of local teams, made concrete',
    todo: 'Make concrete how the local teams fulfil the five basic functions: clarifying the question, providing help themselves, safety (with Veilig Thuis), connecting to specialised care (consultation, stepping up and down) and coordination. An intention to explore them does not count yet.',
  },
  'opgave-3.verbinding-specialistisch': {
    label: 'how access is connected to specialised care, and back',
    todo: 'Describe how the local teams and specialised care work together: consultation, stepping up and down with a warm handover, back to the local team after treatment, and agreements with GPs and other referrers.',
  },
  'opgave-4.rechtsvorm': {
    label: 'the legal form of the cooperation',
    todo: 'Name the legal form of the cooperation: a joint arrangement (public body, operating organisation or central municipality arrangement) or a covenant, and who does what.',
  },
  'opgave-4.bindende-afspraken': {
    label: 'how the agreements are binding',
    todo: 'Record how the cooperation is binding: decisions that bind every municipality, solidarity or risk sharing with an allocation key, and what happens when a municipality leaves (notice period, exit costs).',
  },
  'opgave-4.aanspreekpunt': {
    label: 'who is the single point of contact that acts externally for the region',
    todo: 'Name the region’s single, supported point of contact (for example the chair of the board or the alderman of the central municipality) and state that they act externally on behalf of every municipality.',
  },
  'opgave-5.functies-bovenregionaal': {
    label: 'for which functions the region cooperates with other regions',
    todo: 'Name the functions for which the region cooperates with other regions, for example JeugdzorgPlus, inpatient youth mental health care, crisis care, the certified institutions or a supra-regional expert team.',
  },
  'opgave-5.afspraken-bovenregionaal': {
    label: 'how that supra-regional cooperation is arranged',
    todo: 'Describe how the supra-regional cooperation is arranged: with which regions, who coordinates, in which covenant or consultation, and which agreements apply. The Landelijk Transitiearrangement alone is not a regional choice.',
  },
  'opgave-6.uitvoeringsvariant': {
    label: 'one chosen delivery variant',
    todo: 'Choose one delivery variant (effort-based, output-based or task-based) and record that every municipality applies it consistently, also for care bought locally.',
  },
  'opgave-6.contractvoorwaarden': {
    label: 'the same contract terms for every municipality',
    todo: 'Record that every municipality uses the same contract terms for regional contracts (for example one model agreement based on the national Contractstandaarden, without extra local requirements).',
  },
  'opgave-6.contractbeheer': {
    label: 'joint contract management',
    todo: 'Describe the joint contract management: who carries it out on behalf of every municipality (for example one contract manager per provider at the regional organisation).',
  },
  'opgave-6.standaarden': {
    label: 'iStandaarden and standard product codes',
    todo: 'Tip: also mention the use of the iStandaarden (iJw) and a limited, standard list of product codes.',
  },
  'opgave-7.planning': {
    label: 'a schedule for starting and completing procurement on time',
    todo: 'Give a dated procurement schedule: market consultation, publication, award, implementation and the start of the contracts, so that providers know in time where they stand.',
  },
  'opgave-7.meerjarig': {
    label: 'multi-year contracts with a term in years',
    todo: 'State the term of the contracts in years (multi-year, for example five years with extension options).',
  },
  'opgave-7.continuiteit-overgang': {
    label: 'continuity of care when contracts end or providers change',
    todo: 'Describe what happens to young people in care when contracts end or a provider does not get a new contract: until when they may finish their care, what applies to residential care, and how the handover works.',
  },
  'opgave-7.inkoopmodel': {
    label: 'the procurement model and the dialogue with providers',
    todo: 'Tip: also mention the procurement model (open house, tender, administrative tendering or partnership) and how the dialogue with providers took place.',
  },
  'opgave-8.tariefmethode': {
    label: 'the method by which the tariffs are set',
    todo: 'Describe the method by which the tariffs are set, preferably a cost price study or calculation model drawn up with providers. “Costs are rising” is not a tariff method.',
  },
  'opgave-8.kostprijselementen': {
    label: 'the cost price elements (staff, client-related costs, overhead, indexation)',
    todo: 'Name the cost price elements the tariff is built from: the costs of professionals (salary under the collective agreement, productivity), other client-related costs, overhead and indexation (for example with the OVA).',
  },
  'opgave-8.tariefopbouw-transparantie': {
    label: 'providers’ transparency about how their tariffs are built up',
    todo: 'Record how providers are transparent about how their tariffs are built up, for example a cost price breakdown when tendering or a yearly open-book meeting.',
  },
}

const NVO_2020: RuleSetMessages = {
  label: 'Norm voor Opdrachtgeverschap Jeugd (2020)',
  titles: NVO_TITLES,
  elements: NVO_ELEMENTS,
}

const WET_2026: RuleSetMessages = {
  label: 'Wet verbetering beschikbaarheid jeugdzorg (2026)',
  titles: {
    ...NVO_TITLES,
    9: 'Tackling waiting times',
    10: 'Aligning procurement policy and securing that alignment',
    11: 'Forms of youth care contracted regionally',
    12: 'Regional representation',
  },
  elements: {
    ...NVO_ELEMENTS,
    'opgave-9.inzicht': {
      label: 'insight into waiting times: figures, norms and one way of recording them',
      todo: 'Give the current waiting times per form of care, the regional norm, and how every provider records and reports waiting times in the same way.',
    },
    'opgave-9.aanpak': {
      label: 'measures to reduce waiting times',
      todo: 'Describe the measures against waiting times: for example a regional care broker, bridging help while people wait, priority when a child is unsafe, capacity agreements tied to the norm.',
    },
    'opgave-9.doelen': {
      label: 'targets for waiting times',
      todo: 'Tip: also state when which share of care starts within the norm (for example 80% within the norm on 1 January 2028).',
    },
    'opgave-10.afstemming': {
      label: 'how the municipalities’ procurement policies are aligned',
      todo: 'Describe how the procurement policies of all municipalities are aligned, for example one regional procurement framework that also applies to what a municipality buys locally.',
    },
    'opgave-10.borging': {
      label: 'how that alignment is secured',
      todo: 'Record how the alignment of procurement policy is secured: in the joint arrangement, in (identical) by-laws, and with a regular review.',
    },
    'opgave-11.vormen': {
      label: 'which forms of youth care are contracted regionally',
      todo: 'Name the forms of youth care the region contracts regionally (at least those the law prescribes), for example in a table per form.',
    },
    'opgave-12.vertegenwoordiger': {
      label: 'who represents the region',
      todo: 'Record who (legally) represents the region, for example the operating organisation or the central municipality, and who acts on behalf of the region.',
    },
  },
}

const BW_MO: RuleSetMessages = {
  label: 'Beschermd Wonen en Maatschappelijke Opvang (draft)',
  titles: {
    1: NVO_TITLES[1]!,
    2: 'Availability and continuity of sheltered housing and shelter',
    4: NVO_TITLES[4]!,
    5: NVO_TITLES[5]!,
    6: NVO_TITLES[6]!,
    7: NVO_TITLES[7]!,
    8: NVO_TITLES[8]!,
    9: 'Housing and moving on',
    10: 'Nationwide access to shelter',
    11: 'Financial agreements in the transition to the objective allocation model',
    12: 'Women’s shelter',
  },
  elements: {
    ...NVO_ELEMENTS,
    'opgave-1.participatie': {
      label:
        'who the vision was drawn up with (clients and experts by experience, providers, housing associations, partner organisations)',
      todo: 'Describe who the vision was drawn up with and how: clients and experts by experience (or their representatives), providers, housing associations, professionals and partner organisations such as mental health care and the police.',
    },
    'opgave-9.woningcorporaties': {
      label: 'agreements with housing associations about housing',
      todo: 'Describe the agreements with housing associations about homes for people moving on (for example a yearly quota of homes or performance agreements).',
    },
    'opgave-9.uitstroom': {
      label: 'how moving on to independent living is arranged, with numbers',
      todo: 'Describe how moving on from sheltered housing and shelter to independent living is arranged, with numbers or targets.',
    },
    'opgave-10.toegankelijkheid': {
      label: 'how the shelter is accessible nationwide',
      todo: 'Describe how the shelter is accessible nationwide: no tie to the region as a condition, and how people from another region are helped.',
    },
    'opgave-11.verdeelmodel': {
      label: 'financial agreements during the transition to the objective allocation model',
      todo: 'Describe the financial agreements during the transition to the objective allocation model: how the funds are divided and how the municipalities share risks.',
    },
    'opgave-12.vrouwenopvang': {
      label: 'how the women’s shelter is organised',
      todo: 'Describe how the women’s shelter is organised: which central municipality, how many places, and the cooperation with Veilig Thuis.',
    },
  },
}

/** The English of each rule set, by rule set id. */
export const RULESET_MESSAGES_EN: Readonly<Record<string, RuleSetMessages>> = {
  'nvo-2020': NVO_2020,
  'wet-2026': WET_2026,
  'bw-mo': BW_MO,
}

/** The findings every opgave or document can get, whatever its elements. */
export const GENERIC_EN = {
  found: (label: string) => `Found: ${label}.`,
  partly: (label: string, todo: string) => `Partly found: ${label}. ${todo}`,
  notYet: (label: string, todo: string) => `Not found yet: ${label}. ${todo}`,
  /** `opgave-<n>.uitgesteld`; `targets` are the Dutch names of the documents it is put off to. */
  deferred: (targets: string | null) =>
    targets
      ? `Part of this opgave is put off to ${targets}. Record the agreements in this document, or check the other document together with this one.`
      : 'Part of this opgave is put off until later. Record the agreements in this document.',
  /** `opgave-<n>.beperkt`: an arrangement that leaves the members free. */
  limited:
    'Part of these agreements does not hold for every municipality: each can depart from it or is not bound by it. Record what holds for the whole region.',
  /** `opgave-<n>.alleen-genoemd`. */
  mentionOnly:
    'The topic is mentioned, but without agreements of the region’s own yet: only as an intention, as a deferral or in the words of the NvO. Write out what the region has actually decided.',
  /** `opgave-<n>.participatie-registratie`: groups that commented in the editor. */
  commented: (groups: string) =>
    `People from these groups commented on this document: ${groups}. That counts as evidence of consultation; also describe in the text how their input was used.`,
  /** `opgave-<n>.participatie-registratie`, and the writing team answered every reaction. */
  commentedAllAnswered: (groups: string, threads: string) =>
    `People from these groups commented on this document: ${groups}. The writing team answered all ${threads} reactions (adopted, partly adopted, not adopted or answered); that counts as evidence that their input was handled.`,
  /** `opgave-<n>.participatie-registratie`, with reactions still unanswered. */
  commentedOpen: (groups: string, open: string, threads: string) =>
    `People from these groups commented on this document: ${groups}. The writing team has not yet answered ${open} of the ${threads} reactions: record what was done with that input.`,
  /** `opgave-<n>.vaststelling-raden-registratie`, every council adopted it. */
  adoptedByAll: (total: string) =>
    `According to the adoption tracker, all ${total} municipal councils have adopted the regiovisie.`,
  /** `opgave-<n>.vaststelling-raden-registratie`, some councils still to do. */
  adoptedBySome: (adopted: string, total: string, pending: string) =>
    `According to the adoption tracker, ${adopted} of ${total} municipal councils have adopted the regiovisie. Not adopted yet by: ${pending}.`,
  /** `document.regelset-onbekend`. */
  unknownRuleset: (requested: string, used: string) =>
    `The rule set "${requested}" does not exist; the check uses ${used}.`,
  /** `document.regelset-concept`. */
  draftRuleset: (label: string) =>
    `The rule set ${label} is a draft: its list of opgaven has not been verified yet. Use the outcome as an aid.`,
  /** `document.gewone-taal`. */
  noPlainLanguage:
    'This document is meant for adoption by the municipal councils, but has no chapter in plain language for youth and parents yet. Tell in short sentences what this vision changes for them (the template has an optional chapter for it: "In gewone taal: wat verandert er voor jongeren en ouders").',
  /** `document.ander-domein` under a Jeugd rule set. */
  otherDomainBwmo:
    'This document seems to be about Beschermd Wonen and Maatschappelijke Opvang, not about youth care. Check it with the bw-mo rule set, or make sure the right document was chosen.',
  /** `document.ander-domein` under the BW/MO rule set. */
  otherDomainJeugd:
    'This document seems to be about youth care, not about Beschermd Wonen and Maatschappelijke Opvang. Check it with the nvo-2020 or wet-2026 rule set.',
} as const

/** Codes that are not `opgave-<n>.<element>`: the suffixes every opgave can get, and the document's own. */
export const FIXED_CODES_EN = {
  opgave: ['uitgesteld', 'beperkt', 'alleen-genoemd'],
  /** Elements with evidence from outside the text get `<element>-registratie`. */
  context: ['participatie-registratie', 'vaststelling-raden-registratie'],
  document: [
    'document.regelset-onbekend',
    'document.regelset-concept',
    'document.ander-domein',
    'document.gewone-taal',
  ],
} as const
