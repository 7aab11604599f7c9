import { useEffect } from 'react';

/** The app's name, after the page's own in every tab title. */
export const APP_TITLE = '整改看板';

/**
 * The browser tab's title for this page, e.g. "待办 - 整改看板": a screen reader announces it when
 * the page changes, and a clerk with several tabs open tells them apart.
 */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} - ${APP_TITLE}` : APP_TITLE;
  }, [page]);
}
