/**
 * Where an item lives in the app: the board with its drawer open (?item=<id>), optionally on one tab
 * (?tab=<key>, e.g. 待办's 去回复 opens the 督办 tab). Every feature links to items through here.
 */
export const ITEM_PARAM = 'item';
export const ITEM_TAB_PARAM = 'tab';
export const ITEM_TABS = ['details', 'progress', 'evidence', 'supervision', 'history'] as const;
export type ItemTab = (typeof ITEM_TABS)[number];

export function itemLink(itemId: string, tab?: ItemTab): string {
  return `/?${ITEM_PARAM}=${itemId}${tab ? `&${ITEM_TAB_PARAM}=${tab}` : ''}`;
}

/** The tab a link asked for, or the details. */
export function linkedItemTab(params: URLSearchParams): ItemTab {
  return ITEM_TABS.find((key) => key === params.get(ITEM_TAB_PARAM)) ?? 'details';
}
