import { describe, expect, it } from 'vitest';
import { COMMAND_DISCREET, routeCommand } from '../../lib/extension/commands.ts';
import { DEFAULT_KEYS, manifestCommands } from '../../lib/extension/shortcuts.ts';
import { isDiscreet, neutralName, shownName } from '../../lib/resource/discreet.ts';

describe('discreet mode', () => {
  it("this session's choice wins over the policy default; nothing chosen and no policy is off", () => {
    expect(isDiscreet(null, undefined)).toBe(false);
    expect(isDiscreet(null, true)).toBe(true);
    expect(isDiscreet(false, true)).toBe(false);
    expect(isDiscreet(true, false)).toBe(true);
  });

  it('shows the neutral label only in discreet mode, and the kind where the data has none', () => {
    const line = { kind: 'helpline' as const, name: 'Kvinnofridslinjen', neutralName: 'Nationell stödlinje' };
    expect(shownName(line, false)).toBe('Kvinnofridslinjen');
    expect(shownName(line, true)).toBe('Nationell stödlinje');
    expect(neutralName({ kind: 'guidance' })).toBe('Vägledning för personal');
  });

  it('has its own shortcut, Alt+Shift+D, in both browsers, that no other command uses', () => {
    expect(routeCommand(COMMAND_DISCREET, null)).toEqual({ kind: 'discreet' });
    for (const browser of ['chrome', 'firefox']) {
      const commands = manifestCommands(browser, 3);
      expect(commands[COMMAND_DISCREET]?.suggested_key.default).toBe(DEFAULT_KEYS.discreet);
      const keys = Object.values(commands).map((c) => c.suggested_key.default);
      expect(new Set(keys).size).toBe(keys.length);
      // Chrome takes at most four suggested shortcuts per extension.
      expect(keys.length).toBeLessThanOrEqual(4);
    }
  });
});
