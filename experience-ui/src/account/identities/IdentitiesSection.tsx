import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../api/experience';
import type { ApiResult } from '../../api/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { redirectToProvider } from '../../flows/social/redirect';
import type { AccountIdentities, LinkedIdentity } from '../api/accountApi';
import { useAccount } from '../context';
import { Section, Success } from '../Section';
import type { SectionFrame } from '../sections';
import { useRequest } from '../useRequest';
import { useSensitiveAction } from '../useSensitiveAction';
import { useResume } from '../verification/useResume';
import { Verify } from '../verification/Verify';
import { IdentityRow } from './IdentityRow';
import { ACCOUNT_PATH, forgetLinkedNotice, linkedNotice } from './link';

/** What the section is about to do once identity is proved. */
type Task = { kind: 'link'; connector: Connector } | { kind: 'unlink'; identity: LinkedIdentity };
type Done = { kind: 'linked' | 'unlinked'; provider: string };

/** The task as `useResume` hands it back, after a verification at a provider. */
function taskName(task: Task): string {
  return task.kind === 'link' ? `link:${task.connector.id}` : `unlink:${task.identity.id}`;
}

/** The task `name` stands for, if what it is about is still there. */
function namedTask({ connectors, identities }: AccountIdentities, name: string | undefined): Task | undefined {
  const at = name?.indexOf(':') ?? -1;
  if (!name || at < 0) return undefined;
  const [kind, id] = [name.slice(0, at), name.slice(at + 1)];
  if (kind === 'link') {
    const connector = connectors.find((c) => c.id === id);
    return connector && { kind, connector };
  }
  if (kind === 'unlink') {
    const identity = identities.find((i) => i.id === id && i.canUnlink);
    return identity && { kind, identity };
  }
  return undefined;
}

/**
 * The external accounts (providers) the account signs in with: each can be unlinked while
 * another way to sign in remains, and another one linked (a fresh proof of identity first,
 * then the provider's sign-in page, and back through `/callback/{connectorId}`).
 */
export function IdentitiesSection({ frame }: { frame: SectionFrame }) {
  const { t } = useTranslation();
  const { api, assign } = useAccount();
  const action = useSensitiveAction();
  const request = useRequest();
  const [list, setList] = useState<AccountIdentities>();
  const [loadError, setLoadError] = useState<string>();
  const [task, setTask] = useState<Task>();
  /** What the last change did: a link made (back from the provider), or one removed. */
  const [done, setDone] = useState<Done | undefined>(() => {
    const linked = linkedNotice();
    return linked ? { kind: 'linked', provider: linked } : undefined;
  });
  useEffect(() => forgetLinkedNotice(), []);

  const show = useCallback((result: ApiResult<AccountIdentities>) => {
    if (result.ok) {
      setList(result.data);
      setLoadError(undefined);
    } else {
      setLoadError(result.code);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void api.listIdentities().then((result) => live && show(result));
    return () => {
      live = false;
    };
  }, [api, show]);

  function start(next: Task) {
    setDone(undefined);
    request.clear();
    setTask(next);
    action.open();
  }

  // Back from a provider the user proved identity at, for this task: once the list is read.
  useResume('identities', list !== undefined, (name) => {
    const resumed = list && namedTask(list, name);
    if (resumed) start(resumed);
  });

  function cancel() {
    action.close();
    setTask(undefined);
    request.clear();
  }

  /** Off to the provider with the proof, which the callback page links with. */
  async function link(connector: Connector) {
    const proof = action.proofId();
    if (!proof) return;
    const flow = 'link-account';
    await request.run(() => redirectToProvider(api.identityAuthorizationUri, { connector, flow, returnTo: ACCOUNT_PATH, proof }, assign));
  }

  async function unlink(identity: LinkedIdentity) {
    const proof = action.proofId();
    if (!proof) return;
    const result = await request.run(() => api.unlinkIdentity(identity.id, proof));
    // Gone already is as good as unlinked.
    if (result.ok || result.code === 'account.identity_not_found') {
      if (!result.ok) request.clear();
      action.close();
      setTask(undefined);
      setDone({ kind: 'unlinked', provider: identity.connectorName });
      show(await api.listIdentities());
    } else {
      action.refused(result.code);
    }
  }

  if (!list) {
    return loadError ? (
      <Section {...frame}>
        <ErrorAlert code={loadError} testId="identities-error" />
      </Section>
    ) : null;
  }
  // Nothing to show while the server offers no provider and the account has no identity.
  if (list.identities.length === 0 && list.connectors.length === 0) return null;
  const busy = action.stage !== 'closed' || request.busy;
  return (
    <Section {...frame}>
      {done && (
        <Success testId="identities-saved">
          {t(done.kind === 'linked' ? 'account.identities.linked' : 'account.identities.unlinked', { provider: done.provider })}
        </Success>
      )}
      {list.identities.length === 0 ? (
        <p className="muted" data-testid="identities-none">
          {t('account.identities.none')}
        </p>
      ) : (
        <ul className="rows">
          {list.identities.map((identity) => (
            <IdentityRow key={identity.id} identity={identity} busy={busy} onUnlink={() => start({ kind: 'unlink', identity })} />
          ))}
        </ul>
      )}
      {action.stage === 'verify' && (
        <Verify
          idPrefix="identities"
          expired={action.expired}
          resume={task && { section: 'identities', task: taskName(task) }}
          onVerified={action.verified}
          onCancel={cancel}
        />
      )}
      {action.stage === 'form' && task && (
        <div className="panel" data-testid="identity-task">
          <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="identity-task-error" />
          <p>
            {task.kind === 'link'
              ? t('account.identities.linkIntro', { provider: task.connector.name })
              : t('account.identities.unlinkConfirm', { provider: task.identity.connectorName })}
          </p>
          <div className="actions">
            <button
              type="button"
              className={task.kind === 'link' ? 'button' : 'button button-danger'}
              disabled={request.busy}
              onClick={() => void (task.kind === 'link' ? link(task.connector) : unlink(task.identity))}
            >
              {task.kind === 'link'
                ? t('account.identities.continueTo', { provider: task.connector.name })
                : t('account.identities.unlink')}
            </button>
            <button type="button" className="button button-quiet" disabled={request.busy} onClick={cancel}>
              {t('account.cancel')}
            </button>
          </div>
        </div>
      )}
      {list.connectors.length > 0 && (
        <div className="actions" data-testid="identity-connectors">
          {list.connectors.map((connector) => (
            <button
              key={connector.id}
              type="button"
              className="button button-quiet button-connector"
              data-testid={`link-connector-${connector.id}`}
              disabled={busy}
              onClick={() => start({ kind: 'link', connector })}
            >
              {/* Decorative: the text names the provider. */}
              {connector.logoUrl && <img className="connector-logo" src={connector.logoUrl} alt="" />}
              <span>{t('account.identities.link', { provider: connector.name })}</span>
            </button>
          ))}
        </div>
      )}
    </Section>
  );
}
