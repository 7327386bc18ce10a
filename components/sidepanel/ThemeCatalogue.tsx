import type { Resource } from '../../data/schema.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { getLocale } from '../../lib/i18n.ts';
import { t } from '../../lib/i18n-sidepanel.ts';

interface Props {
  themes: readonly Theme[];
  byId: ReadonlyMap<string, Resource>;
  onShow(id: string): void;
}

/** The whole catalogue by theme, for browsing when the page gives no clue. */
export function ThemeCatalogue({ themes, byId, onShow }: Props) {
  return (
    <section class="theme-catalogue" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogueByTheme')}</h2>
      {themes.map((theme) => (
        <details key={theme.id}>
          <summary>{getLocale() === 'en' ? theme.labelEn : theme.label}</summary>
          <ul>
            {theme.resources.map(({ id }) => {
              const r = byId.get(id);
              return r ? (
                <li key={id}>
                  <button type="button" class="link" onClick={() => onShow(id)}>
                    {r.name}
                  </button>
                </li>
              ) : null;
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}
