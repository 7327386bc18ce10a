/**
 * What an administrator can set through managed storage (Chrome/Edge `3rdparty` policy, Firefox
 * policies.json). Every key is optional. The manifest's `storage.managed_schema` is generated from
 * this schema (scripts/lib/managed-schema.ts), so the two cannot drift apart.
 */
import { z } from 'zod';
import { COUNTY_CODES } from './county-codes.ts';

/** Chrome match-pattern host part: "journal.example.se", "*.intranet.example.se" or "127.0.0.1:8080". */
export const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/** http is accepted only on this machine, so that tests and demos can serve a catalogue. */
export function isAllowedCatalogueUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}

/** Base64 of a P-256 public key as SubjectPublicKeyInfo (what `catalogue keygen` prints), 124 characters. */
export const PUBLIC_KEY_PATTERN = /^MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE[A-Za-z0-9+/]{86}==$/;

/** Parts of the extension an administrator can switch off. */
export const FEATURES = [
  'pageContext',
  'journalLine',
  'ageFromPersonnummer',
  'patientFromNote',
  'qrCode',
  'favourites',
  'handout',
] as const;
export type Feature = (typeof FEATURES)[number];

/** How a reading of the page may be used: not at all, at the user's opt-in, or on unless the user says no. */
export const READING_POLICIES = ['off', 'allowed', 'default'] as const;

export const PolicySchema = z
  .object({
    homeRegion: z
      .enum(COUNTY_CODES)
      .describe('Home region: two-digit Swedish county code, e.g. "13" for Halland'),
    pageContextHosts: z
      .array(z.string().regex(HOST_PATTERN))
      .describe('Journal and intranet hosts where the page context is on, e.g. "*.journal.example.se"'),
    catalogueUrl: z
      .string()
      .refine(isAllowedCatalogueUrl, 'use an https:// address (http:// only for 127.0.0.1 or localhost)')
      .describe('https address of the catalogue document; no address = the bundled catalogue, no requests'),
    // A refine, not a regex: Chrome's managed schema then checks only "a list of strings", so one
    // mistyped key cannot make Chrome drop the whole list (and with it the requirement to verify).
    catalogueKeys: z
      .array(z.string().refine((v) => PUBLIC_KEY_PATTERN.test(v), 'not a public key from `catalogue keygen`'))
      .describe(
        'Public keys (base64, from `npm run catalogue -- keygen`) that may sign the catalogue document; when set, an unsigned or badly signed document is refused',
      ),
    catalogueMaxMB: z
      .int()
      .min(1)
      .max(1024)
      .describe('Largest catalogue document accepted, in MB after decompression (default 40; 1 to 1024)'),
    refreshMinutes: z.int().min(15).max(10080).describe('Minutes between catalogue refreshes (15 to 10080)'),
    hiddenResources: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
      .describe('Resource ids not to show'),
    handoutLines: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
      .describe(
        'Resource ids of the general lines printed on every patient handout, in this order; replaces the default set (an empty list: only the chosen line)',
      ),
    journalTemplate: z
      .string()
      .max(500)
      .describe('Template of the journal line, e.g. "{name}, tel. {phone}"'),
    ageFromPersonnummer: z
      .enum(READING_POLICIES)
      .describe(
        'Age from personnummer: "off" (not available), "allowed" (user opt-in), "default" (on unless the user turns it off)',
      ),
    patientFromNote: z
      .enum(READING_POLICIES)
      .describe(
        'Age, gender and language read from the note for the suggestions: "off" (not available), "allowed" (user opt-in), "default" (on unless the user turns it off; also without a policy)',
      ),
    pageContext: z.boolean().describe('false turns the page context off everywhere'),
    discreetByDefault: z
      .boolean()
      .describe('true starts every browser session in discreet mode (neutral wording, no badge count)'),
    disabledFeatures: z.array(z.enum(FEATURES)).describe('Features to switch off'),
  })
  .partial();

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyKey = keyof Policy;
export const POLICY_KEYS = Object.keys(PolicySchema.shape) as PolicyKey[];
export const DEFAULT_REFRESH_MINUTES = 360;
