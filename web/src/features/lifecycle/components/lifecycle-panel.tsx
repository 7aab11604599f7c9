import {
  approvalOutcome,
  checkSignoffApproval,
  type ApprovalOutcome,
  DEADLINE_CORRECTION_DAYS,
  deadlineCorrectionSchema,
  type DeadlineCorrectionRequest,
  extensionDecisionSchema,
  extensionRequestSchema,
  isSignedOff,
  reopenItemSchema,
  reworkPending,
  SIGNOFF_STAGE_LABELS,
  signoffDecisionSchema,
  unfinishedMeasures,
  type ExtensionDecisionRequest,
  type ExtensionRequestBody,
  type ItemView,
  type ReopenItemRequest,
  type SignoffDecisionRequest,
  type WithdrawApplicationRequest,
  withdrawApplicationSchema,
} from '@rectify/shared';
import { Alert, Button, Checkbox, Form, Input, Radio, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { DateStringPicker } from '../../../components/date-string-picker';
import { useSettings } from '../../../hooks/use-settings';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useCurrentUser } from '../../auth';
import { useCorrectDeadline } from '../api/correct-deadline';
import { useDecideExtension } from '../api/decide-extension';
import { useDecideSignoff } from '../api/decide-signoff';
import { useReopenItem } from '../api/reopen-item';
import { useRequestExtension } from '../api/request-extension';
import { useWithdrawApplication, type WithdrawnApplication } from '../api/withdraw-application';
import { lifecycleActionsFor, type LifecycleActionKey } from '../lib/lifecycle-actions';
import { SignoffReviewIntro } from './signoff-review';
import { StepModal } from './step-modal';

/** Where the item stands past the columns (review, round, 延期), and the steps this user may take. */
export function LifecyclePanel({ item }: { item: ItemView }) {
  const user = useCurrentUser();
  const [open, setOpen] = useState<LifecycleActionKey | null>(null);
  const actions = lifecycleActionsFor(user, item);
  const close = () => setOpen(null);

  return (
    <section className="lifecycle-panel" aria-label="销号与延期">
      <LifecycleStatus item={item} />
      {actions.length > 0 && (
        <Space wrap className="lifecycle-actions">
          {actions.map((action) => (
            <Tooltip key={action.key} title={action.disabledReason}>
              <Button
                type={action.disabledReason ? 'default' : 'primary'}
                ghost={!action.disabledReason}
                disabled={!!action.disabledReason}
                onClick={() => setOpen(action.key)}
              >
                {action.label}
              </Button>
            </Tooltip>
          ))}
        </Space>
      )}
      <SignoffModal item={item} open={open === 'review'} onClose={close} />
      <ReopenModal item={item} open={open === 'reopen'} onClose={close} />
      <ExtensionRequestModal item={item} open={open === 'requestExtension'} onClose={close} />
      <ExtensionDecisionModal item={item} open={open === 'decideExtension'} onClose={close} />
      <DeadlineCorrectionModal item={item} open={open === 'correctDeadline'} onClose={close} />
      <WithdrawModal application="signoff" item={item} open={open === 'withdrawSignoff'} onClose={close} />
      <WithdrawModal application="extension" item={item} open={open === 'withdrawExtension'} onClose={close} />
    </section>
  );
}

function LifecycleStatus({ item }: { item: ItemView }) {
  const notes: React.ReactNode[] = [];
  if (item.status === 'closed' && item.signoff === 'pending' && item.signoffStage) {
    notes.push(
      <Alert
        key="pending"
        type="info"
        showIcon
        title={`销号申请待审核（${SIGNOFF_STAGE_LABELS[item.signoffStage]}）`}
        description={`由${item.signoffApplicantName ?? '责任部门'}提交。审核人不能是申请人本人或申请部门的人员。`}
      />,
    );
  }
  if (isSignedOff(item)) {
    notes.push(
      <Alert
        key="approved"
        type="success"
        showIcon
        title={`已销号${item.closedAt ? `（${formatDate(item.closedAt)}）` : ''}`}
        description="如回头看发现问题反弹回潮，纪检或领导可重新启动整改。"
      />,
    );
  }
  if (reworkPending(item)) {
    notes.push(<Alert key="requirement" type="warning" showIcon title="销号申请被退回，补充整改要求：" description={item.reviewRequirement} />);
  }
  if (item.extension) {
    notes.push(
      <Alert
        key="extension"
        type="warning"
        showIcon
        title={`延期申请待审批：整改时限由${formatDate(item.deadline)}延至${formatDate(item.extension.deadline)}`}
        description={`理由：${item.extension.reason}（${item.extension.requestedByName}，${formatDateTime(item.extension.requestedAt)}）`}
      />,
    );
  }
  if (item.round > 1) {
    notes.push(
      <Alert
        key="round"
        type="error"
        showIcon
        title={`第${item.round}轮整改（回头看重新整改）`}
        description={item.reopenReason ? `原因：${item.reopenReason}` : undefined}
      />,
    );
  }
  if (item.deadlineChanges > 0) {
    notes.push(<Alert key="moved" type="info" title={`整改时限已延期${item.deadlineChanges}次，原定时限${formatDate(item.originalDeadline)}`} />);
  }
  if (item.stagesPassed > 0) {
    notes.push(<Alert key="stages" type="info" title={`长期坚持事项，已通过${item.stagesPassed}次阶段验收，下次复核${formatDate(item.nextReviewDate)}`} />);
  }
  return notes.length ? <div className="lifecycle-status">{notes}</div> : null;
}

interface ModalProps {
  item: ItemView;
  open: boolean;
  onClose: () => void;
}

const SIGNOFF_APPROVED: Record<ApprovalOutcome['kind'], string> = {
  next_stage: '已通过，转纪检复核',
  signed_off: '已通过，事项已销号',
  stage_passed: '已通过本阶段验收',
};

export function SignoffModal({ item, open, onClose }: ModalProps) {
  const step = useDecideSignoff();
  const settings = useSettings();
  const outcome = approvalOutcome(item, { signoffTwoLevel: settings.data?.signoffTwoLevel ?? false }).kind;
  const stagePassing = outcome === 'stage_passed';
  return (
    <StepModal<Partial<SignoffDecisionRequest>, SignoffDecisionRequest>
      item={item}
      step={step}
      open={open}
      title={item.signoffStage === 'inspector' ? '纪检复核销号申请' : '审核销号申请'}
      submitText="提交审核意见"
      schema={signoffDecisionSchema}
      initialValues={{ decision: 'approve', opinion: '' }}
      onClose={onClose}
      doneMessage={(body) => (body.decision === 'reject' ? '已退回，补充整改要求已告知责任部门' : SIGNOFF_APPROVED[outcome])}
      intro={<SignoffReviewIntro item={item} />}
    >
      <Form.Item name="decision" label="审核结论">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'approve', label: stagePassing ? '通过本阶段验收' : '通过' },
            { value: 'reject', label: '退回补充整改' },
          ]}
        />
      </Form.Item>
      <DecisionDependent item={item} stagePassing={stagePassing} />
    </StepModal>
  );
}

/**
 * The fields that follow the chosen conclusion: a rejection's 补充整改要求, and for 长期坚持 an
 * approval's next review date (and optionally the next stage goal).
 */
function DecisionDependent({ item, stagePassing }: { item: ItemView; stagePassing: boolean }) {
  const form = Form.useFormInstance();
  const decision = Form.useWatch<string | undefined>('decision', form);
  // Approving with measures still 未完成 is confirmed explicitly (the shared rule; the API asks the same).
  const confirm = decision === 'approve' && unfinishedMeasures(item) > 0 && (
    <Form.Item
      name="confirmUnfinished"
      valuePropName="checked"
      rules={[
        {
          validator: (_rule, value: boolean | undefined) => {
            const check = checkSignoffApproval(item, { confirmUnfinished: value });
            return check.allowed ? Promise.resolve() : Promise.reject(new Error(check.reason));
          },
        },
      ]}
    >
      <Checkbox>确认在措施未全部完成的情况下通过（将记入审核记录）</Checkbox>
    </Form.Item>
  );
  const opinion = (
    <Form.Item name="opinion" label={decision === 'reject' ? '补充整改要求' : '审核意见（可选）'}>
      <Input.TextArea
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={1000}
        showCount
        placeholder={decision === 'reject' ? '写明还需补充整改的内容，退回后显示在卡片上' : '如：整改到位，同意销号'}
      />
    </Form.Item>
  );
  if (!stagePassing || decision !== 'approve') {
    return (
      <>
        {opinion}
        {confirm}
      </>
    );
  }
  return (
    <>
      {opinion}
      {confirm}
      <Alert type="info" showIcon className="step-note" title="长期坚持事项通过阶段验收后继续整改，请确定下次复核日期。" />
      <Form.Item name="nextReviewDate" label="下次复核日期">
        <DateStringPicker notBefore="today" />
      </Form.Item>
      <Form.Item name="stageGoal" label="下一阶段目标（可选）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
    </>
  );
}

function ReopenModal({ item, open, onClose }: ModalProps) {
  const step = useReopenItem();
  return (
    <StepModal<Partial<ReopenItemRequest>, ReopenItemRequest>
      item={item}
      step={step}
      open={open}
      title="回头看：重新整改"
      submitText="重新启动整改"
      schema={reopenItemSchema}
      onClose={onClose}
      intro={<Alert type="warning" showIcon className="step-note" title={`事项将回到「整改中」，进入第${item.round + 1}轮整改；以往的记录全部保留。`} />}
    >
      <Form.Item name="reason" label="重新整改的原因">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount placeholder="如：回头看发现问题反弹回潮的具体情况" />
      </Form.Item>
      {item.rectifyType === 'long_term' ? (
        <>
          <Form.Item name="nextReviewDate" label="下次复核日期">
            <DateStringPicker notBefore="today" />
          </Form.Item>
          <Form.Item name="stageGoal" label="本轮阶段目标（可选，默认沿用）">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} placeholder={item.stageGoal ?? undefined} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="deadline" label="新一轮整改时限" extra={item.deadline ? `上一轮时限：${formatDate(item.deadline)}` : undefined}>
          <DateStringPicker notBefore="today" />
        </Form.Item>
      )}
    </StepModal>
  );
}

function ExtensionRequestModal({ item, open, onClose }: ModalProps) {
  const step = useRequestExtension();
  return (
    <StepModal<Partial<ExtensionRequestBody>, ExtensionRequestBody>
      item={item}
      step={step}
      open={open}
      title="申请延期"
      submitText="提交延期申请"
      schema={extensionRequestSchema}
      onClose={onClose}
      intro={<p className="step-note">现整改时限：{formatDate(item.deadline)}。延期须经领导审批，原定时限留档，卡片上显示延期次数。</p>}
    >
      <Form.Item name="deadline" label="申请延至">
        <DateStringPicker notBefore="today" />
      </Form.Item>
      <Form.Item name="reason" label="延期理由">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount placeholder="说明不能按期完成的客观原因和后续安排" />
      </Form.Item>
    </StepModal>
  );
}

function DeadlineCorrectionModal({ item, open, onClose }: ModalProps) {
  const step = useCorrectDeadline();
  return (
    <StepModal<Partial<DeadlineCorrectionRequest>, DeadlineCorrectionRequest>
      item={item}
      step={step}
      open={open}
      title="更正整改时限"
      submitText="更正时限"
      schema={deadlineCorrectionSchema}
      onClose={onClose}
      doneMessage={(body) => `整改时限已更正为${formatDate(body.deadline)}，不计延期`}
      intro={
        <p className="step-note">
          现整改时限：{formatDate(item.deadline)}。时限确定后{DEADLINE_CORRECTION_DAYS}
          天内填写有误的，可由领导更正，记为“更正时限”，不计延期次数；其他情况请按程序申请延期。
        </p>
      }
    >
      <Form.Item name="deadline" label="更正为">
        <DateStringPicker notBefore="today" />
      </Form.Item>
      <Form.Item name="reason" label="更正理由">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount placeholder="如：交办时把12月误写为11月" />
      </Form.Item>
    </StepModal>
  );
}

function ExtensionDecisionModal({ item, open, onClose }: ModalProps) {
  const step = useDecideExtension();
  return (
    <StepModal<Partial<ExtensionDecisionRequest>, ExtensionDecisionRequest>
      item={item}
      step={step}
      open={open}
      title="审批延期申请"
      submitText="提交审批意见"
      schema={extensionDecisionSchema}
      initialValues={{ decision: 'approve', opinion: '' }}
      onClose={onClose}
      doneMessage={(body) => (body.decision === 'reject' ? '已不同意延期，整改时限不变' : '已同意延期，整改时限已更新')}
      intro={
        item.extension && (
          <div className="step-intro">
            <div className="step-intro-label">
              申请将整改时限由{formatDate(item.deadline)}延至{formatDate(item.extension.deadline)}
            </div>
            <div className="step-intro-text">理由：{item.extension.reason}</div>
            <div className="step-intro-meta">申请人 {item.extension.requestedByName}</div>
          </div>
        )
      }
    >
      <Form.Item name="decision" label="审批结论">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'approve', label: '同意延期' },
            { value: 'reject', label: '不同意' },
          ]}
        />
      </Form.Item>
      <Form.Item name="opinion" label="审批意见">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount placeholder="不同意时须写明理由" />
      </Form.Item>
    </StepModal>
  );
}

const WITHDRAWAL_TEXTS: Record<WithdrawnApplication, { title: string; effect: (item: ItemView) => string }> = {
  signoff: { title: '撤回销号申请', effect: () => '撤回后卡片回到「整改中」，可补充材料后重新申请销号；撤回记入历史记录。' },
  extension: { title: '撤回延期申请', effect: (item) => `撤回后整改时限仍为${formatDate(item.deadline)}，如有需要可重新申请；撤回记入历史记录。` },
};

/** 撤回: the applicant takes a pending 销号 or 延期 application back before it is decided. */
function WithdrawModal({ application, item, open, onClose }: ModalProps & { application: WithdrawnApplication }) {
  const step = useWithdrawApplication(application);
  const texts = WITHDRAWAL_TEXTS[application];
  return (
    <StepModal<Partial<WithdrawApplicationRequest>, WithdrawApplicationRequest>
      item={item}
      step={step}
      open={open}
      title={texts.title}
      submitText="确认撤回"
      schema={withdrawApplicationSchema}
      initialValues={{ reason: '' }}
      onClose={onClose}
      intro={<Alert type="info" showIcon className="step-note" title={texts.effect(item)} />}
    >
      <Form.Item name="reason" label="撤回理由（可选）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount placeholder="如：佐证材料上传有误，补充后重新申请" />
      </Form.Item>
    </StepModal>
  );
}
