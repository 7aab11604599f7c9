import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { departmentSchema, type DepartmentRequest } from '@rectify/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { api } from '../src/lib/api-client';
import { DialogForm, schemaValidation, useSchemaForm, type SchemaFormOptions } from '../src/lib/forms';
import { renderWithProviders } from './support/providers';

// The form primitive every dialog submits through: a shared schema's Chinese messages under their
// fields, the server's 400 reasons under theirs, 409 in words, and one request at a time.

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

type Answer = { status: number; body?: unknown };

/** fetch answers in turn with these; each answer waits for `gate` when one is given. */
function serve(answers: Answer[], gate?: Promise<void>) {
  const fetchMock = jest.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    if (gate) await gate;
    const answer = answers.shift() ?? { status: 200, body: {} };
    return { ok: answer.status < 300, status: answer.status, text: async () => JSON.stringify(answer.body ?? {}) } as Response;
  });
  globalThis.fetch = fetchMock as typeof fetch;
  return fetchMock;
}

function DepartmentForm({
  onDone,
  options,
}: {
  onDone: () => void;
  options?: Partial<SchemaFormOptions<{ name?: string; parentId?: string | null }, DepartmentRequest, unknown>>;
}) {
  const schemaForm = useSchemaForm<{ name?: string; parentId?: string | null }, DepartmentRequest>({
    // An untouched input is undefined; the schema wants text.
    validate: schemaValidation(departmentSchema, (values) => ({ name: values.name ?? '', parentId: values.parentId ?? null })),
    send: (body) => api.post('/departments', body),
    onDone,
    ...options,
  });
  return (
    <DialogForm schemaForm={schemaForm} name="department" submitText="创建" onCancel={() => {}}>
      <Form.Item name="name" label="部门名称">
        <Input />
      </Form.Item>
    </DialogForm>
  );
}

const field = () => screen.getByLabelText('部门名称').closest('.ant-form-item')!;
// Found by type: once the spinner shows, antd puts "loading" into the button's name.
const submitButton = () => document.querySelector<HTMLButtonElement>('button[type=submit]')!;
async function submit() {
  await act(async () => {
    fireEvent.click(submitButton());
  });
}
const type = (value: string) => fireEvent.change(screen.getByLabelText('部门名称'), { target: { value } });

describe('useSchemaForm + DialogForm', () => {
  it('shows the shared schema’s Chinese message under its field and sends nothing; editing the field clears it', async () => {
    const fetchMock = serve([]);
    renderWithProviders(<DepartmentForm onDone={() => {}} />);
    await submit();
    await waitFor(() => expect(field().textContent).toContain('请填写部门名称'));
    expect(fetchMock).not.toHaveBeenCalled();
    type('办公室');
    await waitFor(() => expect(field().textContent).not.toContain('请填写部门名称'));
  });

  it('sends the parsed body (trimmed, defaults filled) and reports done', async () => {
    const fetchMock = serve([{ status: 201, body: { id: 'd1' } }]);
    const onDone = jest.fn();
    renderWithProviders(<DepartmentForm onDone={onDone} />);
    type('  办公室 ');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ name: '办公室', parentId: null });
  });

  it('puts the server’s 400 field reasons under their fields, and its sentence below the form', async () => {
    serve([{ status: 400, body: { statusCode: 400, message: '提交的内容有误', reasons: [{ path: 'name', message: '部门名称已存在' }] } }]);
    const onDone = jest.fn();
    renderWithProviders(<DepartmentForm onDone={onDone} />);
    type('办公室');
    await submit();
    await waitFor(() => expect(field().textContent).toContain('部门名称已存在'));
    expect(document.querySelector('.form-error')?.textContent).toContain('提交的内容有误');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says a 409 in words (已被他人修改，请刷新后重试), or as the form chooses', async () => {
    serve([{ status: 409 }]);
    const { unmount } = renderWithProviders(<DepartmentForm onDone={() => {}} />);
    type('办公室');
    await submit();
    await waitFor(() => expect(document.querySelector('.form-error')?.textContent).toBe('数据已被他人修改，请刷新后重试'));
    unmount();

    serve([{ status: 409, body: { statusCode: 409, message: '该事项已被他人修改，请刷新后重试' } }]);
    renderWithProviders(
      <DepartmentForm onDone={() => {}} options={{ onConflict: (error) => ({ message: error.message, lines: ['已载入最新内容，请核对后再次提交。'] }) }} />,
    );
    type('办公室');
    await submit();
    await waitFor(() => expect(document.querySelector('.form-error')?.textContent).toContain('该事项已被他人修改，请刷新后重试'));
    expect(document.querySelector('.form-error')?.textContent).toContain('已载入最新内容，请核对后再次提交。');
  });

  it('disables the submit button while the request is out, and sends once however often it is clicked', async () => {
    let release!: () => void;
    const fetchMock = serve([{ status: 201, body: {} }], new Promise<void>((resolve) => (release = resolve)));
    const onDone = jest.fn();
    renderWithProviders(<DepartmentForm onDone={onDone} />);
    type('办公室');
    await submit();
    await waitFor(() => expect(submitButton().disabled).toBe(true));
    expect((screen.getByLabelText('部门名称') as HTMLInputElement).disabled).toBe(true);
    await submit();
    fireEvent.submit(submitButton().closest('form')!);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(async () => release());
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(submitButton().disabled).toBe(false));
  });
});
