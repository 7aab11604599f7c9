import { DICTIONARY_KIND_LABELS, type DictionaryEntry, type DictionaryEntryRequest, type DictionaryKind } from '@rectify/shared';
import { App, Form, Input, Modal } from 'antd';
import { dayjs } from '../../../lib/dates';
import { DialogForm, useSchemaForm } from '../../../lib/forms';
import { useCreateDictionaryEntry } from '../api/create-dictionary-entry';
import { asksCodeLetters, validateDictionaryEntry, type DictionaryEntryFormValues } from '../lib/dictionary-form';

const NAME_EXAMPLES: Record<DictionaryKind, string> = {
  source: '群众来信',
  category: '意识形态工作',
  cause_tag: '调查研究',
};

interface Props {
  /** The dictionary to add to; null when the dialog is closed. */
  kind: DictionaryKind | null;
  onClose: () => void;
}

/** 新增 one entry. Its name is final: items will store it. */
export function DictionaryEntryModal({ kind, onClose }: Props) {
  return (
    <Modal
      open={kind !== null}
      title={kind ? `新增${DICTIONARY_KIND_LABELS[kind]}` : ''}
      onCancel={onClose}
      footer={null}
      width={520}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {kind && <DictionaryEntryBody key={kind} kind={kind} onClose={onClose} />}
    </Modal>
  );
}

function DictionaryEntryBody({ kind, onClose }: { kind: DictionaryKind; onClose: () => void }) {
  const create = useCreateDictionaryEntry();
  const { message } = App.useApp();
  const label = DICTIONARY_KIND_LABELS[kind];
  const schemaForm = useSchemaForm<DictionaryEntryFormValues, DictionaryEntryRequest, DictionaryEntry>({
    validate: (values) => validateDictionaryEntry(kind, values),
    send: create.mutateAsync,
    onDone: (created) => {
      message.success(`已新增${label}「${created.name}」`);
      onClose();
    },
  });
  const letters = Form.useWatch('codeLetters', schemaForm.form);
  const example = `${dayjs().year()}-${letters?.trim() || 'XC'}-001`;

  return (
    <DialogForm schemaForm={schemaForm} name={`dictionary-${kind}`} submitText="创建" onCancel={onClose}>
      <Form.Item name="name" label="名称" required extra={`如：${NAME_EXAMPLES[kind]}。保存后名称不能修改，请核对无误`}>
        <Input placeholder={`请输入${label}名称`} maxLength={30} showCount autoComplete="off" autoFocus />
      </Form.Item>
      {asksCodeLetters(kind) && (
        <Form.Item
          name="codeLetters"
          label="编号字母"
          required
          // Letters are capitals in 编号; typing "qz" means QZ.
          normalize={(value: string | undefined) => value?.toUpperCase()}
          extra={`2–4个大写字母，用在事项编号中，如 ${example}；不能与其他问题来源（含已停用的）重复`}
        >
          <Input placeholder="如：XC" maxLength={4} autoComplete="off" className="dictionary-code-input" />
        </Form.Item>
      )}
    </DialogForm>
  );
}
