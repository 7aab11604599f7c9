import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { DICTIONARY_KIND_LABELS, DICTIONARY_KINDS, type DictionaryEntry, type DictionaryKind } from '@rectify/shared';
import { Alert, App, Button, Popconfirm, Space, Table, Tabs, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { useDictionaries } from '../../../hooks/use-dictionaries';
import { errorMessage } from '../../../lib/api-client';
import { useReorderDictionary, useUpdateDictionaryEntry } from '../api/update-dictionary-entry';
import { asksCodeLetters, moveEntry } from '../lib/dictionary-form';
import { ConsoleFrame } from './console-frame';
import { DictionaryEntryModal } from './dictionary-entry-modal';

export function DictionariesPage() {
  return (
    <ConsoleFrame title="字典管理" action="dictionaries.manage">
      <DictionariesPanel />
    </ConsoleFrame>
  );
}

/** What each list is for, under its tab. */
const KIND_NOTES: Record<DictionaryKind, string> = {
  source: '登记问题时选择。编号字母用在事项编号中，如 2026-XC-001 是2026年巡察反馈的第1个问题。',
  category: '登记问题时选择，看板可按类别筛选。',
  cause_tag: '分析问题产生原因时选用的维度。',
};

function DictionariesPanel() {
  const dictionaries = useDictionaries();
  const [kind, setKind] = useState<DictionaryKind>('source');
  const [adding, setAdding] = useState<DictionaryKind | null>(null);

  return (
    <section className="console-panel" aria-labelledby="dictionaries-title">
      <div className="console-panel-head">
        <div>
          <h2 id="dictionaries-title" className="console-panel-title">
            字典管理
          </h2>
          <p className="console-panel-note">登记和修改事项时，问题来源、问题类别等下拉列表按此处的内容和顺序提供。</p>
        </div>
      </div>

      <Alert
        type="info"
        showIcon
        className="console-alert"
        title="名称保存后不能修改或删除：已登记的事项记录的是名称本身。不再使用的项请停用——新登记和修改事项时不再提供，已有事项保留原值。"
      />

      {dictionaries.isError && (
        <Alert
          type="error"
          showIcon
          className="console-alert"
          title="字典加载失败"
          description={errorMessage(dictionaries.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void dictionaries.refetch()}>
              重试
            </Button>
          }
        />
      )}

      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as DictionaryKind)}
        items={DICTIONARY_KINDS.map((k) => ({
          key: k,
          label: DICTIONARY_KIND_LABELS[k],
          children: <DictionaryTab kind={k} entries={dictionaries.data?.[k]} loading={dictionaries.isLoading} onAdd={() => setAdding(k)} />,
        }))}
      />

      <DictionaryEntryModal kind={adding} onClose={() => setAdding(null)} />
    </section>
  );
}

interface TabProps {
  kind: DictionaryKind;
  entries: DictionaryEntry[] | undefined;
  loading: boolean;
  onAdd: () => void;
}

function DictionaryTab({ kind, entries, loading, onAdd }: TabProps) {
  const update = useUpdateDictionaryEntry();
  const reorder = useReorderDictionary();
  const { message } = App.useApp();
  const list = entries ?? [];
  const retiredCount = list.filter((e) => !e.active).length;
  const label = DICTIONARY_KIND_LABELS[kind];
  const busy = update.isPending || reorder.isPending;
  // The row just moved is highlighted for a moment: under the mouse, its neighbour now sits where it was.
  const [moved, setMoved] = useState<string | null>(null);
  useEffect(() => {
    if (!moved) return;
    const timer = setTimeout(() => setMoved(null), 1500);
    return () => clearTimeout(timer);
  }, [moved]);

  async function move(index: number, direction: -1 | 1) {
    try {
      await reorder.mutateAsync(moveEntry(list, index, direction));
      setMoved(list[index].id);
    } catch (error) {
      message.error(`调整顺序未完成：${errorMessage(error)}`);
    }
  }

  async function setActive(entry: DictionaryEntry, active: boolean) {
    try {
      await update.mutateAsync({ id: entry.id, body: { active } });
      message.success(active ? `已启用${label}「${entry.name}」` : `已停用${label}「${entry.name}」，新登记的事项不再提供此项`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  const columns: TableColumnsType<DictionaryEntry> = [
    { title: '名称', dataIndex: 'name', render: (name: string) => <span className="dictionary-name">{name}</span> },
    ...(asksCodeLetters(kind)
      ? [
          {
            title: '编号字母',
            dataIndex: 'codeLetters',
            width: 120,
            render: (letters: string | null) => <span className="dictionary-code">{letters ?? '—'}</span>,
          },
        ]
      : []),
    {
      title: '状态',
      dataIndex: 'active',
      width: 100,
      render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>已停用</Tag>),
    },
    {
      title: '排序',
      key: 'order',
      width: 110,
      render: (_, entry, index) => (
        <Space size={4}>
          <Tooltip title="上移">
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={`上移「${entry.name}」`}
              disabled={index === 0 || busy}
              onClick={() => void move(index, -1)}
            />
          </Tooltip>
          <Tooltip title="下移">
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={`下移「${entry.name}」`}
              disabled={index === list.length - 1 || busy}
              onClick={() => void move(index, 1)}
            />
          </Tooltip>
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, entry) => <ActiveButton entry={entry} label={label} disabled={busy} onConfirm={() => setActive(entry, !entry.active)} />,
    },
  ];

  return (
    <div className="dictionary-tab">
      <div className="dictionary-tab-head">
        <p className="console-panel-note">
          {entries ? `共 ${list.length} 项${retiredCount ? `，其中 ${retiredCount} 项已停用` : ''}。` : ''}
          {KIND_NOTES[kind]}
        </p>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={onAdd}>
          新增{label}
        </Button>
      </div>
      <div data-testid={`dictionary-table-${kind}`}>
        <Table<DictionaryEntry>
          rowKey="id"
          columns={columns}
          dataSource={list}
          loading={loading}
          pagination={false}
          size="middle"
          rowClassName={(entry) => [entry.active ? '' : 'dictionary-row-retired', entry.id === moved ? 'dictionary-row-moved' : ''].join(' ').trim()}
          onRow={(entry) => ({ 'data-testid': `dictionary-row-${entry.name}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: `还没有${label}，请点“新增${label}”` }}
        />
      </div>
    </div>
  );
}

/** 停用 / 启用, confirmed first, saying what it means for new and existing items. */
function ActiveButton({ entry, label, disabled, onConfirm }: { entry: DictionaryEntry; label: string; disabled: boolean; onConfirm: () => Promise<void> }) {
  if (!entry.active) {
    return (
      <Popconfirm
        title={`启用${label}「${entry.name}」？`}
        description="启用后，登记和修改事项时重新提供此项。"
        okText="启用"
        cancelText="取消"
        onConfirm={onConfirm}
      >
        <Button type="link" size="small" disabled={disabled}>
          启用
        </Button>
      </Popconfirm>
    );
  }
  return (
    <Popconfirm
      title={`停用${label}「${entry.name}」？`}
      description={
        <div className="popconfirm-text">
          停用后，新登记或修改事项时不再提供此项。
          <br />
          已使用它的事项保留原值，仍可查看、筛选和修改{entry.codeLetters ? `，已有编号不变；编号字母 ${entry.codeLetters} 不会给其他来源使用` : ''}
          。需要时可重新启用。
        </div>
      }
      okText="停用"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onConfirm={onConfirm}
    >
      <Button type="link" size="small" danger disabled={disabled}>
        停用
      </Button>
    </Popconfirm>
  );
}
