import { UserOutlined } from '@ant-design/icons';
import { AutoComplete, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { matchPeople, usePeople } from '../hooks/use-people';

interface Props {
  /** The name as written (the Form.Item's own field). */
  value?: string | null;
  onChange?: (value: string) => void;
  /** The form field keeping the account picked (leaderUserId / ownerUserId). */
  userIdField: 'leaderUserId' | 'ownerUserId';
  placeholder?: string;
  maxLength?: number;
  id?: string;
}

/**
 * 责任领导 / 责任人: pick one of the office's accounts (searched by name or department; the account
 * is kept and told of the 交办), or type any name for someone without an account. Typing over a
 * picked name lets go of the account.
 */
export function PersonSelect({ value, onChange, userIdField, placeholder, maxLength = 30, id }: Props) {
  const form = Form.useFormInstance();
  const userId = Form.useWatch<string | null | undefined>(userIdField, form);
  // The accounts are fetched once the field is first used, not for every form that merely shows it.
  const [wanted, setWanted] = useState(false);
  const people = usePeople(wanted);
  // Whatever the answer, a list (an older server without the directory answers something else).
  const accounts = Array.isArray(people.data) ? people.data : [];
  const options = matchPeople(accounts, userId ? '' : value).map((p) => ({
    value: p.id,
    name: p.displayName,
    label: (
      <span className="person-option">
        {p.displayName}
        {p.departmentName && (
          <span className="person-option-department">
            {'\u3000'}
            {p.departmentName}
          </span>
        )}
      </span>
    ),
  }));
  const ids = new Set(accounts.map((p) => p.id));
  return (
    <AutoComplete
      id={id}
      value={value ?? ''}
      options={options}
      onFocus={() => setWanted(true)}
      // Picking an option reports its value (the account id) first: the name follows in onSelect.
      onChange={(text: string) => {
        if (ids.has(text)) return;
        onChange?.(text);
        if (userId) form.setFieldValue(userIdField, null);
      }}
      onSelect={(picked: string, option: { name: string }) => {
        onChange?.(option.name);
        form.setFieldValue(userIdField, picked);
      }}
      notFoundContent={people.isLoading ? '正在加载账号…' : null}
      style={{ width: '100%' }}
    >
      <Input
        placeholder={placeholder}
        maxLength={maxLength}
        suffix={
          userId ? (
            <Tag icon={<UserOutlined aria-hidden="true" />} color="blue" style={{ marginInlineEnd: 0 }}>
              已关联账号
            </Tag>
          ) : (
            <span />
          )
        }
      />
    </AutoComplete>
  );
}
