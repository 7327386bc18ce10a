import { useMemo, useState } from 'preact/hooks';
import type { Resource } from '../../data/schema.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { getLocale } from '../../lib/i18n/i18n.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';

interface Props {
  themes: readonly Theme[];
  resources: readonly Pick<Resource, 'id' | 'name' | 'serves'>[];
  onShow(id: string): void;
}

/** Names listed per situation at first; a national catalogue serves one with thousands. */
const SHOWN_STEP = 100;

/** The resources that serve a situation, best fit first (then by name). */
function servingResources<R extends Pick<Resource, 'name' | 'serves'>>(
  resources: readonly R[],
  themeId: Theme['id'],
): R[] {
  const fitOf = (r: R) => r.serves[themeId] ?? 0;
  return resources
    .filter((r) => fitOf(r) > 0)
    .sort((a, b) => fitOf(b) - fitOf(a) || a.name.localeCompare(b.name, 'sv'));
}

/** One situation; its list is made when it is opened (sorting thousands for every one at once is slow). */
function ThemeGroup({ theme, resources, onShow }: Omit<Props, 'themes'> & { theme: Theme }) {
  const [open, setOpen] = useState(false);
  const serving = useMemo(
    () => (open ? servingResources(resources, theme.id) : []),
    [open, resources, theme.id],
  );
  const [shown, setShown] = useState(SHOWN_STEP);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{getLocale() === 'en' ? theme.labelEn : theme.label}</summary>
      <ul>
        {serving.slice(0, shown).map((r) => (
          <li key={r.id}>
            <button type="button" class="link" onClick={() => onShow(r.id)}>
              {r.name}
            </button>
          </li>
        ))}
      </ul>
      {shown < serving.length && (
        <button type="button" class="show-more" onClick={() => setShown(shown + SHOWN_STEP)}>
          {t('showMore', { shown, total: serving.length })}
        </button>
      )}
    </details>
  );
}

/** The whole catalogue by situation, for browsing when the page gives no clue. */
export function ThemeCatalogue({ themes, resources, onShow }: Props) {
  return (
    <section class="theme-catalogue" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogueByTheme')}</h2>
      {themes.map((theme) => (
        <ThemeGroup key={theme.id} theme={theme} resources={resources} onShow={onShow} />
      ))}
    </section>
  );
}
