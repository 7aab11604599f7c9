import { describe, expect, it } from '@jest/globals';
import {
  chineseNumber,
  completionRate,
  composeProblemsAndCauses,
  layoutReportText,
  listOrdinal,
  renderProblemsAndCausesText,
  reportQuerySchema,
  sectionOrdinal,
  type ReportItem,
} from '../src/index.js';

let sequence = 0;
/** A crafted item: closed by default, registered in spring and closed in summer 2026 (China time). */
function item(overrides: Partial<ReportItem> = {}): ReportItem {
  sequence++;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    code: `2026-XC-${String(sequence).padStart(3, '0')}`,
    title: `问题${sequence}`,
    description: `问题描述${sequence}，具体情况见台账。`,
    source: '巡察反馈',
    scope: 'team',
    person: null,
    category: '作风建设',
    status: 'closed',
    signoff: 'approved',
    departmentId: 'dept-office',
    coDepartmentIds: [],
    departmentName: '办公室',
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-07-10T02:00:00.000Z',
    closedAt: '2026-07-10T02:00:00.000Z',
    causeAnalysis: null,
    causeTags: [],
    ...overrides,
  };
}
const open = (overrides: Partial<ReportItem> = {}) => item({ status: 'in_progress', signoff: 'none', closedAt: null, ...overrides });

describe('Chinese numbering', () => {
  it('writes 1..99 the way documents number them', () => {
    expect([1, 2, 9, 10, 11, 15, 19, 20, 21, 30, 45, 99].map(chineseNumber)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十五',
      '十九',
      '二十',
      '二十一',
      '三十',
      '四十五',
      '九十九',
    ]);
    expect(listOrdinal(12)).toBe('十二是');
    expect(sectionOrdinal(10)).toBe('（十）');
    expect(sectionOrdinal(13)).toBe('（十三）');
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(100)).toThrow(RangeError);
  });
});

describe('composeProblemsAndCauses: the opening', () => {
  it('states the real counts and the completion rate', () => {
    const items = [
      item({ source: '巡察反馈' }),
      item({ source: '民主生活会', scope: 'individual', person: '张明（党组成员、副局长）', category: '纪律建设' }),
      open({ source: '巡察反馈' }),
    ];
    const doc = composeProblemsAndCauses({ items, unitName: '市发改委机关' });
    expect(doc.stats).toEqual({ total: 3, team: 2, individual: 1, closed: 2, open: 1, rate: 66.7, selected: 2 });
    expect(doc.opening).toContain(
      '截至目前，市发改委机关坚持问题导向，通过巡察反馈、民主生活会等渠道共检视查摆问题3条（其中班子问题2条、个人问题1条），已整改销号2条，整改完成率66.7%，其余1条正在整改推进中。',
    );
    expect(doc.opening).toMatch(/突出反映在以下2个方面：$/);
  });

  it('rounds the rate half up to one decimal and drops a trailing .0', () => {
    expect(completionRate(2, 3)).toBe(66.7);
    expect(completionRate(1, 3)).toBe(33.3);
    expect(completionRate(1, 16)).toBe(6.3);
    expect(completionRate(1, 8)).toBe(12.5);
    expect(completionRate(0, 0)).toBeNull();
    const doc = composeProblemsAndCauses({ items: [item(), item()] });
    expect(doc.opening).toContain('已整改销号2条，整改完成率100%。');
    expect(doc.opening).toContain('（均为班子问题）');
  });

  it('says so when nothing is closed yet, with the counts and no groups', () => {
    const doc = composeProblemsAndCauses({ items: [open(), open({ scope: 'individual', person: '李明' })], filters: { from: '2026-01-01', to: '2026-12-31' } });
    expect(doc.opening).toBe(
      '2026年度，坚持问题导向，从巡察反馈中共检视查摆问题2条（其中班子问题1条、个人问题1条），目前均在整改推进中，尚无已整改销号的问题。存在的问题及原因待问题整改销号后再作总结分析。',
    );
    expect(doc.problems).toEqual([]);
    expect(doc.causes).toEqual([]);
    expect(doc.causesIntro).toBeNull();
    expect(renderProblemsAndCausesText(doc).split('\n')).toEqual(['工作中存在的问题及原因', doc.opening]);
  });

  it('says so when nothing is on the ledger at all', () => {
    const doc = composeProblemsAndCauses({ items: [], filters: { to: '2026-06-30' } });
    expect(doc.opening).toBe('截至2026年6月30日，所选范围内没有登记检视查摆的问题，也没有已整改销号的问题。');
    expect(doc.stats.rate).toBeNull();
  });
});

describe('composeProblemsAndCauses: the period and the filters', () => {
  it('counts what was on the ledger in the period and closes what was closed in it (China time)', () => {
    const filters = { from: '2026-04-01', to: '2026-06-30' };
    const items = [
      item({ title: '期前已销号', createdAt: '2026-01-05T02:00:00Z', closedAt: '2026-03-20T02:00:00Z' }),
      item({ title: '上期登记本期销号', createdAt: '2026-01-05T02:00:00Z', closedAt: '2026-05-20T02:00:00Z' }),
      // 2026-06-30T17:00Z is already 1 July in Beijing: closed after the period, so still open in it.
      item({ title: '期后销号', createdAt: '2026-04-05T02:00:00Z', closedAt: '2026-06-30T17:00:00Z' }),
      open({ title: '期内登记未销号', createdAt: '2026-06-30T15:00:00Z' }),
      open({ title: '期后登记', createdAt: '2026-06-30T16:30:00Z' }),
    ];
    const doc = composeProblemsAndCauses({ items, filters });
    expect(doc.stats).toMatchObject({ total: 3, closed: 1, open: 2, rate: 33.3 });
    expect(doc.opening.startsWith('2026年4月1日至6月30日，')).toBe(true);
    expect(doc.problems.flatMap((g) => g.itemIds)).toEqual([items[1].id]);
  });

  it('filters by source, department (lead or co-operating) and 班子/个人', () => {
    const items = [
      item({ source: '审计', departmentId: 'dept-finance', departmentName: '财务审计处' }),
      item({ source: '巡察反馈', departmentId: 'dept-office', coDepartmentIds: ['dept-finance'] }),
      item({ source: '巡察反馈', departmentId: 'dept-office' }),
      item({ source: '民主生活会', scope: 'individual', person: '王强' }),
    ];
    expect(composeProblemsAndCauses({ items, filters: { departmentIds: ['dept-finance'] } }).stats.total).toBe(2);
    expect(composeProblemsAndCauses({ items, filters: { sources: ['审计', '民主生活会'] } }).stats.total).toBe(2);
    expect(composeProblemsAndCauses({ items, filters: { scope: 'individual' } }).opening).toContain('共检视查摆问题1条（均为个人问题）');
  });

  it('puts only the ticked closed items into the problems, keeping the counts whole', () => {
    const a = item({ category: '作风建设' });
    const b = item({ category: '纪律建设' });
    const doc = composeProblemsAndCauses({ items: [a, b, open()], filters: { itemIds: [b.id] } });
    expect(doc.stats).toMatchObject({ total: 3, closed: 2, selected: 1 });
    expect(doc.problems.map((g) => g.category)).toEqual(['纪律建设']);
    expect(doc.opening).toContain('突出反映在以下方面：');
  });
});

describe('composeProblemsAndCauses: problems by category', () => {
  it('groups closed items by category in dictionary order, each a finding with numbered manifestations', () => {
    const items = [
      item({
        category: '纪律建设',
        description: '审计发现委机关以加班误餐费名义发放补助2.16万元，缺乏考勤和审批依据。',
        departmentId: 'dept-finance',
        departmentName: '财务审计处',
      }),
      item({ category: '作风建设', description: '巡察发现，对县区督查检查过多过频，2025年开展各类督查检查考核17项，部分事项交叉重复。' }),
      item({
        category: '作风建设',
        description: '政务服务窗口存在工作人员上班时间离岗等情况，群众反映2次。',
        departmentId: 'dept-approval',
        departmentName: '行政审批服务处',
      }),
      item({ category: '意识形态', description: '意识形态阵地管理不够规范，微信公众号审核把关不严。', departmentId: 'dept-info', departmentName: '信息中心' }),
      open({ category: '组织建设' }),
    ];
    const doc = composeProblemsAndCauses({ items });
    expect(doc.problems.map((g) => [g.ordinal, g.category, g.finding, g.count])).toEqual([
      ['（一）', '作风建设', '作风建设方面仍有差距', 2],
      ['（二）', '纪律建设', '纪律规矩执行还不够严格', 1],
      ['（三）', '意识形态', '意识形态方面还存在不足', 1],
    ]);
    const lines = renderProblemsAndCausesText(doc).split('\n');
    expect(lines[2]).toBe(
      '（一）作风建设方面仍有差距。此类问题2条，涉及办公室、行政审批服务处，主要表现为：一是对县区督查检查过多过频，2025年开展各类督查检查考核17项，部分事项交叉重复；二是政务服务窗口存在工作人员上班时间离岗等情况，群众反映2次。',
    );
    // One manifestation needs no 一是; the attribution "审计发现" is dropped.
    expect(lines[3]).toBe(
      '（二）纪律规矩执行还不够严格。此类问题1条，涉及财务审计处，主要表现为：委机关以加班误餐费名义发放补助2.16万元，缺乏考勤和审批依据。',
    );
    // A category with only open items gets no group.
    expect(doc.problems.some((g) => g.category === '组织建设')).toBe(false);
  });

  it('follows the office dictionary order when given', () => {
    const items = [item({ category: '作风建设' }), item({ category: '纪律建设' })];
    expect(composeProblemsAndCauses({ items, categoryOrder: ['纪律建设', '作风建设'] }).problems.map((g) => g.category)).toEqual(['纪律建设', '作风建设']);
  });

  it('numbers groups past 十 and keeps at most five manifestations, without repeats', () => {
    const categories = Array.from({ length: 12 }, (_, i) => `专项类别${chineseNumber(i + 1)}`);
    const many = categories.map((category) => item({ category }));
    const styleProblems = [
      '会议文件过多过滥',
      '督查检查考核过频',
      '窗口人员上班离岗',
      '调研走过场',
      '文风不实套话多',
      '政务公开不及时',
      '值班值守不到位',
      '办事推诿扯皮',
    ];
    const crowded = styleProblems.map((problem) => item({ category: '作风建设', description: `${problem}，群众反映较多。` }));
    const repeated = [item({ category: '纪律建设', description: '公务接待超标准。' }), item({ category: '纪律建设', description: '公务接待超标准。' })];
    const doc = composeProblemsAndCauses({ items: [...many, ...crowded, ...repeated] });
    expect(doc.problems).toHaveLength(14);
    expect(doc.problems.map((g) => g.ordinal).slice(-4)).toEqual(['（十一）', '（十二）', '（十三）', '（十四）']);
    const style = doc.problems.find((g) => g.category === '作风建设')!;
    expect(style.count).toBe(8);
    expect(style.manifestations).toHaveLength(5);
    const text = renderProblemsAndCausesText(doc);
    expect(text).toContain('四是调研走过场，群众反映较多；五是文风不实套话多，群众反映较多。');
    expect(text).not.toContain('六是');
    expect(doc.problems.find((g) => g.category === '纪律建设')!.manifestations).toEqual(['公务接待超标准']);
  });

  it('speaks of 个人问题 in the third person, never as 本人', () => {
    const doc = composeProblemsAndCauses({
      items: [
        item({
          scope: 'individual',
          person: '赵志强（党组成员、机关党委书记）',
          description: '本人落实谈心谈话制度不够经常，与支部书记谈心谈话覆盖面不足一半。',
        }),
        item({ scope: 'individual', person: '宋佳（办公室科员）', category: '组织建设', description: '本人发挥党员先锋模范作用不够充分，参加志愿服务仅2次。' }),
      ],
    });
    const text = renderProblemsAndCausesText(doc);
    expect(text).toContain('有的班子成员落实谈心谈话制度不够经常');
    expect(text).toContain('有的党员干部发挥党员先锋模范作用不够充分');
    expect(text).not.toContain('本人');
  });

  it('cuts a long description to its leading clauses at a punctuation boundary', () => {
    const description =
      '落实全面从严治党主体责任压力传导不够到位，党组2025年专题研究全面从严治党工作2次，对党建工作安排部署多、跟踪问效少，一定程度存在“上热中温下冷”现象，基层反映强烈。';
    const [manifestation] = composeProblemsAndCauses({ items: [item({ description })] }).problems[0].manifestations;
    expect(manifestation).toBe('落实全面从严治党主体责任压力传导不够到位，党组2025年专题研究全面从严治党工作2次，对党建工作安排部署多、跟踪问效少');
    expect(manifestation.length).toBeLessThanOrEqual(60);
  });
});

describe('composeProblemsAndCauses: causes by dimension', () => {
  const analysed = [
    item({ causeTags: ['担当作为'], causeAnalysis: '对历史遗留问题存在怕麻烦、怕担责思想，一直搁置未动。' }),
    item({ causeTags: ['担当作为', '工作机制'], causeAnalysis: '存在等条件成熟再推的思想；往来款项定期清理和对账机制缺失。' }),
    item({ causeTags: ['担当作为'], causeAnalysis: '面对矛盾绕着走，缺乏攻坚克难的勇气。' }),
    item({ causeTags: ['工作机制'], causeAnalysis: '合法性审核没有作为上会前置程序写入制度，审查流程缺乏硬约束。' }),
    item({ causeTags: ['责任落实'], causeAnalysis: '对班子成员履行“一岗双责”考核问效不严，压力层层递减。' }),
    // Tagged but never analysed: counts for nothing.
    item({ causeTags: ['纪律规矩'] }),
  ];

  it('lists dimensions most frequent first, each from the items’ own wording', () => {
    const doc = composeProblemsAndCauses({ items: analysed });
    expect(doc.causes.map((c) => [c.ordinal, c.dimension, c.count])).toEqual([
      ['一是', '担当作为', 3],
      ['二是', '工作机制', 2],
      ['三是', '责任落实', 1],
    ]);
    expect(doc.causes[0].text.startsWith('担当作为还不够主动，主要是')).toBe(true);
    expect(doc.causes[0].text).toContain('怕麻烦、怕担责思想');
    // The analysis tagged with two dimensions lends each its own sentence.
    expect(doc.causes[1].text).toContain('往来款项定期清理和对账机制缺失');
    expect(doc.causes[0].text).not.toContain('对账机制');
    expect(doc.causes[2].text).toBe('责任落实还不够到位，主要是对班子成员履行“一岗双责”考核问效不严，压力层层递减');
    const paragraph = renderProblemsAndCausesText(doc).split('\n').at(-1)!;
    expect(paragraph).toMatch(
      /^分析这些问题产生的原因，主要有：一是担当作为还不够主动，主要是.+；二是工作机制还不够健全，主要是.+；三是责任落实还不够到位，主要是.+。$/,
    );
    expect(paragraph).not.toContain('纪律规矩');
  });

  it('infers the dimension of an analysis without tags from its wording', () => {
    const doc = composeProblemsAndCauses({ items: [item({ causeAnalysis: '纪律规矩意识淡薄，存在“历年惯例如此”的错误认识。' })] });
    expect(doc.causes.map((c) => c.dimension)).toEqual(['纪律规矩']);
  });

  it('leaves out the causes paragraph when no closed item has an analysis', () => {
    const text = renderProblemsAndCausesText(
      composeProblemsAndCauses({ items: [item(), open({ causeAnalysis: '尚未销号的事项的原因分析。', causeTags: ['担当作为'] })] }),
    );
    expect(text).not.toContain('分析这些问题产生的原因');
  });
});

describe('the plain text', () => {
  it('uses full-width punctuation, ends each paragraph with 。 and never leaves placeholders', () => {
    const items = [
      item({
        description: 'OA系统与政务服务平台未对接,公文需二次录入;2025年重复录入约1,800件次(据统计).',
        causeAnalysis: '对信息化业务钻研不深;统筹推动跨部门系统对接的本领不够.',
        causeTags: ['能力本领'],
      }),
      item({ category: '纪律建设', causeAnalysis: '纪律规矩意识不强，对津贴补贴发放规定学习不深。', causeTags: ['纪律规矩'] }),
      open(),
    ];
    const doc = composeProblemsAndCauses({ items, filters: { title: '四、工作中存在的问题及原因' } });
    const text = renderProblemsAndCausesText(doc);
    const [title, ...paragraphs] = text.split('\n');
    expect(title).toBe('四、工作中存在的问题及原因');
    expect(text).not.toMatch(/[,;()!?]/);
    expect(text).not.toMatch(/XX|××|…|\{|\}|undefined|null|NaN/);
    expect(text).toContain('OA系统与政务服务平台未对接，公文需二次录入。');
    for (const paragraph of paragraphs.slice(1)) expect(paragraph.endsWith('。')).toBe(true);
    expect(paragraphs[0].endsWith('：')).toBe(true);
  });
});

describe('the section says what it lists (issue: it contradicted itself)', () => {
  const items = () => [
    item({ category: '作风建设', description: '文风会风改进不够，会议材料偏多偏长。' }),
    open({ category: '纪律建设', description: '公务接待审批手续不全，部分接待无公函。' }),
  ];

  it('never claims rectified problems still exist: the default lists closed items as rectified', () => {
    const doc = composeProblemsAndCauses({ items: items() });
    expect(doc.opening).not.toContain('仍存在');
    expect(doc.opening).toMatch(/从已整改销号的问题看，检视查摆出的问题突出反映在以下方面：$/);
    expect(doc.problems.map((g) => g.category)).toEqual(['作风建设']);
  });

  it('lists the open items, worded as problems that remain, when the clerk asks for them', () => {
    const doc = composeProblemsAndCauses({ items: items(), filters: { coverage: 'open' } });
    expect(doc.opening).toMatch(/对照尚未整改到位的问题看，工作中仍存在一些问题和不足，突出反映在以下方面：$/);
    expect(doc.problems.map((g) => g.category)).toEqual(['纪律建设']);
    expect(doc.stats).toMatchObject({ total: 2, closed: 1, open: 1, selected: 1 });
  });

  it('lists every item, closed or not, with a neutral lead-in', () => {
    const doc = composeProblemsAndCauses({ items: items(), filters: { coverage: 'all' } });
    expect(doc.opening).not.toContain('仍存在');
    expect(doc.opening).toContain('对照检视查摆和整改情况看，检视查摆出的问题突出反映在以下2个方面：');
    expect(doc.problems.map((g) => g.category)).toEqual(['作风建设', '纪律建设']);
  });

  it('speaks of open items even when nothing is closed yet', () => {
    const doc = composeProblemsAndCauses({ items: [open({ category: '纪律建设' })], filters: { coverage: 'open' } });
    expect(doc.opening).toContain('目前均在整改推进中。对照尚未整改到位的问题看');
    expect(doc.problems).toHaveLength(1);
  });

  it('reads the coverage from the query, in Chinese when wrong', () => {
    expect(reportQuerySchema.parse({ coverage: 'open' }).coverage).toBe('open');
    expect(reportQuerySchema.safeParse({ coverage: 'some' }).error?.issues[0].message).toBe(
      '写入范围（coverage）只能是 closed（已销号）、open（未销号）或 all（全部）',
    );
  });
});

describe('causes a real section would print (issue: empty, circular and too many bullets)', () => {
  it('never prints a bare heading when no item says anything for the dimension', () => {
    const doc = composeProblemsAndCauses({
      items: [
        item({ causeTags: ['担当作为'], causeAnalysis: '对历史遗留问题存在怕麻烦、怕担责思想，一直搁置未动。' }),
        // Tagged 能力本领, but its only sentence restates the heading.
        item({ causeTags: ['能力本领'], causeAnalysis: '能力本领不够过硬。' }),
      ],
    });
    const text = renderProblemsAndCausesText(doc);
    expect(doc.causes.map((c) => c.dimension)).toEqual(['担当作为']);
    expect(text).not.toMatch(/是能力本领还不够过硬[。；]/);
  });

  it('never explains a cause by itself', () => {
    const doc = composeProblemsAndCauses({
      items: [
        item({ causeTags: ['纪律规矩'], causeAnalysis: '纪律规矩意识不强。' }),
        item({ causeTags: ['纪律规矩'], causeAnalysis: '纪律规矩意识不强，对公务接待规定学习不深，存在“历年惯例如此”的侥幸心理。' }),
      ],
    });
    const [cause] = doc.causes;
    expect(cause.text.startsWith('纪律规矩意识还不够强，主要是')).toBe(true);
    expect(cause.text.slice('纪律规矩意识还不够强'.length)).not.toContain('纪律规矩意识不强');
    expect(cause.text).toContain('侥幸心理');
  });

  it('keeps to five bullets, the thinnest dimensions sharing the last one', () => {
    const analyses: Array<[string, string]> = [
      ['担当作为', '对历史遗留问题存在怕麻烦、怕担责思想。'],
      ['责任落实', '对班子成员履行“一岗双责”考核问效不严。'],
      ['工作机制', '往来款项定期清理和对账机制缺失。'],
      ['纪律规矩', '存在“历年惯例如此”的侥幸心理。'],
      ['宗旨意识', '服务企业群众的意识不强，将心比心不够。'],
      ['党性修养', '批评和自我批评怕伤和气。'],
      ['能力本领', '对信息化业务钻研不深，专业素质不高。'],
      ['理想信念/理论武装', '理论学习不深不透，学用脱节。'],
    ];
    const items = analyses.flatMap(([tag, text], index) =>
      Array.from({ length: analyses.length - index }, () => item({ causeTags: [tag], causeAnalysis: text })),
    );
    const doc = composeProblemsAndCauses({ items });
    expect(doc.causes).toHaveLength(5);
    expect(doc.causes.map((c) => c.ordinal)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(doc.causes[4].text.startsWith('宗旨意识还不够牢固、党性锻炼还不够经常，主要是')).toBe(true);
  });

  it('turns straight quotes in item text into Chinese quotes', () => {
    const doc = composeProblemsAndCauses({
      items: [
        item({ description: '存在"上热中温下冷"现象，基层反映强烈。', causeTags: ['责任落实'], causeAnalysis: '对"一岗双责"考核问效不严，压力层层递减。' }),
      ],
    });
    const text = renderProblemsAndCausesText(doc);
    expect(text).toContain('“上热中温下冷”');
    expect(text).toContain('“一岗双责”');
    expect(text).not.toContain('"');
  });
});

describe('reportQuerySchema', () => {
  it('reads lists given with commas or repeated, and defaults to json', () => {
    const id = '7d0f3c1e-8c7a-4f51-9a55-1d2c3b4a5e6f';
    expect(reportQuerySchema.parse({ sources: '巡察反馈, 审计,巡察反馈', itemIds: [id, id], scope: 'team' })).toEqual({
      sources: ['巡察反馈', '审计'],
      itemIds: [id],
      scope: 'team',
      format: 'json',
    });
    expect(reportQuerySchema.parse({ itemIds: '' }).itemIds).toEqual([]);
  });

  it('answers in Chinese, naming the parameter', () => {
    const messages = (query: Record<string, unknown>) => reportQuerySchema.safeParse(query).error?.issues.map((i) => i.message);
    expect(messages({ from: '2026-02-30' })).toEqual(['开始日期（from）不存在，请检查年月日']);
    expect(messages({ to: '2026/12/31' })).toEqual(['结束日期（to）应为“年-月-日”格式，如 2026-01-01']);
    expect(messages({ from: '2026-12-01', to: '2026-01-01' })).toEqual(['开始日期不能晚于结束日期']);
    expect(messages({ format: 'pdf' })).toEqual(['导出格式（format）只能是 json 或 docx']);
    expect(messages({ departmentIds: 'x' })).toEqual(['责任部门（departmentIds）应为部门编号']);
  });
});

describe('layoutReportText', () => {
  it('tells the title, the two heading levels and body apart', () => {
    const lines = layoutReportText(
      '工作中存在的问题及原因\n截至目前，共检视查摆问题3条。\n（一）作风建设方面仍有差距。此类问题2条。\n二、下一步工作\n（二）抓好整改',
    );
    expect(lines).toEqual([
      { kind: 'title', lead: '工作中存在的问题及原因', rest: '' },
      { kind: 'body', lead: '', rest: '截至目前，共检视查摆问题3条。' },
      { kind: 'heading2', lead: '（一）作风建设方面仍有差距。', rest: '此类问题2条。' },
      { kind: 'heading1', lead: '二、下一步工作', rest: '' },
      { kind: 'heading2', lead: '（二）抓好整改', rest: '' },
    ]);
  });

  it('puts a separate title first and does not repeat it', () => {
    expect(layoutReportText('四、工作中存在的问题及原因\n正文。', '四、工作中存在的问题及原因').map((l) => l.kind)).toEqual(['heading1', 'body']);
    expect(layoutReportText('正文第一段。', '整改工作总结').map((l) => l.kind)).toEqual(['title', 'body']);
  });
});
