import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input } from 'antd';
import { DateStringPicker } from './date-string-picker';

interface Props {
  /** Form.List name; the rows are { content, department?, owner?, deadline?, done? }. */
  name?: string;
  /** With each measure's own department, 责任人, deadline and done flag (the item drawer); content only otherwise. */
  detailed?: boolean;
  /** Rows that cannot be removed (the 制定措施 gate needs at least one). */
  minRows?: number;
  label?: string;
}

/** 整改措施: one problem usually has several measures, added and removed as rows. */
export function MeasuresInput({ name = 'measures', detailed = false, minRows = 0, label = '整改措施' }: Props) {
  return (
    <Form.Item label={label} required={minRows > 0} className="measures-input">
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className={detailed ? 'measure-row measure-row-detailed' : 'measure-row'}>
                <div className="measure-row-head">
                  <span className="measure-index">措施{index + 1}</span>
                  {fields.length > minRows && (
                    <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`删除措施${index + 1}`} onClick={() => remove(field.name)} />
                  )}
                </div>
                <Form.Item name={[field.name, 'content']} className="measure-content">
                  <Input.TextArea
                    aria-label={`措施${index + 1}内容`}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    placeholder="如：建立健全调查研究制度，班子成员每季度至少深入基层调研1次"
                    maxLength={500}
                  />
                </Form.Item>
                {detailed && (
                  <div className="measure-meta">
                    <Form.Item name={[field.name, 'department']} label="措施责任部门">
                      <Input placeholder="与牵头部门不同时填写" maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'owner']} label="措施责任人">
                      <Input placeholder="与事项责任人不同时填写" maxLength={30} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'deadline']} label="措施时限">
                      <DateStringPicker />
                    </Form.Item>
                    <Form.Item name={[field.name, 'done']} valuePropName="checked" label="完成情况">
                      <Checkbox>已完成</Checkbox>
                    </Form.Item>
                  </div>
                )}
              </div>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add(detailed ? { content: '', department: '', owner: '', deadline: null, done: false } : { content: '' })}
            >
              添加措施
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
