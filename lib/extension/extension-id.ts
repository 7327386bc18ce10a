/**
 * Public half of the signing key: gives the Chrome/Edge build the stable id
 * mdjibgnbdoplhmpnofakfmcehfeeegej, which managed policies and browser tests address.
 * The private half is not kept anywhere in this repository.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmRAYjtHel29RVTbTSNrON6bcfdfedXf4LGWs2/Jd/v0jQ2pAX7NUJgi9rVA8oGbt1po7lFnY1w3svRKsPX4KtenOkiihbpxLuqeJoobsDGV95R/vAUKG7xHxOXNrqVq8K4d1rANX1afTW61l2fDioLXeAM/jF0bBhS5vV2MKcaXoGub6rn0EcDEhmbi4TR3wdaTsC86A2hlQxyBGErBn+FdcjmYIsb3HEdHsPBNEUqmCtSoqdrqqlNypyPJe7BN1YRWJ6mAGVXy6nvi8d8kgp+d2VNc3p0et7WNZcEGAzUOrFvcC8v/tBS/z2EVxs/UaV3u3HiQ1p+1okH1dPm7a+QIDAQAB';
export const CHROME_EXTENSION_ID = 'mdjibgnbdoplhmpnofakfmcehfeeegej';
export const GECKO_ID = 'hanvisa@regionhalland.se';

/**
 * The manifest key of a build: a region's own package signs with its own key (HANVISA_EXTENSION_KEY,
 * base64 DER public key, set by scripts/package-region.ts), so the installed id is that key's id.
 */
export function extensionKeyFromEnv(value: string | undefined): string {
  if (value === undefined || value === '') return EXTENSION_KEY;
  if (!/^[A-Za-z0-9+/]{200,}={0,2}$/.test(value))
    throw new Error('HANVISA_EXTENSION_KEY must be a base64 DER public key (see scripts/package-region.ts)');
  return value;
}
