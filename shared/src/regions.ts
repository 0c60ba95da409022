/**
 * Built-in jeugdregio's with their member municipalities, offered when a regiovisie is
 * created. Guidance data, not an official register (the composition of regions changes):
 * extend or correct it here, or type the municipalities by hand in the interface.
 */
export interface Jeugdregio {
  name: string
  municipalities: string[]
}

export const JEUGDREGIOS: Jeugdregio[] = [
  {
    name: 'Twente',
    municipalities: [
      'Almelo',
      'Borne',
      'Dinkelland',
      'Enschede',
      'Haaksbergen',
      'Hellendoorn',
      'Hengelo',
      'Hof van Twente',
      'Losser',
      'Oldenzaal',
      'Rijssen-Holten',
      'Tubbergen',
      'Twenterand',
      'Wierden',
    ],
  },
  { name: 'Lekstroom', municipalities: ['Houten', 'IJsselstein', 'Lopik', 'Nieuwegein', 'Vijfheerenlanden'] },
  {
    name: 'Gooi en Vechtstreek',
    municipalities: ['Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Wijdemeren'],
  },
  {
    name: 'Holland Rijnland',
    municipalities: [
      'Alphen aan den Rijn',
      'Hillegom',
      'Kaag en Braassem',
      'Katwijk',
      'Leiden',
      'Leiderdorp',
      'Lisse',
      'Nieuwkoop',
      'Noordwijk',
      'Oegstgeest',
      'Teylingen',
      'Voorschoten',
      'Zoeterwoude',
    ],
  },
  {
    name: 'Zuid-Limburg',
    municipalities: [
      'Beek',
      'Beekdaelen',
      'Brunssum',
      'Eijsden-Margraten',
      'Gulpen-Wittem',
      'Heerlen',
      'Kerkrade',
      'Landgraaf',
      'Maastricht',
      'Meerssen',
      'Simpelveld',
      'Sittard-Geleen',
      'Stein',
      'Vaals',
      'Valkenburg aan de Geul',
      'Voerendaal',
    ],
  },
]
