import { FIELD_LABELS, RECTIFY_TYPE_LABELS, RECTIFY_TYPES, type GateField } from '@rectify/shared';
import { Form, Input, Radio } from 'antd';
import { DateStringPicker } from '../../../components/date-string-picker';
import { DepartmentSelect } from '../../../components/department-select';
import { MeasuresInput } from '../../../components/measures-input';

const RECTIFY_TYPE_OPTIONS = RECTIFY_TYPES.map((value) => ({ value, label: RECTIFY_TYPE_LABELS[value] }));

const PLACEHOLDERS: Partial<Record<GateField, string>> = {
  leader: '如：王建国（分管副局长）',
  owner: '具体承办人员姓名',
  stageGoal: '如：2027年6月底前完成制度修订并试运行',
  completion: '简要说明整改完成情况、取得的成效和佐证材料',
};

/** One input per field a gate can ask for; the 补充信息 form shows only the ones asked. */
export function GateFieldInput({ field }: { field: GateField }) {
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
      input = <DateStringPicker />;
      break;
    case 'stageGoal':
    case 'completion':
      input = <Input.TextArea placeholder={PLACEHOLDERS[field]} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={field === 'stageGoal' ? 500 : 2000} showCount />;
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
