import { SafetyCertificateOutlined } from '@ant-design/icons';
import { canDo, type AuditVerification } from '@rectify/shared';
import { Alert, Button, Result } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth';
import { boardItemPath } from '../../board';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useVerifyAudit } from '../api/verify-audit';
import { ConsoleFrame } from './console-frame';

export function AuditPage() {
  return (
    <ConsoleFrame title="历史校验" action="audit.verify">
      <AuditPanel />
    </ConsoleFrame>
  );
}

function AuditPanel() {
  const verify = useVerifyAudit();
  const [checkedAt, setCheckedAt] = useState<string | null>(null);

  function run() {
    verify.mutate(undefined, { onSuccess: () => setCheckedAt(new Date().toISOString()) });
  }

  return (
    <section className="console-panel console-panel-narrow" aria-labelledby="audit-title">
      <div className="console-panel-head">
        <div>
          <h2 id="audit-title" className="console-panel-title">
            校验历史记录
          </h2>
          <p className="console-panel-note">
            事项的每一次登记、修改和移动都记入历史，每条记录都与前一条环环相扣。校验会逐条核对全部记录，
            如有记录在数据库中被改动或删除，将指出第一处出问题的位置。
          </p>
        </div>
      </div>
      <Button type="primary" size="large" icon={<SafetyCertificateOutlined aria-hidden="true" />} loading={verify.isPending} onClick={run}>
        {verify.isPending ? '正在校验…' : '校验历史记录'}
      </Button>
      {verify.isError && <Alert type="error" showIcon className="console-alert audit-result" title="校验未能完成" description={errorMessage(verify.error)} />}
      {verify.data && !verify.isPending && <Verdict result={verify.data} checkedAt={checkedAt} />}
    </section>
  );
}

function Verdict({ result, checkedAt }: { result: AuditVerification; checkedAt: string | null }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const when = checkedAt ? `校验时间：${formatDateTime(checkedAt)}` : undefined;
  if (result.ok) {
    return (
      <Result
        className="audit-result"
        data-testid="audit-result"
        status="success"
        title={`历史记录完整：已校验 ${result.checked} 条，未发现改动`}
        subTitle={when}
      />
    );
  }
  const broken = result.firstBroken;
  return (
    <Result
      className="audit-result"
      data-testid="audit-result"
      status="error"
      title={broken ? `校验未通过：第 ${broken.seq} 条记录有问题` : '校验未通过'}
      subTitle={
        <>
          {broken && <div className="audit-problem">{broken.problem}</div>}
          <div>{`在它之前的 ${result.checked} 条记录完好。`}</div>
          {when && <div>{when}</div>}
        </>
      }
      extra={broken && canDo(user, 'item.read').allowed && <Button onClick={() => navigate(boardItemPath(broken.itemId))}>查看所涉事项</Button>}
    />
  );
}
