import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { canDo, type LedgerImportResult, type LedgerMapping } from '@rectify/shared';
import { Alert, App, Button, Modal, Result, Space, Steps, Table, Tabs, Tag, Tooltip, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth';
import { useDownloadLedgerTemplate } from '../api/download-template';
import { useImportLedger } from '../api/import-ledger';
import {
  canConfirmImport,
  createdRows,
  importSummary,
  problemRows,
  unlistedErrors,
  updatedRows,
  type CreatedRow,
  type ProblemRow,
  type UpdatedRow,
} from '../lib/import-preview';
import { columnsOnly, forbiddenCreations, incompleteValues, needsMapping } from '../lib/import-mapping';
import { MappingColumnsStep } from './mapping-columns-step';
import { MappingValuesStep } from './mapping-values-step';
import './import-wizard.css';

interface Props {
  open: boolean;
  onClose: () => void;
}

const problemColumns: TableColumnsType<ProblemRow> = [
  { title: '行', dataIndex: 'row', width: 90 },
  { title: '列', dataIndex: 'column', width: 130 },
  { title: '单元格', dataIndex: 'cell', width: 80 },
  { title: '问题', dataIndex: 'message' },
];
const createdColumns: TableColumnsType<CreatedRow> = [
  { title: '行', dataIndex: 'row', width: 70, render: (row: number) => `第${row}行` },
  { title: '编号', dataIndex: 'code', width: 140 },
  { title: '标题', dataIndex: 'title' },
  { title: '进入看板列', dataIndex: 'lands', width: 110 },
];
const updatedColumns: TableColumnsType<UpdatedRow> = [
  { title: '行', dataIndex: 'row', width: 70, render: (row: number) => `第${row}行` },
  { title: '编号', dataIndex: 'code', width: 140 },
  { title: '标题', dataIndex: 'title' },
  { title: '将修改的列', dataIndex: 'changes', width: 260 },
];

const page = (n: number) => (n > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' as const } : false);

type Step = 'upload' | 'columns' | 'values' | 'preview' | 'done';
const STEPS: Array<{ key: Step; title: string }> = [
  { key: 'upload', title: '上传文件' },
  { key: 'columns', title: '对应列' },
  { key: 'values', title: '对应值' },
  { key: 'preview', title: '预检' },
  { key: 'done', title: '导入' },
];

/**
 * 导入台账, a wizard: upload an .xlsx or a Word 整改方案 → 对应列 (each column → a field or 不导入) →
 * 对应值 (unknown 来源/类别/原因分析维度/部门 → map, create or keep) → 预检 (errors by row, column
 * and cell) → 导入. A standard 台账 whose first check is clean goes straight to 预检.
 */
export function ImportLedgerModal({ open, onClose }: Props) {
  const { message } = App.useApp();
  const user = useCurrentUser();
  const mayCreate = canDo(user, 'ledger.createEntries').allowed;
  const importer = useImportLedger();
  const template = useDownloadLedgerTemplate();
  const [step, setStep] = useState<Step>('upload');
  const [file, setFile] = useState<File | null>(null);
  /** The mapping being edited; null while the standard header matching is used. */
  const [mapping, setMapping] = useState<LedgerMapping | null>(null);
  /** The answer of the first check: samples, choices, whether the mapping was remembered. */
  const [first, setFirst] = useState<LedgerImportResult | null>(null);
  const [preview, setPreview] = useState<LedgerImportResult | null>(null);
  const [done, setDone] = useState<LedgerImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function reset() {
    setStep('upload');
    setFile(null);
    setMapping(null);
    setFirst(null);
    setPreview(null);
    setDone(null);
    setFailure(null);
    importer.reset();
  }

  function close() {
    reset();
    onClose();
  }

  const failed = (error: unknown) => setFailure(errorMessage(error));

  function check(chosen: File) {
    setFile(chosen);
    setFailure(null);
    importer.mutate(
      { file: chosen, dryRun: true },
      {
        onSuccess: (result) => {
          setFirst(result);
          if (needsMapping(result)) {
            setMapping(result.mapping!);
            setStep('columns');
          } else {
            setPreview(result);
            setStep('preview');
          }
        },
        onError: failed,
      },
    );
  }

  /** 对应列 → 对应值: the values are proposed again for the chosen columns. */
  function toValues() {
    if (!file || !mapping) return;
    setFailure(null);
    importer.mutate(
      { file, dryRun: true, mapping: columnsOnly(mapping) },
      {
        onSuccess: (result) => {
          setMapping(result.mapping ?? mapping);
          setStep('values');
        },
        onError: failed,
      },
    );
  }

  function toPreview() {
    if (!file || !mapping) return;
    setFailure(null);
    importer.mutate(
      { file, dryRun: true, mapping },
      {
        onSuccess: (result) => {
          setPreview(result);
          setStep('preview');
        },
        onError: failed,
      },
    );
  }

  function confirm() {
    if (!file) return;
    importer.mutate(
      { file, dryRun: false, ...(mapping ? { mapping } : {}) },
      {
        onSuccess: (result) => {
          if (result.errorCount > 0) {
            // The ledger changed between the check and the import: show what is wrong now.
            setPreview(result);
            return;
          }
          setDone(result);
          setStep('done');
          message.success(importSummary(result));
        },
        onError: failed,
      },
    );
  }

  /** Back one step; from the preview of a standard file, the mapping steps are still open. */
  function back() {
    if (step === 'values') setStep('columns');
    else if (step === 'preview' && mapping) setStep('values');
    else if (step === 'preview' && first?.mapping) {
      setMapping(first.mapping);
      setStep('columns');
    }
  }

  const busy = importer.isPending;
  const blocked = mapping ? forbiddenCreations(mapping, mayCreate) + incompleteValues(mapping) : 0;
  const next =
    step === 'columns' ? (
      <Button type="primary" loading={busy} onClick={toValues}>
        下一步
      </Button>
    ) : step === 'values' ? (
      <Tooltip title={blocked ? '还有值没有选好对应的名称，或选了无权进行的“新建”' : undefined}>
        <Button type="primary" loading={busy} disabled={blocked > 0} onClick={toPreview}>
          下一步：预检
        </Button>
      </Tooltip>
    ) : step === 'preview' ? (
      <Button type="primary" disabled={!canConfirmImport(preview ?? undefined)} loading={busy && importer.variables?.dryRun === false} onClick={confirm}>
        确认导入
      </Button>
    ) : null;

  const footer =
    step === 'done' ? (
      <Button type="primary" onClick={close}>
        完成
      </Button>
    ) : (
      <Space>
        <Button onClick={close}>取消</Button>
        {file && (
          <Button onClick={reset} disabled={busy}>
            重新选择文件
          </Button>
        )}
        {(step === 'values' || (step === 'preview' && (mapping || first?.mapping))) && (
          <Button onClick={back} disabled={busy}>
            上一步
          </Button>
        )}
        {next}
      </Space>
    );

  return (
    <Modal
      open={open}
      title="导入台账"
      onCancel={close}
      footer={footer}
      width={1040}
      mask={{ closable: false }}
      destroyOnHidden
      className="import-ledger-modal"
    >
      <Steps className="import-steps" size="small" current={STEPS.findIndex((s) => s.key === step)} items={STEPS.map((s) => ({ title: s.title }))} />
      {step === 'done' && done ? (
        <Result status="success" icon={<CheckCircleOutlined />} title="导入完成" subTitle={importSummary(done)} />
      ) : (
        <>
          {step === 'upload' && !file && (
            <>
              <p className="import-note">
                {/* One string per line: a line break inside JSX text would show as a space between Chinese characters. */}
                {'上传单位自己的问题清单：Excel（.xlsx），或含问题清单表格的 Word 整改方案（.docx）。'}
                {'标题行、填报单位行自动跳过；列名、问题来源、部门等与系统叫法不同的，下一步逐一对应（已给出建议）。'}
                <strong>编号</strong>
                {'与系统中已有事项相同的行将更新该事项，没有编号的行将新增。先预检，确认无误后再导入；有任何错误时不会写入任何数据。'}
              </p>
              <p className="import-note">
                还没有台账？
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined aria-hidden="true" />}
                  loading={template.isPending}
                  onClick={() => template.mutate(undefined, { onError: (error) => message.error(`模板下载失败：${errorMessage(error)}`) })}
                >
                  下载导入模板
                </Button>
                （标准列名，问题来源、问题类别、责任部门可下拉选择，附填写说明）
              </p>
              <Upload.Dragger
                accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                multiple={false}
                showUploadList={false}
                beforeUpload={(chosen) => {
                  check(chosen);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">点击选择或将 .xlsx / .docx 文件拖到此处</p>
                <p className="ant-upload-hint">选择后自动预检，不会立即写入；旧版 .xls、WPS .et 请先另存为 .xlsx</p>
              </Upload.Dragger>
            </>
          )}
          {file && (
            <div className="import-file" data-testid="import-file">
              文件：<strong>{file.name}</strong>
              {first && (
                <span className="import-checking">{first.headerRow > 1 ? `「${first.sheet}」，表头在第${first.headerRow}行` : `「${first.sheet}」`}</span>
              )}
              {busy && <span className="import-checking">{importer.variables?.dryRun === false ? '正在导入…' : '正在检查…'}</span>}
            </div>
          )}
          {failure && <Alert type="error" showIcon title="无法导入此文件" description={failure} className="import-alert" />}
          {step === 'columns' && mapping && (
            <MappingColumnsStep mapping={mapping} samples={first?.samples} remembered={!!first?.mappingRemembered} onChange={setMapping} />
          )}
          {step === 'values' && mapping && first?.choices && (
            <MappingValuesStep mapping={mapping} choices={first.choices} mayCreate={mayCreate} onChange={setMapping} />
          )}
          {step === 'preview' && preview && <Preview result={preview} />}
        </>
      )}
    </Modal>
  );
}

function Preview({ result }: { result: LedgerImportResult }) {
  const problems = problemRows(result.errors);
  const warnings = problemRows(result.warnings);
  const created = createdRows(result);
  const updated = updatedRows(result);
  const more = unlistedErrors(result);
  const tabs = [
    ...(problems.length
      ? [
          {
            key: 'errors',
            label: (
              <span>
                错误 <Tag color="red">{result.errorCount}</Tag>
              </span>
            ),
            children: (
              <>
                <Table<ProblemRow>
                  data-testid="import-errors"
                  size="small"
                  rowKey="key"
                  columns={problemColumns}
                  dataSource={problems}
                  pagination={page(problems.length)}
                />
                {more > 0 && <p className="import-note">另有 {more} 处错误未列出，请先改正以上错误后重新上传。</p>}
              </>
            ),
          },
        ]
      : []),
    {
      key: 'created',
      label: (
        <span>
          新增 <Tag color="green">{created.length}</Tag>
        </span>
      ),
      children: (
        <Table<CreatedRow>
          data-testid="import-created"
          size="small"
          rowKey="key"
          columns={createdColumns}
          dataSource={created}
          pagination={page(created.length)}
          locale={{ emptyText: '没有新增的事项' }}
        />
      ),
    },
    {
      key: 'updated',
      label: (
        <span>
          更新 <Tag color="blue">{updated.length}</Tag>
        </span>
      ),
      children: (
        <Table<UpdatedRow>
          data-testid="import-updated"
          size="small"
          rowKey="key"
          columns={updatedColumns}
          dataSource={updated}
          pagination={page(updated.length)}
          locale={{ emptyText: '没有需要更新的事项' }}
        />
      ),
    },
    ...(warnings.length
      ? [
          {
            key: 'warnings',
            label: (
              <span>
                提醒 <Tag color="orange">{warnings.length}</Tag>
              </span>
            ),
            children: <Table<ProblemRow> size="small" rowKey="key" columns={problemColumns} dataSource={warnings} pagination={page(warnings.length)} />,
          },
        ]
      : []),
  ];
  return (
    <div className="import-preview" data-testid="import-preview">
      <Alert
        type={result.errorCount > 0 ? 'error' : 'success'}
        showIcon
        className="import-alert"
        title={importSummary(result)}
        description={[
          result.headerRow > 1 ? `工作表「${result.sheet}」，表头在第${result.headerRow}行（上方的标题等已跳过）` : `工作表「${result.sheet}」`,
          result.ignoredColumns.length ? `以下列不导入：${result.ignoredColumns.join('、')}` : '',
        ]
          .filter(Boolean)
          .join('；')}
      />
      <Tabs items={tabs} defaultActiveKey={problems.length ? 'errors' : created.length || !updated.length ? 'created' : 'updated'} />
    </div>
  );
}
