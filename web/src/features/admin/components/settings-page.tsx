import { ReloadOutlined } from '@ant-design/icons';
import { WARNING_YELLOW_DAYS_RANGE, type Settings, type UpdateSettingsRequest } from '@rectify/shared';
import { Alert, App, Button, Form, InputNumber, Skeleton, Switch } from 'antd';
import { useSettings } from '../../../hooks/use-settings';
import { errorMessage } from '../../../lib/api-client';
import { dayjs } from '../../../lib/dates';
import { FormProblemAlert, useSchemaForm } from '../../../lib/forms';
import { useUpdateSettings } from '../api/update-settings';
import { changedSettings, validateSettings, type SettingsFormValues } from '../lib/settings-form';
import { ConsoleFrame } from './console-frame';

export function SettingsPage() {
  return (
    <ConsoleFrame title="系统设置" action="settings.manage">
      <SettingsPanel />
    </ConsoleFrame>
  );
}

function SettingsPanel() {
  const settings = useSettings();
  return (
    <section className="console-panel console-panel-narrow" aria-labelledby="settings-title">
      <div className="console-panel-head">
        <div>
          <h2 id="settings-title" className="console-panel-title">
            系统设置
          </h2>
          <p className="console-panel-note">对全单位所有账号生效。</p>
        </div>
      </div>
      {settings.isError && (
        <Alert
          type="error"
          showIcon
          className="console-alert"
          title="系统设置加载失败"
          description={errorMessage(settings.error)}
          action={
            <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={() => void settings.refetch()}>
              重试
            </Button>
          }
        />
      )}
      {settings.isLoading && <Skeleton active paragraph={{ rows: 3 }} />}
      {settings.data && <SettingsForm settings={settings.data} />}
    </section>
  );
}

/** A card due on this (illustrative) date shows yellow from N days before it, red the day after. */
const EXAMPLE_DUE = '2026-12-31';

/** What N days means on the board, in a sentence a clerk can check against a card. */
export function yellowExplanation(days: number | null | undefined): string {
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= WARNING_YELLOW_DAYS_RANGE.min && days <= WARNING_YELLOW_DAYS_RANGE.max;
  const n = valid ? String(days) : 'N';
  const rule = `到期前${n}天内（含当天）显示黄灯，逾期显示红灯，按北京时间自然日计算。`;
  if (!valid) return rule;
  const due = dayjs(EXAMPLE_DUE);
  return `${rule}例如12月31日到期的事项，${due.subtract(days, 'day').format('M月D日')}起显示黄灯，${due.add(1, 'day').format('M月D日')}起显示红灯；已销号的事项不亮灯。`;
}

/** The settings as stored; the form starts from them (the panel renders it only once they are loaded). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const { message } = App.useApp();
  const schemaForm = useSchemaForm<SettingsFormValues, UpdateSettingsRequest, Settings>({
    validate: (values) => {
      const result = validateSettings(values);
      return result.ok ? { ok: true, body: changedSettings(settings, result.body) } : result;
    },
    unchanged: (body) => Object.keys(body).length === 0,
    onUnchanged: () => message.info('设置没有改动'),
    send: update.mutateAsync,
    onDone: (saved, body) =>
      message.success(
        'warningYellowWithinDays' in body
          ? `已保存：到期前${saved.warningYellowWithinDays}天内显示黄灯，各账号的看板刷新后按新天数亮灯`
          : `已保存：销号${saved.signoffTwoLevel ? '须领导审核后再经纪检复核' : '由领导审核即可'}`,
      ),
  });
  const days = Form.useWatch('warningYellowWithinDays', schemaForm.form);

  const { min, max } = WARNING_YELLOW_DAYS_RANGE;
  return (
    <Form
      {...schemaForm.formProps}
      name="settings"
      layout="vertical"
      initialValues={{ warningYellowWithinDays: settings.warningYellowWithinDays, signoffTwoLevel: settings.signoffTwoLevel }}
      className="settings-form"
    >
      <h3 className="settings-section-title">红黄绿灯预警</h3>
      <Form.Item name="warningYellowWithinDays" label="黄灯提前天数" required extra={yellowExplanation(days)}>
        {/* No min/max on the input: it would silently turn 0 into 1 on leaving the field; the schema says why instead. */}
        <InputNumber controls={false} suffix="天" placeholder={`${min}–${max}`} className="settings-days-input" />
      </Form.Item>
      <p className="field-hint settings-range">
        可设 {min}–{max} 天，常用 3、7、10 或 20 天。保存后所有人的看板按新天数亮灯。
      </p>
      <h3 className="settings-section-title">销号审核</h3>
      <Form.Item
        name="signoffTwoLevel"
        label="两级审核"
        valuePropName="checked"
        extra="开启后，责任部门的销号申请由领导审核通过后，还须纪检复核才算销号；关闭时领导审核通过即销号。审核人都不能是申请人本人或申请部门的人员。"
      >
        <Switch checkedChildren="领导 + 纪检" unCheckedChildren="仅领导" />
      </Form.Item>
      <FormProblemAlert problem={schemaForm.problem} />
      <Button type="primary" htmlType="submit" loading={schemaForm.pending ? { delay: 200 } : false}>
        保存设置
      </Button>
    </Form>
  );
}
