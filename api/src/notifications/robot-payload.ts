import type { WebhookKind } from '@rectify/shared';

/** What the group sees: a title line and the text, signed so a robot with keyword security can match "整改看板". */
export interface RobotMessage {
  title: string;
  text: string;
}

/** WeCom caps text content at 2048 bytes of UTF-8; DingTalk allows more. Cut on a character boundary. */
const MAX_CONTENT_BYTES = 2000;

/**
 * The JSON body of a group-robot message. Both DingTalk (自定义机器人) and WeCom (群机器人) take a
 * text message as {"msgtype":"text","text":{"content":"…"}}; the content is kept within WeCom's limit.
 */
export function robotPayload(_kind: WebhookKind, message: RobotMessage): { msgtype: 'text'; text: { content: string } } {
  return { msgtype: 'text', text: { content: truncateUtf8(`【整改看板】${message.title}\n${message.text}`, MAX_CONTENT_BYTES) } };
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char + '…') > maxBytes) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * Did the robot take the message? HTTP 2xx, and for answers in the robots' JSON an errcode of 0
 * (DingTalk answers 200 with {"errcode":310000,"errmsg":"keywords not in content"} when it refuses).
 */
export function robotAccepted(status: number, body: string): { ok: true } | { ok: false; error: string } {
  if (status < 200 || status >= 300) return { ok: false, error: `对方返回 HTTP ${status}` };
  try {
    const parsed = JSON.parse(body) as { errcode?: string | number; errmsg?: string };
    if (parsed && typeof parsed === 'object' && parsed.errcode !== undefined && Number(parsed.errcode) !== 0) {
      return { ok: false, error: `机器人拒收：errcode ${String(parsed.errcode)}${parsed.errmsg ? `（${String(parsed.errmsg)}）` : ''}` };
    }
  } catch {
    // Not JSON: a plain 2xx counts as delivered.
  }
  return { ok: true };
}
