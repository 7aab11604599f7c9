import type { ThemeConfig } from 'antd';

/** System CJK fonts: no web font to download on an office network. */
export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif';

// With a red primary colour a focused input looks like one in error; focus gets a calm slate blue.
const FOCUS = '#3f6ea8';
const FOCUS_SHADOW = '0 0 0 2px rgba(63, 110, 168, 0.15)';
const fieldFocus = { hoverBorderColor: FOCUS, activeBorderColor: FOCUS, activeShadow: FOCUS_SHADOW };

/** antd's default look with a restrained official red. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c62f2f',
    colorLink: '#b02a2a',
    fontFamily: FONT_FAMILY,
    borderRadius: 6,
  },
  components: {
    Input: fieldFocus,
    InputNumber: fieldFocus,
    DatePicker: fieldFocus,
    Select: { hoverBorderColor: FOCUS, activeBorderColor: FOCUS, activeOutlineColor: 'rgba(63, 110, 168, 0.15)' },
  },
};
