import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ADMIN_EVENT_LABELS, type AdminEventView, type AdminLogVerification } from '@rectify/shared';
import { Alert, Button, Result, Table, Tag } from 'antd';
import { useState } from 'react';
import { useDepartmentOptions } from '../../../hooks/use-departments';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { ADMIN_LOG_PAGE_SIZE, useAdminLog, useVerifyAdminLog } from '../api/admin-log';
import { adminChangeLines } from '../lib/admin-log-entry';
import { ConsoleFrame } from './console-frame';

/** 管理日志: who changed which account, department, dictionary entry, setting or webhook; 纪检 verifies it. */
export function AdminLogPage() {
  return (
    <ConsoleFrame title="管理日志" action="admin-log.read">
      <AdminLogPanel />
    </ConsoleFrame>
  );
}

function AdminLogPanel() {
  const [page, setPage] = useState(1);
  const log = useAdminLog(page);
  const verify = useVerifyAdminLog();
  const { byId } = useDepartmentOptions();

  return (
    <section className="console-panel" aria-labelledby="admin-log-title">
      <div className="console-panel-head">
        <div>
          <h2 id="admin-log-title" className="console-panel-title">
            管理日志
          </h2>
          <p className="console-panel-note">
            用户、部门、字典、系统设置和消息推送的每一次变更：谁、何时、从什么改为什么（不记录密码）。记录只增不改、环环相扣，
            校验会指出第一处在数据库中被改动或删除的记录。
          </p>
        </div>
        <Button icon={<SafetyCertificateOutlined aria-hidden="true" />} loading={verify.isPending} onClick={() => verify.mutate()}>
          {verify.isPending ? '正在校验…' : '校验管理日志'}
        </Button>
      </div>
      {verify.isError && <Alert type="error" showIcon className="console-alert" title="校验未能完成" description={errorMessage(verify.error)} />}
      {verify.data && !verify.isPending && <Verdict result={verify.data} />}
      {log.isError && <Alert type="error" showIcon className="console-alert" title="管理日志加载失败" description={errorMessage(log.error)} />}
      <Table<AdminEventView>
        rowKey="seq"
        size="middle"
        loading={log.isFetching}
        dataSource={log.data?.entries ?? []}
        locale={{ emptyText: '暂无记录' }}
        pagination={{
          current: page,
          pageSize: ADMIN_LOG_PAGE_SIZE,
          total: log.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 条`,
        }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
          { title: '操作人', dataIndex: 'actor', width: 140 },
          { title: '操作', dataIndex: 'kind', width: 130, render: (kind: AdminEventView['kind']) => <Tag>{ADMIN_EVENT_LABELS[kind] ?? kind}</Tag> },
          { title: '对象', dataIndex: 'targetName', width: 180 },
          {
            title: '变更内容',
            key: 'changes',
            render: (_, entry) =>
              entry.unreadable ? (
                <span className="history-unreadable">此条记录无法读取：已被篡改</span>
              ) : (
                <ul className="history-changes">
                  {adminChangeLines(entry, byId).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </section>
  );
}

function Verdict({ result }: { result: AdminLogVerification }) {
  if (result.ok) return <Result className="audit-result" status="success" title={`管理日志完整：已校验 ${result.checked} 条，未发现改动`} />;
  return (
    <Result
      className="audit-result"
      status="error"
      title={result.firstBroken ? `校验未通过：第 ${result.firstBroken.seq} 条记录有问题` : '校验未通过'}
      subTitle={
        <>
          {result.firstBroken && <div className="audit-problem">{result.firstBroken.problem}</div>}
          <div>{`在它之前的 ${result.checked} 条记录完好。`}</div>
        </>
      }
    />
  );
}
