import type { BoardResponse, ColumnKey, ItemView, LoginResponse } from '@rectify/shared';
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo123456';

/** Signs in through the login page, as a clerk would, and waits for the page after it. */
export async function signIn(page: Page, baseUrl: string, username: string, landing = '[data-testid="column-found"]'): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator(landing).waitFor();
}

/** The API as a script sees it (bearer token): to pick cards and to check what the server stored. */
export class ApiProbe {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, username: string): Promise<ApiProbe> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`登录失败：${response.status}`);
    return new ApiProbe(baseUrl, ((await response.json()) as LoginResponse).token);
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`${path}：${response.status}`);
    return (await response.json()) as T;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}：${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  board(): Promise<BoardResponse> {
    return this.get<BoardResponse>('/api/board?limit=500');
  }

  item(id: string): Promise<ItemView> {
    return this.get<ItemView>(`/api/items/${id}`);
  }

  async patch<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}：${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** The whole items behind the board's (slim) cards, of one column or all, in board order. */
  async items(column?: ColumnKey): Promise<ItemView[]> {
    const cards = (await this.board()).columns.filter((c) => !column || c.key === column).flatMap((c) => c.items);
    return Promise.all(cards.map((card) => this.item(card.id)));
  }
}
