import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { LedgerImportResult } from '@rectify/shared';
import { Alert, App, Button, Modal, Result, Space, Table, Tabs, Tag, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
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

/** 导入台账: choose an .xlsx → 预检 (dry run) → preview of creations, updates and every error → 确认导入. */
export function ImportLedgerModal({ open, onClose }: Props) {
  const { message } = App.useApp();
  const importer = useImportLedger();
  const template = useDownloadLedgerTemplate();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LedgerImportResult | null>(null);
  const [done, setDone] = useState<LedgerImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function reset() {
    setFile(null);
    setPreview(null);
    setDone(null);
    setFailure(null);
    importer.reset();
  }

  function close() {
    reset();
    onClose();
  }

  function check(chosen: File) {
    setFile(chosen);
    setPreview(null);
    setFailure(null);
    importer.mutate(
      { file: chosen, dryRun: true },
      { onSuccess: (result) => setPreview(result), onError: (error) => setFailure(errorMessage(error)) },
    );
  }

  function confirm() {
    if (!file) return;
    importer.mutate(
      { file, dryRun: false },
      {
        onSuccess: (result) => {
          if (result.errorCount > 0) {
            // The ledger changed between the check and the import: show what is wrong now.
            setPreview(result);
            return;
          }
          setDone(result);
          message.success(importSummary(result));
        },
        onError: (error) => setFailure(errorMessage(error)),
      },
    );
  }

  const footer = done ? (
    <Button type="primary" onClick={close}>
      完成
    </Button>
  ) : (
    <Space>
      <Button onClick={close}>取消</Button>
      {file && (
        <Button onClick={reset} disabled={importer.isPending}>
          重新选择文件
        </Button>
      )}
      <Button type="primary" disabled={!canConfirmImport(preview ?? undefined)} loading={importer.isPending && importer.variables?.dryRun === false} onClick={confirm}>
        确认导入
      </Button>
    </Space>
  );

  return (
    <Modal open={open} title="导入台账" onCancel={close} footer={footer} width={960} mask={{ closable: false }} destroyOnHidden className="import-ledger-modal">
      {done ? (
        <Result status="success" icon={<CheckCircleOutlined />} title="导入完成" subTitle={importSummary(done)} />
      ) : (
        <>
          {!file && (
            <>
              <p className="import-note">
                {/* One string per line: a line break inside JSX text would show as a space between Chinese characters. */}
                {'上传 Excel（.xlsx）问题清单：按表头的列名识别（顺序不限，“完成时限”“牵头部门”等常用叫法均可；'}
                {'表头上方的标题行、填报单位行会自动跳过）；每行一个问题。'}
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
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
                <p className="ant-upload-text">点击选择或将 .xlsx 文件拖到此处</p>
                <p className="ant-upload-hint">选择后自动预检，不会立即写入</p>
              </Upload.Dragger>
            </>
          )}
          {file && (
            <div className="import-file" data-testid="import-file">
              文件：<strong>{file.name}</strong>
              {importer.isPending && importer.variables?.dryRun && <span className="import-checking">正在预检…</span>}
            </div>
          )}
          {failure && <Alert type="error" showIcon title="无法导入此文件" description={failure} className="import-alert" />}
          {preview && <Preview result={preview} />}
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
            label: <span>错误 <Tag color="red">{result.errorCount}</Tag></span>,
            children: (
              <>
                <Table<ProblemRow> data-testid="import-errors" size="small" rowKey="key" columns={problemColumns} dataSource={problems} pagination={page(problems.length)} />
                {more > 0 && <p className="import-note">另有 {more} 处错误未列出，请先改正以上错误后重新上传。</p>}
              </>
            ),
          },
        ]
      : []),
    {
      key: 'created',
      label: <span>新增 <Tag color="green">{created.length}</Tag></span>,
      children: <Table<CreatedRow> data-testid="import-created" size="small" rowKey="key" columns={createdColumns} dataSource={created} pagination={page(created.length)} locale={{ emptyText: '没有新增的事项' }} />,
    },
    {
      key: 'updated',
      label: <span>更新 <Tag color="blue">{updated.length}</Tag></span>,
      children: <Table<UpdatedRow> data-testid="import-updated" size="small" rowKey="key" columns={updatedColumns} dataSource={updated} pagination={page(updated.length)} locale={{ emptyText: '没有需要更新的事项' }} />,
    },
    ...(warnings.length
      ? [
          {
            key: 'warnings',
            label: <span>提醒 <Tag color="orange">{warnings.length}</Tag></span>,
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
