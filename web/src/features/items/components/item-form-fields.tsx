import { FIELD_LABELS, PROBLEM_SCOPE_LABELS, PROBLEM_SCOPES, RECTIFY_TYPE_LABELS, RECTIFY_TYPES, type ItemView } from '@rectify/shared';
import { Divider, Form, Input, Radio } from 'antd';
import { DateStringPicker } from '../../../components/date-string-picker';
import { DepartmentSelect } from '../../../components/department-select';
import { CauseTagSelect, DictionarySelect } from '../../../components/dictionary-select';
import { MeasuresInput } from '../../../components/measures-input';
import { PersonSelect } from '../../../components/person-select';
import { timeFieldsFor, type ItemFormValues } from '../lib/item-form';

const SCOPE_OPTIONS = PROBLEM_SCOPES.map((value) => ({ value, label: PROBLEM_SCOPE_LABELS[value] }));
const RECTIFY_TYPE_OPTIONS = RECTIFY_TYPES.map((value) => ({ value, label: RECTIFY_TYPE_LABELS[value] }));

const L = FIELD_LABELS;

interface ProblemProps {
  /** Why 问题来源 is fixed for this user, when it is. */
  sourceLocked?: string;
  /** The item being edited: its 来源 and 类别 stay selectable after their dictionary entries are retired. */
  stored?: Pick<ItemView, 'source' | 'category'>;
}

/** 问题 itself: what was found, where it came from, whose it is. 来源 and 类别 come from 字典管理. */
export function ProblemFields({ sourceLocked, stored }: ProblemProps) {
  const scope = Form.useWatch<ItemFormValues['scope']>('scope');
  return (
    <>
      <Form.Item name="title" label={L.title} required extra="一句话概括问题，显示在看板卡片上">
        <Input placeholder="如：调查研究不够深入，解决实际问题办法不多" maxLength={60} showCount />
      </Form.Item>
      <Form.Item name="description" label={L.description} required extra="照录反馈或检视原文，不作改写">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount placeholder="问题的原文表述" />
      </Form.Item>
      <div className="form-grid">
        <Form.Item name="source" label={L.source} required extra={sourceLocked}>
          <DictionarySelect kind="source" stored={stored?.source} disabled={!!sourceLocked} />
        </Form.Item>
        <Form.Item name="batch" label={L.batch} required>
          <Input placeholder="如：2026年度民主生活会" maxLength={60} />
        </Form.Item>
        <Form.Item name="category" label={L.category} required>
          <DictionarySelect kind="category" stored={stored?.category} />
        </Form.Item>
        <Form.Item name="scope" label={L.scope} required>
          <Radio.Group options={SCOPE_OPTIONS} optionType="button" />
        </Form.Item>
      </div>
      {scope === 'individual' && (
        <Form.Item name="person" label={L.person} required extra="个人问题须写明当事人">
          <Input placeholder="如：李明（党组成员、副局长）" maxLength={30} />
        </Form.Item>
      )}
    </>
  );
}

interface ResponsibilityProps {
  withCoDepartments?: boolean;
  /** Why the assignment (责任部门, 配合部门) cannot be changed by this user, when it cannot. */
  assignmentLocked?: string;
}

/** 交办: who leads and who carries out the rectification. */
export function ResponsibilityFields({ withCoDepartments = true, assignmentLocked }: ResponsibilityProps) {
  return (
    <div className="form-grid">
      <Form.Item name="departmentId" label={L.departmentId} extra={assignmentLocked}>
        <DepartmentSelect placeholder="请选择牵头责任部门" disabled={!!assignmentLocked} />
      </Form.Item>
      <Form.Item name="leader" label={L.leader} extra="可从本单位账号中选择（将收到交办通知），也可直接填写姓名">
        <PersonSelect userIdField="leaderUserId" placeholder="如：王建国（分管副局长）" />
      </Form.Item>
      <Form.Item name="leaderUserId" hidden>
        <Input />
      </Form.Item>
      {withCoDepartments && (
        <Form.Item name="coDepartmentIds" label={L.coDepartmentIds}>
          <DepartmentSelect multiple placeholder="可多选" disabled={!!assignmentLocked} />
        </Form.Item>
      )}
      <Form.Item name="owner" label={L.owner}>
        <PersonSelect userIdField="ownerUserId" placeholder="具体承办人员姓名" />
      </Form.Item>
      <Form.Item name="ownerUserId" hidden>
        <Input />
      </Form.Item>
    </div>
  );
}

/** 整改类型, its dates, and the outcome. */
export function RectifyFields() {
  const rectifyType = Form.useWatch<ItemFormValues['rectifyType']>('rectifyType');
  const timeFields = timeFieldsFor(rectifyType);
  return (
    <>
      <Form.Item name="rectifyType" label={L.rectifyType}>
        <Radio.Group options={RECTIFY_TYPE_OPTIONS} optionType="button" />
      </Form.Item>
      <div className="form-grid">
        {timeFields.includes('deadline') && (
          <Form.Item name="deadline" label={L.deadline}>
            <DateStringPicker notBefore="today" />
          </Form.Item>
        )}
        {timeFields.includes('nextReviewDate') && (
          <Form.Item name="nextReviewDate" label={L.nextReviewDate}>
            <DateStringPicker notBefore="today" />
          </Form.Item>
        )}
      </div>
      {timeFields.includes('stageGoal') && (
        <Form.Item name="stageGoal" label={L.stageGoal}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} placeholder="如：2027年6月底前完成制度修订并试运行" />
        </Form.Item>
      )}
    </>
  );
}

export function CompletionField() {
  return (
    <Form.Item name="completion" label={L.completion}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount placeholder="整改完成情况、取得的成效、佐证材料" />
    </Form.Item>
  );
}

/** 原因分析: why the problem arose, and under which 原因分析维度 (字典管理) it counts in the report. */
export function CauseFields({ stored }: { stored?: readonly string[] }) {
  return (
    <>
      <Form.Item name="causeAnalysis" label={L.causeAnalysis} extra="写明问题产生的原因，将用于“存在的问题及原因”材料的原因部分">
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={2000}
          showCount
          placeholder="如：理论学习不够深入，运用党的创新理论指导实践的能力有差距"
        />
      </Form.Item>
      <Form.Item name="causeTags" label={L.causeTags} extra="可多选，最多8项；材料按维度归纳原因">
        <CauseTagSelect stored={stored} />
      </Form.Item>
    </>
  );
}

export function RemarksField() {
  return (
    <Form.Item name="remarks" label={L.remarks}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
    </Form.Item>
  );
}

export function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Divider titlePlacement="start" plain className="form-section-title">
      {children}
    </Divider>
  );
}

export { MeasuresInput };
