import { useEffect, useMemo, useState } from 'preact/hooks';
import { type HandoutPolicy, handoutQuery, parseHandoutQuery } from '../../lib/handout/request.ts';
import { buildSlip } from '../../lib/handout/slip.ts';
import { t } from '../../lib/handout/text.ts';
import { readHandoutPolicy } from '../../platform/handout.ts';
import type { ViewProps } from '../App.tsx';
import { useEverything } from '../use-everything.ts';
import { HandoutPage } from './HandoutPage.tsx';
import './handout.css';

const NO_POLICY: HandoutPolicy = { lines: undefined, disabledFeatures: [] };

/**
 * The handout page's glue: the request from the address (a resource id and the slip's language),
 * the administrator's lines, and the print dialog once when the button that opened it asked.
 */
export function HandoutView({ catalogue }: ViewProps) {
  const [request, setRequest] = useState(() => parseHandoutQuery(location.search));
  const [policy, setPolicy] = useState<HandoutPolicy | null>(null);
  useEffect(() => {
    document.title = t('handoutPageTitle');
    readHandoutPolicy().then(setPolicy, (error: unknown) => {
      console.warn('Hänvisa: handout policy', error);
      setPolicy(NO_POLICY);
    });
  }, []);
  // The general lines are chosen from the whole catalogue (read whole from the store for a remote one).
  const everything = useEverything(catalogue);
  const slip = useMemo(
    () =>
      everything &&
      buildSlip(everything, {
        chosenId: request.chosenId,
        locale: request.locale,
        policyLines: policy?.lines,
      }),
    [everything, request.chosenId, request.locale, policy],
  );
  const chosen = slip?.chosen ?? null;
  const printable = policy !== null && slip !== null && !policy.disabledFeatures.includes('handout');
  useEffect(() => {
    if (!printable || !request.print) return;
    const next = { ...request, print: false };
    history.replaceState(null, '', handoutQuery(next));
    setRequest(next);
    // Only a slip with its chosen line opens the dialog at once; otherwise the notes come first.
    if (chosen !== null) requestAnimationFrame(() => window.print());
  }, [printable, request, chosen]);
  if (policy === null || slip === null) return <p aria-busy="true">{t('loading')}</p>;
  return (
    <HandoutPage
      slip={slip}
      disabledFeatures={policy.disabledFeatures}
      onLocale={(locale) => {
        const next = { ...request, locale, print: false };
        history.replaceState(null, '', handoutQuery(next));
        setRequest(next);
      }}
      onPrint={() => window.print()}
    />
  );
}
