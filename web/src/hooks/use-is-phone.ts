import { Grid } from 'antd';

/**
 * True on a phone-sized screen (narrower than antd's `md`, 768 px): the header collapses into a
 * 更多 menu, the drawer takes the full width, the board's columns scroll sideways one at a time.
 * False until the screen is measured (and under jsdom, whose matchMedia matches nothing).
 */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false && (screens.xs === true || screens.sm === true);
}
