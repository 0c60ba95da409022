import { type AdoptionOutcome, type AdoptionRoute, OUTCOME_LABELS } from '@regiovisie/shared/adoption'
import type { Lang } from '../i18n/I18nProvider.tsx'
import type { Dictionary } from '../i18n/nl.ts'

/** The name of a route in the current language (raadsbesluit, zienswijze, collegebesluit). */
export function routeLabel(t: Dictionary, route: AdoptionRoute): string {
  const labels: Record<AdoptionRoute, string> = {
    raadsbesluit: t.routeRaadsbesluit,
    zienswijze: t.routeZienswijze,
    collegebesluit: t.routeCollegebesluit,
  }
  return labels[route]
}

/** The name of an outcome in the current language ("Vastgesteld met amendement"). */
export function outcomeLabel(lang: Lang, outcome: AdoptionOutcome): string {
  return OUTCOME_LABELS[outcome][lang]
}
