import { GROUP_LABELS, GROUPS, type Group, groupRequired, isPrivateGroup } from '@regiovisie/shared/groups'
import { Button, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { ApiError, api, type InviteInfo } from '../api.ts'
import { roleCan } from '../components/InviteLinks.tsx'
import { Notice } from '../components/Notice.tsx'
import { PageShell } from '../components/PageShell.tsx'
import { errorMessage } from '../errorMessage.ts'
import { roleLabel } from '../i18n/roleLabel.ts'
import { useI18n } from '../i18n/useI18n.ts'
import { ShowNameField } from '../participants/ShowNameSetting.tsx'
import { loadSession, type StoredSession, saveSession } from '../storedSession.ts'
import { navigate } from '../useRoute.ts'

type InviteState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; info: InviteInfo }

/** `/join/<invite>`: who are you? Creates a session for the invite and opens the document. */
export function JoinPage({ invite }: { invite: string }) {
  const { t, lang } = useI18n()
  const ids = { name: useId(), organisation: useId(), group: useId() }
  const [state, setState] = useState<InviteState>({ kind: 'loading' })
  const [existing, setExisting] = useState<StoredSession | null>(null)
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  // No default: a preselected group is how a councillor ended up counted as "Gemeente".
  const [group, setGroup] = useState<Group | ''>('')
  // Off unless ticked: a young person or parent is shown as their group.
  const [showName, setShowName] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    api.getInvite(invite).then(
      (info) => {
        if (cancelled) return
        setState({ kind: 'ok', info })
        const session = loadSession(info.documentId)
        setExisting(session)
        if (session) {
          setName(session.name)
          setOrganisation(session.organisation)
          if (session.group) setGroup(session.group)
        }
      },
      (err: unknown) => {
        if (cancelled) return
        if (err instanceof ApiError && (err.status === 404 || err.status === 401 || err.status === 400))
          setState({ kind: 'invalid' })
        else setState({ kind: 'error', message: errorMessage(t, err) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [invite, t])

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const session = await api.createSession({
        invite,
        name: name.trim(),
        organisation: organisation.trim(),
        ...(group ? { group } : {}),
        ...(showName && isPrivateGroup(group) ? { showName: true } : {}),
      })
      saveSession(session.documentId, {
        token: session.token,
        role: session.role,
        name: name.trim(),
        organisation: organisation.trim(),
        group: group || null,
        title: state.kind === 'ok' ? state.info.title : undefined,
        personalLink: session.personalLink,
        welcome: true,
      })
      navigate(`/d/${encodeURIComponent(session.documentId)}`)
    } catch (err) {
      setError(errorMessage(t, err))
      setBusy(false)
    }
  }

  if (state.kind === 'loading')
    return (
      <PageShell title={t.joinTitle}>
        <p>{t.loading}</p>
      </PageShell>
    )
  if (state.kind !== 'ok') {
    return (
      <PageShell title={t.joinTitle}>
        <Notice kind="error">{state.kind === 'invalid' ? t.joinInvalid : state.message}</Notice>
        <p>
          <a href="/">{t.backHome}</a>
        </p>
      </PageShell>
    )
  }

  const { info } = state
  const needsGroup = groupRequired(info.role)
  return (
    <PageShell title={t.joinTitle}>
      <p className="lead">{t.joinInvitedAs(info.title, roleLabel(t, info.role))}</p>
      <p className="join-role">{t.joinRoleMeans(roleLabel(t, info.role), roleCan(t, info.role))}</p>
      <p className="hint">{t.joinPersonalLinkNote}</p>
      {existing && (
        <div className="card">
          <p>{t.joinExisting(`${existing.name}, ${existing.organisation}`)}</p>
          <Button
            appearance="primary-action-button"
            onClick={() => navigate(`/d/${encodeURIComponent(info.documentId)}`)}
          >
            {t.joinContinue}
          </Button>
          <p className="muted">{t.joinAsSomeoneElse}</p>
        </div>
      )}
      <form className="form form-narrow" onSubmit={submit}>
        <div className="field">
          <FormLabel htmlFor={ids.name}>{t.fieldName}</FormLabel>
          <Textbox
            inputRequired
            id={ids.name}
            type="text"
            required
            maxLength={200}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <FormLabel htmlFor={ids.organisation}>{t.fieldOrganisation}</FormLabel>
          <Textbox
            inputRequired
            id={ids.organisation}
            type="text"
            required
            maxLength={200}
            autoComplete="organization"
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <div className="field">
          <FormLabel htmlFor={ids.group}>{needsGroup ? t.fieldGroup : t.fieldGroupOptional}</FormLabel>
          {/* `noscript`: the browser's own required check, as before; without it the NL Design System
              select only says aria-required and the form would be sent without a group. */}
          <Select
            noscript
            id={ids.group}
            required={needsGroup}
            aria-describedby={`${ids.group}-hint`}
            value={group}
            onChange={(e) => setGroup(e.target.value as Group | '')}
          >
            <SelectOption value="">{t.fieldGroupPick}</SelectOption>
            {GROUPS.map((g) => (
              <SelectOption key={g} value={g}>
                {GROUP_LABELS[g][lang]}
              </SelectOption>
            ))}
          </Select>
          <p id={`${ids.group}-hint`} className="hint">
            {t.joinGroupHint}
          </p>
        </div>
        <ShowNameField group={group || null} checked={showName} onChange={setShowName} />
        {error && <Notice kind="error">{error}</Notice>}
        <Button appearance="primary-action-button" type="submit" disabled={busy}>
          {busy ? t.joining : t.joinSubmit}
        </Button>
      </form>
    </PageShell>
  )
}
