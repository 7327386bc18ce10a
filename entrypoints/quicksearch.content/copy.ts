/**
 * Clipboard from the page: the async API where the page is a secure context, otherwise the old
 * copy command on a temporary field inside the overlay's shadow root (journals on plain http).
 */
export async function copyText(text: string, root: ShadowRoot | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, policy): try the copy command.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('aria-hidden', 'true');
  field.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  (root ?? document.documentElement).append(field);
  const previous = (root ?? document).activeElement as HTMLElement | null;
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  previous?.focus({ preventScroll: true });
  return ok;
}
