import { FIELD_LABELS, RECTIFY_TYPE_LABELS, RECTIFY_TYPES, type GateField } from '@rectify/shared';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Form, Input, Radio, Tag } from 'antd';
import { DateStringPicker } from '../../../components/date-string-picker';
import { DepartmentSelect } from '../../../components/department-select';
import { MeasuresInput } from '../../../components/measures-input';
import { EvidenceUpload } from '../../evidence';

const RECTIFY_TYPE_OPTIONS = RECTIFY_TYPES.map((value) => ({ value, label: RECTIFY_TYPE_LABELS[value] }));

const PLACEHOLDERS: Partial<Record<GateField, string>> = {
  leader: '如：王建国（分管副局长）',
  owner: '具体承办人员姓名',
  stageGoal: '如：2027年6月底前完成制度修订并试运行',
  completion: '简要说明整改完成情况、取得的成效和佐证材料',
  causeAnalysis: '问题产生的原因（如思想认识、制度执行、监督检查等方面），汇总报告据此分析原因',
};

/**
 * 佐证材料 for 申请销号: files are stored as soon as they are chosen (they are the item's evidence
 * whether or not the move then goes through); the form field holds how many the item now has.
 */
function EvidenceGateInput({ itemId, value, onChange }: { itemId: string; value?: number; onChange?: (count: number) => void }) {
  return (
    <div className="evidence-gate-input">
      {value ? (
        <Tag color="success" icon={<CheckCircleOutlined />} className="evidence-gate-count">
          已上传 {value} 份佐证材料
        </Tag>
      ) : (
        <div className="field-hint">申请销号须至少上传一份佐证材料（会议记录、制度文件、照片等）</div>
      )}
      <EvidenceUpload itemId={itemId} onUploaded={(count) => onChange?.(count)} />
    </div>
  );
}

/** One input per field a gate can ask for; the 补充信息 form shows only the ones asked. */
export function GateFieldInput({ field, itemId }: { field: GateField; itemId: string }) {
  const label = FIELD_LABELS[field];
  let input: React.ReactNode;
  switch (field) {
    case 'measures':
      return (
        <div data-gate-field={field}>
          <MeasuresInput minRows={1} />
        </div>
      );
    case 'departmentId':
      input = <DepartmentSelect placeholder="请选择牵头责任部门" />;
      break;
    case 'leader':
    case 'owner':
      input = <Input placeholder={PLACEHOLDERS[field]} maxLength={30} />;
      break;
    case 'rectifyType':
      input = <Radio.Group options={RECTIFY_TYPE_OPTIONS} optionType="button" buttonStyle="solid" />;
      break;
    case 'deadline':
    case 'nextReviewDate':
      input = <DateStringPicker notBefore="today" />;
      break;
    case 'evidenceCount':
      input = <EvidenceGateInput itemId={itemId} />;
      break;
    case 'stageGoal':
    case 'completion':
    case 'causeAnalysis':
      input = (
        <Input.TextArea placeholder={PLACEHOLDERS[field]} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={field === 'stageGoal' ? 500 : 2000} showCount />
      );
      break;
  }
  return (
    <div data-gate-field={field}>
      <Form.Item name={field} label={label} required>
        {input}
      </Form.Item>
    </div>
  );
}
