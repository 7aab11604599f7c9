import { CopyOutlined, FileWordOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { canDo, type ProblemsAndCausesResponse, type ReportCandidate, type ReportCoverage } from '@rectify/shared';
import { Alert, App, Button, Input, Result, Skeleton, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageFrame } from '../../../components/page-frame';
import { UserMenu, useCurrentUser } from '../../auth';
import { errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { useExportReportDocx } from '../api/export-report-docx';
import { useProblemsAndCauses } from '../api/get-problems-and-causes';
import { copyText } from '../lib/copy-text';
import {
  IGNORED_PARAM,
  parseReportConditions,
  reportApiQuery,
  reportConditionsToParams,
  type ItemSelection,
  type ReportConditions,
} from '../lib/report-params';
import { ReportConditionsBar } from './report-conditions';

export function ReportPage() {
  const user = useCurrentUser();
  const permission = canDo(user, 'report.read');
  return (
    <PageFrame title="存在的问题及原因" actions={<UserMenu />}>
      {permission.allowed ? <ReportWorkspace /> : <Result status="403" title="没有权限" subTitle={`${permission.reason ?? '当前账号不能生成材料'}。`} />}
    </PageFrame>
  );
}

function ReportWorkspace() {
  const [params, setParams] = useSearchParams();
  const conditionsKey = JSON.stringify(parseReportConditions(params));
  const conditions = useMemo<ReportConditions>(() => JSON.parse(conditionsKey) as ReportConditions, [conditionsKey]);
  const ignored = params.get(IGNORED_PARAM);
  // The clerk's edits outlive a change of conditions (they are kept, and the page offers the new
  // draft beside them); the ticks belong to one set of conditions and start afresh with new ones.
  const edits = useDraftEdits();
  return (
    <>
      <ReportConditionsBar conditions={conditions} onChange={(next) => setParams((prev) => reportConditionsToParams(next, prev))} />
      {ignored && (
        <Alert
          className="report-alert"
          type="info"
          showIcon
          closable
          title={`材料只统计问题来源、责任部门和期间；看板上的其他筛选（${ignored}）未采用。`}
          onClose={() =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              next.delete(IGNORED_PARAM);
              return next;
            })
          }
        />
      )}
      <Draft key={conditionsKey} conditions={conditions} edits={edits} />
    </>
  );
}

/** The user's own text (null while they have not touched the draft) and the draft it started from. */
interface DraftEdits {
  edited: string | null;
  editedFrom: string | null;
  edit: (value: string, base: string) => void;
  discard: () => void;
}

function useDraftEdits(): DraftEdits {
  const [edits, setEdits] = useState<{ edited: string | null; editedFrom: string | null }>({ edited: null, editedFrom: null });
  return {
    ...edits,
    edit: (value, base) => setEdits((prev) => ({ edited: value, editedFrom: prev.edited === null ? base : prev.editedFrom })),
    discard: () => setEdits({ edited: null, editedFrom: null }),
  };
}

function Draft({ conditions, edits }: { conditions: ReportConditions; edits: DraftEdits }) {
  const { message } = App.useApp();
  const [selection, setSelection] = useState<ItemSelection>(null);
  // Every closed item of the conditions (the same list whatever is ticked), remembered from the last answer.
  const [candidateIds, setCandidateIds] = useState<string[]>([]);
  const query = useMemo(() => reportApiQuery(conditions, selection, candidateIds), [conditions, selection, candidateIds]);
  const report = useProblemsAndCauses(query);
  const exportDocx = useExportReportDocx();

  const { edited, editedFrom } = edits;
  const candidateNoun = CANDIDATE_NOUNS[conditions.coverage ?? 'closed'];

  const data = report.data;
  if (data && selection === null && candidateIds.length !== data.items.length) {
    // So that ticking everything again is sent as "all" (no itemIds) and shares the untouched draft's cache.
    setCandidateIds(data.items.map((i) => i.id));
  }
  const text = edited ?? data?.text ?? '';
  const draftChanged = edited !== null && data !== undefined && editedFrom !== null && data.text !== editedFrom;

  const onEdit = (value: string) => edits.edit(value, data?.text ?? '');
  const useNewDraft = edits.discard;

  function exportWord() {
    if (!text.trim()) {
      message.warning('正文为空，无法导出');
      return;
    }
    exportDocx.mutate(
      { text },
      {
        onSuccess: (file) => message.success(`已导出 ${file.fileName}`),
        onError: (error) => message.error(errorMessage(error)),
      },
    );
  }

  async function copy() {
    try {
      await copyText(text);
      message.success('已复制正文，可粘贴到 Word 或 WPS 中');
    } catch {
      message.error('浏览器不允许复制，请在正文中全选（Ctrl+A）后复制');
    }
  }

  if (report.isError && !data) {
    return (
      <Alert
        className="report-alert"
        type="error"
        showIcon
        title="初稿生成失败"
        description={errorMessage(report.error)}
        action={
          <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void report.refetch()}>
            重试
          </Button>
        }
      />
    );
  }

  return (
    <div className="report-workspace">
      <section className="report-editor" aria-labelledby="report-editor-title">
        <div className="report-section-head">
          <div>
            <h2 id="report-editor-title" className="report-section-title">
              正文（可直接修改）
            </h2>
            {data && <Stats data={data} />}
          </div>
          <Space className="report-actions">
            {edited !== null && (
              <Tooltip title="放弃修改，恢复为系统生成的初稿">
                <Button icon={<UndoOutlined aria-hidden="true" />} onClick={useNewDraft}>
                  恢复初稿
                </Button>
              </Tooltip>
            )}
            <Button icon={<CopyOutlined aria-hidden="true" />} onClick={() => void copy()} disabled={!text.trim()}>
              复制文本
            </Button>
            <Button type="primary" icon={<FileWordOutlined aria-hidden="true" />} loading={exportDocx.isPending} onClick={exportWord} disabled={!text.trim()}>
              导出 Word（.docx）
            </Button>
          </Space>
        </div>
        {draftChanged && (
          <Alert
            className="report-alert"
            type="warning"
            showIcon
            title="条件或选入的事项已变更，系统已生成新的初稿；您修改过的正文保持不变。"
            action={
              <Button size="small" onClick={useNewDraft}>
                改用新初稿
              </Button>
            }
          />
        )}
        {report.isError && <Alert className="report-alert" type="error" showIcon title={errorMessage(report.error)} />}
        {!data && edited === null ? (
          <Skeleton active paragraph={{ rows: 12 }} />
        ) : (
          <Input.TextArea
            aria-label="正文"
            className="report-text"
            value={text}
            onChange={(event) => onEdit(event.target.value)}
            autoSize={{ minRows: 18, maxRows: 40 }}
            maxLength={50_000}
            spellCheck={false}
          />
        )}
        <p className="report-hint">每段一行：首行为标题，“（一）”开头的段落导出为楷体小标题，其余为仿宋正文；导出的 Word 为公文格式（A4，GB/T 9704）。</p>
      </section>
      <CandidateList
        noun={candidateNoun}
        data={data}
        loading={report.isFetching}
        onSelect={(ids) => {
          if (ids.length === 0) {
            message.warning(`请至少选入一项${candidateNoun}`);
            return;
          }
          setSelection(ids);
        }}
        onSelectAll={() => setSelection(null)}
      />
    </div>
  );
}

function Stats({ data }: { data: ProblemsAndCausesResponse }) {
  const s = data.document.stats;
  return (
    <p className="report-stats" data-testid="report-stats">
      {data.document.period.from || data.document.period.to ? '期内共' : '共'} {s.total} 条（班子 {s.team} 条、个人 {s.individual} 条），已销号 {s.closed} 条
      {s.rate !== null ? `，完成率 ${s.rate}%` : ''}；选入问题及原因 {s.selected} 条
    </p>
  );
}

/** What the candidate list holds, by the coverage the clerk chose. */
const CANDIDATE_NOUNS: Record<ReportCoverage, string> = { closed: '已销号事项', open: '未销号事项', all: '事项' };

const columns: TableColumnsType<ReportCandidate> = [
  { title: '编号', dataIndex: 'code', width: 118, render: (code: string) => <span className="card-code">{code}</span> },
  {
    title: '问题',
    dataIndex: 'title',
    render: (_: string, item) => (
      <div>
        <div>{item.title}</div>
        <div className="report-candidate-meta">
          {item.category} · {item.departmentName ?? '未定责任部门'} · {item.scope === 'team' ? '班子' : '个人'}
          {item.closedAt ? ` · ${formatDate(item.closedAt)}销号` : ''}
          {!item.hasCauseAnalysis && (
            <Tooltip title="该事项未填写原因分析，只进入“问题”部分，不进入“原因”部分">
              <Tag className="report-candidate-tag" color="orange">
                无原因分析
              </Tag>
            </Tooltip>
          )}
        </div>
      </div>
    ),
  },
];

function CandidateList({
  noun,
  data,
  loading,
  onSelect,
  onSelectAll,
}: {
  noun: string;
  data: ProblemsAndCausesResponse | undefined;
  loading: boolean;
  onSelect: (ids: string[]) => void;
  onSelectAll: () => void;
}) {
  const items = data?.items ?? [];
  const selectedKeys = items.filter((i) => i.included).map((i) => i.id);
  return (
    <section className="report-candidates" aria-labelledby="report-candidates-title">
      <div className="report-section-head">
        <div>
          <h2 id="report-candidates-title" className="report-section-title">
            选入的{noun}
          </h2>
          <p className="report-stats">
            已选 {selectedKeys.length} / {items.length} 项。取消勾选的事项不写入问题和原因，但仍计入开头的总数。
          </p>
        </div>
        <Button size="small" onClick={onSelectAll} disabled={selectedKeys.length === items.length}>
          全部选入
        </Button>
      </div>
      <Table<ReportCandidate>
        data-testid="report-candidates"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
        rowSelection={{
          selectedRowKeys: selectedKeys,
          onChange: (keys) => onSelect(keys.map(String)),
          columnTitle: undefined,
          // antd's own labels are English ("Select all", "Row 1 selected"); the ticked state is the checkbox's.
          getTitleCheckboxProps: () => ({ 'aria-label': `全部选入（${items.length}项）` }),
          getCheckboxProps: (item) => ({ 'aria-label': `选入 ${item.code} ${item.title}` }),
        }}
        locale={{ emptyText: `所选条件下没有${noun}` }}
        scroll={{ y: 560 }}
      />
    </section>
  );
}
