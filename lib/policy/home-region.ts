/**
 * The home region every surface ranks and orders with: the administrator's, else the user's, else
 * Region Halland, the region the product is made for. The options page names the default as such,
 * so "finns i din region" in the panel never contradicts an options page that says "none".
 */

/** Region Halland's county code. */
export const DEFAULT_HOME_REGION = '13';

export function homeRegionOrDefault(code: string | null | undefined): string {
  return code ?? DEFAULT_HOME_REGION;
}
