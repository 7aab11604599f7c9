/**
 * Wording the report builds around the items' own text: how a 问题类别 reads as a finding
 * ("作风建设方面仍有差距"), how a 原因分析维度 reads as a cause ("担当作为还不够主动"), and which
 * words in a 原因分析 sentence point to which dimension. Categories and cause tags are dictionaries
 * an admin may extend, so every lookup has a generic fallback.
 */

/** Findings for the default categories (DEFAULT_CATEGORIES), in the register of the seeds' "（一）对责任落实抓的还不够严". */
const FINDINGS: Record<string, string> = {
  政治建设: '落实政治建设要求还有差距',
  思想建设: '思想建设抓得还不够深入',
  组织建设: '基层组织建设还有薄弱环节',
  作风建设: '作风建设方面仍有差距',
  纪律建设: '纪律规矩执行还不够严格',
  制度建设: '制度建设还存在短板',
  党建与业务融合: '党建与业务融合还不够紧密',
};

/** A category phrased as a finding, without the end mark. */
export function findingOf(category: string): string {
  return FINDINGS[category] ?? `${readable(category)}方面还存在不足`;
}

/** Cause headings for the default dimensions (DEFAULT_CAUSE_TAGS), like seed 003's "二是责任担当还不主动". */
const CAUSE_HEADINGS: Record<string, string> = {
  '理想信念/理论武装': '理论武装还不够到位',
  宗旨意识: '宗旨意识还不够牢固',
  党性修养: '党性锻炼还不够经常',
  纪律规矩: '纪律规矩意识还不够强',
  担当作为: '担当作为还不够主动',
  责任落实: '责任落实还不够到位',
  工作机制: '工作机制还不够健全',
  能力本领: '能力本领还不够过硬',
};

/** A cause dimension phrased as the head of a cause, without the end mark. */
export function causeHeadingOf(dimension: string): string {
  return CAUSE_HEADINGS[dimension] ?? `${readable(dimension)}方面还有差距`;
}

/** Words that show which dimension a sentence of 原因分析 speaks to. */
const CAUSE_KEYWORDS: Record<string, readonly string[]> = {
  '理想信念/理论武装': ['理论', '学习', '信念', '信仰', '领会', '学用', '武装', '身份意识', '以学'],
  宗旨意识: ['宗旨', '群众', '基层', '企业', '服务意识', '将心比心', '政绩观', '为民', '减负'],
  党性修养: ['党性', '好人主义', '批评', '自我革命', '修养', '锻炼', '怕伤和气', '一团和气'],
  纪律规矩: ['纪律', '规矩', '规定', '侥幸', '惯例', '底线', '违规', '红线'],
  担当作为: ['担当', '怕麻烦', '怕担责', '畏难', '搁置', '等条件', '主动', '冲锋', '勇气', '作为', '等靠'],
  责任落实: ['责任', '主责', '督促', '压力', '一岗双责', '问效', '考核', '跟踪', '传导', '履行', '履职', '监督', '失察'],
  工作机制: ['机制', '制度', '流程', '程序', '台账', '提醒', '前置', '硬约束', '统筹', '对账'],
  能力本领: ['能力', '本领', '钻研', '不会', '本事', '专业', '素质'],
};

/** How strongly `sentence` speaks to `dimension` (number of its keywords present; 0 for unknown dimensions). */
export function causeScore(dimension: string, sentence: string): number {
  const words = CAUSE_KEYWORDS[dimension] ?? [readable(dimension)];
  return words.reduce((score, word) => score + (sentence.includes(word) ? 1 : 0), 0);
}

/** The dimension a sentence speaks to most, among `dimensions`, or null when none of their words appear. */
export function likeliestDimension(sentence: string, dimensions: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const dimension of dimensions) {
    const score = causeScore(dimension, sentence);
    if (score > bestScore) [best, bestScore] = [dimension, score];
  }
  return best;
}

/** Dictionary names may hold a slash (理想信念/理论武装); prose says 和. */
function readable(name: string): string {
  return name.replace(/\s*[/／]\s*/g, '和').trim();
}

/**
 * Leading attributions in a 问题描述 ("巡察发现，", "班子对照检查指出，", "审计发现") say where the
 * problem came from, which the report states once in its opening; the manifestation starts after them.
 */
export function withoutAttribution(sentence: string): string {
  const stripped = sentence
    .replace(/^[^，。；：]{0,24}?(发现|指出|通报|反映|反馈|查明|认为)[，：]/u, '')
    .replace(/^(巡察|巡视|审计|督查|检查|暗访|自查)发现/u, '');
  return stripped.length >= 6 ? stripped : sentence;
}

/**
 * 个人问题 are written in the first person ("本人落实谈心谈话制度不够经常"); a unit's report speaks of
 * "有的班子成员" or "有的党员干部" instead, never naming or quoting the member as 本人.
 */
export function impersonal(text: string, person: string | null): string {
  if (!text.includes('本人')) return text;
  const subject =
    person && /党组|班子|主任|局长|厅长|部长|(?<!支部)书记|主席|总经济师|总工程师|总会计师|院长|行长|县长|市长/.test(person) ? '有的班子成员' : '有的党员干部';
  let first = true;
  return text
    .replace(/(^|[，；。：])本人/g, (_m, before: string) => {
      if (first) {
        first = false;
        return `${before}${subject}`;
      }
      return before;
    })
    .replace(/本人/g, '自身');
}
