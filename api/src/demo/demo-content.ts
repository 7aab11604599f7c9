/**
 * Demo data for 整改看板: one 市直机关 with its 处室, and a 整改问题清单 spread over the five columns.
 *
 * The wording follows the party-building summaries in /work/shared/guide/seeds (机关党建工作总结、
 * 工作要点): problems found by 巡察、巡视、民主生活会、组织生活会、自查自纠、党建专项督查、述职评议、
 * 审计 and 上级交办, kept in the ledger's own style (问题描述原汁原味，措施具体，完成情况有数字).
 *
 * Every item satisfies the board's gates for the column it sits in (the seeder checks them):
 * - 制定措施 and later: measures, a 牵头责任部门 and a 责任领导;
 * - 明确时限 and later: an 整改类型, plus a deadline (or, for 长期坚持, a stage goal and review date);
 * - 整改中 and later: a 责任人;  - 销号: 整改完成情况.
 * Dates are offsets in days from the day the demo is created, so the 红黄绿灯 always show a mix:
 * several overdue, several due within 7 days, the rest later.
 */
import type { ColumnKey, ProblemScope, RectifyType } from '@rectify/shared';

export interface DemoDepartment {
  name: string;
  /** Name of the parent department; null for the unit itself. */
  parent: string | null;
}

export interface DemoItem {
  title: string;
  description: string;
  source: string;
  batch: string;
  scope: ProblemScope;
  person?: string;
  category: string;
  department?: string;
  coDepartments?: string[];
  leader?: string;
  owner?: string;
  measures?: string[];
  rectifyType?: RectifyType;
  deadlineOffsetDays?: number;
  stageGoal?: string;
  reviewOffsetDays?: number;
  completion?: string;
  /** 原因分析, in the office's own words (most closed items have one; the report draws on it). */
  causeAnalysis?: string;
  /** 原因分析维度: names from the cause_tag dictionary. */
  causeTags?: string[];
  status: ColumnKey;
  /** Where the item stands past the columns, so the demo shows every state of the lifecycle. */
  lifecycle?: DemoLifecycle;
}

/** The lifecycle states the demo shows (the seeder writes the matching history). */
export interface DemoLifecycle {
  /** In 销号, 待审核: applied for by this person of the item's department (a demo account's name, or another staff member's). */
  appliedBy?: string;
  /** Back in 整改中: a leader rejected the application with this 补充整改要求. */
  rejectedWith?: string;
  /** The deadline was first set this many days from today, then moved once by an approved 延期. */
  extendedFromOffsetDays?: number;
  /** A 延期 request waiting for a leader. */
  /** `by`: the person who asked (a demo account's name links the request to that account). */
  extensionAsked?: { offsetDays: number; reason: string; by: string };
  /** Reopened after 回头看: now in round 2, for this reason, with the new round's deadline this many days from today. */
  reopened?: { because: string; newDeadlineOffsetDays: number };
}

export const DEMO_UNIT = '江州市发展和改革委员会机关';

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { name: DEMO_UNIT, parent: null },
  { name: '办公室', parent: DEMO_UNIT },
  { name: '机关党委（人事处）', parent: DEMO_UNIT },
  { name: '政策法规处', parent: DEMO_UNIT },
  { name: '发展规划处', parent: DEMO_UNIT },
  { name: '投资管理处', parent: DEMO_UNIT },
  { name: '财务审计处', parent: DEMO_UNIT },
  { name: '行政审批服务处', parent: DEMO_UNIT },
  { name: '机关纪委', parent: DEMO_UNIT },
  { name: '信息中心', parent: DEMO_UNIT },
];

// ---- 来源批次 (one title per source, used consistently) ----
const XC = '市委第三巡察组反馈意见';
const XS = '省委第二巡视组反馈意见';
const MZ = '2025年度民主生活会';
const ZZ = '2025年度组织生活会';
const ZC = '“转作风抓落实”行动自查自纠';
const DC = '2026年上半年党建专项督查';
const SZ = '2025年度基层党组织书记抓党建述职评议';
const SJ = '市审计局2025年度预算执行审计';
const JB_GW = '市直机关工委交办事项（2026年）';
const JB_ZF = '市政府督查室督办事项（2026年）';

// ---- 部门 ----
const BGS = '办公室';
const JGDW = '机关党委（人事处）';
const ZCFG = '政策法规处';
const FZGH = '发展规划处';
const TZGL = '投资管理处';
const CWSJ = '财务审计处';
const XZSP = '行政审批服务处';
const JGJW = '机关纪委';
const XXZX = '信息中心';

// ---- 班子成员 (责任领导) ----
const ZHOU = '周建国（党组书记、主任）';
const LI = '李卫东（党组成员、副主任）';
const CHEN = '陈立平（党组成员、副主任）';
const LIU = '刘海燕（党组成员、副主任）';
const ZHAO = '赵志强（党组成员、机关党委书记）';
const ZHENG = '郑涛（党组成员、总经济师）';

export const DEMO_ITEMS: DemoItem[] = [
  // =====================================================================
  // 发现问题 (found) — newly registered, little data yet
  // =====================================================================
  {
    title: '落实“第一议题”制度不够严格',
    description:
      '党组会议落实“第一议题”制度不够严格，2025年共召开党组会议26次，其中有7次未将学习习近平总书记最新重要讲话精神列为第一议题，个别学习仅传达原文，未结合发改工作研究贯彻落实措施。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '政治建设',
    department: JGDW,
    status: 'found',
  },
  {
    title: '干部队伍年龄结构老化，后备干部储备不足',
    description:
      '干部队伍年龄结构老化问题较为突出，机关45岁以上干部占比达62%，35岁以下年轻干部仅9名，近三年仅开展1次处室间干部轮岗交流，后备干部储备不足，部分关键岗位面临断档。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    status: 'found',
  },
  {
    title: '为基层减负要求落实不到位',
    description:
      '精文减会要求落实不到位，2025年以委名义印发的各类通知中要求县（市、区）报送材料的达63件，部分统计报表重复报送、多头报送，基层反映填表报数负担较重。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '作风建设',
    status: 'found',
  },
  {
    title: '部分党支部会议记录不规范',
    description:
      '党建专项督查抽查5个党支部2025年度会议记录，发现第三党支部有4次支委会记录缺少议题和表决情况，第五党支部主题党日活动记录存在照片与记载内容不一致问题，支部会议记录简单化。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    status: 'found',
  },
  {
    title: '重点岗位廉政风险点排查不全面',
    description:
      '对投资项目审核、价格监测、专项资金分配等重点岗位廉政风险点排查不够全面，现行《廉政风险防控手册》自2021年修订后未再更新，风险等级评定与岗位调整情况不匹配。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '纪律建设',
    department: JGJW,
    status: 'found',
  },
  {
    title: '部分内部管理制度修订滞后',
    description:
      '对照新修订的行政事业单位内部控制规范自查发现，委机关现行23项内部管理制度中有6项制定于2018年以前，部分条款与现行规定不一致，合同管理、公务接待制度未及时修订。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '制度建设',
    department: BGS,
    status: 'found',
  },
  {
    title: '服务业发展引导资金拨付不及时',
    description: '审计发现2025年市级服务业发展引导资金1200万元中有380万元超过3个月未拨付到项目单位，资金绩效目标设定不够细化，部分项目未按规定开展绩效自评。',
    source: '审计',
    batch: SJ,
    scope: 'team',
    category: '纪律建设',
    department: CWSJ,
    status: 'found',
  },
  {
    title: '党建品牌与中心工作结合不紧',
    description:
      '市直机关工委党建品牌评估指出，我委“四心”党建品牌创建思路不够清晰、内涵不够丰富，与项目服务、营商环境优化等中心工作结合不紧，特色不鲜明，亮点不突出，示范效应不够明显。',
    source: '上级交办',
    batch: JB_GW,
    scope: 'team',
    category: '党建与业务融合',
    status: 'found',
  },
  {
    title: '本人调查研究不够深入扎实',
    description:
      '本人开展调查研究不够深入扎实，2025年赴县区和企业实地调研11次，但有的调研行程安排较满、蹲点不够，形成的2篇调研报告对破解民营经济发展难题的对策建议针对性不强。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: ZHENG,
    category: '思想建设',
    status: 'found',
  },
  {
    title: '本人理论学习存在“以干代学”倾向',
    description: '本人理论学习存在“以干代学”倾向，认为信息化工作技术性强，对政治理论学习投入精力不够，2025年个人学习笔记仅1.2万字，参加支部集中学习请假3次。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '高原（信息中心主任、第五党支部书记）',
    category: '思想建设',
    status: 'found',
  },
  {
    title: '窗口“一次性告知”落实不到位',
    description:
      '通过“开门纳谏”意见箱和12345热线转办件梳理，2025年涉及项目备案、节能审查的咨询投诉14件，其中5件反映窗口人员未能一次性告知材料要求，企业多次往返补件。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '作风建设',
    department: XZSP,
    status: 'found',
  },
  {
    title: '黄河流域生态保护重点项目谋划储备不足',
    description:
      '省委第二巡视组反馈，我市推动黄河流域生态保护和高质量发展重点项目谋划储备不足，2025年纳入省级重点项目库的生态保护类项目仅4个，部分项目前期工作推进缓慢。',
    source: '巡视反馈',
    batch: XS,
    scope: 'team',
    category: '政治建设',
    department: FZGH,
    status: 'found',
  },

  // =====================================================================
  // 制定措施 (measures) — measures, department and leader set
  // =====================================================================
  {
    title: '理论学习中心组学习的系统性和深入性还不够',
    description:
      '党组理论学习中心组学习的系统性和深入性还不够，2025年集体学习9次中有5次以领学文件为主，交流研讨发言准备不充分，学习成果转化为推动发展改革工作的具体举措不多。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '思想建设',
    department: JGDW,
    leader: ZHOU,
    measures: [
      '制定年度党组理论学习中心组学习计划，明确12个学习专题，每个专题确定1名班子成员牵头领学',
      '每次集中学习安排不少于2名成员作重点发言，发言材料会前3天报机关党委审核',
      '建立学习成果转化清单，每季度梳理一次学习成果转化为工作举措的落实情况',
    ],
    status: 'measures',
  },
  {
    title: '基层党组织“三会一课”制度执行不规范',
    description:
      '基层党组织“三会一课”制度执行不规范，巡察抽查7个党支部中有3个支部2025年讲党课少于4次，第二党支部连续2个月未召开支委会，个别支部存在党员大会与业务会议合并召开的情况。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    coDepartments: [BGS],
    leader: ZHAO,
    measures: [
      '对7个党支部2025年以来“三会一课”落实情况逐一对账，建立问题清单和整改台账',
      '落实“每月一提醒、每季一督导”机制，机关党委每月初向各支部下发组织生活提示单',
      '将“三会一课”落实情况纳入支部书记年度述职评议和星级支部评定',
    ],
    status: 'measures',
  },
  {
    title: '调研成果转化运用不够',
    description: '调查研究成果转化不够，2025年处级以上干部形成调研报告9篇，其中仅3篇提出的建议被纳入委党组决策或转化为政策文件，存在“为调研而调研”现象。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '作风建设',
    department: ZCFG,
    coDepartments: [FZGH],
    leader: LI,
    measures: [
      '建立调研课题年度清单，课题由党组会审定，优先围绕企业和县区反映集中的问题选题',
      '每篇调研报告须附“问题清单、对策清单、转化清单”，报分管领导签批后提交党组会研究',
      '每半年召开一次调研成果交流会，对转化情况进行通报',
    ],
    status: 'measures',
  },
  {
    title: '本人落实“一岗双责”不够到位',
    description:
      '本人落实“一岗双责”不够到位，对分管的政策法规处、发展规划处党建工作安排部署多、跟踪问效少，2025年仅参加分管处室所在支部组织生活2次，与分管处室干部谈心谈话不够经常。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: LI,
    category: '政治建设',
    department: ZCFG,
    leader: LI,
    measures: [
      '每半年至少参加1次分管处室所在支部组织生活，以普通党员身份参加主题党日',
      '每季度与分管处室负责人开展1次谈心谈话，建立个人谈心谈话记录',
      '每年为分管支部讲党课不少于1次，结合“十五五”规划编制讲好专题党课',
    ],
    status: 'measures',
  },
  {
    title: '本人深入项目一线协调解决问题不够',
    description:
      '本人深入基层一线不够，服务重点项目存在“等上门”现象，2025年分管的市级重点项目中有6个项目因用地、环评等要素保障问题进度滞后，本人到现场协调仅2次。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: CHEN,
    category: '作风建设',
    department: TZGL,
    leader: CHEN,
    measures: [
      '建立分管重点项目“一项目一台账”，本人每月到项目现场调度不少于1次',
      '对进度滞后的6个项目逐个召开要素保障协调会，明确问题、责任单位和解决时限',
      '每月在委务会上通报分管重点项目进度，滞后项目说明原因和下步措施',
    ],
    status: 'measures',
  },
  {
    title: '本人作为支部书记抓党建精力投入不够',
    description:
      '本人作为支部书记抓党建的精力投入不够，重业务轻党建，2025年支部发展党员工作未按计划完成，2名入党积极分子培养考察记录不完整，支部党员党性分析流于形式。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '马骏（行政审批服务处处长、第四党支部书记）',
    category: '组织建设',
    department: XZSP,
    leader: CHEN,
    measures: [
      '每月专题研究一次支部工作，本人亲自审定支部学习计划和主题党日方案',
      '补齐2名入党积极分子的培养考察记录，明确培养联系人，每季度谈话一次',
      '党性分析前组织党员逐一对照党章查找差距，书面材料由本人审阅把关',
    ],
    status: 'measures',
  },
  {
    title: '公务用车使用登记不规范',
    description:
      '自查发现2025年公务用车派车单中有27张未填写用车事由或行驶里程，2辆公务车存在节假日停放在非指定地点的情况，车辆维修保养未严格执行定点和审批程序。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '纪律建设',
    department: BGS,
    coDepartments: [CWSJ],
    leader: LIU,
    measures: [
      '修订《机关公务用车管理办法》，派车单须完整填写事由、起止里程并由处室负责人签字',
      '严格执行节假日公务用车封存制度，车辆一律停放在机关指定停车场',
      '车辆维修保养实行定点、事前审批和费用单车核算，每季度公示一次',
    ],
    status: 'measures',
  },
  {
    title: '党建与业务融合不够紧密',
    description:
      '党建与业务融合不够紧密，部分支部主题党日内容与处室业务脱节，2025年全委开展的48次主题党日中结合项目服务、政策落实开展的仅11次，党员先锋岗作用发挥不明显。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '党建与业务融合',
    department: JGDW,
    coDepartments: [TZGL, XZSP],
    leader: ZHAO,
    measures: [
      '各支部每季度至少开展1次结合业务的主题党日，围绕项目服务、政策宣讲确定主题',
      '在项目审批、投资服务等岗位设立党员先锋岗，制定岗位承诺并每半年评议一次',
      '推行“党建+项目”工作法，由支部认领重点项目服务任务',
    ],
    status: 'measures',
  },
  {
    title: '部分政府采购项目程序执行不严',
    description: '市审计局审计指出，2025年委机关办公设备和信息化运维采购中有3个项目未按规定编制采购需求，1个项目合同签订晚于服务开始时间，验收记录不完整。',
    source: '审计',
    batch: SJ,
    scope: 'team',
    category: '制度建设',
    department: CWSJ,
    coDepartments: [XXZX],
    leader: LIU,
    measures: [
      '修订《机关政府采购内部管理规程》，明确采购需求编制、合同签订和履约验收责任',
      '对2025年以来全部采购项目开展合同和验收资料清查，补齐缺失材料',
      '信息化项目采购需求由信息中心出具技术参数，财务审计处审核后方可实施',
    ],
    status: 'measures',
  },
  {
    title: '政务数据共享接入不及时',
    description:
      '市政府督查室督办指出，我委负责的32类政务数据目录中有9类未按期接入市一体化数据共享平台，企业投资项目数据与审批系统数据标准不统一，影响“一网通办”推进。',
    source: '上级交办',
    batch: JB_ZF,
    scope: 'team',
    category: '作风建设',
    department: XXZX,
    coDepartments: [BGS],
    leader: LIU,
    measures: ['逐项梳理未接入的9类数据目录，制定接入计划，明确每类数据的责任处室', '会同市大数据局统一投资项目数据标准，完成审批系统字段对照和清洗'],
    status: 'measures',
  },
  {
    title: '对委属事业单位监督管理不到位',
    description:
      '对委属事业单位监督管理不到位，市价格认证中心2025年存在2笔咨询服务收费未纳入单位账户统一核算问题，委党组对下属单位“三重一大”事项执行情况检查不够。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '纪律建设',
    department: JGJW,
    coDepartments: [CWSJ],
    leader: ZHAO,
    measures: [
      '对市价格认证中心2笔收费问题进行核查，责令将相关款项纳入单位账户统一核算',
      '每年对委属事业单位“三重一大”事项执行情况开展一次专项检查',
      '督促委属事业单位修订财务收支管理制度，报委机关备案',
    ],
    status: 'measures',
  },
  {
    title: '本人所在支部工作“自选动作”少、特色不鲜明',
    description:
      '本人在述职评议中被指出，支部工作开展大多是上级安排的规定动作，结合法规审查业务开展“自选动作”少，支部学习形式局限于领读和传达，对青年党员的吸引力不强。',
    source: '述职评议',
    batch: SZ,
    scope: 'individual',
    person: '杨帆（政策法规处处长、第二党支部书记）',
    category: '组织建设',
    department: ZCFG,
    leader: LI,
    measures: ['结合规范性文件审查业务，打造“法治发改”支部品牌，制定品牌创建方案', '每季度安排1次由青年党员主讲的“微党课”，采取案例研讨、情景教学等形式'],
    status: 'measures',
  },

  // =====================================================================
  // 明确时限 (deadline) — type and deadline (or stage goal + review date) set
  // =====================================================================
  {
    title: '重大事项请示报告制度执行不严格',
    description:
      '执行重大事项请示报告制度不够严格，2025年有2项涉及全市产业布局的规划调整事项未按规定向市委请示报告即提交市政府审议，党组会议对请示报告事项缺少专门记录。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '政治建设',
    department: BGS,
    leader: ZHOU,
    measures: [
      '制定《党组重大事项请示报告清单》，明确须向市委请示报告的事项范围和程序',
      '建立请示报告事项登记台账，由办公室逐件登记办理结果',
      '对2项未经请示报告的事项向市委作出书面说明',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 45,
    causeAnalysis:
      '党组讲政治的自觉性还不够强，对重大事项请示报告条例学习领会不深，认为规划调整属于业务事项、报市政府审议即可，对须向市委请示报告的事项范围把握不准。',
    causeTags: ['纪律规矩', '党性修养'],
    status: 'deadline',
  },
  {
    title: '选人用人工作程序不够规范',
    description:
      '选人用人工作不够规范，2024年以来2批次处级干部选拔任用中动议环节记录不完整，1名干部试用期满考核材料缺少民主测评结果，干部人事档案专项审核发现的问题未及时整改。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    coDepartments: [JGJW],
    leader: ZHOU,
    measures: [
      '对2024年以来干部选拔任用工作纪实材料逐项复核，补齐动议环节记录',
      '补充完成1名干部试用期满民主测评，按程序重新履行考核手续',
      '选拔任用全过程邀请机关纪委参与监督，纪实材料一事一档',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 60,
    causeAnalysis:
      '对干部选拔任用工作的严肃性认识不足，存在重结果轻程序倾向，认为动议环节是内部酝酿、记录可简可繁；干部工作人员业务不精，机关纪委全程监督没有跟上。',
    causeTags: ['纪律规矩', '责任落实'],
    status: 'deadline',
  },
  {
    title: '文风会风改进不够彻底',
    description:
      '班子对照检查指出，文风会风改进不够彻底，2025年委内召开的部署会、推进会共87次，其中以会议落实会议的有19次，部分材料层层加码、篇幅冗长，形式主义问题仍有表现。',
    source: '民主生活会',
    batch: MZ,
    scope: 'team',
    category: '作风建设',
    department: BGS,
    leader: LIU,
    measures: ['实行委内会议计划管理，能合并的合并、能套开的套开，全年会议总量压减20%以上', '严格文稿篇幅，一般性工作报告不超过3000字，不搞层层加码'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 5,
    status: 'deadline',
  },
  {
    title: '本人对分管领域廉政风险提醒不够经常',
    description: '本人对分管的财务、后勤领域廉政风险提醒不够经常，2025年仅在春节前开展1次集体廉政谈话，对财务审计处反映的报销审核把关不严问题督促整改不及时。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: LIU,
    category: '纪律建设',
    department: CWSJ,
    leader: LIU,
    measures: [
      '在元旦春节、中秋国庆等重要节点前对分管处室开展集体廉政谈话',
      '每半年听取一次财务报销审核情况汇报，对发现问题限期整改',
      '与分管处室负责人签订党风廉政建设责任书，明确岗位廉政责任',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 30,
    causeAnalysis:
      '本人对“一岗双责”认识存在偏差，认为财务、后勤领域的廉政监督主要是机关纪委的事，习惯于抓业务、管事务，对分管处室干部的廉政教育提醒停留在节前例行谈话。',
    causeTags: ['责任落实', '纪律规矩'],
    status: 'deadline',
  },
  {
    title: '本人运用党的创新理论指导规划编制能力不足',
    description:
      '本人政治理论学习满足于完成规定任务，对党的二十届三中全会精神和“十五五”规划编制相关论述学得不深不透，在起草规划文本时运用党的创新理论分析问题的能力不足。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '吴晓丽（发展规划处副处长、第一党支部组织委员）',
    category: '思想建设',
    department: FZGH,
    leader: LI,
    measures: ['制定个人学习计划，系统研读党的二十届三中全会《决定》及辅导读本', '撰写1篇运用党的创新理论研究“十五五”规划思路的学习体会，在支部交流'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -3,
    causeAnalysis:
      '本人理论学习满足于完成支部规定任务，对党的二十届三中全会精神学用结合不够，存在重业务技能、轻理论素养的倾向，运用党的创新理论谋划规划思路的能力还不强。',
    causeTags: ['理想信念/理论武装', '能力本领'],
    status: 'deadline',
  },
  {
    title: '投资项目审批存在线下“体外循环”',
    description:
      '对照投资项目在线审批监管平台自查，2025年有8个企业投资项目存在线下先行受理、线上补录信息的情况，项目赋码后审批时限计算不准确，“体外循环”问题尚未根除。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '制度建设',
    department: XZSP,
    coDepartments: [XXZX, TZGL],
    leader: CHEN,
    measures: [
      '所有企业投资项目一律通过在线平台受理、赋码，禁止线下先行受理',
      '对8个线下受理项目逐一核对审批时限，补录办理过程信息',
      '在线平台增设超时预警功能，审批时限剩余3个工作日时自动提醒',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -12,
    causeAnalysis:
      '审批人员对在线平台“应进必进”要求认识不足，为迁就企业时间图省事先线下受理，存在“结果没问题、程序可变通”的思想；平台受理与审批时限缺乏技术约束，监管发现滞后。',
    causeTags: ['纪律规矩', '工作机制'],
    status: 'deadline',
  },
  {
    title: '部分支部党费收缴公示不及时',
    description: '党建专项督查发现，第三、第五党支部2026年第一季度党费收缴情况未按规定在支部内公示，2名党员工资调整后未及时重新核定党费缴纳基数。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    leader: ZHAO,
    measures: ['第三、第五党支部立即补充公示第一季度党费收缴情况', '对全体党员党费缴纳基数进行复核，2名党员按新工资标准重新核定'],
    rectifyType: 'immediate',
    deadlineOffsetDays: 1,
    status: 'deadline',
  },
  {
    title: '优化营商环境改革举措落实不到位',
    description:
      '省委第二巡视组反馈，我市营商环境评价中“获得用水用气”“政府采购”等4项指标排名全省后三位，牵头部门对成员单位督促协调不够有力，部分改革事项停留在文件层面。',
    source: '巡视反馈',
    batch: XS,
    scope: 'team',
    category: '党建与业务融合',
    department: ZCFG,
    coDepartments: [XZSP],
    leader: LI,
    measures: [
      '对4项排名靠后指标逐项制定提升方案，明确牵头单位、配合单位和完成时限',
      '建立营商环境指标“周调度、月通报”机制，通报结果报市政府主要领导',
      '组织党员骨干到先进地市对标学习，形成对标提升报告',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 90,
    causeAnalysis:
      '牵头抓总意识不强，存在“发文件、开会议就是抓落实”的思想，对成员单位督促协调放不开手脚；站在企业角度找堵点、疏痛点不够，改革举措与企业实际感受脱节。',
    causeTags: ['担当作为', '宗旨意识'],
    status: 'deadline',
  },
  {
    title: '模范机关创建成效不够明显',
    description:
      '2025年度机关党组织书记抓党建述职评议指出，我委模范机关创建“讲政治、守纪律、负责任、有效率”要求落实不够均衡，星级党支部比例为43%，低于市直机关平均水平。',
    source: '述职评议',
    batch: SZ,
    scope: 'team',
    category: '党建与业务融合',
    department: JGDW,
    leader: ZHAO,
    measures: [
      '推行党支部标准化“N个一”指标体系，对照指标逐支部查找短板',
      '开展支部结对互督互促，星级支部与非星级支部一对一结对帮带',
      '组织党建片区观摩交流，互看互比互学',
    ],
    rectifyType: 'long_term',
    stageGoal: '年内星级党支部比例提高到60%以上，培育1个市直机关示范党支部',
    reviewOffsetDays: 40,
    status: 'deadline',
  },
  {
    title: '固定资产账实不符',
    description:
      '审计发现委机关固定资产账实不符，账面登记的312台（件）设备中有41台已报废未核销，信息中心在用的服务器等9台设备未入账，资产管理系统与财务账差额86.4万元。',
    source: '审计',
    batch: SJ,
    scope: 'team',
    category: '纪律建设',
    department: CWSJ,
    coDepartments: [XXZX, BGS],
    leader: LIU,
    measures: [
      '开展固定资产全面清查盘点，逐台（件）核对资产卡片、实物和财务账',
      '对41台已报废设备按程序报市财政局审批核销，9台未入账设备补办入账',
      '建立资产管理系统与财务账每季度对账制度',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 75,
    status: 'deadline',
  },
  {
    title: '机关党建三级责任清单未落到岗位',
    description:
      '市直机关工委交办指出，我委“党组领导、机关党委负责、党支部落实”三级责任清单未细化到具体岗位，支部书记责任清单与年度考核脱节，清单管理模式尚未真正落地。',
    source: '上级交办',
    batch: JB_GW,
    scope: 'team',
    category: '制度建设',
    department: JGDW,
    leader: ZHAO,
    measures: ['修订机关党建三级责任清单，细化到党组成员、支部书记和支部委员具体岗位', '将支部书记责任清单完成情况纳入年度考核和述职评议内容'],
    rectifyType: 'long_term',
    stageGoal: '年内完成三级责任清单修订并纳入年度考核，每半年通报一次清单落实情况',
    reviewOffsetDays: 25,
    status: 'deadline',
  },
  {
    title: '本人服务企业主动性不强',
    description:
      '本人在项目服务中存在“坐等上门”思想，对企业反映的中央预算内投资申报材料问题答复不够及时，2025年有3家企业反映申报指导不够具体，本人未主动上门对接。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '黄子健（投资管理处处长、第三党支部书记）',
    category: '作风建设',
    department: TZGL,
    leader: CHEN,
    measures: ['对3家反映问题的企业逐一上门回访，当面指导完善申报材料', '编制中央预算内投资申报指南和常见问题清单，在委门户网站公开'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 6,
    status: 'deadline',
  },

  // =====================================================================
  // 整改中 (in_progress) — owner assigned, work under way
  // =====================================================================
  {
    title: '意识形态阵地管理存在薄弱环节',
    description: '意识形态阵地管理存在薄弱环节，委政务微信公众号2025年发布的信息中有3条未履行“三审三校”程序，机关讲堂个别授课内容事前审核把关不严。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '思想建设',
    department: XXZX,
    coDepartments: [JGDW],
    leader: LIU,
    owner: '高原',
    measures: [
      '修订《政务新媒体信息发布审核办法》，严格执行“三审三校”，审核记录留存备查',
      '机关讲堂授课课件提前5个工作日报机关党委审核',
      '每季度开展一次意识形态阵地排查，形成排查报告报党组',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -20,
    causeAnalysis:
      '对意识形态工作极端重要性认识不足，政治敏锐性和鉴别力不强，认为发改部门业务性强、意识形态风险不大；信息中心和机关党委审核责任划分不清，“三审三校”执行打折扣。',
    causeTags: ['理想信念/理论武装', '责任落实'],
    status: 'in_progress',
    lifecycle: {
      reopened: { because: '回头看抽查发现，委政务微信公众号10月发布的信息中仍有1条未履行“三审三校”程序，问题反弹。', newDeadlineOffsetDays: 45 },
    },
  },
  {
    title: '企业诉求办理推诿扯皮、超时办结',
    description: '整治“庸官懒官”等“四官”问题不够彻底，2025年市营商环境投诉平台转办我委的企业诉求中有4件超过规定时限办结，个别处室之间存在推诿扯皮现象。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '作风建设',
    department: XZSP,
    leader: CHEN,
    owner: '罗敏',
    measures: [
      '建立企业诉求首接负责制，首接处室负责协调办理直至办结',
      '对4件超时办结诉求逐件倒查原因，对相关责任人进行提醒谈话',
      '企业诉求办理情况每月在委内通报，纳入处室年度考核',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -8,
    causeAnalysis:
      '部分干部宗旨意识淡薄，对企业诉求缺乏感同身受，存在“多一事不如少一事”思想；遇到跨处室事项怕担责、不愿牵头，首接负责和限时办结要求没有落实到具体人。',
    causeTags: ['宗旨意识', '担当作为'],
    status: 'in_progress',
    lifecycle: { extendedFromOffsetDays: -38 },
  },
  {
    title: '落实中央八项规定精神存在薄弱环节',
    description: '落实中央八项规定精神存在薄弱环节，2025年公务接待中有5批次未附公函，2批次接待陪餐人数超出规定标准，差旅费报销中存在1笔跨年度报销情况。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '纪律建设',
    department: CWSJ,
    coDepartments: [BGS, JGJW],
    leader: LIU,
    owner: '何静',
    measures: [
      '公务接待一律凭公函、接待审批单和接待清单“三单”报销，缺一不得报销',
      '对超标准陪餐费用由相关人员个人承担并退回，机关纪委跟踪核实',
      '开展差旅费报销专项检查，对跨年度报销情况说明原因并规范处理',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -35,
    causeAnalysis:
      '对落实中央八项规定精神的长期性认识不足，存在“小节无碍”思想，对公函、陪餐人数等细节要求把关不严；财务报销审核只看票据不核事由，机关纪委日常监督检查不够经常。',
    causeTags: ['纪律规矩', '责任落实'],
    status: 'in_progress',
    lifecycle: { rejectedWith: '请补充2批次超标准接待的追缴凭证和跨年度报销的整改说明，并附公务接待审批制度修订稿。' },
  },
  {
    title: '年轻干部培养锻炼机制不健全',
    description:
      '年轻干部培养锻炼机制不健全，2023年以来仅选派2名年轻干部到县区、重点项目一线挂职，35岁以下干部中有6人在同一岗位工作超过5年，缺乏系统的培训和实践历练安排。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    leader: ZHOU,
    owner: '林雪',
    measures: [
      '制定年轻干部培养锻炼三年计划，建立年轻干部成长档案',
      '每年选派年轻干部到县区、重点项目一线和工作专班挂职锻炼',
      '对同一岗位工作超过5年的年轻干部有计划地开展轮岗交流',
    ],
    rectifyType: 'long_term',
    stageGoal: '年内选派不少于5名年轻干部到项目一线和基层挂职锻炼，完成处室间轮岗交流8人次',
    reviewOffsetDays: 60,
    status: 'in_progress',
  },
  {
    title: '民主集中制执行有时不够严格',
    description:
      '班子对照检查指出，民主集中制执行有时不够严格，部分议题会前酝酿不充分，2025年党组会议有4个议题因材料提交不及时临时上会，班子成员会上充分发表意见不够。',
    source: '民主生活会',
    batch: MZ,
    scope: 'team',
    category: '政治建设',
    department: BGS,
    leader: ZHOU,
    owner: '王蕾',
    measures: [
      '修订《党组工作规则》，议题材料须会前3天送达参会人员，未经酝酿的议题不得上会',
      '党组会议研究重要事项时，班子成员逐一发表意见，主要负责人末位表态',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 3,
    causeAnalysis:
      '党组对民主集中制具体程序重视不够，议题提交、会前酝酿缺乏刚性约束，遇到急事习惯临时上会；部分班子成员对分管以外事项不愿多发表意见，存在“各管一摊”思想。',
    causeTags: ['纪律规矩', '工作机制'],
    status: 'in_progress',
  },
  {
    title: '本人以上率下抓理论武装不够',
    description:
      '本人作为党组书记，带头学、深入学不够，2025年在党组理论学习中心组专题研讨中作重点发言2次，为全体党员讲党课1次，以上率下推动理论学习走深走实还有差距。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: ZHOU,
    category: '思想建设',
    department: JGDW,
    leader: ZHOU,
    owner: '周建国',
    measures: ['本人每季度在中心组学习中作重点发言不少于1次，带头撰写研讨材料', '每年为全体党员讲党课不少于2次，到联系支部讲党课不少于1次'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 20,
    causeAnalysis:
      '本人对理论学习重要性认识还不到位，存在重业务轻学习思想，工作忙时以干代学，满足于听传达、读原文；作为党组书记，履行抓理论武装第一责任人职责不够到位。',
    causeTags: ['理想信念/理论武装', '责任落实'],
    status: 'in_progress',
  },
  {
    title: '本人发挥党员先锋岗作用督导不够',
    description: '本人统筹分管领域党建与业务工作不够，经济运行分析工作中党员先锋岗设立后缺少跟踪考核，分管处室党员在重点课题攻关中的带头作用体现不充分。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: ZHENG,
    category: '党建与业务融合',
    department: FZGH,
    leader: ZHENG,
    owner: '郑涛',
    measures: ['对分管处室党员先锋岗逐一明确岗位职责和承诺事项，每半年考评一次', '重点课题攻关组由党员骨干领衔，课题进展纳入支部主题党日交流内容'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -5,
    status: 'in_progress',
  },
  {
    title: '本人运用“第一种形态”不够经常',
    description:
      '本人在日常监督中运用“第一种形态”不够经常，2025年对苗头性、倾向性问题开展提醒谈话仅3人次，对重要节日节点的监督检查多以发通知为主，实地检查次数偏少。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '徐斌（机关纪委副书记、第一党支部纪检委员）',
    category: '纪律建设',
    department: JGJW,
    leader: ZHAO,
    owner: '徐斌',
    measures: ['对苗头性、倾向性问题及时开展提醒谈话，建立谈话记录台账', '重要节日节点前后各开展1次实地监督检查，检查结果在委内通报'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 0,
    causeAnalysis:
      '本人在监督执纪中存在好人主义思想，认为机关同事抬头不见低头见，对苗头性问题碍于情面不愿谈、不敢谈；对“四种形态”政策把握不准，监督方式停留在发通知、转文件上。',
    causeTags: ['担当作为', '能力本领'],
    status: 'in_progress',
  },
  {
    title: '本人办文办会质量把关不严',
    description: '本人对办文办会质量把关不够严，2025年以委名义报送市委、市政府的文稿中有3件被退回修改，个别会议通知印发时间距开会不足1天，影响参会单位准备。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '王蕾（办公室主任、第一党支部书记）',
    category: '作风建设',
    department: BGS,
    leader: LIU,
    owner: '王蕾',
    measures: ['报送市委、市政府的文稿实行处室初核、办公室复核、分管领导审签三级把关', '除紧急会议外，会议通知至少提前2个工作日印发'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 14,
    causeAnalysis:
      '本人对办文办会质量是机关作风窗口的认识不够，文稿把关满足于文字通顺，对政策口径和数据核实不细；会议安排缺乏提前谋划，办文办会没有形成分级把关的规范流程。',
    causeTags: ['能力本领', '工作机制'],
    status: 'in_progress',
  },
  {
    title: '婚丧喜庆事宜报备不及时',
    description: '自查发现，2025年有3名干部职工操办婚丧喜庆事宜未按规定事前报备，1名处级干部子女升学宴请情况事后才补报，机关纪委对报备事项的跟踪核查不到位。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '纪律建设',
    department: JGJW,
    leader: ZHAO,
    owner: '徐斌',
    measures: ['对3名未报备人员和1名事后补报的处级干部进行谈话提醒', '重申婚丧喜庆事宜事前报告制度，对家中有升学子女的职工开展集体谈话提醒'],
    rectifyType: 'immediate',
    deadlineOffsetDays: -2,
    status: 'in_progress',
  },
  {
    title: '发展党员工作程序不够规范',
    description: '党建专项督查抽查近三年发展党员档案14份，发现3份入党申请书未注明时间，2份政治审查材料缺少函调记录，个别发展对象集中培训时间不足24学时。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    leader: ZHAO,
    owner: '林雪',
    measures: [
      '对近三年发展党员档案逐份复查，对缺失材料按规定补充说明',
      '对发展对象集中培训学时不足的，补足学时后方可提交支部大会讨论',
      '召开组织委员工作会议，对发展党员工作流程进行专题培训',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 7,
    causeAnalysis:
      '部分支部组织委员党务业务不熟，对发展党员工作细则掌握不全面，程序意识不强；机关党委对发展党员档案审核把关不严，日常培训和预审环节没有落实到位。',
    causeTags: ['能力本领', '责任落实'],
    status: 'in_progress',
  },
  {
    title: '重点项目党员服务专班运行不够规范',
    description:
      '党建专项督查指出，重点项目“党员服务专班”运行不够规范，12个专班中有5个未建立服务台账，党员联系项目“包保”责任落实不到位，企业对专班服务的知晓率不高。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '党建与业务融合',
    department: TZGL,
    coDepartments: [JGDW],
    leader: CHEN,
    owner: '黄子健',
    measures: [
      '12个服务专班全部建立服务台账，记录走访、问题和办理结果',
      '明确每个重点项目的包保党员，向项目单位公开联系方式',
      '每季度组织项目单位对专班服务进行满意度评价',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 50,
    status: 'in_progress',
  },
  {
    title: '部门预算编制不够科学精准',
    description: '审计指出，2025年委机关部门预算编制不够科学精准，年中追加调整预算14次，调整金额占年初预算的18.6%，3个项目支出预算执行率低于50%。',
    source: '审计',
    batch: SJ,
    scope: 'team',
    category: '制度建设',
    department: CWSJ,
    leader: LIU,
    owner: '何静',
    measures: [
      '项目支出预算编制前须完成项目论证和绩效目标设定，未论证的不得列入预算',
      '建立预算执行月度通报制度，执行率偏低的项目由处室说明原因',
      '从严控制年中预算追加，确需追加的须经党组会议研究',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -15,
    causeAnalysis: '预算编制前项目论证不充分，编制人员对项目支出测算把握不准，存在“先争取资金、再找项目”的倾向；预算执行监控和追加审批机制不健全，约束偏软。',
    causeTags: ['工作机制', '能力本领'],
    status: 'in_progress',
    lifecycle: {
      extensionAsked: {
        offsetDays: 30,
        reason: '市财政局预算编制新规定于12月中旬印发，需按新规定重新测算2027年项目支出，申请延期一个月。',
        by: '陈晓（财务审计处）',
      },
    },
  },
  {
    title: '12345热线诉求办理质量不高',
    description: '市政府督查室督办，2025年12345热线转办我委的价格、能源类诉求中，回访满意率为82.3%，低于全市平均水平，有7件工单答复内容简单套用政策条文。',
    source: '上级交办',
    batch: JB_ZF,
    scope: 'team',
    category: '作风建设',
    department: ZCFG,
    coDepartments: [XZSP],
    leader: LI,
    owner: '杨帆',
    measures: [
      '对7件答复不规范工单重新联系诉求人，作出具体解释',
      '编写价格、能源类政策答复口径，明确办理时限和答复规范',
      '回访不满意工单由分管处室负责人牵头二次办理',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 35,
    status: 'in_progress',
  },
  {
    title: '“十五五”规划前期重大课题研究滞后',
    description:
      '省委第二巡视组反馈，我市“十五五”规划前期重大课题研究中，对国家和省重大战略部署对接研究不够深入，22个前期研究课题中有8个进度滞后，成果质量参差不齐。',
    source: '巡视反馈',
    batch: XS,
    scope: 'team',
    category: '政治建设',
    department: FZGH,
    coDepartments: [ZCFG],
    leader: LI,
    owner: '吴晓丽',
    measures: [
      '对8个进度滞后课题逐一约谈承担单位，倒排工期，每两周调度一次',
      '邀请省内专家对课题成果进行中期评审，不合格的限期修改',
      '建立国家和省重大战略部署对接清单，逐项落实到规划思路中',
    ],
    rectifyType: 'long_term',
    stageGoal: '完成全部22个前期研究课题结题评审，形成规划基本思路报告报市委审定',
    reviewOffsetDays: 12,
    causeAnalysis:
      '对“十五五”规划前期研究的紧迫性认识不足，存在“时间还早、慢慢来”的松懈思想；研究力量分散，对国家和省重大战略吃得不透，课题统筹调度和质量把关能力不足。',
    causeTags: ['担当作为', '能力本领'],
    status: 'in_progress',
  },
  {
    title: '运用信息化手段服务机关党建不足',
    description: '运用信息化手段服务机关党建不足，党员教育管理仍依赖纸质台账，“灯塔党建在线”平台使用率不高，2025年全委党员线上学习平均完成率仅为61%。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '党建与业务融合',
    department: XXZX,
    coDepartments: [JGDW],
    leader: LIU,
    owner: '高原',
    measures: ['建设机关党建信息管理模块，实现党员信息、党费收缴、组织生活电子化管理', '各支部每月通报“灯塔党建在线”学习完成情况，完成率纳入支部考评'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: 100,
    status: 'in_progress',
  },

  // =====================================================================
  // 销号 (closed) — completion recorded
  // =====================================================================
  {
    title: '全面从严治党主体责任压力传导不够',
    description:
      '落实全面从严治党主体责任压力传导不够到位，党组2025年专题研究全面从严治党工作2次，对党建工作安排部署多、跟踪问效少，一定程度存在“上热中温下冷”现象。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '政治建设',
    department: JGDW,
    leader: ZHOU,
    owner: '张明远',
    measures: [
      '制定党组落实全面从严治党主体责任清单，明确班子成员责任事项',
      '党组每季度专题研究一次全面从严治党工作，听取班子成员履责情况汇报',
      '开展分管领域履责情况督查，对发现问题建立台账、跟踪整改',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -30,
    completion:
      '党组制定全面从严治党主体责任清单，明确班子成员责任事项46项；整改期内专题研究全面从严治党工作4次，开展分管领域履责督查1轮，通报问题9个，均已整改到位。',
    causeAnalysis:
      '党组对全面从严治党主体责任认识不够到位，存在重业务轻党建倾向，认为抓好业务就是抓好党建；对班子成员履行“一岗双责”考核问效不严，压力层层递减，没有以钉钉子精神抓落实。',
    causeTags: ['责任落实', '担当作为'],
    status: 'closed',
  },
  {
    title: '以加班误餐费名义违规发放补助',
    description: '巡察发现，2025年委机关以加班误餐费名义向干部职工发放补助2.16万元，缺乏相应考勤和加班审批依据，违反津贴补贴发放有关规定。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '纪律建设',
    department: CWSJ,
    coDepartments: [JGJW],
    leader: LIU,
    owner: '何静',
    measures: [
      '全额清退违规发放的补助，收回款项上缴财政',
      '修订《机关加班管理办法》，误餐补助凭考勤记录和审批单据发放',
      '由机关纪委对相关责任人进行提醒谈话，谈话情况记入个人廉政档案',
    ],
    rectifyType: 'immediate',
    deadlineOffsetDays: -40,
    completion:
      '违规发放的补助2.16万元已全额清退并上缴财政；修订印发《机关加班管理办法》，误餐补助一律凭考勤和审批单据发放；机关纪委已对2名相关责任人进行提醒谈话。',
    causeAnalysis:
      '纪律规矩意识不强，对津贴补贴发放规定学习不深，存在“照顾职工辛苦、历年惯例如此”的错误认识；财务审核只看单据是否齐全，不核考勤和加班审批，机关纪委日常监督没有跟上。',
    causeTags: ['纪律规矩', '责任落实'],
    status: 'closed',
  },
  {
    title: '对县区督查检查考核过多过频',
    description: '对县（市、区）发展改革部门开展督查检查过多过频，2025年以委名义开展的各类督查检查、考核评比共计17项，部分事项内容交叉重复，基层迎检负担较重。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '作风建设',
    department: BGS,
    leader: LIU,
    owner: '宋佳',
    measures: [
      '对17项督查检查考核事项全面清理，能整合的整合、能取消的取消',
      '督查检查考核事项实行年度计划管理，未列入计划的一律不得开展',
      '推行“四不两直”方式，不要求基层专门准备迎检材料',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -18,
    completion: '对17项督查检查考核事项进行清理，整合保留6项并实行年度计划管理；整改期内开展的2次督查均采取“四不两直”方式，未要求县区报送迎检材料。',
    causeAnalysis:
      '政绩观有偏差，习惯以督查检查代替推动落实、以基层报材料代替深入一线，对为基层减负的要求认识不深，站在县区角度想问题不够，对各处室督查检查事项缺乏统筹把关。',
    causeTags: ['宗旨意识', '担当作为'],
    status: 'closed',
  },
  {
    title: '运用党的创新理论指导发改实践不够',
    description:
      '班子对照检查指出，学习党的创新理论与推动发展改革工作结合不够，对发展新质生产力、建设全国统一大市场等重大部署研究阐释不深，2025年形成的理论转化成果偏少。',
    source: '民主生活会',
    batch: MZ,
    scope: 'team',
    category: '思想建设',
    department: ZCFG,
    coDepartments: [FZGH],
    leader: ZHOU,
    owner: '杨帆',
    measures: ['围绕新质生产力、全国统一大市场建设开展党组专题研讨', '每个专题研讨形成至少1篇研究成果，报送市委、市政府参阅'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -10,
    completion: '党组开展“新质生产力与发改实践”等专题研讨3次，形成《关于培育发展新质生产力的实施意见（代拟稿）》等研究成果4篇，其中2篇被市委、市政府采纳转发。',
    causeAnalysis:
      '党组理论学习存在学用脱节，满足于读原文、谈体会，对新质生产力、全国统一大市场等重大部署缺乏结合江州实际的系统研究，运用党的创新理论破解发展改革难题的本领还不够强。',
    causeTags: ['理想信念/理论武装', '能力本领'],
    status: 'closed',
  },
  {
    title: '本人落实谈心谈话制度不够经常',
    description:
      '本人落实谈心谈话制度不够经常，2025年与机关支部书记谈心谈话覆盖面不足一半，对2名新提任处级干部未按规定开展任职廉政谈话，同党员干部敞开心扉谈思想不够透彻。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: ZHAO,
    category: '组织建设',
    department: JGDW,
    leader: ZHAO,
    owner: '赵志强',
    measures: [
      '与全部支部书记逐一开展谈心谈话，听取对机关党建工作的意见建议',
      '对2名新提任处级干部补开任职廉政谈话',
      '建立谈心谈话工作台账，由机关党委每季度统计通报',
    ],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -25,
    completion: '已与9名支部书记逐一开展谈心谈话，收集意见建议12条；对2名新提任处级干部补开任职廉政谈话；谈心谈话台账已建立，机关党委按季度统计通报。',
    causeAnalysis:
      '本人对谈心谈话是做好党员干部思想政治工作重要抓手的认识不足，把主要精力放在会议部署和材料把关上，存在“有事再谈”的思想，履行机关党委书记职责还有差距，党性修养锤炼还不够。',
    causeTags: ['责任落实', '党性修养'],
    status: 'closed',
  },
  {
    title: '本人开展批评与自我批评辣味不足',
    description: '本人在组织生活中开展批评与自我批评辣味不足，2025年度组织生活会上对支部其他同志提出的批评意见多为工作建议，对自身问题剖析触及思想根源不深。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: CHEN,
    category: '政治建设',
    department: TZGL,
    leader: CHEN,
    owner: '陈立平',
    measures: ['重新修改个人对照检查材料，从党性修养、宗旨意识上深挖思想根源', '以普通党员身份参加所在支部专题组织生活会，开展严肃的相互批评'],
    rectifyType: 'immediate',
    deadlineOffsetDays: -35,
    completion: '本人对照检查材料重新修改2次，深入查摆思想根源；在第三党支部专题组织生活会上向其他党员提出批评意见5条，均具体指向问题，支部党员反映良好。',
    causeAnalysis:
      '本人党性锻炼不够经常，开展批评存在好人主义思想，怕伤和气、怕影响团结，给同志提意见多讲工作建议、少点具体问题；剖析自身避重就轻，缺乏刀刃向内的自我革命勇气。',
    causeTags: ['党性修养', '担当作为'],
    status: 'closed',
  },
  {
    title: '本人推动机关数字化办公不够有力',
    description:
      '本人对分管的信息化工作推动不够有力，委机关OA系统与市政务服务平台长期未实现对接，公文流转需二次录入，2025年因系统不通造成的重复录入约1800件次。',
    source: '民主生活会',
    batch: MZ,
    scope: 'individual',
    person: LIU,
    category: '作风建设',
    department: XXZX,
    leader: LIU,
    owner: '高原',
    measures: ['会同市大数据局制定OA系统与政务服务平台对接方案，明确接口标准', '完成数据接口开发和联调测试，实现公文一次录入、双向流转'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -5,
    completion: 'OA系统与市政务服务平台数据接口已开发完成并通过测试，公文实现一次录入、双向流转；上线以来累计流转公文560余件，未再出现二次录入情况。',
    causeAnalysis:
      '本人对数字政府建设的紧迫性认识不足，认为系统对接涉及市大数据局、协调难度大，存在等条件成熟再推的思想；自身对信息化业务钻研不深，统筹推动跨部门系统对接的本领不够。',
    causeTags: ['担当作为', '能力本领'],
    status: 'closed',
  },
  {
    title: '本人发挥党员先锋模范作用不够充分',
    description: '本人发挥党员先锋模范作用不够充分，在支部承担的“党员服务专班”工作中主动认领任务少，2025年参加志愿服务活动仅2次，低于支部要求的每季度1次。',
    source: '组织生活会',
    batch: ZZ,
    scope: 'individual',
    person: '宋佳（办公室科员、第一党支部党员）',
    category: '组织建设',
    department: BGS,
    leader: LIU,
    owner: '宋佳',
    measures: ['主动认领重点项目服务专班联络员任务，按月报送服务情况', '每季度参加社区志愿服务或项目现场服务不少于1次'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -50,
    completion: '已认领重点项目服务专班联络员任务，整改期内参加社区志愿服务和项目现场服务4次；在支部主题党日作专题交流发言1次，党员民主评议等次为优秀。',
    causeAnalysis:
      '本人理论学习不够深入，党员身份意识有所淡化，认为自己是普通科员、做好本职工作就行，把志愿服务当作额外任务，主动认领任务、冲锋在前的自觉性不强。',
    causeTags: ['理想信念/理论武装', '担当作为'],
    status: 'closed',
  },
  {
    title: '政务服务窗口上班纪律松弛',
    description: '“四官”问题自查中发现，市政务服务中心发改窗口存在工作人员上班时间离岗、使用手机处理私人事务等情况，群众通过“开门纳谏”意见箱反映2次。',
    source: '自查自纠',
    batch: ZC,
    scope: 'team',
    category: '作风建设',
    department: XZSP,
    coDepartments: [JGJW],
    leader: CHEN,
    owner: '马骏',
    measures: ['立即对窗口人员进行批评教育，对离岗人员按规定扣减绩效', '建立窗口人员AB岗和离岗登记制度，机关纪委不定期暗访'],
    rectifyType: 'immediate',
    deadlineOffsetDays: -60,
    completion: '已对窗口人员集中批评教育，1名离岗人员扣减当月绩效；AB岗和离岗登记制度已执行，机关纪委每月暗访2次，此后未再收到同类反映。',
    causeAnalysis:
      '窗口人员纪律规矩意识淡薄，对办事群众和企业缺乏将心比心的服务意识；处室对进驻窗口人员存在“派出去就不管”的情况，日常考勤和巡查缺位，AB岗制度长期未建立。',
    causeTags: ['纪律规矩', '宗旨意识', '责任落实'],
    status: 'closed',
  },
  {
    title: '第四党支部未按期换届',
    description: '党建专项督查发现，第四党支部委员会任期已届满4个月未按期换届，支部组织委员岗位因人员调动空缺后未及时增补，支部班子不健全。',
    source: '专项督查',
    batch: DC,
    scope: 'team',
    category: '组织建设',
    department: JGDW,
    leader: ZHAO,
    owner: '林雪',
    measures: ['指导第四党支部按程序召开党员大会进行换届选举', '建立支部任期届满提醒台账，提前3个月提示换届'],
    rectifyType: 'immediate',
    deadlineOffsetDays: -20,
    completion: '第四党支部已按程序召开党员大会完成换届选举，选举产生支部委员3名并报机关党委批复；支部任期届满提醒台账已建立，覆盖全部7个党支部。',
    causeAnalysis:
      '机关党委对党支部按期换届督促指导不到位，没有建立任期届满提醒机制；第四党支部书记抓党建主责意识不强，认为业务工作紧、换届可以往后放，委员空缺后未及时按程序增补。',
    causeTags: ['责任落实', '工作机制'],
    status: 'closed',
  },
  {
    title: '往来款项长期挂账未清理',
    description: '审计发现委机关“其他应付款”科目中有7笔往来款项共计43.8万元挂账超过3年未清理，部分款项无法提供原始凭证，存在资金管理风险。',
    source: '审计',
    batch: SJ,
    scope: 'team',
    category: '纪律建设',
    department: CWSJ,
    leader: LIU,
    owner: '何静',
    measures: ['对7笔往来款项逐笔核实来源和性质，按规定清理上缴或退还', '无法核实的款项报市财政局审批后核销', '建立往来款项季度清理机制，防止新增长期挂账'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -28,
    completion: '7笔往来款项已逐笔核实，其中5笔31.2万元清理上缴或退还，2笔12.6万元经市财政局批准核销；往来款项季度清理机制已建立并执行。',
    causeAnalysis:
      '对历史遗留往来款项存在怕麻烦、怕担责思想，认为是前任经手形成、清理难度大，一直搁置未动；往来款项定期清理和对账机制缺失，原始凭证归档管理不规范。',
    causeTags: ['担当作为', '工作机制'],
    status: 'closed',
    lifecycle: { appliedBy: '陈晓（财务审计处）' },
  },
  {
    title: '青年理论学习小组作用发挥不充分',
    description:
      '市直机关工委通报，我委青年理论学习小组2025年开展集中学习仅3次，学习形式单一，未按要求开展青年干部演讲比赛、理论宣讲等活动，青年干部参与积极性不高。',
    source: '上级交办',
    batch: JB_GW,
    scope: 'team',
    category: '思想建设',
    department: JGDW,
    leader: ZHAO,
    owner: '张明远',
    measures: ['修订青年理论学习小组学习制度，每月开展一次集中学习', '组织“发改青年说”理论宣讲和青年干部演讲比赛'],
    rectifyType: 'time_limited',
    deadlineOffsetDays: -14,
    completion: '青年理论学习小组学习制度已修订，按月开展集中学习；组织“发改青年说”理论宣讲4场、演讲比赛1次，32名青年干部全部参与。',
    causeAnalysis:
      '机关党委对青年干部理论武装重视不够，认为青年干部业务任务重、学习可以往后放，青年理论学习小组只有计划没有督促，活动形式缺乏吸引力，以学铸魂、以学增智作用没有发挥出来。',
    causeTags: ['理想信念/理论武装', '责任落实'],
    status: 'closed',
  },
  {
    title: '规范性文件合法性审核机制不健全',
    description: '行政规范性文件合法性审核机制不健全，2025年出台的12件规范性文件中有2件未经合法性审核即提交党组会议审议，政策出台前公平竞争审查流于形式。',
    source: '巡察反馈',
    batch: XC,
    scope: 'team',
    category: '制度建设',
    department: ZCFG,
    leader: LI,
    owner: '杨帆',
    measures: [
      '制定《规范性文件合法性审核办法》，明确“未经审核不得上会”',
      '制定公平竞争审查工作细则，引入第三方评估',
      '对存量规范性文件开展清理，不符合规定的及时修改或废止',
    ],
    rectifyType: 'long_term',
    stageGoal: '建立合法性审核和公平竞争审查“双审查”制度，新出台规范性文件审查率达到100%',
    reviewOffsetDays: 90,
    completion: '已印发《规范性文件合法性审核办法》和公平竞争审查工作细则；整改期内新出台的5件规范性文件全部履行双审查程序，清理存量文件并废止3件。',
    causeAnalysis:
      '对依法行政和公平竞争审查的刚性要求认识不足，存在“文件急用、先上会后补审”的侥幸心理；合法性审核没有作为上会前置程序写入制度，审查流程缺乏硬约束。',
    causeTags: ['工作机制', '纪律规矩'],
    status: 'closed',
    lifecycle: { appliedBy: '赵颖（政策法规处）' },
  },
  {
    title: '党建考核与业务考核“两张皮”',
    description: '述职评议指出，机关处室年度考核中党建工作指标权重仅为5%，党建考核结果与评先评优、干部使用挂钩不紧，存在党建与业务“两张皮”现象。',
    source: '述职评议',
    batch: SZ,
    scope: 'team',
    category: '党建与业务融合',
    department: JGDW,
    coDepartments: [BGS],
    leader: ZHAO,
    owner: '张明远',
    measures: ['修订《处室年度综合考核办法》，提高党建工作指标权重', '实行党建、业务“双考双评”，考核结果与评先评优、干部使用挂钩'],
    rectifyType: 'long_term',
    stageGoal: '党建考核权重提高到20%并与评先评优挂钩，每年开展党建与业务双考核',
    reviewOffsetDays: 120,
    completion:
      '《处室年度综合考核办法》已修订，党建工作指标权重提高至20%，实行“双考双评”；考核结果已用于年度评先评优，2个党建考核排名末位的处室取消评优资格。',
    causeAnalysis:
      '对习近平总书记关于“抓好党建是最大的政绩”重要论述领会不深，党组在考核设计上重业务指标、轻党建实效，党建考核结果运用不到位，抓党建的责任没有真正传导到处室负责人。',
    causeTags: ['理想信念/理论武装', '责任落实'],
    status: 'closed',
    lifecycle: { appliedBy: '王蕾（机关党委）' },
  },
];
