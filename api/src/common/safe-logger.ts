import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/** Control characters (C0 including line breaks, DEL, C1) and lone surrogates. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `\n` → `\u000a`: a logged value can neither start a forged line nor send terminal escapes. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The app's one logger: Nest's console logger, with control characters escaped in every message and
 * stack it prints (user names and other submitted text end up in log lines). Its own colours are added
 * after escaping, so they still work.
 */
export class SafeLogger extends ConsoleLogger {
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    return super.stringifyMessage(typeof message === 'string' ? escapeControl(message) : message, logLevel);
  }

  /** A stack keeps its "    at …" lines; any other line break (one inside the error's message) is escaped. */
  protected override printStackTrace(stack: string): void {
    const [head, ...frames] = stack.split(/\n(?=\s+at )/);
    super.printStackTrace([escapeControl(head), ...frames.map(escapeControl)].join('\n'));
  }
}
