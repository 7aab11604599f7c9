import { describe, expect, it } from '@jest/globals';
import type { ColumnKey } from '@rectify/shared';
import { dragWithMouse, screenshotPath } from '../support/browser.js';
import { useBuiltAppInBrowser } from '../support/fixture.js';
import { ApiProbe, signIn } from '../support/session.js';

/**
 * The board as an office reaches it: plain HTTP under a LAN host name, not localhost. Chromium resolves
 * zgkb.lan to this machine, so any https:// upgrade the server asks for fails as it would in the office.
 */
const fixture = useBuiltAppInBrowser({ browserArgs: ['--host-resolver-rules=MAP zgkb.lan 127.0.0.1'] });

describe('on the office network over plain HTTP', () => {
  it('signs in at http://zgkb.lan:PORT/ and drags a card, every request staying on http://', async () => {
    const page = fixture.page;
    const lan = `http://zgkb.lan:${fixture.app.port}`;
    const requested: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));

    await signIn(page, lan, 'leader');

    const api = await ApiProbe.signIn(fixture.app.baseUrl, 'leader');
    const column = (key: ColumnKey) => page.getByTestId(`column-${key}`);
    const item = (await api.board()).columns.find((c) => c.key === 'deadline')!.items[0];
    const card = page.getByTestId(`card-${item.code}`);
    await card.scrollIntoViewIfNeeded();
    // Back to 制定措施: no gate to fill in, so the drop is one write carrying the session cookie and CSRF token.
    await dragWithMouse(page, card, column('measures'));
    await column('measures').getByTestId(`card-${item.code}`).waitFor();
    await expect(api.item(item.id)).resolves.toMatchObject({ status: 'measures', version: item.version + 1 });
    await page.screenshot({ path: screenshotPath('office-network-board') });

    expect(failed).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(`${lan}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(page.url().startsWith(`${lan}/`)).toBe(true);
  });
});
