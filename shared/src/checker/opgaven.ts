/** The eight opgaven of the Norm voor Opdrachtgeverschap (Jeugd), numbering of VNG seed 002. */
export interface OpgaveDefinition {
  opgave: number
  title: string
}

export const NVO_OPGAVEN: readonly OpgaveDefinition[] = [
  { opgave: 1, title: 'Regiovisie: regionaal opgesteld en vastgesteld door alle gemeenteraden' },
  { opgave: 2, title: 'Beschikbaarheid en continuïteit van (specialistische) jeugdfuncties' },
  { opgave: 3, title: 'Lokale toegang verbonden met specialistische jeugdhulp' },
  { opgave: 4, title: 'Niet-vrijblijvende governance met één aanspreekpunt' },
  { opgave: 5, title: 'Bovenregionale samenwerking' },
  { opgave: 6, title: 'Administratieve lasten beperken' },
  { opgave: 7, title: 'Zorgvuldige inkoop' },
  { opgave: 8, title: 'Reële tarieven' },
]
