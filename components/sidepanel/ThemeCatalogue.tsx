import type { Resource } from '../../data/schema.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { getLocale } from '../../lib/i18n/i18n.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';

interface Props {
  themes: readonly Theme[];
  resources: readonly Resource[];
  onShow(id: string): void;
}

/** The resources that serve a situation, best fit first (then by name). */
function servingResources(resources: readonly Resource[], themeId: Theme['id']): Resource[] {
  const fitOf = (r: Resource) => r.serves[themeId] ?? 0;
  return resources
    .filter((r) => fitOf(r) > 0)
    .sort((a, b) => fitOf(b) - fitOf(a) || a.name.localeCompare(b.name, 'sv'));
}

/** The whole catalogue by situation, for browsing when the page gives no clue. */
export function ThemeCatalogue({ themes, resources, onShow }: Props) {
  return (
    <section class="theme-catalogue" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">{t('catalogueByTheme')}</h2>
      {themes.map((theme) => (
        <details key={theme.id}>
          <summary>{getLocale() === 'en' ? theme.labelEn : theme.label}</summary>
          <ul>
            {servingResources(resources, theme.id).map((r) => (
              <li key={r.id}>
                <button type="button" class="link" onClick={() => onShow(r.id)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
